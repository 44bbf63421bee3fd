//! The policy checker's core (design.md: `textarea name="check"`, `data-finding`, `check-fix`,
//! `load-into-form`): reads a pasted trust or permissions policy the way people paste them (curly
//! quotes, comments, trailing commas, non-breaking spaces), lints it, says on which line each
//! finding is, and proposes the least-privilege equivalent as a [`Spec`] the form can load.

mod classify;
mod cover;
mod fix;
mod hcl;
mod lined;
mod obstacle;
mod position;
mod repair;
mod unwrap;
mod yaml;

use serde_json::Value;

use crate::finding::{Finding, Location, Problem};
use crate::policy::kind::DocKind;
use crate::policy::lint::lint;
use crate::spec::Spec;

use classify::kind_of;
use fix::fix;
use position::{position_of, positions};
use repair::{malformed, repair};
use unwrap::PathMap;

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

/// A finding and the place in the pasted text it concerns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located {
    /// What was found.
    pub finding: Finding,
    /// The 1-based line of the pasted text.
    pub line: usize,
    /// The 1-based column on that line, in characters: where the value the finding concerns
    /// starts. Where the checker read the line rewritten (Terraform or YAML made JSON), the
    /// line's first character that is not a space, since only the line is known there.
    pub column: usize,
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

/// The policy a pasted text holds once the checker's repairs are made (curly quotes, comments,
/// trailing commas) and what is around it is read away (Terraform, a template), or `None` when
/// it is not JSON even then.
pub fn read(text: &str) -> Option<Value> {
    let around = unwrap::text(text);
    let source = around.as_ref().map_or(text, |found| found.json.as_str());
    let pasted: Value = serde_json::from_str(&repair(source).0).ok()?;
    Some(unwrap::value(&pasted).map_or(pasted, |(policy, ..)| policy))
}

/// Checks pasted text. `expected` is the kind of policy the text box is for, if it is for one.
pub fn check(text: &str, expected: Option<DocKind>) -> Report {
    // Terraform or YAML around the policy is read away first, keeping the paste's lines.
    let around = unwrap::text(text);
    let (source, offset) =
        around.as_ref().map_or((text, 0), |found| (found.json.as_str(), found.line_offset));
    let unread = around.as_ref().map(|found| found.unread.clone()).unwrap_or_default();
    let (repaired, repairs) = repair(source);
    let column = |line: usize, column: usize| pasted_column(text, source, offset, line, column);
    let mut findings: Vec<Located> = repairs
        .into_iter()
        .map(|(line, column_read, problem)| {
            let line = line + offset;
            let finding = Finding { at: Location::Text { line, column: column_read }, problem };
            Located { finding, line, column: column(line, column_read) }
        })
        .collect();
    let pasted: Value = match serde_json::from_str(&repaired) {
        Ok(value) => value,
        Err(error) => {
            let (line, column_read) = (error.line().max(1) + offset, error.column().max(1));
            let problem = malformed(&repaired, &error);
            let finding = Finding { at: Location::Text { line, column: column_read }, problem };
            findings.push(Located { finding, line, column: column(line, column_read) });
            return Report { kind: None, findings, fix: None };
        }
    };
    // A template or a bare statement: the policy inside, its paths mapped to the paste's.
    let (value, paths, note) = match unwrap::value(&pasted) {
        Some((policy, paths, note)) => (policy, paths, Some(note)),
        None => (pasted, PathMap::default(), around.as_ref().map(|found| found.note.clone())),
    };
    let (kind, mixed) = kind_of(&value);
    let starts = positions(&repaired);
    let at = |path: &str| {
        let start = position_of(&starts, &paths.theirs(path));
        let line = start.line + offset;
        (line, column(line, start.column))
    };
    let mut report_on = |path: &str, problem: Problem| {
        let (line, column) = at(path);
        let finding = Finding { at: Location::Document { doc: kind, path: path.to_owned() }, problem };
        findings.push(Located { finding, line, column });
    };
    if let Some(note) = note {
        report_on("", note);
    }
    if !unread.is_empty() {
        report_on("", Problem::PartlyRead { parts: unread.clone() });
    }
    if mixed {
        report_on("", Problem::MixedDocument);
    }
    if let Some(expected) = expected.filter(|&expected| expected != kind) {
        report_on("", Problem::WrongDocumentKind { found: kind, expected });
    }
    let linted = lint(&value, kind);
    // A fix is built only from a document read whole (a Deny past the lint's limit could be
    // missed); it says why it is not offered, or what it leaves out, beside the lint's findings.
    let read_whole = unread.is_empty()
        && !linted.iter().any(|finding| matches!(finding.problem, Problem::ScanLimited { .. }));
    let (fix, notes) = if read_whole { fix(&value, kind) } else { (None, vec![]) };
    for finding in linted.into_iter().chain(notes) {
        let Location::Document { path, .. } = &finding.at else { continue };
        let (line, column) = at(path);
        findings.push(Located { finding, line, column });
    }
    findings.sort_by_key(|located| located.line);
    Report { kind: Some(kind), findings, fix }
}

/// The column in the pasted text of `column` on `line` of the text the checker read. The two
/// are the same where the line was read as pasted (repairs replace one character for one);
/// where it was rewritten (Terraform or YAML made JSON) only the line is known, so the column is
/// that of its first character that is not a space.
fn pasted_column(pasted: &str, read: &str, offset: usize, line: usize, column: usize) -> usize {
    let pasted_line = pasted.lines().nth(line.saturating_sub(1)).unwrap_or_default();
    let read_line = line.checked_sub(offset + 1).and_then(|index| read.lines().nth(index));
    if read_line == Some(pasted_line) {
        column
    } else {
        pasted_line.chars().take_while(|ch| ch.is_whitespace()).count() + 1
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

    /// `line:column code` of each finding.
    fn places(text: &str) -> Vec<String> {
        check(text, None)
            .findings
            .iter()
            .map(|located| format!("{}:{} {}", located.line, located.column, located.finding.code()))
            .collect()
    }

    #[test]
    fn findings_point_at_the_column_where_their_value_starts_counted_in_characters() {
        let text = "{\"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Sid\": \"\u{e9}t\u{e9}\", \"Effect\": \"Allow\", \"Action\": \"s3:GetObject\",\n    \"Resource\": \"arn:aws:s3:::b\"}]}";
        // 61 characters in, though 63 bytes: each 'é' is one character.
        assert_eq!(places(text), ["2:25 unsupported-sid", "2:61 action-resource-mismatch"]);
        // A comment is reported where it starts, and the line keeps its columns after the repair.
        assert_eq!(
            places("{\n  \"Version\": \"2012-10-17\", // v\n"),
            ["2:28 json-comment", "3:1 json-syntax-error"]
        );
    }

    #[test]
    fn a_rewritten_line_is_pointed_at_its_first_character() {
        let yaml = "Version: '2012-10-17'\nStatement:\n  - Effect: Allow\n    Action: s3:GetObject\n    Resource: arn:aws:s3:::b\n";
        assert_eq!(places(yaml), ["1:1 unwrapped", "4:5 action-resource-mismatch"]);
    }

    #[test]
    fn a_policy_pasted_where_the_other_belongs_is_named() {
        let trust = r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"366810793500"},"Action":"sts:AssumeRole"}}"#;
        let report = check(trust, Some(DocKind::Permissions));
        assert_eq!(summary(&report), ["1 wrong-policy-type", "1 trust-without-external-id"]);
        assert_eq!(
            report.findings[0].finding.to_string(),
            "This is a trust policy but a permissions policy belongs here; paste each into its own box."
        );
        let mixed = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"366810793500"},"Action":["sts:AssumeRole","s3:GetObject"]}]}"#;
        assert_eq!(
            summary(&check(mixed, None)),
            ["1 mixed-policy-type", "1 mismatched-action-for-principal", "1 trust-without-external-id"]
        );
    }

    /// The codes of a report's findings about the fix, and whether a fix is offered.
    fn fix_verdict(policy: &str) -> (Vec<&'static str>, bool) {
        let report = check(policy, None);
        let codes =
            report.findings.iter().map(|l| l.finding.code()).filter(|c| c.starts_with("fix-")).collect();
        (codes, report.fix.is_some())
    }

    #[test]
    fn what_the_form_cant_hold_withholds_the_fix_and_is_named() {
        let allow = |rest: &str| {
            format!(
                r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Action":["s3:GetObject","s3:DeleteObject"],"Resource":"arn:aws:s3:::acme-logs/*"{rest}]}}"#
            )
        };
        let deny =
            allow(r#"},{"Effect":"Deny","Action":"s3:DeleteObject","Resource":"arn:aws:s3:::acme-logs/*"}"#);
        assert_eq!(fix_verdict(&deny), (vec!["fix-blocked-by-deny"], false));
        let report = check(&deny, None);
        let blocked = report.findings.iter().find(|l| l.finding.code() == "fix-blocked-by-deny").unwrap();
        assert_eq!(
            blocked.finding.at,
            Location::Document { doc: DocKind::Permissions, path: "Statement[1]".into() }
        );
        let ip = allow(r#","Condition":{"IpAddress":{"aws:SourceIp":"203.0.113.0/24"}}}"#);
        assert_eq!(fix_verdict(&ip), (vec!["fix-blocked-by-condition"], false));
        let one_object = allow("}").replace("acme-logs/*", "acme-logs/report.csv");
        assert_eq!(fix_verdict(&one_object), (vec!["fix-blocked-by-resource"], false));
        // XMode's published plain StringEquals refuses uploads without the header; the form's
        // StringEqualsIfExists would let them through.
        let plain_acl = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:PutObject","Resource":"arn:aws:s3:::acme-logs/*","Condition":{"StringEquals":{"s3:x-amz-acl":"bucket-owner-full-control"}}}]}"#;
        assert_eq!(fix_verdict(plain_acl), (vec!["fix-blocked-by-condition"], false));
        // The guard the form writes, and a Deny that only narrows the guard, keep the fix.
        let guarded = allow(
            r#"},{"Effect":"Deny","NotAction":"s3:*","NotResource":["arn:aws:s3:::acme-logs","arn:aws:s3:::acme-logs/*"]}"#,
        );
        assert_eq!(fix_verdict(&guarded), (vec![], true));
    }

    #[test]
    fn what_can_t_be_read_never_lets_a_fix_through() {
        let deny = |element: &str| {
            format!(
                r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Action":["s3:GetObject","s3:DeleteObject"],"Resource":"arn:aws:s3:::acme-logs/*"}},{{"Effect":"Deny",{element},"NotResource":"arn:aws:s3:::acme-archive/*"}}]}}"#
            )
        };
        // A Deny whose actions a template fills in could deny anything the fix allows.
        assert_eq!(fix_verdict(&deny(r#""Action":"${var.blocked}""#)), (vec!["fix-blocked-by-deny"], false));
        assert_eq!(
            fix_verdict(&deny(r#""Action":{"Fn::If":["c","s3:*","s3:Get*"]}"#)),
            (vec!["fix-blocked-by-deny"], false)
        );
        // An Allow's NotResource with a variable or placeholder could exclude what the fix grants.
        for excluded in ["arn:aws:s3:::acme-logs/${aws:username}/*", "arn:aws:s3:::<protected>/*"] {
            let policy = format!(
                r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::acme-logs"}},{{"Effect":"Allow","Action":["s3:GetObject","s3:DeleteObject"],"NotResource":"{excluded}"}},{{"Effect":"Allow","Action":["s3:GetObject","s3:DeleteObject"],"Resource":"arn:aws:s3:::acme-staging/*"}}]}}"#
            );
            let report = check(&policy, None);
            assert!(
                report
                    .fix
                    .as_ref()
                    .is_none_or(|fix| !fix.spec.get(crate::param::Param::Actions).contains("GetObject")),
                "{excluded}"
            );
        }
    }

    #[test]
    fn a_fix_uses_exact_actions_and_leaves_out_listing_every_bucket() {
        let read = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:ListBucket","s3:GetBucketLocation","s3:ListAllMyBuckets"],"Resource":["arn:aws:s3:::acme-logs","arn:aws:s3:::acme-logs/*","*"]}]}"#;
        let report = check(read, None);
        assert_eq!(
            report.fix.unwrap().spec.to_fragment(),
            "bucket=acme-logs&actions=s3:GetBucketLocation,s3:GetObject,s3:ListBucket"
        );
        assert!(report.findings.iter().any(|l| l.finding.code() == "fix-drops-account-action"));
    }

    #[test]
    fn a_fix_the_guard_would_cancel_is_withheld() {
        // The pasted guard spares only the bucket, so it denies the KMS key the form would grant.
        let kms = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","kms:Decrypt"],"Resource":["arn:aws:s3:::acme-logs/*","arn:aws:kms:us-east-1:210987654321:key/1234abcd-12ab-34cd-56ef-1234567890ab"]},{"Effect":"Deny","Action":"*","NotResource":["arn:aws:s3:::acme-logs","arn:aws:s3:::acme-logs/*"]}]}"#;
        assert_eq!(fix_verdict(kms), (vec!["fix-blocked-by-deny"], false));
    }

    #[test]
    fn a_policy_inside_a_template_is_checked_at_the_template_lines() {
        let template = "{\"Resources\": {\"Reader\": {\n  \"Type\": \"AWS::IAM::Role\",\n  \"Properties\": {\"AssumeRolePolicyDocument\": {\n    \"Version\": \"2012-10-17\",\n    \"Statement\": [{\"Effect\": \"Allow\",\n      \"Principal\": {\"AWS\": \"arn:aws:iam::366810793500:root\"},\n      \"Action\": \"sts:AssumeRole\"}]}}}}}";
        let report = check(template, None);
        assert_eq!(report.kind, Some(DocKind::Trust));
        assert_eq!(summary(&report), ["3 unwrapped", "6 trust-without-external-id"]);
    }

    #[test]
    fn a_policy_in_a_yaml_template_is_checked_at_the_yaml_lines() {
        let template = "Resources:\n  Reader:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n            Principal: {AWS: 'arn:aws:iam::366810793500:root'}\n            Action: sts:AssumeRole\n";
        let report = check(template, None);
        assert_eq!(report.kind, Some(DocKind::Trust));
        assert_eq!(summary(&report), ["5 unwrapped", "9 trust-without-external-id"]);
    }

    #[test]
    fn a_terraform_policy_document_is_checked_at_its_block_lines() {
        let terraform = "data \"aws_iam_policy_document\" \"vendor\" {\n  statement {\n    actions = [\"sts:AssumeRole\"]\n    principals {\n      type        = \"AWS\"\n      identifiers = [\"arn:aws:iam::366810793500:root\"]\n    }\n  }\n}\n";
        let report = check(terraform, None);
        assert_eq!(report.kind, Some(DocKind::Trust));
        assert_eq!(summary(&report), ["1 unwrapped", "4 trust-without-external-id"]);
    }

    #[test]
    fn terraform_this_does_not_read_withholds_the_fix() {
        let dynamic = "data \"aws_iam_policy_document\" \"p\" {\n  statement {\n    actions = [\"s3:GetObject\"]\n    resources = [\"arn:aws:s3:::acme-logs/*\"]\n    dynamic \"condition\" {\n      for_each = var.vpces\n      content {\n        test = \"StringEquals\"\n      }\n    }\n  }\n}\n";
        let report = check(dynamic, None);
        assert!(summary(&report).contains(&"1 partly-read".to_owned()), "{:?}", summary(&report));
        assert_eq!(report.fix, None);
        let public = "data \"aws_iam_policy_document\" \"p\" {\n  statement {\n    actions = [\"s3:GetObject\"]\n    resources = [\"arn:aws:s3:::acme-logs/*\"]\n    principals {\n      type = \"*\"\n      identifiers = [\"*\"]\n    }\n  }\n}\n";
        assert!(summary(&check(public, None)).contains(&"5 public-bucket-policy".to_owned()));
    }

    #[test]
    fn a_paste_larger_than_any_policy_is_read_up_to_the_limit_and_gets_no_fix() {
        let statement = r#"{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}"#;
        let text =
            format!(r#"{{"Version":"2012-10-17","Statement":[{}]}}"#, vec![statement; 600].join(",\n"));
        let report = check(&text, None);
        let codes: Vec<&str> = report.findings.iter().map(|l| l.finding.code()).collect();
        assert!(
            codes.contains(&"scan-limited") && codes.contains(&"policy-size-exceeds-identity-policy-quota")
        );
        // Each repeat past the first is redundant, up to the limit and no further.
        assert_eq!(codes.iter().filter(|c| **c == "redundant-statement").count(), 499);
        assert_eq!(report.fix, None);
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
