//! Lint golden tests: each case under `tests/lint/<case>/` is a policy printed in a seed document,
//! verbatim (`policy.json`), beside the reviewed `findings.txt` and, where the checker proposes one, `fix.json` and `fix-params`
//! (what "load into form" loads); each fix allows nothing the pasted policy doesn't (evaluated,
//! `support/narrower.rs`). `UPDATE_EXPECT=1 cargo test --test lint` rewrites them.

#[path = "support/eval.rs"]
mod eval;
#[path = "support/narrower.rs"]
mod narrower;

use std::path::{Path, PathBuf};

use expect_test::expect_file;
use rolesmith_core::check::{self, Located};
use rolesmith_core::finding::{Finding, Location};

fn describe(line: Option<usize>, finding: &Finding) -> String {
    let at = match &finding.at {
        Location::Document { doc, path } if path.is_empty() => format!("{doc}"),
        Location::Document { doc, path } => format!("{doc} {path}"),
        Location::Text { line, column } => format!("text {line}:{column}"),
        Location::Field(param) => param.as_str().to_owned(),
        Location::Url => "url".to_owned(),
    };
    let line = line.map_or(String::new(), |line| format!("line {line}: "));
    format!("{line}{} {} at {at}: {finding}\n", finding.severity().as_str(), finding.code())
}

fn cases() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lint");
    let mut cases: Vec<PathBuf> =
        std::fs::read_dir(root).unwrap().map(|entry| entry.unwrap().path()).collect();
    cases.sort();
    cases
}

fn write_or_absent(path: PathBuf, text: Option<String>) {
    match text {
        Some(text) => expect_file![path].assert_eq(&text),
        None if std::env::var_os("UPDATE_EXPECT").is_some() => {
            let _ = std::fs::remove_file(&path);
        }
        None => assert!(!path.exists(), "{} exists but the case produces no such output", path.display()),
    }
}

#[test]
fn every_seed_policy_gets_its_reviewed_findings() {
    let cases = cases();
    assert!(cases.len() >= 8, "lint cases went missing: {cases:?}");
    for case in cases {
        let text = std::fs::read_to_string(case.join("policy.json")).unwrap();
        let report = check::check(&text, None);
        let findings: String = if report.findings.is_empty() {
            "(none)\n".to_owned()
        } else {
            report
                .findings
                .iter()
                .map(|Located { finding, line, .. }| describe(Some(*line), finding))
                .collect()
        };
        expect_file![case.join("findings.txt")].assert_eq(&findings);
        let fix = report.fix.as_ref();
        write_or_absent(case.join("fix-params"), fix.map(|fix| format!("{}\n", fix.spec.to_fragment())));
        write_or_absent(case.join("fix.json"), fix.and_then(|fix| fix.text.clone()));
        if let Some(fix) = fix.and_then(|fix| fix.text.as_deref()) {
            let pasted = check::read(&text).expect("a case with a fix is JSON once repaired");
            narrower::assert_no_broader(&serde_json::from_str(fix).unwrap(), &pasted);
        }
    }
}
