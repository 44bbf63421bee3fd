//! What in a pasted policy the form can't hold, so a fix (a form state) can't be offered without
//! allowing more: a Deny other than the guard, a condition the form doesn't write, a resource
//! that names objects rather than a whole bucket or folder. Each is named on its statement.

use serde_json::{Map, Value};

use crate::finding::{Finding, Location, Problem};
use crate::model::S3Action;
use crate::policy::doc::{ConditionKey, Operator};
use crate::policy::json::{located_statements, s3_path, strings};
use crate::policy::kind::DocKind;

/// The conditions the form writes on a statement like this one: anything else in a pasted Allow
/// is lost in the fix. Uploads get `s3:x-amz-acl` only if it exists; ACL writes must name it.
fn expressible(kind: DocKind, statement: &Map<String, Value>) -> Vec<(Operator, ConditionKey)> {
    match kind {
        DocKind::Trust => vec![(Operator::StringEquals, ConditionKey::ExternalId)],
        DocKind::Bucket => vec![],
        DocKind::Permissions => {
            let mut written = vec![
                (Operator::StringLike, ConditionKey::S3Prefix),
                (Operator::StringEqualsIfExists, ConditionKey::S3Acl),
                (Operator::StringEquals, ConditionKey::KmsViaService),
            ];
            written.extend(ConditionKey::S3_GRANTS.map(|key| (Operator::Null, key)));
            let actions = strings(statement.get("Action"));
            let acl_writes =
                actions.iter().all(|name| S3Action::named(name).is_some_and(S3Action::writes_acl));
            if acl_writes && !actions.is_empty() {
                written.push((Operator::StringEquals, ConditionKey::S3Acl));
            }
            written
        }
    }
}

/// Every statement of `pasted` the form can't hold.
pub(super) fn obstacles(pasted: &Value, kind: DocKind) -> Vec<Finding> {
    let mut found = Vec::new();
    let mut report =
        |path: String, problem| found.push(Finding { at: Location::Document { doc: kind, path }, problem });
    for (path, statement) in located_statements(pasted) {
        if statement.get("Effect").and_then(Value::as_str) != Some("Allow") {
            // The deny guard (a Deny of everything but the bucket) is the only Deny the form writes.
            if kind == DocKind::Trust || !statement.contains_key("NotResource") {
                report(path, Problem::FixBlockedByDeny);
            }
            continue;
        }
        if let Some(key) = unexpressed_condition(statement, kind) {
            report(format!("{path}.Condition"), Problem::FixBlockedByCondition { key });
        }
        let not_whole = strings(statement.get("Resource")).into_iter().find(|arn| names_objects(arn));
        if let Some(arn) = not_whole {
            report(format!("{path}.Resource"), Problem::FixBlockedByResource { arn: arn.to_owned() });
        }
    }
    found
}

/// The first condition key under an operator the form doesn't write with it.
fn unexpressed_condition(statement: &Map<String, Value>, kind: DocKind) -> Option<String> {
    let name = |value: Result<Value, _>| value.ok().and_then(|value| value.as_str().map(str::to_owned));
    let written: Vec<(String, String)> = expressible(kind, statement)
        .into_iter()
        .filter_map(|(operator, key)| {
            Some((name(serde_json::to_value(operator))?, name(serde_json::to_value(key))?))
        })
        .collect();
    let Value::Object(operators) = statement.get("Condition")? else { return Some(String::new()) };
    operators.iter().find_map(|(operator, keys)| {
        let Some(keys) = keys.as_object() else { return Some(operator.clone()) };
        keys.keys()
            .find(|key| !written.iter().any(|(op, known)| op == operator && known.eq_ignore_ascii_case(key)))
            .cloned()
    })
}

/// An S3 ARN of single objects or a pattern inside a folder (`bucket/report.csv`,
/// `bucket/*.csv`): the form grants whole buckets and folders only, which would be broader.
fn names_objects(arn: &str) -> bool {
    let Some(path) = s3_path(arn) else { return false };
    match path.split_once('/') {
        None => false,
        Some((_, key)) => key.strip_suffix('*').is_none_or(|folder| folder.contains(['*', '?'])),
    }
}
