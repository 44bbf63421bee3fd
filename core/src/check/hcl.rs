//! Terraform's HCL, read for the policy it holds: an expression (what `jsonencode` takes) written
//! as JSON line for line, and a `data "aws_iam_policy_document"` block as the IAM policy it
//! generates, each value on the line it was written.

use serde_json::{Map, Value};

use super::lined::Node;

/// The HCL expression at the start of `text` as JSON text, one newline for each of the source's.
pub fn expression_json(text: &str) -> Option<String> {
    let mut hcl = Hcl::new(text, 1);
    hcl.value()?;
    Some(hcl.out)
}

/// The first `data "aws_iam_policy_document"` block as the policy Terraform generates from it,
/// each statement and element on its source line, and the names of what in it this doesn't read
/// (`dynamic` blocks, `source_policy_documents`): the generated policy may hold more than shown.
pub fn policy_document(text: &str) -> Option<(Node, Vec<String>)> {
    let start = text.find("\"aws_iam_policy_document\"")?;
    let open = start + text[start..].find('{')?;
    let line = text[..open].matches('\n').count() + 1;
    let mut hcl = Hcl::new(&text[open..], line);
    let body = hcl.block()?;
    let (mut statements, mut unread) = (Vec::new(), Vec::new());
    let mut version = None;
    for item in body {
        match item {
            Item::Block { name, line, body } if name == "statement" => {
                statements.push((line, statement(body, &mut unread)))
            }
            Item::Attribute { name, line, value } if name == "version" => version = Some((line, value)),
            Item::Attribute { name, .. } | Item::Block { name, .. } => unread.push(name),
        }
    }
    let (version_line, version) = version.unwrap_or((line, Value::from("2012-10-17")));
    let policy = Node::Map(vec![
        ("Version".to_owned(), version_line, Node::Scalar(version)),
        ("Statement".to_owned(), line, Node::List(statements)),
    ]);
    Some((policy, unread))
}

/// One `statement { … }` block as an IAM statement (Terraform's default effect is Allow).
fn statement(body: Vec<Item>, unread: &mut Vec<String>) -> Node {
    let mut entries: Vec<(String, usize, Node)> = Vec::new();
    let mut principals: Vec<(&'static str, usize, Value)> = Vec::new();
    let mut conditions: Option<(usize, Map<String, Value>)> = None;
    for item in body {
        match item {
            Item::Attribute { name, line, value } => {
                let key = match name.as_str() {
                    "sid" => "Sid",
                    "effect" => "Effect",
                    "actions" => "Action",
                    "not_actions" => "NotAction",
                    "resources" => "Resource",
                    "not_resources" => "NotResource",
                    _ => {
                        unread.push(name);
                        continue;
                    }
                };
                entries.push((key.to_owned(), line, Node::Scalar(value)));
            }
            Item::Block { name, line, body } => {
                let field = |wanted: &str| {
                    body.iter().find_map(|item| match item {
                        Item::Attribute { name, value, .. } if name == wanted => Some(value.clone()),
                        _ => None,
                    })
                };
                match name.as_str() {
                    "principals" | "not_principals" => {
                        let key = if name == "principals" { "Principal" } else { "NotPrincipal" };
                        let kind = field("type").and_then(|kind| kind.as_str().map(str::to_owned));
                        let (Some(kind), Some(identifiers)) = (kind, field("identifiers")) else {
                            unread.push(name);
                            continue;
                        };
                        // Terraform writes IAM's `"Principal": "*"` as type "*".
                        let anyone = kind == "*";
                        match principals.iter_mut().find(|(existing, ..)| *existing == key) {
                            Some((_, _, Value::Object(map))) if !anyone => {
                                map.insert(kind, identifiers);
                            }
                            Some((_, _, principal)) => *principal = Value::from("*"),
                            None if anyone => principals.push((key, line, Value::from("*"))),
                            None => principals.push((
                                key,
                                line,
                                Value::Object(Map::from_iter([(kind, identifiers)])),
                            )),
                        }
                    }
                    "condition" => {
                        let test = field("test").and_then(|test| test.as_str().map(str::to_owned));
                        let variable = field("variable").and_then(|key| key.as_str().map(str::to_owned));
                        let (Some(test), Some(variable), Some(values)) = (test, variable, field("values"))
                        else {
                            unread.push(name);
                            continue;
                        };
                        let (_, operators) = conditions.get_or_insert_with(|| (line, Map::new()));
                        let keys = operators.entry(test).or_insert_with(|| Value::Object(Map::new()));
                        if let Value::Object(keys) = keys {
                            keys.insert(variable, values);
                        }
                    }
                    _ => unread.push(name),
                }
            }
        }
    }
    if !entries.iter().any(|(key, ..)| key == "Effect") {
        let line = entries.first().map_or(0, |(_, line, _)| *line);
        entries.insert(0, ("Effect".to_owned(), line, Node::Scalar(Value::from("Allow"))));
    }
    for (key, line, principal) in principals {
        entries.push((key.to_owned(), line, Node::Scalar(principal)));
    }
    if let Some((line, operators)) = conditions {
        entries.push(("Condition".to_owned(), line, Node::Scalar(Value::Object(operators))));
    }
    entries.sort_by_key(|(_, line, _)| *line);
    Node::Map(entries)
}

/// An attribute or a nested block of an HCL body.
enum Item {
    Attribute { name: String, line: usize, value: Value },
    Block { name: String, line: usize, body: Vec<Item> },
}

/// HCL's expression syntax (what `jsonencode` takes) written as JSON, one newline for each of the
/// source's so lines stay put: bare keys quoted, `=` as `:`, newlines as commas, references such
/// as `local.external_id` as the string `${local.external_id}`.
struct Hcl {
    chars: Vec<char>,
    at: usize,
    out: String,
    /// The source line `at` is on.
    line: usize,
    /// How many collections and blocks enclose `at`.
    depth: usize,
}

/// How deep values may nest: more than any policy needs, and shallow enough that no paste can
/// exhaust the page's stack.
const MAX_DEPTH: usize = 64;

impl Hcl {
    fn new(text: &str, line: usize) -> Hcl {
        Hcl { chars: text.chars().collect(), at: 0, out: String::new(), line, depth: 0 }
    }

    /// A block's body, from its `{` to the matching `}`: attributes and nested blocks.
    fn block(&mut self) -> Option<Vec<Item>> {
        self.enter()?;
        let items = self.block_items();
        self.depth -= 1;
        items
    }

    /// One level deeper, unless that is past the limit.
    fn enter(&mut self) -> Option<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.depth -= 1;
            return None;
        }
        Some(())
    }

    fn block_items(&mut self) -> Option<Vec<Item>> {
        self.at += 1;
        let mut items = Vec::new();
        loop {
            self.space();
            if self.peek()? == '}' {
                self.at += 1;
                return Some(items);
            }
            let line = self.line;
            let start = self.at;
            while self.peek().is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-')) {
                self.at += 1;
            }
            if self.at == start {
                return None;
            }
            let name: String = self.chars[start..self.at].iter().collect();
            self.space();
            match self.peek()? {
                '=' => {
                    self.at += 1;
                    let start = self.out.len();
                    self.value()?;
                    let value = serde_json::from_str(&self.out[start..]).ok()?;
                    self.out.truncate(start);
                    items.push(Item::Attribute { name, line, value });
                }
                _ => {
                    // A block, perhaps with quoted labels before its `{`.
                    while self.peek()? == '"' {
                        self.string()?;
                        self.space();
                    }
                    if self.peek()? != '{' {
                        return None;
                    }
                    items.push(Item::Block { name, line, body: self.block()? });
                }
            }
        }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    /// Skips spaces and comments, writing each newline; whether one was crossed.
    fn space(&mut self) -> bool {
        let mut newline = false;
        while let Some(ch) = self.peek() {
            let next = self.chars.get(self.at + 1).copied();
            if ch == '\n' {
                self.out.push('\n');
                self.line += 1;
                newline = true;
                self.at += 1;
            } else if ch.is_whitespace() {
                self.at += 1;
            } else if ch == '#' || (ch == '/' && next == Some('/')) {
                while self.peek().is_some_and(|c| c != '\n') {
                    self.at += 1;
                }
            } else if ch == '/' && next == Some('*') {
                self.at += 2;
                while self.peek().is_some()
                    && !(self.peek() == Some('*') && self.chars.get(self.at + 1) == Some(&'/'))
                {
                    if self.peek() == Some('\n') {
                        self.out.push('\n');
                        self.line += 1;
                    }
                    self.at += 1;
                }
                self.at += 2;
            } else {
                break;
            }
        }
        newline
    }

    fn value(&mut self) -> Option<()> {
        self.space();
        match self.peek()? {
            '{' => self.collection('{', '}', true),
            '[' => self.collection('[', ']', false),
            '"' => {
                let text = self.string()?;
                self.out.push_str(&serde_json::to_string(&text).ok()?);
                Some(())
            }
            _ => {
                let word = self.expression()?;
                let literal =
                    word == "true" || word == "false" || word == "null" || word.parse::<f64>().is_ok();
                let json =
                    if literal { word } else { serde_json::to_string(&format!("${{{word}}}")).ok()? };
                self.out.push_str(&json);
                Some(())
            }
        }
    }

    /// An object (`key = value` entries) or a list, entries parted by commas or newlines.
    fn collection(&mut self, open: char, close: char, object: bool) -> Option<()> {
        self.enter()?;
        let read = self.collection_items(open, close, object);
        self.depth -= 1;
        read
    }

    fn collection_items(&mut self, open: char, close: char, object: bool) -> Option<()> {
        self.at += 1;
        self.out.push(open);
        let mut first = true;
        loop {
            self.space();
            match self.peek()? {
                ch if ch == close => {
                    self.at += 1;
                    self.out.push(close);
                    return Some(());
                }
                ',' => {
                    self.at += 1;
                    continue;
                }
                _ => {}
            }
            if !first {
                self.out.push(',');
            }
            first = false;
            if object {
                let key = if self.peek() == Some('"') { self.string()? } else { self.expression()? };
                self.out.push_str(&serde_json::to_string(&key).ok()?);
                self.space();
                if !matches!(self.peek()?, '=' | ':') {
                    return None;
                }
                self.at += 1;
                self.out.push(':');
            }
            self.value()?;
        }
    }

    /// A quoted string's text, escapes read as JSON's, `${…}` kept whole.
    fn string(&mut self) -> Option<String> {
        self.at += 1;
        let mut text = String::new();
        let mut depth = 0;
        loop {
            let ch = self.peek()?;
            self.at += 1;
            match ch {
                '\\' => {
                    let escaped = self.peek()?;
                    self.at += 1;
                    text.push(match escaped {
                        'n' => '\n',
                        't' => '\t',
                        'r' => '\r',
                        other => other,
                    });
                }
                '"' if depth == 0 => return Some(text),
                '{' if text.ends_with('$') || depth > 0 => {
                    depth += 1;
                    text.push(ch);
                }
                '}' if depth > 0 => {
                    depth -= 1;
                    text.push(ch);
                }
                '\n' if depth == 0 => return None,
                _ => text.push(ch),
            }
        }
    }

    /// A bare expression (a reference, a call) up to the end of its entry; `None` when there is
    /// none, so every step reads something.
    fn expression(&mut self) -> Option<String> {
        let start = self.at;
        let mut depth = 0;
        while let Some(ch) = self.peek() {
            match ch {
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' if depth > 0 => depth -= 1,
                ',' | ')' | ']' | '}' | '\n' | '=' | ':' if depth == 0 => break,
                _ => {}
            }
            self.at += 1;
        }
        let text = self.chars[start..self.at].iter().collect::<String>().trim().to_owned();
        (!text.is_empty()).then_some(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn any_block_like_text_is_read_or_refused_without_panicking(
            body in "([a-z_]{0,6} ?(= ?|\"[a-z]\" )?[{}\\[\\]\",=#/*a-z.$()]{0,8}\n){0,10}",
        ) {
            if let Some((node, _)) = policy_document(&format!("data \"aws_iam_policy_document\" \"x\" {{\n{body}")) {
                node.to_json(1);
            }
        }
    }

    #[test]
    fn nesting_past_the_limit_is_refused_not_a_stack_overflow() {
        assert!(expression_json(&"[".repeat(6000)).is_none());
        assert!(policy_document(&format!("data \"aws_iam_policy_document\" \"x\" {}", "{ a ".repeat(6000)))
            .is_none());
    }

    #[test]
    fn a_policy_document_block_is_the_policy_terraform_generates() {
        let text = "data \"aws_iam_policy_document\" \"trust\" {\n  statement {\n    actions = [\"sts:AssumeRole\"]\n    principals {\n      type        = \"AWS\"\n      identifiers = [\"arn:aws:iam::366810793500:root\"]\n    }\n    condition {\n      test     = \"StringEquals\"\n      variable = \"sts:ExternalId\"\n      values   = [var.external_id]\n    }\n  }\n}\n";
        let (policy, unread) = policy_document(text).unwrap();
        assert!(unread.is_empty());
        let json = policy.to_json(1);
        let policy: Value = serde_json::from_str(&json).unwrap();
        let statement = &policy["Statement"][0];
        assert_eq!(statement["Effect"], "Allow");
        assert_eq!(statement["Principal"]["AWS"][0], "arn:aws:iam::366810793500:root");
        assert_eq!(statement["Condition"]["StringEquals"]["sts:ExternalId"][0], "${var.external_id}");
        assert!(json.lines().nth(2).unwrap().contains("sts:AssumeRole"), "{json}");
        assert!(json.lines().nth(3).unwrap().contains("Principal"), "{json}");
    }
}
