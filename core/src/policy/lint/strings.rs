//! Lint rules on every string of a document: copy-paste hazards, IAM's character set, and one
//! partition for every ARN (aws-rules §2, §3).

use serde_json::Value;

use super::Lint;
use crate::finding::Problem;
use crate::hazard::{self, Scope};
use crate::model::Partition;

/// Walks every key and string value with its path.
pub(super) fn check_all(lint: &mut Lint, document: &Value) {
    let mut partition = None;
    walk(lint, "", document, &mut partition);
}

fn walk(lint: &mut Lint, path: &str, value: &Value, partition: &mut Option<Partition>) {
    match value {
        Value::String(text) => string(lint, path, text, partition),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(lint, &format!("{path}[{i}]"), item, partition);
            }
        }
        Value::Object(object) => {
            for (key, item) in object {
                let item_path = super::join(path, key);
                charset(lint, &item_path, key);
                walk(lint, &item_path, item, partition);
            }
        }
        _ => {}
    }
}

/// The longest string read: an ARN holds at most 2,048 characters and a whole managed policy
/// 6,144, so anything longer is named once and not read further.
pub(crate) const MAX_STRING: usize = 6144;

fn string(lint: &mut Lint, path: &str, text: &str, partition: &mut Option<Partition>) {
    if text.len() > MAX_STRING {
        return lint.report(path, Problem::ValueTooLong { chars: text.chars().count() });
    }
    for problem in hazard::scan(text, Scope::Value) {
        lint.report(path, problem);
    }
    charset(lint, path, text);
    if let Some(found) = hazard::arn_partition(text) {
        match *partition {
            None => *partition = Some(found),
            Some(chosen) if chosen != found => {
                lint.report(path, Problem::PartitionMismatch { found, chosen })
            }
            Some(_) => {}
        }
    }
}

/// IAM accepts tab, line feed, carriage return and U+0020–U+00FF; curly quotes and zero-width
/// spaces have their own, clearer hazard message.
fn charset(lint: &mut Lint, path: &str, text: &str) {
    let allowed = |c: char| matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{ff}');
    let explained = |c: char| {
        hazard::scan(&c.to_string(), Scope::Value)
            .iter()
            .any(|p| matches!(p, Problem::CurlyQuote { .. } | Problem::InvisibleSpace { .. }))
    };
    if let Some(ch) = text.chars().find(|&c| !allowed(c) && !explained(c)) {
        lint.report(path, Problem::InvalidCharacter { ch });
    }
}

#[cfg(test)]
mod tests {
    use crate::policy::kind::DocKind;
    use crate::policy::lint::tests::check;

    #[test]
    fn every_string_gets_the_paste_checks() {
        let json = r#"{"Version":"2012-10-17","Statement":[{"Sid":"Lecture","Effect":"Allow","Action":"s3:GetObject","Resource":["arn:aws-cn:s3:::<bucket name>/*","arn:aws:s3:::b\u201d/*","arn:aws-cn:s3:::b—x/*"]}]}"#;
        assert_eq!(
            check(json, DocKind::Permissions),
            [
                "Statement[0].Resource[0] placeholder",
                "Statement[0].Resource[1] curly-quote",
                "Statement[0].Resource[1] invalid-partition",
                "Statement[0].Resource[2] invalid-character",
            ]
        );
    }

    #[test]
    fn the_first_arn_sets_the_partition() {
        let json = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":["arn:aws:s3:::b/*","arn:aws-us-gov:s3:::b/*"]}]}"#;
        let found = crate::policy::lint::lint(&serde_json::from_str(json).unwrap(), DocKind::Permissions);
        assert_eq!(
            found[0].to_string(),
            "This ARN is in partition aws-us-gov but you chose aws; access can't be delegated across partitions, so pick the vendor's partition."
        );
    }
}
