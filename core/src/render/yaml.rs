//! A small block-style YAML writer for serde models, so the CloudFormation template reads like
//! the YAML people write without a YAML crate in the page's wasm.
//!
//! Every string is written as a JSON string, which is also a YAML double-quoted scalar with the
//! same value (YAML 1.2 is a superset of JSON); keys are bare only when they are plain words. So no
//! value can be read as another type (`2012-10-17` stays a string) or break the structure.

use std::fmt::Write;

use serde::Serialize;
use serde_json::Value;

/// `document` as block YAML with a final newline.
pub fn to_yaml(document: &impl Serialize) -> String {
    let value = serde_json::to_value(document).expect("templates hold only strings, arrays and maps");
    let mut out = String::new();
    node(&value, 0, false, &mut out);
    out
}

/// Writes a mapping or sequence at `indent`, one entry per line; a scalar as one line. With
/// `inline`, its first line goes on the line already begun (a mapping as a sequence's item,
/// after `- `).
fn node(value: &Value, indent: usize, inline: bool, out: &mut String) {
    match value {
        Value::Object(map) if !map.is_empty() => {
            for (at, (key, child)) in map.iter().enumerate() {
                pad(out, indent, inline && at == 0);
                key_text(key, out);
                out.push(':');
                entry(child, indent + 2, out);
            }
        }
        Value::Array(items) if !items.is_empty() => {
            for (at, item) in items.iter().enumerate() {
                pad(out, indent, inline && at == 0);
                out.push('-');
                match item {
                    Value::Object(map) if !map.is_empty() => {
                        out.push(' ');
                        node(item, indent + 2, true, out);
                    }
                    _ => entry(item, indent + 2, out),
                }
            }
        }
        scalar => {
            pad(out, indent, inline);
            scalar_text(scalar, out);
            out.push('\n');
        }
    }
}

/// The indentation of a new line; none for a line already begun.
fn pad(out: &mut String, indent: usize, begun: bool) {
    if !begun {
        out.extend(std::iter::repeat_n(' ', indent));
    }
}

/// What follows `key:` or `-`: a scalar on the same line, or a nested block below.
fn entry(value: &Value, indent: usize, out: &mut String) {
    match value {
        Value::Object(map) if !map.is_empty() => {
            out.push('\n');
            node(value, indent, false, out);
        }
        Value::Array(items) if !items.is_empty() => {
            out.push('\n');
            node(value, indent, false, out);
        }
        scalar => {
            out.push(' ');
            scalar_text(scalar, out);
            out.push('\n');
        }
    }
}

/// Words a YAML 1.1 or 1.2 reader takes for null or a boolean when bare: the IAM operator `Null`
/// must stay a string key.
const RESERVED_WORDS: &[&str] = &["null", "true", "false", "yes", "no", "on", "off", "y", "n"];

/// A key bare when it is a plain word (`Resources`, `RoleName`), else quoted (`"s3:prefix"`,
/// `"Null"`).
fn key_text(key: &str, out: &mut String) {
    let plain =
        key.starts_with(|c: char| c.is_ascii_alphabetic()) && key.chars().all(|c| c.is_ascii_alphanumeric());
    if plain && !RESERVED_WORDS.iter().any(|word| word.eq_ignore_ascii_case(key)) {
        out.push_str(key);
    } else {
        string_text(key, out);
    }
}

fn scalar_text(value: &Value, out: &mut String) {
    match value {
        Value::String(text) => string_text(text, out),
        Value::Array(_) => out.push_str("[]"),
        Value::Object(_) => out.push_str("{}"),
        other => out.push_str(&other.to_string()),
    }
}

/// A JSON string literal, with the characters YAML reads differently from JSON escaped too: DEL
/// and the C1 controls (forbidden raw), the line and paragraph separators U+2028/U+2029 (line
/// breaks to YAML), and the byte-order mark.
fn string_text(text: &str, out: &mut String) {
    let json = serde_json::to_string(text).expect("strings always serialize");
    let yaml_reads_otherwise =
        |c: char| ('\u{7f}'..='\u{9f}').contains(&c) || matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}');
    let mut rest = json.as_str();
    // Each is DEL or beyond ASCII, so a run of the ASCII before it is copied whole.
    while let Some(at) = rest.bytes().position(|byte| byte >= 0x7f) {
        let Some(c) = rest[at..].chars().next() else { break };
        let end = at + c.len_utf8();
        if yaml_reads_otherwise(c) {
            out.push_str(&rest[..at]);
            let _ = write!(out, "\\u{:04x}", u32::from(c));
        } else {
            out.push_str(&rest[..end]);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::BTreeMap;

    #[test]
    fn writes_block_style_with_quoted_strings() {
        let mut statement = BTreeMap::new();
        statement.insert("Action", vec!["s3:GetObject"]);
        statement.insert("s3:prefix", vec![]);
        let mut document = BTreeMap::new();
        document.insert("Statement", vec![statement]);
        expect_test::expect![[r#"
            Statement:
              - Action:
                  - "s3:GetObject"
                "s3:prefix": []
        "#]]
        .assert_eq(&to_yaml(&document));
    }

    proptest! {
        /// A real YAML parser reads back exactly the value written, whatever the strings hold.
        #[test]
        fn yaml_reads_back_the_same_value(
            entries in proptest::collection::btree_map(
                prop_oneof!["\\PC{0,12}", "(?i)null|true|false|yes|no|on|off|y|n"],
                proptest::collection::vec("\\PC{0,20}", 0..3),
                0..4,
            )
        ) {
            let mut document = BTreeMap::new();
            document.insert("Outer", vec![entries.clone()]);
            document.insert("Empty", vec![]);
            let yaml = to_yaml(&document);
            let read: serde_yaml::Value = serde_yaml::from_str(&yaml).map_err(|e| TestCaseError::fail(format!("{e}\n{yaml}")))?;
            let expected: serde_yaml::Value = serde_yaml::to_value(&document).unwrap();
            prop_assert_eq!(read, expected, "{}", yaml);
        }
    }
}
