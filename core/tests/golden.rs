//! Golden tests: every case under `tests/golden/<case>/` is a query string (`params`) and the
//! reviewed outputs it must produce, named like the page's downloads, in the case's own language
//! (`lang`). `UPDATE_EXPECT=1 cargo test --test golden` rewrites them; review the diff like code.

#[path = "support/cases.rs"]
mod cases;

use expect_test::expect_file;
use rolesmith_core::finding::{Finding, Location, Severity};
use rolesmith_core::lang::Lang;
use rolesmith_core::output::{self, OutputName};
use rolesmith_core::policy::kind::DocKind;
use rolesmith_core::policy::{lint::lint, permissions, trust};
use rolesmith_core::spec::Spec;

use cases::{cases, spec_of};

/// What one case produces in its language, by file name; `None` means the output must not
/// exist. Outputs without a download name (such as `role-arn`) are kept as `<name>.txt`.
fn outputs(spec: &Spec) -> Vec<(String, Option<String>)> {
    let (plan, findings) = spec.validate();
    let lang = spec.lang([]);
    let findings_text =
        if findings.is_empty() { "(none)\n".to_owned() } else { findings.iter().map(describe).collect() };
    let mut outputs = vec![("findings.txt".to_owned(), Some(findings_text))];
    for name in OutputName::ALL {
        let file =
            name.file_name(spec.mode()).map_or_else(|| format!("{}.txt", name.as_str()), str::to_owned);
        outputs.push((file, plan.as_ref().and_then(|plan| output::text(plan, name, lang))));
    }
    outputs
}

fn describe(finding: &Finding) -> String {
    let at = match &finding.at {
        Location::Field(param) => param.as_str().to_owned(),
        Location::Url => "url".to_owned(),
        Location::Document { doc, path } => format!("{doc}:{path}"),
        Location::Text { line, column } => format!("{line}:{column}"),
    };
    format!("{} {at} {}: {finding}\n", finding.severity().as_str(), finding.code())
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

/// Only the prose for a person follows the language: in Chinese every other output of every case
/// is the same bytes as in English, and the policy documents hold only what IAM accepts
/// (U+0009–U+00FF, aws-rules §7), whatever language the page is in.
#[test]
fn only_the_console_steps_and_the_handback_follow_the_language() {
    let is_chinese = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
    let mut n_cases = 0;
    for case in cases() {
        let (Some(plan), _) = spec_of(&case).validate() else { continue };
        for name in OutputName::ALL {
            let [english, chinese] = [Lang::En, Lang::ZhCn].map(|lang| output::text(&plan, name, lang));
            let at = format!("{}: {}", case.display(), name.as_str());
            match (name, english, chinese) {
                (OutputName::ConsoleSteps | OutputName::Handback, Some(english), Some(chinese)) => {
                    assert!(!english.contains(is_chinese), "{at}: {english}");
                    assert!(chinese.contains(is_chinese), "{at}: {chinese}");
                    assert_ne!(english, chinese, "{at}");
                }
                (_, english, chinese) => {
                    assert_eq!(english, chinese, "{at}");
                    if name.quota().is_some() {
                        let document = chinese.unwrap_or_default();
                        assert!(
                            document.chars().all(|c| ('\u{9}'..='\u{ff}').contains(&c)),
                            "{at}: {document}"
                        );
                    }
                }
            }
        }
        n_cases += 1;
    }
    assert!(n_cases >= 12, "only {n_cases} golden cases have outputs");
}

/// The builders add no problem of their own: every error or warning the lint raises on a generated
/// document is one the form already showed for an input (a documentation example, say).
#[test]
fn every_generated_document_lints_clean() {
    let mut n_documents = 0;
    for case in cases() {
        let (Some(plan), form_findings) = spec_of(&case).validate() else { continue };
        let documents = [
            (DocKind::Permissions, Some(permissions::document(&plan))),
            (DocKind::Trust, trust::for_plan(&plan)),
        ];
        for (doc, document) in documents {
            let Some(document) = document else { continue };
            let value = serde_json::to_value(&document).unwrap();
            n_documents += 1;
            for finding in lint(&value, doc) {
                let from_input = form_findings.iter().any(|form| form.problem == finding.problem);
                assert!(
                    finding.severity() == Severity::Suggestion || from_input,
                    "{}: {doc} policy: {finding:?}",
                    case.display()
                );
            }
        }
    }
    assert!(n_documents >= 8, "only {n_documents} generated documents were linted");
}
