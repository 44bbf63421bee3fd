//! IAM policy documents: the serde model, the builders, and the size measure.

pub mod doc;
pub mod json;
pub mod kind;
pub mod lint;
pub mod permissions;
pub mod size;
pub mod trust;
pub(crate) mod written;

use std::fmt::Write;

pub use written::{to_pretty_json, Documents, Written};

use crate::plan::Plan;

impl Plan {
    /// The trust and permissions documents, built once per plan however many outputs ask (the
    /// plan keeps them; this module builds them, so the plan needs nothing of how).
    pub fn documents(&self) -> &Documents {
        self.documents.get_or_init(|| Documents {
            trust: trust::for_plan(self).map(Written::of),
            placeholder: trust::placeholder(self).map(Written::of),
            permissions: Written::of(permissions::document(self)),
        })
    }
}

/// The same JSON text with every non-ASCII character written as a `\uXXXX` escape (UTF-16 units,
/// as JSON spells characters beyond the BMP), so it survives an ASCII-only file write unchanged in
/// meaning. Only strings can hold non-ASCII characters in JSON, and inside a string an escape is the
/// same character, so the result parses to the same value. Written at the end of `ascii`.
pub fn ascii_json(ascii: &mut String, json: &str) {
    // Most texts are ASCII already, which is checked a word at a time.
    if json.is_ascii() {
        ascii.push_str(json);
        return;
    }
    let mut rest = json;
    // ASCII is copied a run at a time: the first byte that isn't ASCII starts a character.
    while let Some(at) = rest.bytes().position(|byte| !byte.is_ascii()) {
        ascii.push_str(&rest[..at]);
        let Some(c) = rest[at..].chars().next() else { break };
        let mut units = [0u16; 2];
        for unit in c.encode_utf16(&mut units) {
            let _ = write!(ascii, "\\u{unit:04x}");
        }
        rest = &rest[at + c.len_utf8()..];
    }
    ascii.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ascii_json(json: &str) -> String {
        let mut ascii = String::new();
        super::ascii_json(&mut ascii, json);
        ascii
    }

    #[test]
    fn escapes_non_ascii_as_utf16_units() {
        assert_eq!(ascii_json("\"logs/été/\""), "\"logs/\\u00e9t\\u00e9/\"");
        assert_eq!(ascii_json("\"😀\""), "\"\\ud83d\\ude00\"");
    }

    proptest! {
        /// Escaping never changes the value a document parses to, and leaves only ASCII.
        #[test]
        fn ascii_json_is_the_same_value(prefix in "\\PC{0,30}") {
            let json = to_pretty_json(&std::collections::BTreeMap::from([("Resource", vec![prefix])]));
            let ascii = ascii_json(&json);
            prop_assert!(ascii.is_ascii());
            let original: serde_json::Value = serde_json::from_str(&json).unwrap();
            let escaped: serde_json::Value = serde_json::from_str(&ascii).unwrap();
            prop_assert_eq!(original, escaped);
        }
    }
}
