//! "The fix never broadens", judged by evaluation (`support/eval.rs`): every request the checker's
//! fix allows, the pasted policy allows too. The requests come from both documents: each action
//! they name (wildcards spelled out, plus the S3 data actions), each resource with its wildcards
//! filled, a bucket and folder nobody named, and condition contexts built from every key and value
//! either document compares (absent, each alone, and all together). Use it with
//! `#[path = "support/eval.rs"] mod eval;` beside `#[path = "support/narrower.rs"] mod narrower;`.
#![allow(dead_code)]

use rolesmith_core::model::S3Action;
use serde_json::Value;

use crate::eval::{evaluate, Decision, Request};

/// Actions every matrix tries, whether or not a document names them.
pub const ALWAYS: &[&str] = &[
    "s3:GetObject",
    "s3:PutObject",
    "s3:DeleteObject",
    "s3:ListBucket",
    "s3:GetBucketLocation",
    "s3:PutObjectAcl",
    "s3:ListAllMyBuckets",
    "kms:Decrypt",
    "kms:GenerateDataKey",
];

/// Panics naming the first request `fix` allows and `pasted` does not.
pub fn assert_no_broader(fix: &Value, pasted: &Value) {
    let trust = fix.to_string().contains("\"Principal\"");
    for request in requests(&[fix, pasted], trust) {
        if evaluate(fix, &request) == Decision::Allow {
            assert_eq!(
                evaluate(pasted, &request),
                Decision::Allow,
                "the fix allows {request:?}, the pasted policy does not\nfix: {fix}\npasted: {pasted}"
            );
        }
    }
}

/// Every string under `key` anywhere in the documents.
fn strings_under<'a>(documents: &[&'a Value], keys: &[&str]) -> Vec<&'a str> {
    fn walk<'a>(value: &'a Value, keys: &[&str], inside: bool, out: &mut Vec<&'a str>) {
        match value {
            Value::String(text) if inside => out.push(text),
            Value::Array(items) => items.iter().for_each(|item| walk(item, keys, inside, out)),
            Value::Object(map) => {
                for (key, item) in map {
                    walk(item, keys, inside || keys.contains(&key.as_str()), out)
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for document in documents {
        walk(document, keys, false, &mut out);
    }
    out.sort();
    out.dedup();
    out
}

/// A pattern's wildcards filled two ways: with nothing and with text.
fn filled(pattern: &str) -> [String; 2] {
    [pattern.replace(['*', '?'], ""), pattern.replace('*', "zz/x.csv").replace('?', "q")]
}

/// The condition keys of the documents, each with every value compared (filled) and one no
/// document names.
fn condition_values(documents: &[&Value]) -> Vec<(String, Vec<String>)> {
    let mut keys: Vec<(String, Vec<String>)> = Vec::new();
    for document in documents {
        for statement in statements(document) {
            let Some(Value::Object(operators)) = statement.get("Condition") else { continue };
            for keys_of in operators.values().filter_map(Value::as_object) {
                for (key, values) in keys_of {
                    let values: Vec<String> = match values {
                        Value::Array(items) => items.iter().map(scalar).collect(),
                        other => vec![scalar(other)],
                    };
                    let at = match keys.iter().position(|(k, _)| k.eq_ignore_ascii_case(key)) {
                        Some(at) => at,
                        None => {
                            keys.push((key.clone(), vec!["unnamed-value".to_owned()]));
                            keys.len() - 1
                        }
                    };
                    keys[at].1.extend(values.iter().flat_map(|v| filled(v)));
                }
            }
        }
    }
    for (_, values) in &mut keys {
        values.sort();
        values.dedup();
    }
    keys
}

fn scalar(value: &Value) -> String {
    value.as_str().map_or_else(|| value.to_string(), str::to_owned)
}

fn statements(document: &Value) -> Vec<&Value> {
    match &document["Statement"] {
        Value::Array(items) => items.iter().collect(),
        single @ Value::Object(_) => vec![single],
        _ => vec![],
    }
}

/// The condition contexts tried with each request: none, each key with each value alone, and
/// every key at once with its first named value.
fn contexts(documents: &[&Value]) -> Vec<Vec<(String, String)>> {
    let keys = condition_values(documents);
    let mut contexts = vec![vec![]];
    for (key, values) in &keys {
        contexts.extend(values.iter().map(|value| vec![(key.clone(), value.clone())]));
    }
    contexts.push(
        keys.iter().map(|(key, values)| (key.clone(), values.last().cloned().unwrap_or_default())).collect(),
    );
    contexts
}

fn requests(documents: &[&Value], trust: bool) -> Vec<Request> {
    let contexts = contexts(documents);
    let with_context = |request: Request| {
        contexts.iter().map(move |context| {
            context.iter().fold(request.clone(), |request, (key, value)| request.with(key, value))
        })
    };
    if trust {
        let mut principals: Vec<String> = strings_under(documents, &["AWS"])
            .into_iter()
            .flat_map(|arn| {
                let role_in_account =
                    arn.strip_suffix(":root").map(|account| format!("{account}:role/other"));
                [arn.to_owned()].into_iter().chain(role_in_account)
            })
            .collect();
        principals.push("arn:aws:iam::999999999999:role/stranger".to_owned());
        return principals.iter().flat_map(|arn| with_context(Request::assume_role(arn))).collect();
    }
    let mut actions: Vec<String> = ALWAYS.iter().map(|a| a.to_string()).collect();
    for named in strings_under(documents, &["Action", "NotAction"]) {
        actions.push(named.to_owned());
        actions.extend(S3Action::expand(named).iter().map(S3Action::to_string));
    }
    actions.retain(|action| !action.contains(['*', '?']));
    actions.sort();
    actions.dedup();
    let mut resources: Vec<String> =
        strings_under(documents, &["Resource", "NotResource"]).into_iter().flat_map(filled).collect();
    resources.extend(["arn:aws:s3:::unnamed-bucket", "arn:aws:s3:::unnamed-bucket/x.csv"].map(str::to_owned));
    resources.sort();
    resources.dedup();
    actions
        .iter()
        .flat_map(|action| resources.iter().map(move |resource| Request::new(action, resource)))
        .flat_map(with_context)
        .collect()
}
