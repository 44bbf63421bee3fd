//! The policy checker's core (design.md: `textarea name="check"`, `data-finding`, `check-fix`,
//! `load-into-form`): reads a pasted trust or permissions policy the way people paste them (curly
//! quotes, comments, trailing commas, non-breaking spaces), lints it, says on which line each
//! finding is, and proposes the least-privilege equivalent as a [`Spec`] the form can load.

use serde_json::Value;

use crate::finding::{DocKind, Finding, Location, Problem};
use crate::hazard::{self, Scope};
use crate::model::CannedAcl;
use crate::model::{Access, ExternalId, Partition, Principal, S3Action};
use crate::param::Param;
use crate::policy::{lint::lint, permissions, to_pretty_json, trust};
use crate::spec::Spec;

/// What the checker found in one pasted text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// Trust or permissions, when the text is JSON enough to tell.
    pub kind: Option<DocKind>,
    /// Every finding with the 1-based line it concerns, in text order.
    pub findings: Vec<Located>,
    /// The equivalent the form would build, when the text says enough to build one.
    pub fix: Option<Fix>,
}

/// A finding and the line of the pasted text it concerns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located {
    pub finding: Finding,
    pub line: usize,
}

/// The least-privilege equivalent of a pasted policy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    /// What the form needs to build it (the `load-into-form` button loads this).
    pub spec: Spec,
    /// The document Rolesmith's builder makes from `spec` (`data-output="check-fix"`), or `None`
    /// while the spec still lacks something (a pasted placeholder left a bucket empty).
    pub text: Option<String>,
}

/// Checks pasted text. `expected` is the kind of policy the text box is for, if it is for one.
pub fn check(text: &str, expected: Option<DocKind>) -> Report {
    let (repaired, repairs) = repair(text);
    let mut findings: Vec<Located> = repairs
        .into_iter()
        .map(|(line, column, problem)| Located {
            finding: Finding { at: Location::Text { line, column }, problem },
            line,
        })
        .collect();
    let value: Value = match serde_json::from_str(&repaired) {
        Ok(value) => value,
        Err(error) => {
            let (line, column) = (error.line().max(1), error.column().max(1));
            let problem = malformed(&repaired, &error);
            findings
                .push(Located { finding: Finding { at: Location::Text { line, column }, problem }, line });
            return Report { kind: None, findings, fix: None };
        }
    };
    let (kind, mixed) = kind_of(&value);
    let lines = positions(&repaired);
    let at = |path: &str| line_of(&lines, path);
    let mut report_on = |path: &str, problem: Problem| {
        let line = at(path);
        findings.push(Located {
            finding: Finding { at: Location::Document { doc: kind, path: path.to_owned() }, problem },
            line,
        });
    };
    if mixed {
        report_on("", Problem::MixedDocument);
    }
    if let Some(expected) = expected.filter(|&expected| expected != kind) {
        report_on("", Problem::WrongDocumentKind { found: kind, expected });
    }
    for finding in lint(&value, kind) {
        let Location::Document { path, .. } = &finding.at else { continue };
        let line = at(path);
        findings.push(Located { finding, line });
    }
    findings.sort_by_key(|located| located.line);
    let fix = fix(&value, kind);
    Report { kind: Some(kind), findings, fix }
}

/// Characters read as a JSON quote when they open or close a string outside one.
const CURLY_DOUBLE: &[char] = &['\u{201c}', '\u{201d}', '\u{201e}', '\u{2033}'];
const INVISIBLE: &[char] =
    &['\u{a0}', '\u{2007}', '\u{202f}', '\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{feff}'];

/// The text with what people paste and JSON forbids replaced one character for one (so lines and
/// columns stay put), and each replacement as a problem at its 1-based line and column.
fn repair(text: &str) -> (String, Vec<(usize, usize, Problem)>) {
    let chars: Vec<char> = text.chars().collect();
    let mut places = Vec::with_capacity(chars.len());
    let (mut line, mut column) = (1, 1);
    for &ch in &chars {
        places.push((line, column));
        if ch == '\n' {
            line += 1;
            column = 1;
        } else {
            column += 1;
        }
    }
    let mut out: Vec<char> = chars.clone();
    let mut repairs = Vec::new();
    let mut fix = |out: &mut Vec<char>, i: usize, with: char, problem: Option<Problem>| {
        out[i] = with;
        if let Some(problem) = problem {
            repairs.push((places[i].0, places[i].1, problem));
        }
    };
    let mut string: Option<bool> = None; // Some(opened by a curly quote)
    let mut escaped = false;
    let mut i = 0;
    while i < chars.len() {
        let ch = chars[i];
        match string {
            Some(_) if escaped => escaped = false,
            Some(_) if ch == '\\' => escaped = true,
            Some(_) if ch == '"' => string = None,
            Some(true) if CURLY_DOUBLE.contains(&ch) => {
                fix(&mut out, i, '"', Some(Problem::PastedCurlyQuote { ch }));
                string = None;
            }
            Some(_) => {}
            None if ch == '"' => string = Some(false),
            None if CURLY_DOUBLE.contains(&ch) => {
                fix(&mut out, i, '"', Some(Problem::PastedCurlyQuote { ch }));
                string = Some(true);
            }
            None if INVISIBLE.contains(&ch) => {
                fix(&mut out, i, ' ', Some(Problem::PastedInvisibleSpace { ch }))
            }
            None if ch == '/' && matches!(chars.get(i + 1), Some('/' | '*')) => {
                let block = chars[i + 1] == '*';
                let end = if block {
                    (i + 2..chars.len()).find(|&j| chars[j] == '/' && chars[j - 1] == '*' && j > i + 2)
                } else {
                    (i..chars.len()).find(|&j| chars[j] == '\n').map(|j| j - 1)
                }
                .unwrap_or(chars.len() - 1);
                fix(&mut out, i, ' ', Some(Problem::PastedComment));
                let commented = chars.iter().enumerate().take(end + 1).skip(i + 1);
                for (j, _) in commented.filter(|(_, c)| **c != '\n') {
                    fix(&mut out, j, ' ', None);
                }
                i = end;
            }
            None if ch == ',' => {
                let next = chars[i + 1..].iter().find(|c| !c.is_whitespace() && !INVISIBLE.contains(c));
                if matches!(next, Some('}' | ']')) {
                    fix(&mut out, i, ' ', Some(Problem::PastedTrailingComma));
                }
            }
            None => {}
        }
        i += 1;
    }
    (out.into_iter().collect(), repairs)
}

/// serde's error as what was expected and what was found, never serde's own sentence.
fn malformed(text: &str, error: &serde_json::Error) -> Problem {
    let message = error.to_string();
    let expected = [
        ("expected `,` or `}`", "a ',' or '}'"),
        ("expected `,` or `]`", "a ',' or ']'"),
        ("expected `:`", "a ':'"),
        ("key must be a string", "a name in double quotes"),
        ("expected value", "a value"),
        ("control character", "the closing quote of the value"),
        ("trailing characters", "the end of the policy"),
        ("invalid escape", "an escape such as \\\""),
    ]
    .iter()
    .find(|(serde, _)| message.contains(serde))
    .map_or("valid JSON", |(_, ours)| ours);
    let found = if error.is_eof() {
        None
    } else {
        text.lines()
            .nth(error.line().saturating_sub(1))
            .and_then(|line| line.chars().nth(error.column().saturating_sub(1)))
    };
    Problem::MalformedJson { line: error.line(), column: error.column(), expected, found }
}

/// The statements of a document, whatever their form.
fn statements(value: &Value) -> Vec<&serde_json::Map<String, Value>> {
    match value.get("Statement") {
        Some(Value::Array(items)) => items.iter().filter_map(Value::as_object).collect(),
        Some(Value::Object(object)) => vec![object],
        _ => vec![],
    }
}

/// The strings of a string-or-array element.
fn strings(value: Option<&Value>) -> Vec<&str> {
    match value {
        Some(Value::String(text)) => vec![text],
        Some(Value::Array(items)) => items.iter().filter_map(Value::as_str).collect(),
        _ => vec![],
    }
}

/// A trust policy names principals or allows `sts:AssumeRole…`; anything else is a permissions
/// policy. Mixed when trust statements sit beside statements that grant on resources.
fn kind_of(value: &Value) -> (DocKind, bool) {
    let is_trust = |statement: &&serde_json::Map<String, Value>| {
        statement.contains_key("Principal")
            || statement.contains_key("NotPrincipal")
            || strings(statement.get("Action"))
                .iter()
                .any(|a| a.to_ascii_lowercase().starts_with("sts:assumerole"))
    };
    let all = statements(value);
    let n_trust = all.iter().filter(|statement| is_trust(statement)).count();
    let grants_on_resources = all.iter().any(|s| {
        s.contains_key("Resource")
            || strings(s.get("Action")).iter().any(|a| !a.to_ascii_lowercase().starts_with("sts:"))
    });
    if n_trust > 0 {
        (DocKind::Trust, grants_on_resources)
    } else {
        (DocKind::Permissions, false)
    }
}

/// The 1-based line where each JSON path starts, for paths as the lint writes them.
fn positions(text: &str) -> Vec<(String, usize)> {
    let mut scanner = Scanner { chars: text.chars().collect(), at: 0, line: 1, found: Vec::new() };
    scanner.value(String::new());
    scanner.found
}

/// The line of `path`, or of its nearest enclosing element.
fn line_of(lines: &[(String, usize)], path: &str) -> usize {
    let mut path = path;
    loop {
        if let Some((_, line)) = lines.iter().find(|(known, _)| known == path) {
            return *line;
        }
        match path.rfind(['.', '[']) {
            Some(cut) => path = &path[..cut],
            None => return lines.first().map_or(1, |(_, line)| *line),
        }
    }
}

/// A minimal JSON walker over text serde already accepted, recording where each path starts.
struct Scanner {
    chars: Vec<char>,
    at: usize,
    line: usize,
    found: Vec<(String, usize)>,
}

impl Scanner {
    fn skip_space(&mut self) {
        while let Some(&ch) = self.chars.get(self.at) {
            if !ch.is_whitespace() {
                break;
            }
            if ch == '\n' {
                self.line += 1;
            }
            self.at += 1;
        }
    }

    fn value(&mut self, path: String) {
        self.skip_space();
        self.found.push((path.clone(), self.line));
        match self.chars.get(self.at) {
            Some('{') => {
                self.at += 1;
                loop {
                    self.skip_space();
                    match self.chars.get(self.at) {
                        Some('"') => {
                            let key = self.string();
                            let key_path = if path.is_empty() { key } else { format!("{path}.{key}") };
                            self.skip_space();
                            self.at += 1; // the ':'
                            self.value(key_path);
                        }
                        Some(',') => self.at += 1,
                        _ => {
                            self.at += 1;
                            return;
                        }
                    }
                }
            }
            Some('[') => {
                self.at += 1;
                let mut index = 0;
                loop {
                    self.skip_space();
                    match self.chars.get(self.at) {
                        Some(']') | None => {
                            self.at += 1;
                            return;
                        }
                        Some(',') => self.at += 1,
                        Some(_) => {
                            self.value(format!("{path}[{index}]"));
                            index += 1;
                        }
                    }
                }
            }
            Some('"') => {
                self.string();
            }
            Some(_) => {
                while self
                    .chars
                    .get(self.at)
                    .is_some_and(|c| !matches!(c, ',' | '}' | ']') && !c.is_whitespace())
                {
                    self.at += 1;
                }
            }
            None => {}
        }
    }

    /// Reads a string literal (escapes kept literally, which is all a path needs).
    fn string(&mut self) -> String {
        self.at += 1;
        let mut text = String::new();
        while let Some(&ch) = self.chars.get(self.at) {
            self.at += 1;
            match ch {
                '\\' => {
                    if let Some(&next) = self.chars.get(self.at) {
                        text.push(next);
                        self.at += 1;
                    }
                }
                '"' => break,
                _ => text.push(ch),
            }
        }
        text
    }
}

/// Actions a data vendor never performs, dropped when only a wildcard granted them: replication
/// is S3's own role's work, restore is for archived objects (aws-rules §10).
fn needed_by_vendors(action: S3Action) -> bool {
    !(action.name().starts_with("Replicate") || action.name().starts_with("Restore"))
}

/// What the form would need to build the least-privilege equivalent, and that document.
fn fix(value: &Value, kind: DocKind) -> Option<Fix> {
    let usable = |text: &str| {
        hazard::scan(text, Scope::Value)
            .iter()
            .all(|problem| problem.severity() != crate::finding::Severity::Error)
    };
    let all_strings = statements(value);
    let partition = all_strings
        .iter()
        .flat_map(|s| s.values())
        .flat_map(|v| collect_strings(v))
        .find_map(hazard::arn_partition)
        .unwrap_or_default();
    let mut spec = Spec::default();
    if partition != Partition::Aws {
        spec.set(Param::Partition, partition.as_str().to_owned());
    }
    match kind {
        DocKind::Trust => {
            let principal = all_strings
                .iter()
                .filter_map(|s| s.get("Principal").and_then(|p| p.get("AWS")))
                .flat_map(|aws| strings(Some(aws)))
                .find(|text| usable(text) && Principal::parse(text, partition).is_ok())?;
            spec.set(Param::Principal, principal.to_owned());
            let external_id = all_strings
                .iter()
                .filter_map(|s| s.get("Condition").and_then(Value::as_object))
                .flat_map(|operators| operators.values().filter_map(Value::as_object))
                .flat_map(|keys| keys.iter().filter(|(key, _)| key.eq_ignore_ascii_case("sts:ExternalId")))
                .flat_map(|(_, values)| strings(Some(values)))
                .find(|text| usable(text) && ExternalId::parse(text).is_ok());
            if let Some(external_id) = external_id {
                spec.set(Param::ExternalId, external_id.to_owned());
            }
            let text = match (Principal::parse(principal, partition), external_id.map(ExternalId::parse)) {
                (Ok(principal), Some(Ok(external_id))) => {
                    Some(to_pretty_json(&trust::document(&principal, &external_id)))
                }
                _ => None,
            };
            Some(Fix { spec, text })
        }
        DocKind::Permissions => {
            permissions_spec(&all_strings, &mut spec, usable);
            // The permissions policy doesn't depend on who is trusted, so it is built in user
            // mode, which needs nothing about the vendor.
            let mut user_mode = spec.clone();
            user_mode.set(Param::Mode, "user".to_owned());
            let text = user_mode.validate().0.map(|plan| to_pretty_json(&permissions::document(&plan)));
            Some(Fix { spec, text })
        }
    }
}

/// Bucket, prefix, actions, ACL and the deny guard of a permissions policy, as form values.
fn permissions_spec(
    statements: &[&serde_json::Map<String, Value>],
    spec: &mut Spec,
    usable: impl Fn(&str) -> bool,
) {
    let allows: Vec<_> =
        statements.iter().filter(|s| s.get("Effect").and_then(Value::as_str) == Some("Allow")).collect();
    let s3_paths: Vec<&str> = allows
        .iter()
        .flat_map(|s| strings(s.get("Resource")))
        .filter(|arn| usable(arn))
        .filter_map(|arn| {
            arn.strip_prefix("arn:").and_then(|rest| rest.split_once(":s3:::")).map(|(_, path)| path)
        })
        .collect();
    if let Some(bucket) = s3_paths
        .iter()
        .map(|path| path.split('/').next().unwrap_or(""))
        .find(|b| !b.contains(['*', '?']) && !b.is_empty())
    {
        spec.set(Param::Bucket, bucket.to_owned());
        let prefix = s3_paths
            .iter()
            .filter_map(|path| path.strip_prefix(bucket)?.strip_prefix('/')?.strip_suffix('*'))
            .find(|folder| !folder.is_empty() && !folder.contains(['*', '?']));
        if let Some(prefix) = prefix {
            spec.set(Param::Prefix, prefix.to_owned());
        }
    }
    let mut actions: Vec<S3Action> = Vec::new();
    for name in allows.iter().flat_map(|s| strings(s.get("Action"))) {
        match S3Action::parse(name) {
            Ok(action) => actions.push(action),
            Err(_) if name.contains(['*', '?']) && !name.ends_with(":*") && name != "*" => {
                actions.extend(S3Action::expand(name).into_iter().filter(|&action| needed_by_vendors(action)))
            }
            Err(_) => {}
        }
    }
    actions.sort();
    actions.dedup();
    if !actions.is_empty() {
        match Access::NAMES
            .iter()
            .filter_map(|name| Access::parse(name).ok())
            .find(|access| access.actions() == actions)
        {
            Some(access) => spec.set(Param::Access, access.as_str().to_owned()),
            None => spec
                .set(Param::Actions, actions.iter().map(S3Action::to_string).collect::<Vec<_>>().join(",")),
        }
    }
    let owner_acl = allows
        .iter()
        .filter_map(|s| s.get("Condition"))
        .any(|c| c.to_string().contains(CannedAcl::BucketOwnerFullControl.as_str()));
    if owner_acl {
        spec.set(Param::Acl, CannedAcl::BucketOwnerFullControl.as_str().to_owned());
    }
    let deny_guard = statements
        .iter()
        .any(|s| s.get("Effect").and_then(Value::as_str) == Some("Deny") && s.contains_key("NotResource"));
    if deny_guard {
        spec.set(Param::DenyOutsideBucket, "true".to_owned());
    }
}

/// Every string inside a value.
fn collect_strings(value: &Value) -> Vec<&str> {
    match value {
        Value::String(text) => vec![text],
        Value::Array(items) => items.iter().flat_map(collect_strings).collect(),
        Value::Object(object) => object.values().flat_map(collect_strings).collect(),
        _ => vec![],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn summary(report: &Report) -> Vec<String> {
        report.findings.iter().map(|located| format!("{} {}", located.line, located.finding.code())).collect()
    }

    #[test]
    fn pasted_vendor_json_is_repaired_and_each_repair_reported() {
        let pasted = "{\n  \u{201c}Version\u{201d}: \u{201c}2012-10-17\u{201d},\n  // who may assume\n  \"Statement\": [{\n    \"Effect\":\u{a0}\"Allow\",\n    /* vendor */ \"Principal\": {\"AWS\": \"arn:aws:iam::366810793500:root\"},\n    \"Action\": \"sts:AssumeRole\",\n    \"Condition\": {\"StringEquals\": {\"sts:ExternalId\": \"gc-7f3a9e2b41d84c6e\"},},\n  }]\n}\n";
        let report = check(pasted, None);
        assert_eq!(report.kind, Some(DocKind::Trust));
        assert_eq!(
            summary(&report),
            [
                "2 json-curly-quote",
                "2 json-curly-quote",
                "2 json-curly-quote",
                "2 json-curly-quote",
                "3 json-comment",
                "5 json-invisible-space",
                "6 json-comment",
                "8 json-trailing-comma",
                "8 json-trailing-comma",
            ]
        );
        assert_eq!(report.findings[4].finding.at, Location::Text { line: 3, column: 3 });
        let fix = report.fix.unwrap();
        assert_eq!(
            fix.spec.to_fragment(),
            "principal=arn:aws:iam::366810793500:root&external_id=gc-7f3a9e2b41d84c6e"
        );
        assert!(fix.text.unwrap().contains("\"sts:ExternalId\": \"gc-7f3a9e2b41d84c6e\""));
    }

    #[test]
    fn malformed_json_gets_a_line_a_column_and_a_sentence() {
        let report = check("{\n  \"Version\": \"2012-10-17\"\n  \"Statement\": []\n}", None);
        assert_eq!(report.kind, None);
        assert_eq!(
            report.findings[0].finding.to_string(),
            "This is not valid JSON: at line 3, column 3 '\"' is where a ',' or '}' should be; check the quotes and commas just before it."
        );
        assert_eq!(report.findings[0].line, 3);
        let report = check("{\"Version\": ", None);
        assert_eq!(
            report.findings[0].finding.to_string(),
            "This is not valid JSON: at line 1, column 12 the text ends too early; add the missing value, closing quote, '}' or ']'."
        );
    }

    #[test]
    fn findings_point_at_the_line_of_their_path() {
        let text = "{\n\"Version\": \"2012-10-17\",\n\"Statement\": [\n{\"Effect\": \"Allow\",\n\"Action\": \"s3:GetObject\",\n\"Resource\": \"arn:aws:s3:::b\"}\n]\n}";
        assert_eq!(summary(&check(text, None)), ["5 action-resource-mismatch"]);
    }

    #[test]
    fn a_policy_pasted_where_the_other_belongs_is_named() {
        let trust = r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"366810793500"},"Action":"sts:AssumeRole"}}"#;
        let report = check(trust, Some(DocKind::Permissions));
        assert_eq!(summary(&report), ["1 wrong-policy-type"]);
        assert_eq!(
            report.findings[0].finding.to_string(),
            "This is a trust policy but a permissions policy belongs here; paste each into its own box."
        );
        let mixed = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"366810793500"},"Action":["sts:AssumeRole","s3:GetObject"]}]}"#;
        assert_eq!(
            summary(&check(mixed, None)),
            ["1 mixed-policy-type", "1 mismatched-action-for-principal"]
        );
    }

    proptest! {
        #[test]
        fn any_text_is_checked_without_panicking(text in "\\PC{0,200}") {
            check(&text, None);
        }

        #[test]
        fn json_like_text_is_checked_without_panicking(text in "[{}\\[\\]\",:/* \n\u{201c}\u{201d}\u{a0}a-zA-Z0-9]{0,120}") {
            check(&text, Some(DocKind::Permissions));
        }
    }
}
