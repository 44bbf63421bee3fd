//! The block YAML CloudFormation templates (and some docs) write policies in, read as JSON text
//! with the same lines: mappings, sequences, quoted and plain scalars, one-line flow lists and
//! maps, and CloudFormation's short tags (`!Sub`, `!Ref`, `!GetAtt`, `!Join`) as the functions they
//! stand for. Anything else (anchors, block scalars) is refused, so the paste is read as text.

use serde_json::{Map, Value};

use super::lined::Node;

/// One meaningful line: its 1-based number, indent and text without the comment.
struct Line {
    number: usize,
    indent: usize,
    text: String,
}

/// The YAML text as JSON text whose line `n` holds what the YAML's line `n` did, or `None` when
/// it is not YAML this reads.
pub fn to_json(text: &str) -> Option<String> {
    let lines: Vec<Line> = text
        .lines()
        .enumerate()
        .filter_map(|(i, raw)| {
            let text = without_comment(raw).trim_end().to_owned();
            let indent = text.len() - text.trim_start().len();
            let text = text.trim_start().to_owned();
            (!text.is_empty() && text != "---").then_some(Line { number: i + 1, indent, text })
        })
        .collect();
    let first = lines.first()?;
    let mut reader = Reader { lines: &lines, at: 0, depth: 0 };
    let node = reader.block(first.indent)?;
    if reader.at != lines.len() {
        return None;
    }
    Some(node.to_json(first.number))
}

/// The line without a `#` comment (one outside quotes, after a space or at the start).
fn without_comment(raw: &str) -> &str {
    let (mut single, mut double, mut previous) = (false, false, ' ');
    for (at, ch) in raw.char_indices() {
        match ch {
            '\'' if !double => single = !single,
            '"' if !single => double = !double,
            '#' if !single && !double && previous.is_whitespace() => return &raw[..at],
            _ => {}
        }
        previous = ch;
    }
    raw
}

struct Reader<'a> {
    lines: &'a [Line],
    at: usize,
    depth: usize,
}

impl Reader<'_> {
    /// The mapping or list whose lines are at `indent`.
    fn block(&mut self, indent: usize) -> Option<Node> {
        let line = self.lines.get(self.at)?;
        if line.indent != indent || self.depth > MAX_DEPTH {
            return None;
        }
        self.depth += 1;
        let node = if line.text == "-" || line.text.starts_with("- ") {
            self.list(indent)
        } else {
            self.map(indent, None)
        };
        self.depth -= 1;
        node
    }

    fn list(&mut self, indent: usize) -> Option<Node> {
        let mut items = Vec::new();
        while let Some(line) = self.lines.get(self.at).filter(|line| line.indent == indent) {
            let rest = line.text.strip_prefix('-')?.trim_start().to_owned();
            let number = line.number;
            if rest.is_empty() {
                self.at += 1;
                let inner = self.lines.get(self.at).filter(|next| next.indent > indent)?.indent;
                items.push((number, self.block(inner)?));
            } else if key_value(&rest).is_some() && !rest.starts_with(['[', '{', '!']) {
                // `- key: value` opens a mapping whose other keys sit under `key`.
                let inner = indent + (line.text.len() - rest.len());
                items.push((number, self.map(inner, Some(rest))?));
            } else {
                self.at += 1;
                items.push((number, scalar(&rest)?));
            }
        }
        Some(Node::List(items))
    }

    /// A mapping at `indent`; `first` is a first entry already read off a `- ` line.
    fn map(&mut self, indent: usize, mut first: Option<String>) -> Option<Node> {
        let mut entries = Vec::new();
        loop {
            let (text, number) = match first.take() {
                Some(text) => (text, self.lines.get(self.at)?.number),
                None => match self.lines.get(self.at).filter(|line| line.indent == indent) {
                    Some(line) if !line.text.starts_with('-') => (line.text.clone(), line.number),
                    _ => break,
                },
            };
            self.at += 1;
            let (key, value) = key_value(&text)?;
            let node = if value.is_empty() {
                match self.lines.get(self.at) {
                    Some(next) if next.indent > indent => self.block(next.indent)?,
                    // A list may sit at the key's own indent.
                    Some(next) if next.indent == indent && next.text.starts_with('-') => self.list(indent)?,
                    _ => Node::Scalar(Value::Null),
                }
            } else {
                scalar(value)?
            };
            entries.push((unquote(key), number, node));
        }
        Some(Node::Map(entries))
    }
}

/// `key: value` split at the first `: ` (or a final `:`) outside quotes.
fn key_value(text: &str) -> Option<(&str, &str)> {
    let (mut single, mut double) = (false, false);
    for (at, ch) in text.char_indices() {
        match ch {
            '\'' if !double => single = !single,
            '"' if !single => double = !double,
            ':' if !single && !double => {
                let rest = &text[at + 1..];
                if rest.is_empty() || rest.starts_with(' ') {
                    return Some((text[..at].trim(), rest.trim()));
                }
            }
            _ => {}
        }
    }
    None
}

/// A quoted or plain key as its text.
fn unquote(key: &str) -> String {
    match scalar(key) {
        Some(Node::Scalar(Value::String(text))) => text,
        _ => key.to_owned(),
    }
}

/// How deep values may nest: more than any policy needs, and shallow enough that no paste can
/// exhaust the page's stack.
const MAX_DEPTH: usize = 64;

/// A one-line value: a quoted or plain scalar, a flow list or map, or a CloudFormation short tag.
fn scalar(text: &str) -> Option<Node> {
    nested_scalar(text, 0)
}

fn nested_scalar(text: &str, depth: usize) -> Option<Node> {
    if depth > MAX_DEPTH {
        return None;
    }
    let text = text.trim();
    if let Some(rest) = text.strip_prefix('!') {
        let (tag, argument) = rest.split_once(' ').unwrap_or((rest, ""));
        let name = match tag {
            "Ref" => "Ref".to_owned(),
            "Sub" | "GetAtt" | "Join" | "Select" | "Split" | "If" | "ImportValue" => format!("Fn::{tag}"),
            _ => return None,
        };
        let argument = match (tag, nested_scalar(argument, depth + 1)?.into_value()) {
            ("GetAtt", Value::String(path)) => {
                Value::Array(path.splitn(2, '.').map(|part| Value::String(part.to_owned())).collect())
            }
            (_, argument) => argument,
        };
        return Some(Node::Scalar(Value::Object(Map::from_iter([(name, argument)]))));
    }
    let value = match text.chars().next()? {
        '"' => serde_json::from_str(text).ok()?,
        '\'' => Value::String(text.strip_prefix('\'')?.strip_suffix('\'')?.replace("''", "'")),
        '[' => Value::Array(
            flow_items(text.strip_prefix('[')?.strip_suffix(']')?, depth + 1)?
                .into_iter()
                .map(Node::into_value)
                .collect(),
        ),
        '{' => {
            let items = flow_items(text.strip_prefix('{')?.strip_suffix('}')?, depth + 1)?;
            let pairs = items.into_iter().map(|item| match item {
                Node::Scalar(Value::Object(pair)) if pair.len() == 1 => pair.into_iter().next(),
                _ => None,
            });
            Value::Object(pairs.collect::<Option<Map<String, Value>>>()?)
        }
        '&' | '*' | '|' | '>' => return None,
        _ => Value::String(text.to_owned()),
    };
    Some(Node::Scalar(value))
}

/// The comma-separated items of a flow collection's inside (a `key: value` item as a one-entry map).
fn flow_items(inside: &str, depth: usize) -> Option<Vec<Node>> {
    let mut items = Vec::new();
    let (mut open, mut single, mut double, mut start) = (0, false, false, 0);
    for (at, ch) in inside.char_indices().chain([(inside.len(), ',')]) {
        match ch {
            '\'' if !double => single = !single,
            '"' if !single => double = !double,
            '[' | '{' if !single && !double => open += 1,
            ']' | '}' if !single && !double => open -= 1,
            ',' if open == 0 && !single && !double => {
                let item = inside[start..at].trim();
                start = at + 1;
                if item.is_empty() {
                    continue;
                }
                let flat = !item.starts_with(['[', '{', '!']);
                items.push(match key_value(item).filter(|_| flat) {
                    Some((key, value)) => Node::Scalar(Value::Object(Map::from_iter([(
                        unquote(key),
                        nested_scalar(value, depth)?.into_value(),
                    )]))),
                    None => nested_scalar(item, depth)?,
                });
            }
            _ => {}
        }
    }
    Some(items)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = "\
Resources:
  VendorRole:
    Type: AWS::IAM::Role   # the vendor's
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              AWS: !Sub 'arn:${AWS::Partition}:iam::366810793500:root'
            Action: sts:AssumeRole
            Condition:
              StringEquals: {\"sts:ExternalId\": gc-7f3a9e2b41d84c6e}
          - Effect: Allow
            Action: [s3:GetObject, 's3:ListBucket']
            Resource:
            - !GetAtt Bucket.Arn
";

    #[test]
    fn a_yaml_template_reads_as_json_with_its_lines() {
        let json = to_json(TEMPLATE).unwrap();
        let value: Value = serde_json::from_str(&json).unwrap();
        let document = &value["Resources"]["VendorRole"]["Properties"]["AssumeRolePolicyDocument"];
        assert_eq!(document["Version"], "2012-10-17");
        assert_eq!(
            document["Statement"][0]["Principal"]["AWS"]["Fn::Sub"],
            "arn:${AWS::Partition}:iam::366810793500:root"
        );
        assert_eq!(
            document["Statement"][0]["Condition"]["StringEquals"]["sts:ExternalId"],
            "gc-7f3a9e2b41d84c6e"
        );
        assert_eq!(document["Statement"][1]["Action"][1], "s3:ListBucket");
        assert_eq!(document["Statement"][1]["Resource"][0]["Fn::GetAtt"][1], "Arn");
        assert!(json.lines().nth(10).unwrap().contains("sts:AssumeRole"), "{json}");
    }

    #[test]
    fn what_this_does_not_read_is_refused() {
        assert!(to_json("Statement: |\n  text\n").is_none());
        assert!(to_json("a: b\n  c: d\n").is_none());
        assert!(to_json("").is_none());
        let deep = format!("Statement: {}{}", "[".repeat(5000), "]".repeat(5000));
        assert!(to_json(&deep).is_none(), "nesting past the limit is refused, not a stack overflow");
    }

    proptest::proptest! {
        #[test]
        fn any_yaml_like_text_is_read_or_refused_without_panicking(text in "([ -]{0,4}[a-z!'\"\\[\\]{},:#&|]{0,6}( |: )?[a-z'\"\\[\\]{}]{0,4}\n){0,8}") {
            to_json(&text);
        }
    }
}
