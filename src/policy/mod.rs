//! IAM policy documents: the serde model, the builders, and the size measure.

pub mod doc;
pub mod lint;
pub mod permissions;
pub mod size;
pub mod trust;

use serde::Serialize;

/// The one way a document becomes text: two-space indents and a final newline, so the same
/// document is always the same bytes.
pub fn to_pretty_json(document: &impl Serialize) -> String {
    let mut text =
        serde_json::to_string_pretty(document).expect("policy documents hold only strings, arrays and maps");
    text.push('\n');
    text
}
