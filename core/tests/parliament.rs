//! Differential test against parliament (Duo Labs' IAM linter, PyPI, pinned in
//! tests/requirements.txt) on the whole lint corpus: every issue parliament reports is reported
//! here too, or the test names why parliament is wrong there or judges what Rolesmith leaves to
//! others. The agreement is printed (`cargo test --test parliament -- --nocapture`).

#[path = "support/tools.rs"]
mod tools;

use std::path::Path;
use std::process::Command;

use rolesmith_core::check;
use rolesmith_core::policy::kind::DocKind;
use serde_json::Value;

/// The codes of ours that say what a parliament issue says.
const SAME: &[(&str, &[&str])] = &[
    ("MALFORMED_JSON", &["json-syntax-error"]),
    (
        "MALFORMED",
        &[
            "invalid-element",
            "missing-effect",
            "missing-action",
            "missing-resource",
            "missing-principal",
            "missing-statement",
            "type-mismatch",
        ],
    ),
    ("DUPLICATE_SID", &["unique-sids-required", "empty-sid-value"]),
    (
        "UNKNOWN_PRINCIPAL",
        &["placeholder", "account-char", "account-digits", "principal-shape", "invalid-principal-key"],
    ),
    ("INVALID_ARN", &["placeholder", "invalid-arn-resource"]),
    ("NO_VERSION", &["missing-version"]),
    ("INVALID_VERSION", &["invalid-version"]),
    ("OLD_VERSION", &["old-policy-version"]),
    ("RESOURCE_MISMATCH", &["action-resource-mismatch"]),
    ("INVALID_SID", &["unsupported-sid"]),
    ("UNKNOWN_ACTION", &["invalid-action"]),
    ("UNKNOWN_PREFIX", &["invalid-action"]),
    ("UNKNOWN_OPERATOR", &["invalid-condition-operator"]),
];

/// Why a parliament issue has no counterpart here, where that is right.
fn why_parliament_differs(
    kind: Option<DocKind>,
    unwrapped: bool,
    issue: &str,
    detail: &str,
) -> Option<&'static str> {
    match issue {
        "MALFORMED_JSON" | "MALFORMED" if unwrapped => {
            Some("the policy sits inside Terraform, a template or a bare statement, which Rolesmith reads away")
        }
        "MALFORMED" if kind == Some(DocKind::Trust) && detail.contains("neither Resource nor NotResource") => {
            Some("parliament #229: it reads a trust policy as an identity policy, but IAM refuses Resource there")
        }
        "INVALID_SID" if kind == Some(DocKind::Bucket) => {
            Some("S3 bucket policies take spaces in a Sid (AWS's Redshift audit-logging policy has them)")
        }
        "RESOURCE_STAR" | "UNKNOWN_CONDITION_FOR_ACTION" if !detail.contains("s3:") => {
            Some("resource scope and condition keys are judged for S3, the service a data grant is about")
        }
        _ => None,
    }
}

#[test]
fn every_issue_parliament_reports_is_reported_here_or_explained() {
    let lint = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lint");
    let mut files: Vec<_> =
        std::fs::read_dir(&lint).unwrap().map(|entry| entry.unwrap().path().join("policy.json")).collect();
    files.retain(|file| file.exists());
    files.sort();
    let output = Command::new(tools::tool("python3"))
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/parliament_findings.py"))
        .args(&files)
        .output()
        .expect("run parliament");
    assert!(output.status.success(), "parliament: {}", String::from_utf8_lossy(&output.stderr));
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    let (mut agreed, mut explained, mut missed) = (0, Vec::new(), Vec::new());
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let ours = check::check(&text, None);
        let codes: Vec<&str> = ours.findings.iter().map(|located| located.finding.code()).collect();
        let case = file.parent().unwrap().file_name().unwrap().to_string_lossy().into_owned();
        for finding in report["files"][file.to_str().unwrap()].as_array().unwrap() {
            let issue = finding["issue"].as_str().unwrap();
            let detail = finding["detail"].to_string();
            let same = SAME.iter().find(|(theirs, _)| *theirs == issue).map_or(&[][..], |(_, ours)| *ours);
            if same.iter().any(|code| codes.contains(code)) {
                agreed += 1;
            } else if let Some(why) =
                why_parliament_differs(ours.kind, codes.contains(&"unwrapped"), issue, &detail)
            {
                explained.push(format!("{case}: {issue} ({why})"));
            } else {
                missed.push(format!("{case}: {issue} {detail}"));
            }
        }
    }
    let total = agreed + explained.len() + missed.len();
    println!(
        "parliament {} on {} policies: {total} issues, {agreed} also reported here, {} explained:\n  {}",
        report["parliament"],
        files.len(),
        explained.len(),
        explained.join("\n  ")
    );
    assert!(missed.is_empty(), "parliament reports what Rolesmith misses:\n{}", missed.join("\n"));
    assert!(agreed > 0 && total > 10, "the corpus gave parliament too little to say: {total}");
}
