//! Reading IAM JSON as people write it, shared by the lint and the checker: statements in either
//! form, string-or-array elements, and the path inside an S3 ARN.

use serde_json::Value;

/// The statements of a document, whatever their form.
pub fn statements(value: &Value) -> Vec<&serde_json::Map<String, Value>> {
    located_statements(value).into_iter().map(|(_, statement)| statement).collect()
}

/// The statements of a document with the JSON path of each (`Statement[1]`, or `Statement` when
/// the document has a single statement object).
pub fn located_statements(value: &Value) -> Vec<(String, &serde_json::Map<String, Value>)> {
    match value.get("Statement") {
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| Some((format!("Statement[{i}]"), item.as_object()?)))
            .collect(),
        Some(Value::Object(object)) => vec![("Statement".to_owned(), object)],
        _ => vec![],
    }
}

/// The strings of a string-or-array element.
pub fn strings(value: Option<&Value>) -> Vec<&str> {
    match value {
        Some(Value::String(text)) => vec![text],
        Some(Value::Array(items)) => items.iter().filter_map(Value::as_str).collect(),
        _ => vec![],
    }
}

/// `bucket/key` of an S3 ARN (`arn:aws:s3:::bucket/key`), in any partition.
pub fn s3_path(arn: &str) -> Option<&str> {
    arn.strip_prefix("arn:").and_then(|rest| rest.split_once(":s3:::")).map(|(_, path)| path)
}
