//! A policy inside what people paste around it: Terraform (`jsonencode({…})` written in HCL, a
//! `<<EOF` heredoc, an `aws_iam_policy_document`; `hcl.rs`), YAML (`yaml.rs`), a CloudFormation template (`PolicyDocument`,
//! `AssumeRolePolicyDocument`) and a bare statement (a key policy's). Each is read as the policy
//! it holds, with the lines of the paste kept, and a note says what was unwrapped.

use serde_json::{Map, Value};

use crate::finding::Problem;
use crate::policy::kind::Wrapper;

/// A policy read out of the text around it, as JSON text whose line `n` is the paste's line
/// `n + line_offset`.
pub struct Unwrapped {
    pub json: String,
    pub line_offset: usize,
    pub note: Problem,
    /// What around the policy this doesn't read, which may add to it (Terraform's `dynamic`).
    pub unread: Vec<String>,
}

/// Text that is not JSON but holds a policy: Terraform, or YAML that writes one (a template or
/// a policy). `None` for text that reads as JSON already.
pub fn text(text: &str) -> Option<Unwrapped> {
    if text.trim_start().starts_with(['{', '[']) {
        return None;
    }
    let document = || {
        let (policy, unread) = super::hcl::policy_document(text)?;
        let note = Problem::Unwrapped { from: Wrapper::TerraformPolicyDocument };
        Some(Unwrapped { json: policy.to_json(1), line_offset: 0, note, unread })
    };
    document().or_else(|| terraform(text)).or_else(|| {
        let json = super::yaml::to_json(text).filter(|_| text.contains("Statement:"))?;
        Some(Unwrapped {
            json,
            line_offset: 0,
            note: Problem::Unwrapped { from: Wrapper::Yaml },
            unread: vec![],
        })
    })
}

/// Terraform around a policy: the first `jsonencode(` (its HCL made JSON, line for line) or
/// `<<EOF` heredoc (its body).
fn terraform(text: &str) -> Option<Unwrapped> {
    let encode = text.find("jsonencode(").map(|at| at + "jsonencode(".len());
    let heredoc = text.find("<<");
    match (encode, heredoc) {
        (Some(start), heredoc) if heredoc.is_none_or(|heredoc| start < heredoc) => {
            let json = super::hcl::expression_json(&text[start..])?;
            Some(Unwrapped {
                json,
                line_offset: line_of(text, start) - 1,
                note: Problem::Unwrapped { from: Wrapper::TerraformJsonencode },
                unread: vec![],
            })
        }
        (_, Some(start)) => {
            let header = &text[start + 2..];
            let marker_line = header.lines().next()?;
            let marker = marker_line.trim_start_matches('-').trim();
            if marker.is_empty() || !marker.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                return None;
            }
            let body_start = start + 2 + marker_line.len() + 1;
            let body = text.get(body_start..)?;
            let end = body.lines().position(|line| line.trim() == marker)?;
            let json = body.lines().take(end).collect::<Vec<_>>().join("\n");
            Some(Unwrapped {
                json,
                line_offset: line_of(text, body_start) - 1,
                note: Problem::Unwrapped { from: Wrapper::TerraformHeredoc },
                unread: vec![],
            })
        }
        _ => None,
    }
}

/// The 1-based line of a byte offset.
fn line_of(text: &str, at: usize) -> usize {
    text[..at].matches('\n').count() + 1
}

/// A policy inside a JSON value that is not one: the first `PolicyDocument` or
/// `AssumeRolePolicyDocument` of a CloudFormation template (intrinsic functions read as
/// `${…}`), or a bare statement or list of statements. Returns the policy and the JSON path,
/// in the paste, of what the policy's path `Statement` (or the empty path) stands for.
pub fn value(value: &Value) -> Option<(Value, PathMap, Problem)> {
    let object = value.as_object();
    if object.is_some_and(|object| object.contains_key("Statement")) {
        return None;
    }
    if let Some((path, document)) = policy_document(value, String::new()) {
        let note = Problem::Unwrapped { from: Wrapper::CloudFormation };
        return Some((resolve_intrinsics(document), PathMap { ours: String::new(), theirs: path }, note));
    }
    let statement = |value: &Value| value.get("Effect").is_some();
    let bare = match value {
        Value::Object(_) => statement(value),
        Value::Array(items) => !items.is_empty() && items.iter().all(statement),
        _ => false,
    };
    bare.then(|| {
        let mut policy = Map::new();
        policy.insert("Version".to_owned(), Value::from("2012-10-17"));
        policy.insert("Statement".to_owned(), value.clone());
        let map = PathMap { ours: "Statement".to_owned(), theirs: String::new() };
        (Value::Object(policy), map, Problem::Unwrapped { from: Wrapper::Statement })
    })
}

/// How a path in the unwrapped policy maps to a path in the paste.
#[derive(Default)]
pub struct PathMap {
    ours: String,
    theirs: String,
}

impl PathMap {
    /// The paste's path for a path of the unwrapped policy.
    pub fn theirs(&self, path: &str) -> String {
        let rest = path.strip_prefix(self.ours.as_str()).unwrap_or(path);
        let rest = rest.strip_prefix('.').unwrap_or(rest);
        if self.theirs.is_empty() {
            rest.to_owned()
        } else if rest.is_empty() || rest.starts_with('[') {
            format!("{}{rest}", self.theirs)
        } else {
            format!("{}.{rest}", self.theirs)
        }
    }
}

/// The first CloudFormation policy document under `value`, with its path.
fn policy_document(value: &Value, path: String) -> Option<(String, &Value)> {
    let join = |key: &str| if path.is_empty() { key.to_owned() } else { format!("{path}.{key}") };
    match value {
        Value::Object(map) => map.iter().find_map(|(key, item)| {
            let here = join(key);
            let holds_policy =
                matches!(key.as_str(), "PolicyDocument" | "AssumeRolePolicyDocument" | "KeyPolicy");
            if holds_policy && item.get("Statement").is_some() {
                Some((here, item))
            } else {
                policy_document(item, here)
            }
        }),
        Value::Array(items) => {
            items.iter().enumerate().find_map(|(i, item)| policy_document(item, format!("{path}[{i}]")))
        }
        _ => None,
    }
}

/// CloudFormation's intrinsic functions as the text they stand for: `{"Ref": "B"}` → `${B}`,
/// `Fn::Sub`'s template, `Fn::GetAtt` → `${R.Attr}`, `Fn::Join` joined.
fn resolve_intrinsics(value: &Value) -> Value {
    match value {
        Value::Object(map) => {
            let single = map.iter().next().filter(|_| map.len() == 1);
            match single.and_then(|(name, argument)| intrinsic(name, argument)) {
                Some(text) => Value::String(text),
                None => Value::Object(map.iter().map(|(k, v)| (k.clone(), resolve_intrinsics(v))).collect()),
            }
        }
        Value::Array(items) => Value::Array(items.iter().map(resolve_intrinsics).collect()),
        other => other.clone(),
    }
}

/// The text one intrinsic function stands for, if it is one this reads.
fn intrinsic(name: &str, argument: &Value) -> Option<String> {
    let text = |value: &Value| match resolve_intrinsics(value) {
        Value::String(text) => text,
        other => other.to_string(),
    };
    match (name, argument) {
        ("Ref", Value::String(name)) | ("Fn::GetAtt", Value::String(name)) => Some(format!("${{{name}}}")),
        ("Fn::Sub", Value::String(template)) => Some(template.clone()),
        ("Fn::Sub", Value::Array(parts)) => parts.first().map(text),
        ("Fn::GetAtt", Value::Array(parts)) => {
            Some(format!("${{{}}}", parts.iter().map(text).collect::<Vec<_>>().join(".")))
        }
        ("Fn::Join", Value::Array(parts)) => match parts.as_slice() {
            [separator, Value::Array(items)] => {
                Some(items.iter().map(text).collect::<Vec<_>>().join(&text(separator)))
            }
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonencode_is_read_as_json_line_for_line() {
        let text = "resource \"aws_iam_role\" \"r\" {\n  assume_role_policy = jsonencode({\n    Version = \"2012-10-17\" # the only one\n    Statement = [{\n      Action = \"sts:AssumeRole\", Effect = \"Allow\"\n      Principal = { AWS = local.vendor_arn }\n      Condition = { StringEquals = { \"sts:ExternalId\" = \"x-${var.id}\" } }\n    }]\n  })\n}\n";
        let unwrapped = terraform(text).unwrap();
        assert_eq!(unwrapped.line_offset, 1);
        let value: Value = serde_json::from_str(&unwrapped.json).unwrap();
        assert_eq!(value["Statement"][0]["Principal"]["AWS"], "${local.vendor_arn}");
        assert_eq!(value["Statement"][0]["Condition"]["StringEquals"]["sts:ExternalId"], "x-${var.id}");
        assert_eq!(unwrapped.json.lines().count(), 8, "{}", unwrapped.json);
        assert!(unwrapped.json.lines().nth(3).unwrap().contains("sts:AssumeRole"));
    }

    proptest::proptest! {
        #[test]
        fn any_terraform_like_text_is_read_or_refused_without_panicking(
            text in "(jsonencode\\(|<<-?EOF\n|[{}\\[\\]=:,\"#/*\n a-z$.()])*",
        ) {
            terraform(&text);
            terraform(&format!("x = jsonencode({text}"));
        }
    }

    #[test]
    fn a_heredoc_body_is_read_from_its_line() {
        let text = "policy = <<EOF\n{\"Version\": \"2012-10-17\", \"Statement\": []}\nEOF\n";
        let unwrapped = terraform(text).unwrap();
        assert_eq!(
            (unwrapped.line_offset, unwrapped.json.as_str()),
            (1, "{\"Version\": \"2012-10-17\", \"Statement\": []}")
        );
        assert!(terraform("{\"Version\": \"2012-10-17\"}").is_none());
    }

    #[test]
    fn a_template_gives_its_policy_document_with_intrinsics_read_as_text() {
        let template = serde_json::json!({"Resources": {"Role": {"Type": "AWS::IAM::Role", "Properties": {
            "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                "Principal": {"AWS": {"Fn::Sub": "arn:${AWS::Partition}:iam::366810793500:root"}},
                "Action": "sts:AssumeRole", "Resource": {"Fn::Join": ["", ["arn:aws:s3:::", {"Ref": "Bucket"}]]}}]}}}}});
        let (policy, map, _) = value(&template).unwrap();
        assert_eq!(
            policy["Statement"][0]["Principal"]["AWS"],
            "arn:${AWS::Partition}:iam::366810793500:root"
        );
        assert_eq!(policy["Statement"][0]["Resource"], "arn:aws:s3:::${Bucket}");
        assert_eq!(
            map.theirs("Statement[0].Action"),
            "Resources.Role.Properties.AssumeRolePolicyDocument.Statement[0].Action"
        );
    }

    #[test]
    fn a_bare_statement_is_read_as_the_policy_holding_it() {
        let statement =
            serde_json::json!({"Sid": "Key", "Effect": "Allow", "Action": "kms:Decrypt", "Resource": "*"});
        let (policy, map, note) = value(&statement).unwrap();
        assert_eq!(policy["Statement"], statement);
        assert_eq!(
            (map.theirs("Statement.Action"), map.theirs("Statement")),
            ("Action".to_owned(), String::new())
        );
        assert_eq!(note, Problem::Unwrapped { from: Wrapper::Statement });
    }
}
