//! Lint rules about `Condition` blocks: operator names (with `IfExists` and the set prefixes),
//! keys repeated in another case, and S3 keys the statement's actions never carry (aws-rules §6, §10).

use serde_json::Value;

use super::{Lint, Statement};
use crate::finding::Problem;
use crate::hazard;
use crate::lang::msg;
use crate::model::{multivalued_key, ExternalId, S3Action};

/// Every condition operator IAM has, without `IfExists` and set prefixes.
const OPERATORS: &[&str] = &[
    "StringEquals",
    "StringNotEquals",
    "StringEqualsIgnoreCase",
    "StringNotEqualsIgnoreCase",
    "StringLike",
    "StringNotLike",
    "NumericEquals",
    "NumericNotEquals",
    "NumericLessThan",
    "NumericLessThanEquals",
    "NumericGreaterThan",
    "NumericGreaterThanEquals",
    "DateEquals",
    "DateNotEquals",
    "DateLessThan",
    "DateLessThanEquals",
    "DateGreaterThan",
    "DateGreaterThanEquals",
    "Bool",
    "BinaryEquals",
    "IpAddress",
    "NotIpAddress",
    "ArnEquals",
    "ArnLike",
    "ArnNotEquals",
    "ArnNotLike",
    "Null",
];

/// An operator, split into its parts.
struct Operator<'a> {
    base: &'a str,
    if_exists: bool,
    for_all_values: bool,
}

/// Reads `ForAllValues:StringLikeIfExists` into its parts; `None` when IAM has no such operator.
fn parse_operator(raw: &str) -> Result<Operator<'_>, Problem> {
    let (for_all_values, rest) = match raw.split_once(':') {
        Some(("ForAllValues", rest)) => (true, rest),
        Some(("ForAnyValue", rest)) => (false, rest),
        Some(_) => return Err(Problem::InvalidConditionOperator { operator: raw.to_owned() }),
        None => (false, raw),
    };
    let (base, if_exists) = match rest.strip_suffix("IfExists") {
        Some(base) => (base, true),
        None => (rest, false),
    };
    if base == "Null" && if_exists {
        return Err(Problem::NullWithIfExists);
    }
    if !OPERATORS.contains(&base) {
        return Err(Problem::InvalidConditionOperator { operator: raw.to_owned() });
    }
    Ok(Operator { base, if_exists, for_all_values })
}

/// Whether a key can hold several values in one request, by AWS's table; a key of another
/// service is not judged (taken as multivalued, so no warning).
fn multivalued(key: &str) -> bool {
    multivalued_key(key).unwrap_or(true)
}

pub(super) fn check(lint: &mut Lint, statement: &Statement) {
    let Some(block) = statement.get("Condition") else { return };
    let path = statement.at("Condition");
    let Some(block) = block.as_object() else {
        let problem =
            Problem::WrongType { element: "Condition".into(), expected: msg::type_expected_operators() };
        return lint.report(&path, problem);
    };
    let actions: Vec<S3Action> = match statement.get("Action") {
        Some(Value::String(name)) => S3Action::named(name).into_iter().collect(),
        Some(Value::Array(items)) => {
            items.iter().filter_map(Value::as_str).filter_map(S3Action::named).collect()
        }
        _ => vec![],
    };
    let all_s3 = S3Action::expand("s3:*");
    for (raw_operator, keys) in block {
        let operator_path = format!("{path}.{raw_operator}");
        let operator = match parse_operator(raw_operator) {
            Ok(operator) => Some(operator),
            Err(problem) => {
                lint.report(&operator_path, problem);
                None
            }
        };
        let Some(keys) = keys.as_object() else {
            let problem = Problem::WrongType {
                element: raw_operator.clone(),
                expected: msg::type_expected_condition_keys(),
            };
            lint.report(&operator_path, problem);
            continue;
        };
        let mut seen: Vec<String> = Vec::new();
        for (key, values) in keys {
            let key_path = format!("{operator_path}.{key}");
            let lower = key.to_ascii_lowercase();
            if seen.contains(&lower) {
                lint.report(&key_path, Problem::DuplicateConditionKeys { key: key.clone() });
            }
            seen.push(lower.clone());
            if let Some(operator) = &operator {
                if operator.for_all_values && statement.allow && !multivalued(key) {
                    lint.report(&key_path, Problem::ForAllValuesSingleValuedKey { key: key.clone() });
                }
                // ForAllValues holds when the key is absent, so it never rules an action out.
                let positive = !operator.if_exists
                    && !operator.for_all_values
                    && operator.base != "Null"
                    && !operator.base.contains("Not");
                let known_s3_key = all_s3.iter().any(|action| action.supports_key(key));
                if known_s3_key && statement.get("Action").is_some() {
                    applicability(lint, &key_path, key, &actions, positive && statement.allow);
                }
            }
            if lower == "sts:externalid" {
                external_ids(lint, &key_path, values);
            }
        }
    }
}

/// An S3 key needs an action that carries it; under a positive condition every action that
/// doesn't carry it is never allowed (`s3:GetBucketLocation` under `s3:prefix`).
fn applicability(lint: &mut Lint, path: &str, key: &str, actions: &[S3Action], positive: bool) {
    if actions.is_empty() {
        return;
    }
    if !actions.iter().any(|action| action.supports_key(key)) {
        return lint.report(path, Problem::MissingActionForConditionKey { key: key.to_owned() });
    }
    if positive {
        for action in actions.iter().filter(|action| !action.supports_key(key)) {
            lint.report(path, Problem::ConditionKeyNeverPresent { action: *action, key: key.to_owned() });
        }
    }
}

/// `sts:ExternalId` values get the STS rule and the guessability advice the form gives, unless a
/// copy-paste hazard (a placeholder) already explains them.
fn external_ids(lint: &mut Lint, path: &str, values: &Value) {
    let items: Vec<(String, &str)> = match values {
        Value::String(text) => vec![(path.to_owned(), text.as_str())],
        Value::Array(items) => items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| item.as_str().map(|text| (format!("{path}[{i}]"), text)))
            .collect(),
        _ => vec![],
    };
    for (item_path, text) in items {
        // A hazard says it better; a template reference is filled in later.
        if !hazard::scan(text, hazard::Scope::Value).is_empty() || hazard::filled_later(text) {
            continue;
        }
        match ExternalId::parse(text) {
            Err(problems) => problems.into_iter().for_each(|problem| lint.report(&item_path, problem)),
            Ok(_) if hazard::is_guessable(text) => {
                lint.report(&item_path, Problem::ExternalIdGuessable { value: text.to_owned() })
            }
            Ok(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::policy::kind::DocKind;
    use crate::policy::lint::tests::check;

    fn conditioned(action: &str, condition: &str) -> Vec<String> {
        let json = format!(
            r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Action":{action},"Resource":"arn:aws:s3:::b","Condition":{condition}}}]}}"#
        );
        check(&json, DocKind::Permissions)
    }

    #[test]
    fn operators_are_iams_own() {
        let prefix = r#"{"s3:prefix":"logs/"}"#;
        for ok in ["StringLike", "StringLikeIfExists", "ForAnyValue:StringLike", "Null"] {
            let condition = format!(r#"{{"{ok}":{prefix}}}"#);
            assert_eq!(conditioned(r#""s3:ListBucket""#, &condition), Vec::<String>::new(), "{ok}");
        }
        assert_eq!(
            conditioned(r#""s3:ListBucket""#, r#"{"StringEqual":{"s3:prefix":"a"}}"#),
            ["Statement[0].Condition.StringEqual invalid-condition-operator"]
        );
        assert_eq!(
            conditioned(r#""s3:ListBucket""#, r#"{"NullIfExists":{"s3:prefix":"true"}}"#),
            ["Statement[0].Condition.NullIfExists null-with-if-exists"]
        );
        assert_eq!(
            conditioned(r#""s3:ListBucket""#, r#"{"ForAllValues:StringLike":{"s3:prefix":"a"}}"#),
            ["Statement[0].Condition.ForAllValues:StringLike.s3:prefix forallvalues-with-single-valued-key"]
        );
        assert_eq!(
            conditioned(r#""s3:ListBucket""#, r#"{"StringLike":{"s3:prefix":"a","S3:Prefix":"b"}}"#),
            ["Statement[0].Condition.StringLike.S3:Prefix duplicate-keys-with-different-case"]
        );
    }

    #[test]
    fn s3_keys_apply_only_to_the_actions_that_carry_them() {
        assert_eq!(
            conditioned(
                r#"["s3:ListBucket","s3:GetBucketLocation"]"#,
                r#"{"StringLike":{"s3:prefix":"logs/*"}}"#
            ),
            ["Statement[0].Condition.StringLike.s3:prefix unsupported-action-for-condition-key"]
        );
        assert_eq!(
            conditioned(r#""s3:GetBucketLocation""#, r#"{"StringLike":{"s3:prefix":"logs/*"}}"#),
            ["Statement[0].Condition.StringLike.s3:prefix missing-action-for-condition-key"]
        );
        assert_eq!(
            conditioned(
                r#"["s3:ListBucket","s3:GetBucketLocation"]"#,
                r#"{"StringLikeIfExists":{"s3:prefix":"logs/*"}}"#
            ),
            Vec::<String>::new()
        );
        let json = serde_json::json!({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:ListBucket","s3:GetBucketLocation"],"Resource":"arn:aws:s3:::b","Condition":{"StringLike":{"s3:prefix":"a/*"}}}]});
        assert_eq!(
            crate::policy::lint::lint(&json, DocKind::Permissions)[0].to_string(),
            "'s3:GetBucketLocation' requests never carry 's3:prefix', so this statement never allows it; move the action to a statement without that condition."
        );
    }

    #[test]
    fn external_ids_in_trust_conditions_follow_sts() {
        let trust = |id: &str| {
            let json = format!(
                r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":{{"AWS":"arn:aws:iam::366810793500:root"}},"Action":"sts:AssumeRole","Condition":{{"StringEquals":{{"sts:ExternalId":"{id}"}}}}}}]}}"#
            );
            check(&json, DocKind::Trust)
        };
        let at = "Statement[0].Condition.StringEquals.sts:ExternalId";
        assert_eq!(trust("gc-7f3a9e2b41d84c6e"), Vec::<String>::new());
        assert_eq!(trust("company name"), [format!("{at} external-id-char")]);
        assert_eq!(trust("AcmeCorp"), [format!("{at} external-id-guessable")]);
        assert_eq!(trust("{replace with input company name}"), [format!("{at} placeholder")]);
    }
}
