//! A small IAM policy evaluator for the integration tests: a generated policy is judged by what it allows
//! and denies for concrete requests, not by how its JSON is spelled. It covers the subset of IAM the
//! generator emits and panics on anything else, so a gap shows up as a failing test, never as a silent allow:
//! an unknown operator, an identity-policy statement without `Resource`, a trust statement without
//! `Principal` (each would otherwise match everything).
//! Use it from a test file with `#[path = "support/eval.rs"] mod eval;`.
#![allow(dead_code)]

use serde_json::Value;

/// One API call as IAM sees it: who, what, on which resource, with which condition keys.
#[derive(Debug, Clone)]
pub struct Request {
    /// The caller's ARN; only consulted by statements that name a `Principal` (resource and trust policies).
    pub principal: Option<String>,
    pub action: String,
    /// `None` for calls without a resource (such as `sts:AssumeRole` against a trust policy).
    pub resource: Option<String>,
    /// Condition keys and their values; a key with several values is multivalued.
    pub context: Vec<(String, Vec<String>)>,
}

impl Request {
    /// An identity-policy request: `action` on `resource`, no principal, no condition keys.
    pub fn new(action: &str, resource: &str) -> Self {
        Request {
            principal: None,
            action: action.to_owned(),
            resource: Some(resource.to_owned()),
            context: Vec::new(),
        }
    }

    /// A trust-policy request: `principal_arn` calling `sts:AssumeRole`, which has no resource.
    pub fn assume_role(principal_arn: &str) -> Self {
        Request {
            principal: Some(principal_arn.to_owned()),
            action: "sts:AssumeRole".to_owned(),
            resource: None,
            context: Vec::new(),
        }
    }

    /// Adds one value for a condition key; adding a second value for the same key makes it multivalued.
    pub fn with(mut self, key: &str, value: &str) -> Self {
        match self.context.iter_mut().find(|(existing, _)| existing.eq_ignore_ascii_case(key)) {
            Some((_, values)) => values.push(value.to_owned()),
            None => self.context.push((key.to_owned(), vec![value.to_owned()])),
        }
        self
    }

    /// The values of a condition key (keys are case-insensitive), or `None` when the request lacks it.
    fn values(&self, key: &str) -> Option<Vec<&str>> {
        self.context
            .iter()
            .find(|(existing, _)| existing.eq_ignore_ascii_case(key))
            .map(|(_, values)| values.iter().map(String::as_str).collect())
    }
}

/// The outcome of evaluating one policy, keeping apart "nothing allowed it" and "a Deny matched".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Allow,
    ImplicitDeny,
    ExplicitDeny,
}

/// Standard IAM logic for a single policy: a matching Deny wins, then a matching Allow, else implicit deny.
pub fn evaluate(policy: &Value, request: &Request) -> Decision {
    let matching: Vec<&Value> =
        statements(policy).into_iter().filter(|s| statement_matches(s, request)).collect();
    if matching.iter().any(|s| is_deny(s)) {
        Decision::ExplicitDeny
    } else if matching.is_empty() {
        Decision::ImplicitDeny
    } else {
        Decision::Allow
    }
}

/// `Statement` may be a single object or an array of them.
fn statements(policy: &Value) -> Vec<&Value> {
    match &policy["Statement"] {
        Value::Array(statements) => statements.iter().collect(),
        statement @ Value::Object(_) => vec![statement],
        other => panic!("eval.rs: policy Statement must be an object or array, got {other}"),
    }
}

fn is_deny(statement: &Value) -> bool {
    match statement["Effect"].as_str() {
        Some("Deny") => true,
        Some("Allow") => false,
        other => panic!("eval.rs: statement Effect must be Allow or Deny, got {other:?}"),
    }
}

fn statement_matches(statement: &Value, request: &Request) -> bool {
    let names_principal = statement.get("Principal").is_some() || statement.get("NotPrincipal").is_some();
    let principal = match &request.principal {
        // A trust statement must say whom it trusts: without a Principal, IAM refuses the document,
        // and treating it as "everyone" would hide that.
        Some(arn) => element(statement, "Principal", |principal| principal_matches(principal, arn))
            .unwrap_or_else(|| panic!("eval.rs: a trust statement without Principal: {statement}")),
        // An identity-policy request is never matched by a statement that names a principal.
        None => !names_principal,
    };
    if !principal {
        return false;
    }
    let action = element(statement, "Action", |patterns| {
        strings(patterns).iter().any(|pattern| glob(pattern, &request.action, true))
    })
    .unwrap_or_else(|| panic!("eval.rs: statement has neither Action nor NotAction: {statement}"));
    // A request without a resource can only be matched by `*`.
    let resource = element(statement, "Resource", |patterns| {
        strings(patterns).iter().any(|pattern| match &request.resource {
            Some(resource) => glob(pattern, resource, false),
            None => pattern == "*",
        })
    });
    let resource = match (resource, request.principal.is_some()) {
        (Some(matches), _) => matches,
        // Trust policies have no Resource: the role they belong to is the resource.
        (None, true) => true,
        (None, false) => panic!("eval.rs: an identity-policy statement without Resource: {statement}"),
    };
    action && resource && conditions_hold(statement, request)
}

/// Evaluates an element that comes in a positive and a `Not` form (`Action`/`NotAction`, ...): the positive
/// form must match, the `Not` form must not. `None` when the statement has neither.
fn element(statement: &Value, name: &str, matches: impl Fn(&Value) -> bool) -> Option<bool> {
    if let Some(value) = statement.get(name) {
        return Some(matches(value));
    }
    statement.get(format!("Not{name}")).map(|value| !matches(value))
}

/// `"*"`, or an object such as `{"AWS": [...], "Service": "..."}` whose entries are any-of.
fn principal_matches(principal: &Value, arn: &str) -> bool {
    match principal {
        Value::String(any) => any == "*",
        Value::Object(kinds) => kinds.iter().any(|(kind, ids)| {
            strings(ids)
                .iter()
                .any(|id| if kind == "AWS" { aws_principal_matches(id, arn) } else { id == arn })
        }),
        other => panic!("eval.rs: unsupported Principal {other}"),
    }
}

/// An AWS principal is `*`, an exact ARN, or an account (bare ID or `:root` ARN) covering all its identities.
fn aws_principal_matches(id: &str, arn: &str) -> bool {
    let account = if id.len() == 12 && id.bytes().all(|b| b.is_ascii_digit()) {
        Some(id)
    } else {
        match id.split(':').collect::<Vec<_>>().as_slice() {
            ["arn", _, "iam", "", account, "root"] => Some(*account),
            _ => None,
        }
    };
    let caller_account = match arn.split(':').collect::<Vec<_>>().as_slice() {
        ["arn", _, "iam" | "sts", _, account, ..] => Some(*account),
        _ => None,
    };
    id == "*" || id == arn || (account.is_some() && account == caller_account)
}

/// Every `Condition` block must hold, and within a block every key.
fn conditions_hold(statement: &Value, request: &Request) -> bool {
    let Some(blocks) = statement.get("Condition") else { return true };
    let blocks = blocks.as_object().expect("eval.rs: Condition must be an object");
    blocks.iter().all(|(operator, keys)| {
        let keys = keys.as_object().unwrap_or_else(|| panic!("eval.rs: {operator} must map keys to values"));
        keys.iter().all(|(key, expected)| {
            condition_holds(operator, request.values(key).as_deref(), &strings(expected))
        })
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SetQualifier {
    ForAnyValue,
    ForAllValues,
}

/// One condition key under one operator. `actual` is `None` when the request lacks the key.
fn condition_holds(operator: &str, actual: Option<&[&str]>, expected: &[String]) -> bool {
    let (set, rest) = if let Some(rest) = operator.strip_prefix("ForAnyValue:") {
        (Some(SetQualifier::ForAnyValue), rest)
    } else if let Some(rest) = operator.strip_prefix("ForAllValues:") {
        (Some(SetQualifier::ForAllValues), rest)
    } else {
        (None, operator)
    };
    let (base, if_exists) = match rest.strip_suffix("IfExists") {
        Some(base) => (base, true),
        None => (rest, false),
    };
    if base == "Null" {
        // `"true"` demands the key be absent, `"false"` that it be present.
        return expected.iter().any(|value| value.eq_ignore_ascii_case("true") == actual.is_none());
    }
    let (compare, negated) = comparison(base, operator);
    let Some(actual) = actual else {
        // AWS: a missing key fails positive operators but satisfies negated ones.
        return if_exists
            || match set {
                Some(SetQualifier::ForAllValues) => true,
                Some(SetQualifier::ForAnyValue) => false,
                None => negated,
            };
    };
    let value_matches = |value: &&str| expected.iter().any(|pattern| compare(pattern, value)) != negated;
    match set {
        Some(SetQualifier::ForAllValues) => actual.iter().all(value_matches),
        _ => actual.iter().any(value_matches),
    }
}

/// Compares a policy value `p` with a request value `a`.
type Compare = fn(p: &str, a: &str) -> bool;

/// The comparison behind a base operator, and whether the operator negates it.
fn comparison(base: &str, operator: &str) -> (Compare, bool) {
    match base {
        "StringEquals" => (|p, a| p == a, false),
        "StringNotEquals" => (|p, a| p == a, true),
        "StringEqualsIgnoreCase" => (|p, a| p.to_lowercase() == a.to_lowercase(), false),
        "StringNotEqualsIgnoreCase" => (|p, a| p.to_lowercase() == a.to_lowercase(), true),
        "StringLike" => (|p, a| glob(p, a, false), false),
        "StringNotLike" => (|p, a| glob(p, a, false), true),
        "ArnEquals" | "ArnLike" => (arn_like, false),
        "ArnNotEquals" | "ArnNotLike" => (arn_like, true),
        "Bool" => (|p, a| p.eq_ignore_ascii_case(a), false),
        "NumericEquals" => (|p, a| numbers(p, a).is_some_and(|(p, a)| a == p), false),
        "NumericNotEquals" => (|p, a| numbers(p, a).is_some_and(|(p, a)| a == p), true),
        "NumericLessThan" => (|p, a| numbers(p, a).is_some_and(|(p, a)| a < p), false),
        "NumericLessThanEquals" => (|p, a| numbers(p, a).is_some_and(|(p, a)| a <= p), false),
        "NumericGreaterThan" => (|p, a| numbers(p, a).is_some_and(|(p, a)| a > p), false),
        "NumericGreaterThanEquals" => (|p, a| numbers(p, a).is_some_and(|(p, a)| a >= p), false),
        _ => panic!("eval.rs: unsupported condition operator {operator:?}; extend the evaluator"),
    }
}

/// Both sides as numbers; `None` (no match) when either is not numeric.
fn numbers(p: &str, a: &str) -> Option<(f64, f64)> {
    Some((p.parse().ok()?, a.parse().ok()?))
}

/// ARNs match field by field (partition, service, region, account, resource), each with wildcards.
fn arn_like(pattern: &str, arn: &str) -> bool {
    let pattern: Vec<&str> = pattern.splitn(6, ':').collect();
    let arn: Vec<&str> = arn.splitn(6, ':').collect();
    pattern.len() == 6 && arn.len() == 6 && pattern.iter().zip(&arn).all(|(p, a)| glob(p, a, false))
}

/// Glob match where `*` is any run of characters and `?` any one character.
fn glob(pattern: &str, text: &str, ignore_case: bool) -> bool {
    let chars = |s: &str| -> Vec<char> {
        if ignore_case {
            s.to_lowercase().chars().collect()
        } else {
            s.chars().collect()
        }
    };
    let (pattern, text) = (chars(pattern), chars(text));
    let (mut p, mut t) = (0, 0);
    // After a `*`: the pattern position just past it and the text position it currently absorbs up to.
    let mut star: Option<(usize, usize)> = None;
    while t < text.len() {
        if p < pattern.len() && (pattern[p] == '?' || pattern[p] == text[t]) {
            p += 1;
            t += 1;
        } else if p < pattern.len() && pattern[p] == '*' {
            star = Some((p + 1, t));
            p += 1;
        } else if let Some((after_star, absorbed)) = star {
            star = Some((after_star, absorbed + 1));
            p = after_star;
            t = absorbed + 1;
        } else {
            return false;
        }
    }
    pattern[p..].iter().all(|&c| c == '*')
}

/// A string-or-array value as strings; booleans and numbers (`"Bool": {"k": true}`) become their text.
fn strings(value: &Value) -> Vec<String> {
    match value {
        Value::String(s) => vec![s.clone()],
        Value::Bool(b) => vec![b.to_string()],
        Value::Number(n) => vec![n.to_string()],
        Value::Array(items) => items.iter().flat_map(strings).collect(),
        other => panic!("eval.rs: expected a string or an array of strings, got {other}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn allow(statement: Value) -> Value {
        json!({"Version": "2012-10-17", "Statement": statement})
    }

    const BUCKET: &str = "arn:aws:s3:::bucket/key";

    #[test]
    fn action_wildcards_are_case_insensitive() {
        let policy = allow(
            json!({"Effect": "Allow", "Action": ["s3:Get*", "ec2:Describe?nstances"], "Resource": "*"}),
        );
        assert_eq!(evaluate(&policy, &Request::new("s3:GetObject", BUCKET)), Decision::Allow);
        assert_eq!(evaluate(&policy, &Request::new("S3:getobject", BUCKET)), Decision::Allow);
        assert_eq!(evaluate(&policy, &Request::new("ec2:DescribeInstances", "*")), Decision::Allow);
        assert_eq!(evaluate(&policy, &Request::new("s3:PutObject", BUCKET)), Decision::ImplicitDeny);
        assert_eq!(evaluate(&policy, &Request::new("s3x:GetObject", BUCKET)), Decision::ImplicitDeny);
    }

    #[test]
    fn resources_are_case_sensitive() {
        let policy =
            allow(json!([{"Effect": "Allow", "Action": "s3:*", "Resource": "arn:aws:s3:::bucket/*"}]));
        assert_eq!(evaluate(&policy, &Request::new("s3:GetObject", BUCKET)), Decision::Allow);
        assert_eq!(
            evaluate(&policy, &Request::new("s3:GetObject", "arn:aws:s3:::Bucket/key")),
            Decision::ImplicitDeny
        );
    }

    #[test]
    fn not_resource_deny_spares_only_listed_resources() {
        let policy = allow(json!([
            {"Effect": "Allow", "Action": "s3:*", "Resource": "*"},
            {"Effect": "Deny", "Action": "s3:*", "NotResource": ["arn:aws:s3:::bucket", "arn:aws:s3:::bucket/*"]}
        ]));
        assert_eq!(evaluate(&policy, &Request::new("s3:GetObject", BUCKET)), Decision::Allow);
        assert_eq!(
            evaluate(&policy, &Request::new("s3:GetObject", "arn:aws:s3:::other/key")),
            Decision::ExplicitDeny
        );
    }

    #[test]
    fn explicit_deny_beats_allow() {
        let policy = allow(json!([
            {"Effect": "Allow", "Action": "*", "Resource": "*"},
            {"Effect": "Deny", "NotAction": "s3:Get*", "Resource": "*"}
        ]));
        assert_eq!(evaluate(&policy, &Request::new("s3:GetObject", BUCKET)), Decision::Allow);
        assert_eq!(evaluate(&policy, &Request::new("s3:DeleteObject", BUCKET)), Decision::ExplicitDeny);
    }

    #[test]
    fn string_equals_if_exists_passes_absent_keys_only() {
        let policy = allow(json!({"Effect": "Allow", "Action": "s3:*", "Resource": "*",
            "Condition": {"StringEqualsIfExists": {"aws:RequestedRegion": "eu-west-1"}}}));
        let request = || Request::new("s3:GetObject", BUCKET);
        assert_eq!(evaluate(&policy, &request()), Decision::Allow);
        assert_eq!(evaluate(&policy, &request().with("aws:requestedregion", "eu-west-1")), Decision::Allow);
        assert_eq!(
            evaluate(&policy, &request().with("aws:RequestedRegion", "us-east-1")),
            Decision::ImplicitDeny
        );
    }

    #[test]
    fn absent_keys_fail_positive_and_pass_negated_operators() {
        let equals = allow(json!({"Effect": "Allow", "Action": "s3:*", "Resource": "*",
            "Condition": {"StringEquals": {"aws:PrincipalTag/team": "data"}}}));
        let not_equals = allow(json!({"Effect": "Deny", "Action": "s3:*", "Resource": "*",
            "Condition": {"StringNotEquals": {"aws:PrincipalTag/team": "data"}}}));
        let request = || Request::new("s3:GetObject", BUCKET);
        assert_eq!(evaluate(&equals, &request()), Decision::ImplicitDeny);
        assert_eq!(evaluate(&equals, &request().with("aws:PrincipalTag/team", "data")), Decision::Allow);
        assert_eq!(evaluate(&not_equals, &request()), Decision::ExplicitDeny);
        assert_eq!(
            evaluate(&not_equals, &request().with("aws:PrincipalTag/team", "data")),
            Decision::ImplicitDeny
        );
    }

    #[test]
    fn string_like_patterns_and_null() {
        let policy = allow(json!({"Effect": "Allow", "Action": "s3:*", "Resource": "*", "Condition": {
            "StringLike": {"s3:prefix": ["home/*", "tmp/??"]}, "Null": {"aws:TokenIssueTime": "false"}}}));
        let request = |prefix| Request::new("s3:ListBucket", BUCKET).with("s3:prefix", prefix);
        assert_eq!(
            evaluate(&policy, &request("home/alice").with("aws:TokenIssueTime", "t")),
            Decision::Allow
        );
        assert_eq!(evaluate(&policy, &request("tmp/ab").with("aws:TokenIssueTime", "t")), Decision::Allow);
        assert_eq!(
            evaluate(&policy, &request("tmp/abc").with("aws:TokenIssueTime", "t")),
            Decision::ImplicitDeny
        );
        assert_eq!(evaluate(&policy, &request("home/alice")), Decision::ImplicitDeny);
    }

    #[test]
    fn set_qualifiers() {
        let any = allow(json!({"Effect": "Allow", "Action": "*", "Resource": "*",
            "Condition": {"ForAnyValue:StringEquals": {"aws:TagKeys": ["env", "team"]}}}));
        let all = allow(json!({"Effect": "Allow", "Action": "*", "Resource": "*",
            "Condition": {"ForAllValues:StringEquals": {"aws:TagKeys": ["env", "team"]}}}));
        let tags = |keys: &[&'static str]| {
            keys.iter()
                .fold(Request::new("ec2:CreateTags", "*"), |request, key| request.with("aws:TagKeys", key))
        };
        assert_eq!(evaluate(&any, &tags(&["env", "owner"])), Decision::Allow);
        assert_eq!(evaluate(&any, &tags(&["owner"])), Decision::ImplicitDeny);
        assert_eq!(evaluate(&any, &tags(&[])), Decision::ImplicitDeny);
        assert_eq!(evaluate(&all, &tags(&["env", "team"])), Decision::Allow);
        assert_eq!(evaluate(&all, &tags(&["env", "owner"])), Decision::ImplicitDeny);
        assert_eq!(evaluate(&all, &tags(&[])), Decision::Allow);
    }

    #[test]
    fn numeric_bool_and_arn_operators() {
        let policy = allow(json!({"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {
            "Bool": {"aws:SecureTransport": true},
            "NumericLessThanEquals": {"s3:max-keys": "10"},
            "ArnLike": {"aws:SourceArn": "arn:aws:sns:*:123456789012:*"}}}));
        let request = |keys| {
            Request::new("s3:ListBucket", BUCKET)
                .with("aws:SecureTransport", "true")
                .with("s3:max-keys", keys)
                .with("aws:SourceArn", "arn:aws:sns:eu-west-1:123456789012:topic")
        };
        assert_eq!(evaluate(&policy, &request("10")), Decision::Allow);
        assert_eq!(evaluate(&policy, &request("11")), Decision::ImplicitDeny);
    }

    #[test]
    fn account_root_principal_covers_the_account() {
        let policy = allow(json!({"Effect": "Allow", "Action": "sts:AssumeRole",
            "Principal": {"AWS": ["arn:aws:iam::123456789012:root", "210987654321"]}}));
        for caller in [
            "arn:aws:iam::123456789012:user/alice",
            "arn:aws:sts::123456789012:assumed-role/ci/session",
            "arn:aws:iam::210987654321:role/deploy",
        ] {
            assert_eq!(evaluate(&policy, &Request::assume_role(caller)), Decision::Allow, "{caller}");
        }
        let stranger = Request::assume_role("arn:aws:iam::999999999999:root");
        assert_eq!(evaluate(&policy, &stranger), Decision::ImplicitDeny);
        assert_eq!(evaluate(&policy, &Request::new("sts:AssumeRole", "*")), Decision::ImplicitDeny);
    }

    #[test]
    fn trust_policy_with_external_id() {
        let policy = allow(json!({"Effect": "Allow", "Action": "sts:AssumeRole",
            "Principal": {"AWS": "arn:aws:iam::123456789012:role/partner"},
            "Condition": {"StringEquals": {"sts:ExternalId": "s3cret"}}}));
        let partner = || Request::assume_role("arn:aws:iam::123456789012:role/partner");
        assert_eq!(evaluate(&policy, &partner().with("sts:ExternalId", "s3cret")), Decision::Allow);
        assert_eq!(evaluate(&policy, &partner().with("sts:ExternalId", "guess")), Decision::ImplicitDeny);
        assert_eq!(evaluate(&policy, &partner()), Decision::ImplicitDeny);
        let other =
            Request::assume_role("arn:aws:iam::123456789012:role/other").with("sts:ExternalId", "s3cret");
        assert_eq!(evaluate(&policy, &other), Decision::ImplicitDeny);
    }

    /// What evaluating `policy` for `request` panicked with; the evaluator must refuse, not guess.
    fn refusal(policy: Value, request: Request) -> String {
        let outcome = std::panic::catch_unwind(move || evaluate(&policy, &request));
        let payload = outcome.expect_err("the evaluator must refuse this policy");
        payload.downcast_ref::<String>().cloned().unwrap_or_default()
    }

    #[test]
    fn what_the_evaluator_cant_judge_fails_the_test() {
        let no_resource = allow(json!({"Effect": "Allow", "Action": "s3:GetObject"}));
        assert!(refusal(no_resource, Request::new("s3:GetObject", BUCKET))
            .contains("an identity-policy statement without Resource"));
        let no_principal = allow(json!({"Effect": "Allow", "Action": "sts:AssumeRole"}));
        assert!(refusal(no_principal, Request::assume_role("arn:aws:iam::123456789012:role/partner"))
            .contains("a trust statement without Principal"));
        let unknown_operator = allow(json!({"Effect": "Allow", "Action": "*", "Resource": "*",
            "Condition": {"DateGreaterThan": {"aws:CurrentTime": "2020-01-01T00:00:00Z"}}}));
        let request = Request::new("s3:GetObject", BUCKET).with("aws:CurrentTime", "2024-01-01T00:00:00Z");
        assert!(refusal(unknown_operator, request).contains("unsupported condition operator"));
    }
}
