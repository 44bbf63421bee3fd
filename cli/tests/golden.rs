//! The command line prints the page's outputs byte for byte: for every golden case of the core
//! (`core/tests/golden/<case>/`, the reviewed texts of the page's `data-output` elements), each
//! output `rolesmith build` prints is that file, an output the page doesn't show is refused, and
//! a case with errors prints its reviewed findings on stderr and nothing on stdout.

#[path = "support/run.rs"]
mod run;

use std::collections::BTreeMap;
use std::path::Path;

use rolesmith_core::output::OutputName;
use rolesmith_core::spec::Spec;
use run::{cases, rolesmith};

/// A case's parameters as the page reads them, and as a share-link fragment for the command line.
fn params(case: &Path) -> (Spec, String) {
    let params = std::fs::read_to_string(case.join("params")).unwrap();
    let params = params.trim_end();
    (Spec::from_url(params, ""), format!("#{params}"))
}

/// The golden file of each output of a case, named as the golden test names them, if it exists.
fn golden(case: &Path, spec: &Spec, name: OutputName) -> Option<String> {
    let file = name.file_name(spec.mode()).map_or_else(|| format!("{}.txt", name.as_str()), str::to_owned);
    std::fs::read_to_string(case.join(file)).ok()
}

#[test]
fn every_output_of_every_golden_case_is_the_page_s_text() {
    let cases = cases("core/tests/golden");
    assert!(cases.len() >= 8, "golden cases went missing: {cases:?}");
    let mut n_compared = 0;
    for case in &cases {
        let (spec, link) = params(case);
        for name in OutputName::ALL {
            let run = rolesmith(&["build", &link, "--output", name.as_str()], "");
            match golden(case, &spec, name) {
                Some(text) => {
                    assert_eq!(
                        (run.code, run.stdout.as_str()),
                        (0, text.as_str()),
                        "{}: {name:?}",
                        case.display()
                    );
                    n_compared += 1;
                }
                None => assert_eq!((run.code, run.stdout.as_str()), (2, ""), "{}: {name:?}", case.display()),
            }
        }
    }
    assert!(n_compared >= 60, "only {n_compared} outputs compared");
}

#[test]
fn all_outputs_as_json_are_the_golden_files_and_the_share_link() {
    for case in cases("core/tests/golden") {
        let (spec, link) = params(&case);
        let run = rolesmith(&["build", &link, "--output", "all", "--format", "json"], "");
        if run.code == 2 {
            assert!(spec.validate().0.is_none(), "{}: {}", case.display(), run.stderr);
            assert_eq!(run.stdout, "");
            continue;
        }
        let printed: BTreeMap<String, String> = serde_json::from_str(&run.stdout).unwrap();
        let expected: BTreeMap<String, String> = OutputName::ALL
            .into_iter()
            .filter_map(|name| Some((name.as_str().to_owned(), golden(&case, &spec, name)?)))
            .chain([("share-link".to_owned(), spec.share_link(""))])
            .collect();
        assert_eq!(printed, expected, "{}", case.display());
        // In page order: the order of the keys as printed.
        let order: Vec<&str> =
            run.stdout.lines().filter_map(|line| line.strip_prefix("  \"")?.split('"').next()).collect();
        // Shown outputs with a text for these values (`two_step`'s step 2 waits for the vendor's).
        let shown: Vec<&str> = rolesmith_core::output::shown(&spec)
            .into_iter()
            .map(OutputName::as_str)
            .filter(|name| printed.contains_key(*name))
            .collect();
        assert_eq!(order, [&shown[..], &["share-link"]].concat(), "{}", case.display());
    }
}

/// `error bucket bucket-name-char: …` in the golden findings is `bucket: error bucket-name-char: …`
/// on stderr: the same findings in the same order, field first.
#[test]
fn a_case_with_errors_prints_its_reviewed_findings_on_stderr_and_nothing_on_stdout() {
    let mut n_refused = 0;
    for case in cases("core/tests/golden") {
        let (spec, link) = params(&case);
        if spec.validate().0.is_some() {
            continue;
        }
        let reviewed = std::fs::read_to_string(case.join("findings.txt")).unwrap();
        let expected: String = reviewed
            .lines()
            .map(|line| {
                let (severity, rest) = line.split_once(' ').unwrap();
                let (field, rest) = rest.split_once(' ').unwrap();
                format!("{field}: {severity} {rest}\n")
            })
            .collect();
        for format in ["text", "json"] {
            let run = rolesmith(&["build", &link, "--format", format], "");
            assert_eq!((run.code, run.stdout.as_str()), (2, ""), "{}", case.display());
            if format == "text" {
                assert_eq!(run.stderr, expected, "{}", case.display());
            } else {
                let findings: serde_json::Value = serde_json::from_str(&run.stderr).unwrap();
                assert_eq!(findings["findings"].as_array().unwrap().len(), reviewed.lines().count());
            }
        }
        n_refused += 1;
    }
    assert!(n_refused >= 1, "no golden case has errors any more; the refusal goes untested");
}
