//! The policy lint: checks any IAM document, ours or pasted, given as a `serde_json::Value`, and
//! points each finding at a JSON path such as `Statement[1].Principal` (aws-rules §6, §7, §10, §12).
//!
//! The lint reads `Value`, never our typed model, so a pasted document with any shape gets
//! findings instead of serde's "did not match any variant". Codes mirror IAM Access Analyzer's
//! policy checks where one exists. This file walks the grammar; `actions.rs`, `conditions.rs` and
//! `strings.rs` hold the rules about actions and resources, conditions, and every string.

mod actions;
mod breadth;
mod conditions;
mod strings;

pub(crate) use strings::MAX_STRING;

use std::collections::{BTreeMap, HashSet};

use serde_json::{Map, Value};

use crate::finding::{Finding, Location, Problem};
use crate::hazard;
use crate::lang::msg;
use crate::policy::kind::DocKind;
use crate::policy::size::{counted_chars, Quota, Size};

/// The longest list the lint reads: more than any policy within AWS's quotas can hold (a 20 KB
/// bucket policy fits a few hundred statements), so a huge paste is answered at once.
pub(crate) const MAX_LIST: usize = 500;

/// Every finding about `document` read as a `doc` policy, in document order.
pub fn lint(document: &Value, doc: DocKind) -> Vec<Finding> {
    let mut lint = Lint { doc, findings: Vec::new(), reported: HashSet::new() };
    let capped = over_limit(document).then(|| capped(document));
    if capped.is_some() {
        lint.report("", Problem::ScanLimited { max: MAX_LIST });
    }
    let read = capped.as_ref().unwrap_or(document);
    lint.document(read);
    strings::check_all(&mut lint, read);
    let text = serde_json::to_string(document).unwrap_or_default();
    let quota = match doc {
        DocKind::Trust => Quota::TrustPolicy,
        DocKind::Permissions => Quota::ManagedPolicy,
        DocKind::Bucket => Quota::BucketPolicy,
    };
    let size = Size::of(&text, quota);
    if !size.fits() {
        lint.report("", Problem::PolicySize { chars: counted_chars(&text), quota });
    }
    lint.findings
}

/// A lint in progress: which kind of document, and what was found so far.
struct Lint {
    doc: DocKind,
    findings: Vec<Finding>,
    /// What was reported already, so each finding is reported once in linear time.
    reported: HashSet<Finding>,
}

/// One statement's elements, read once.
struct Statement<'a> {
    path: String,
    object: &'a Map<String, Value>,
    allow: bool,
}

impl<'a> Statement<'a> {
    fn get(&self, key: &str) -> Option<&'a Value> {
        self.object.get(key)
    }

    fn at(&self, key: &str) -> String {
        format!("{}.{key}", self.path)
    }
}

const TOP_LEVEL: &[&str] = &["Version", "Id", "Statement"];
const ELEMENTS: &[&str] = &[
    "Sid",
    "Effect",
    "Principal",
    "NotPrincipal",
    "Action",
    "NotAction",
    "Resource",
    "NotResource",
    "Condition",
];

impl Lint {
    fn report(&mut self, path: &str, problem: Problem) {
        let finding = Finding { at: Location::Document { doc: self.doc, path: path.to_owned() }, problem };
        if self.reported.insert(finding.clone()) {
            self.findings.push(finding);
        }
    }

    fn document(&mut self, document: &Value) {
        let Some(top) = document.as_object() else {
            self.report(
                "",
                Problem::WrongType { element: String::new(), expected: msg::type_expected_json_object() },
            );
            return;
        };
        self.unknown_keys("", top, TOP_LEVEL);
        match top.get("Version") {
            None => self.report("", Problem::MissingVersion),
            Some(Value::String(version)) if version == "2012-10-17" => {}
            Some(Value::String(version)) if version == "2008-10-17" => {
                self.report("Version", Problem::OldVersion)
            }
            Some(other) => self.report("Version", Problem::InvalidVersion { found: text_of(other) }),
        }
        breadth::generator_leftover(self, "Id", top.get("Id"), "Policy");
        let statements: Vec<(String, &Value)> = match top.get("Statement") {
            Some(Value::Array(items)) => {
                items.iter().enumerate().map(|(i, item)| (format!("Statement[{i}]"), item)).collect()
            }
            Some(single @ Value::Object(_)) => vec![("Statement".to_owned(), single)],
            Some(_) => {
                let problem = Problem::WrongType {
                    element: "Statement".into(),
                    expected: msg::type_expected_statements(),
                };
                self.report("Statement", problem);
                return;
            }
            None => vec![],
        };
        if statements.is_empty() {
            self.report("", Problem::MissingStatement);
        }
        let mut read = Vec::new();
        for (path, value) in statements {
            match value.as_object() {
                Some(object) => {
                    let allow = object.get("Effect").and_then(Value::as_str) == Some("Allow");
                    read.push(Statement { path, object, allow });
                }
                None => self.report(
                    &path,
                    Problem::WrongType { element: path.clone(), expected: msg::type_expected_object() },
                ),
            }
        }
        self.sids(&read);
        for statement in &read {
            self.statement(statement);
        }
        self.redundant(&read);
        actions::deny_blocks_kms(self, &read);
    }

    fn unknown_keys(&mut self, path: &str, object: &Map<String, Value>, known: &[&str]) {
        for key in object.keys().filter(|key| !known.contains(&key.as_str())) {
            self.report(&join(path, key), Problem::UnknownElement { key: key.clone() });
        }
    }

    fn sids(&mut self, statements: &[Statement]) {
        let mut seen: HashSet<&str> = HashSet::new();
        for statement in statements {
            let path = statement.at("Sid");
            match statement.get("Sid") {
                None => {}
                Some(Value::String(sid)) if sid.is_empty() => self.report(&path, Problem::EmptySid),
                Some(Value::String(sid)) => {
                    // IAM's rule; S3 bucket policies also take spaces and more (AWS's own have them).
                    if self.doc != DocKind::Bucket && !sid.chars().all(|c| c.is_ascii_alphanumeric()) {
                        self.report(&path, Problem::UnsupportedSid { sid: sid.clone() });
                    }
                    if !seen.insert(sid) {
                        self.report(&path, Problem::DuplicateSid { sid: sid.clone() });
                    }
                }
                Some(_) => self.report(
                    &path,
                    Problem::WrongType { element: "Sid".into(), expected: msg::type_expected_string() },
                ),
            }
        }
    }

    fn statement(&mut self, statement: &Statement) {
        self.unknown_keys(&statement.path, statement.object, ELEMENTS);
        match statement.get("Effect") {
            None => self.report(&statement.path, Problem::MissingEffect),
            Some(Value::String(effect)) if effect == "Allow" || effect == "Deny" => {}
            Some(other) => {
                self.report(&statement.at("Effect"), Problem::InvalidEffect { found: text_of(other) })
            }
        }
        self.principal(statement);
        let has = |key| statement.get(key).is_some();
        if !has("Action") && !has("NotAction") {
            self.report(&statement.path, Problem::MissingAction);
        }
        match self.doc {
            DocKind::Trust => {
                for key in ["Resource", "NotResource"].into_iter().filter(|key| has(key)) {
                    self.report(&statement.at(key), Problem::TrustResource);
                }
            }
            DocKind::Permissions | DocKind::Bucket if !has("Resource") && !has("NotResource") => {
                self.report(&statement.path, Problem::MissingResource)
            }
            DocKind::Permissions | DocKind::Bucket => {}
        }
        self.resource_shapes(statement);
        actions::check(self, statement);
        conditions::check(self, statement);
        breadth::generator_leftover(self, &statement.at("Sid"), statement.get("Sid"), "Stmt");
        match self.doc {
            DocKind::Trust => breadth::confused_deputy(self, statement),
            DocKind::Permissions => breadth::allow(self, statement),
            DocKind::Bucket => {
                breadth::allow(self, statement);
                breadth::public(self, statement);
            }
        }
    }

    /// Every resource is `*` or an ARN, unless a hazard explains it or a template fills it in.
    fn resource_shapes(&mut self, statement: &Statement) {
        for key in ["Resource", "NotResource"] {
            let Some(value) = statement.get(key) else { continue };
            for (path, arn) in string_items(self, &statement.at(key), value) {
                let shaped = arn == "*" || (arn.starts_with("arn:") && arn.split(':').count() >= 6);
                if !shaped && !hazard::explains(arn) && !hazard::filled_later(arn) {
                    self.report(&path, Problem::InvalidArn { arn: arn.to_owned() });
                }
            }
        }
    }

    fn principal(&mut self, statement: &Statement) {
        let principal = statement.get("Principal");
        match self.doc {
            DocKind::Permissions => {
                for key in
                    ["Principal", "NotPrincipal"].into_iter().filter(|key| statement.get(key).is_some())
                {
                    self.report(&statement.at(key), Problem::UnsupportedPrincipal);
                }
            }
            DocKind::Trust => {
                if statement.get("NotPrincipal").is_some() {
                    self.report(&statement.at("NotPrincipal"), Problem::TrustNotPrincipal);
                } else if principal.is_none() {
                    self.report(&statement.path, Problem::MissingPrincipal { doc: self.doc });
                }
                if let Some(principal) = principal {
                    actions::trust_principal(self, &statement.at("Principal"), principal);
                }
            }
            // A bucket policy may name its principals either way (a Deny to all but one).
            DocKind::Bucket => match principal {
                Some(principal) => actions::trust_principal(self, &statement.at("Principal"), principal),
                None if statement.get("NotPrincipal").is_none() => {
                    self.report(&statement.path, Problem::MissingPrincipal { doc: self.doc })
                }
                None => {}
            },
        }
    }

    /// Statements equal to an earlier one apart from their Sid, found by hashing each statement's
    /// canonical text (keys sorted), so a long paste is compared in linear time.
    fn redundant(&mut self, statements: &[Statement]) {
        let mut first: BTreeMap<String, usize> = BTreeMap::new();
        for (i, statement) in statements.iter().enumerate() {
            let mut object = statement.object.clone();
            object.remove("Sid");
            let mut text = String::new();
            canonical(&mut text, &Value::Object(object));
            match first.get(&text) {
                Some(&same_as) => {
                    self.report(&statement.path, Problem::RedundantStatement { same_as: same_as + 1 })
                }
                None => {
                    first.insert(text, i);
                }
            }
        }
    }
}

/// Writes `value` as JSON with every object's keys sorted, so equal values write equal text
/// whatever order their keys came in.
fn canonical(out: &mut String, value: &Value) {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            out.push('{');
            for key in keys {
                canonical(out, &Value::String(key.clone()));
                out.push(':');
                canonical(out, &map[key]);
                out.push(',');
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for item in items {
                canonical(out, item);
                out.push(',');
            }
            out.push(']');
        }
        scalar => out.push_str(&scalar.to_string()),
    }
}

/// Whether some list is longer than `MAX_LIST`.
fn over_limit(value: &Value) -> bool {
    match value {
        Value::Array(items) => items.len() > MAX_LIST || items.iter().any(over_limit),
        Value::Object(map) => map.values().any(over_limit),
        _ => false,
    }
}

/// A copy with every list cut to `MAX_LIST` items, so the paths of what remains are unchanged.
fn capped(value: &Value) -> Value {
    match value {
        Value::Array(items) => Value::Array(items.iter().take(MAX_LIST).map(capped).collect()),
        Value::Object(map) => {
            Value::Object(map.iter().map(|(key, item)| (key.clone(), capped(item))).collect())
        }
        scalar => scalar.clone(),
    }
}

/// `Statement[0]` + `Sid` → `Statement[0].Sid`.
pub(crate) fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// A value as a message quotes it: strings bare, anything else as JSON.
fn text_of(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// The strings of a string-or-array element with their paths; other items are reported.
fn string_items<'a>(lint: &mut Lint, path: &str, value: &'a Value) -> Vec<(String, &'a str)> {
    let wrong = |lint: &mut Lint, path: &str| {
        let element = path.rsplit('.').next().unwrap_or(path).to_owned();
        lint.report(path, Problem::WrongType { element, expected: msg::type_expected_strings() });
    };
    match value {
        Value::String(text) => vec![(path.to_owned(), text.as_str())],
        Value::Array(items) => {
            let mut strings = Vec::new();
            for (i, item) in items.iter().enumerate() {
                let item_path = format!("{path}[{i}]");
                match item {
                    Value::String(text) => strings.push((item_path, text.as_str())),
                    _ => wrong(lint, &item_path),
                }
            }
            strings
        }
        _ => {
            wrong(lint, path);
            vec![]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `path code` for each finding of `json` read as `doc`.
    pub(super) fn check(json: &str, doc: DocKind) -> Vec<String> {
        let value: Value = serde_json::from_str(json).unwrap();
        lint(&value, doc)
            .iter()
            .map(|finding| match &finding.at {
                Location::Document { path, .. } => format!("{path} {}", finding.code()),
                other => format!("{other:?} {}", finding.code()),
            })
            .collect()
    }

    const S3_ALLOW: &str = r#"{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}"#;

    #[test]
    fn a_minimal_permissions_policy_is_clean() {
        let json = format!(r#"{{"Version":"2012-10-17","Statement":[{S3_ALLOW}]}}"#);
        assert_eq!(check(&json, DocKind::Permissions), Vec::<String>::new());
    }

    #[test]
    fn version_and_statement_grammar() {
        assert_eq!(
            check(&format!(r#"{{"Statement":{S3_ALLOW}}}"#), DocKind::Permissions),
            [" missing-version"]
        );
        assert_eq!(
            check(&format!(r#"{{"Version":"2012-10-18","Statement":{S3_ALLOW}}}"#), DocKind::Permissions),
            ["Version invalid-version"]
        );
        assert_eq!(
            check(r#"{"Version":"2012-10-17","Statement":[]}"#, DocKind::Permissions),
            [" missing-statement"]
        );
        assert_eq!(
            check(r#"{"Version":"2012-10-17","Statement":"x"}"#, DocKind::Permissions),
            ["Statement type-mismatch"]
        );
        assert_eq!(check("[]", DocKind::Trust), [" type-mismatch"]);
        assert_eq!(
            check(
                r#"{"Version":"2012-10-17","Statement":[{"effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}"#,
                DocKind::Permissions
            ),
            ["Statement[0].effect invalid-element", "Statement[0] missing-effect"]
        );
        assert_eq!(
            check(
                r#"{"Version":"2012-10-17","Statement":[{"Effect":"allow","Resource":"*"}]}"#,
                DocKind::Permissions
            ),
            ["Statement[0].Effect invalid-effect", "Statement[0] missing-action"]
        );
    }

    #[test]
    fn sids_are_alphanumeric_unique_and_not_empty() {
        let json = r#"{"Version":"2012-10-17","Statement":[
            {"Sid":"read_all","Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"},
            {"Sid":"A","Effect":"Allow","Action":"s3:PutObject","Resource":"arn:aws:s3:::b/*"},
            {"Sid":"A","Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::b"},
            {"Sid":"","Effect":"Allow","Action":"s3:DeleteObject","Resource":"arn:aws:s3:::b/*"}]}"#;
        assert_eq!(
            check(json, DocKind::Permissions),
            [
                "Statement[0].Sid unsupported-sid",
                "Statement[2].Sid unique-sids-required",
                "Statement[3].Sid empty-sid-value"
            ]
        );
    }

    #[test]
    fn principal_and_resource_belong_to_one_kind_each() {
        let trust = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::366810793500:root"},"Action":"sts:AssumeRole","Resource":"*","Condition":{"StringEquals":{"sts:ExternalId":"gc-7f3a9e2b41d84c6e"}}}]}"#;
        assert_eq!(
            check(trust, DocKind::Trust),
            ["Statement[0].Resource role-trust-policy-syntax-error-resource"]
        );
        assert_eq!(check(trust, DocKind::Permissions), ["Statement[0].Principal unsupported-principal"]);
        let no_principal =
            r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole"}]}"#;
        assert_eq!(check(no_principal, DocKind::Trust), ["Statement[0] missing-principal"]);
        assert_eq!(check(no_principal, DocKind::Permissions), ["Statement[0] missing-resource"]);
        let not_principal = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotPrincipal":{"AWS":"arn:aws:iam::366810793500:root"},"Action":"sts:AssumeRole"}]}"#;
        assert_eq!(
            check(not_principal, DocKind::Trust),
            ["Statement[0].NotPrincipal role-trust-policy-syntax-error-notprincipal"]
        );
    }

    #[test]
    fn trust_principals_are_checked_like_the_form() {
        let trust = |principal: &str| {
            let json = format!(
                r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":{principal},"Action":"sts:AssumeRole","Condition":{{"StringEquals":{{"sts:ExternalId":"gc-7f3a9e2b41d84c6e"}}}}}}]}}"#
            );
            check(&json, DocKind::Trust)
        };
        assert_eq!(
            trust(r#""*""#),
            ["Statement[0].Principal role-trust-policy-unsupported-wildcard-in-principal"]
        );
        assert_eq!(
            trust(r#"{"AWS":"AROADBQP57FF2AEXAMPLE"}"#),
            ["Statement[0].Principal.AWS invalid-role-reference"]
        );
        assert_eq!(
            trust(r#"{"AWS":["AIDAJQABLZS4A3QDU576Q"]}"#),
            ["Statement[0].Principal.AWS[0] invalid-user-reference"]
        );
        assert_eq!(trust(r#"{"User":"x"}"#), ["Statement[0].Principal.User invalid-principal-key"]);
        assert_eq!(
            trust(r#"{"AWS":"arn:aws:iam::366810793500:group/g"}"#),
            ["Statement[0].Principal.AWS principal-kind-unsupported"]
        );
        assert_eq!(trust(r#"{"AWS":"366810793500"}"#), Vec::<String>::new());
        assert_eq!(trust(r#"{"Service":"ec2.amazonaws.com"}"#), Vec::<String>::new());
    }

    #[test]
    fn redundant_statements_are_suggested_away() {
        let json = format!(r#"{{"Version":"2012-10-17","Statement":[{S3_ALLOW},{S3_ALLOW}]}}"#);
        let found = lint(&serde_json::from_str(&json).unwrap(), DocKind::Permissions);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code(), "redundant-statement");
        assert_eq!(found[0].to_string(), "This statement repeats statement 1; remove one of them.");
    }

    #[test]
    fn size_is_measured_against_the_quota() {
        let resources: Vec<String> =
            (0..90).map(|i| format!("\"arn:aws:s3:::bucket-number-{i:03}/*\"")).collect();
        let json = format!(
            r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Action":"s3:GetObject","Resource":[{}]}}]}}"#,
            resources.join(",")
        );
        assert_eq!(
            check(&json, DocKind::Trust).last().unwrap(),
            " policy-size-exceeds-role-trust-policy-quota"
        );
        let big: Vec<String> = (0..200).map(|i| format!("\"arn:aws:s3:::bucket-number-{i:03}/*\"")).collect();
        let json = format!(
            r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Action":"s3:GetObject","Resource":[{}]}}]}}"#,
            big.join(",")
        );
        assert_eq!(check(&json, DocKind::Permissions), [" policy-size-exceeds-identity-policy-quota"]);
    }
}
