//! IAM policy documents: the serde model, the builders, and the size measure.

pub mod doc;
pub mod json;
pub mod kind;
pub mod lint;
pub mod permissions;
pub mod size;
pub mod trust;

use std::fmt::Write;

use serde::Serialize;

use crate::plan::Plan;
use crate::policy::doc::PolicyDocument;

/// A plan's documents, each with its text: built once per plan ([`Plan::documents`]) and shared by
/// every output, so the JSON the page shows, the scripts write and the templates hold is one text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Documents {
    /// The role's (final) trust policy; `None` in user mode, and with `two_step` until the
    /// vendor's values are in.
    pub trust: Option<Written>,
    /// The trust a `two_step` role is created with, before the vendor names its principal.
    pub placeholder: Option<Written>,
    /// The permissions policy.
    pub permissions: Written,
}

impl Documents {
    /// The trust the role is created with: the placeholder with `two_step`, else the trust.
    pub fn created_with(&self) -> Option<&Written> {
        self.placeholder.as_ref().or(self.trust.as_ref())
    }
}

/// A document and its pretty JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Written {
    /// The document.
    pub document: PolicyDocument,
    /// Its text, from [`to_pretty_json`].
    pub json: String,
}

impl Written {
    fn of(document: PolicyDocument) -> Written {
        Written { json: to_pretty_json(&document), document }
    }
}

impl Documents {
    /// Builds them; [`Plan::documents`] keeps the result.
    pub fn of(plan: &Plan) -> Documents {
        Documents {
            trust: trust::for_plan(plan).map(Written::of),
            placeholder: trust::placeholder(plan).map(Written::of),
            permissions: Written::of(permissions::document(plan)),
        }
    }
}

/// The one way a document becomes text: two-space indents and a final newline, so the same
/// document is always the same bytes.
pub fn to_pretty_json(document: &impl Serialize) -> String {
    let mut text =
        serde_json::to_string_pretty(document).expect("policy documents hold only strings, arrays and maps");
    text.push('\n');
    text
}

/// The same JSON text with every non-ASCII character written as a `\uXXXX` escape (UTF-16 units,
/// as JSON spells characters beyond the BMP), so it survives an ASCII-only file write unchanged in
/// meaning. Only strings can hold non-ASCII characters in JSON, and inside a string an escape is the
/// same character, so the result parses to the same value.
pub fn ascii_json(json: &str) -> String {
    let mut ascii = String::with_capacity(json.len());
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
    ascii
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

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
