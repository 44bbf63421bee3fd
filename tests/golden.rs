//! Golden tests: every case under `tests/golden/<case>/` is a query string (`params`) and the
//! reviewed outputs it must produce, named like the page's downloads. `UPDATE_EXPECT=1 cargo test
//! --test golden` rewrites them; review the diff like code.

use std::path::{Path, PathBuf};

use expect_test::expect_file;
use rolesmith::finding::{Finding, Location};
use rolesmith::policy::{permissions, to_pretty_json, trust};
use rolesmith::render::bash;
use rolesmith::spec::Spec;

/// What one case produces, by file name; `None` means the output must not exist.
fn outputs(spec: &Spec) -> Vec<(&'static str, Option<String>)> {
    let (plan, findings) = spec.validate();
    let plan = plan.as_ref();
    vec![
        (
            "findings.txt",
            Some(if findings.is_empty() {
                "(none)\n".to_owned()
            } else {
                findings.iter().map(describe).collect()
            }),
        ),
        ("trust-policy.json", plan.and_then(trust::for_plan).map(|doc| to_pretty_json(&doc))),
        ("permissions-policy.json", plan.map(|plan| to_pretty_json(&permissions::document(plan)))),
        ("create-role.sh", plan.and_then(bash::script)),
    ]
}

fn describe(finding: &Finding) -> String {
    let at = match &finding.at {
        Location::Field(param) => param.as_str(),
        Location::Url => "url",
    };
    format!("{} {at} {}: {finding}\n", finding.severity().as_str(), finding.code())
}

pub fn cases() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut cases: Vec<PathBuf> =
        std::fs::read_dir(&root).unwrap().map(|entry| entry.unwrap().path()).collect();
    cases.sort();
    cases
}

pub fn spec_of(case: &Path) -> Spec {
    let params = std::fs::read_to_string(case.join("params")).unwrap();
    Spec::from_url(params.trim_end(), "")
}

#[test]
fn every_case_matches_its_reviewed_outputs() {
    let cases = cases();
    assert!(cases.len() >= 5, "golden cases went missing: {cases:?}");
    for case in cases {
        for (file, output) in outputs(&spec_of(&case)) {
            let path = case.join(file);
            match output {
                Some(text) => expect_file![path].assert_eq(&text),
                None if std::env::var_os("UPDATE_EXPECT").is_some() => {
                    let _ = std::fs::remove_file(&path);
                }
                None => {
                    assert!(!path.exists(), "{} exists but the case produces no such output", path.display())
                }
            }
        }
    }
}
