//! The hostile-input corpus (`tests/hostile/corpus.txt`) judged without an emulator: each refused
//! value gets its message on its own field and blocks every output; each accepted one leaves
//! every output inert, as the tools that will read it see it. `tests/emulator.rs` runs the
//! accepted cases' bash on moto.

#[path = "support/checks.rs"]
mod checks;
#[path = "support/hostile.rs"]
mod hostile;
#[path = "support/tools.rs"]
mod tools;

use hostile::{corpus, Case, Expect};
use rolesmith_core::finding::{Location, Severity};
use rolesmith_core::lang::Lang;
use rolesmith_core::output::{self, OutputName};
use rolesmith_core::param::Param;
use rolesmith_core::plan::Plan;
use tools::Scratch;

#[test]
fn the_corpus_is_large_and_covers_both_outcomes() {
    let cases = corpus();
    assert!(cases.len() >= 40, "the corpus has {} cases", cases.len());
    assert!(cases.iter().filter(|case| case.expect == Expect::Inert).count() >= 15);
}

#[test]
fn every_refused_value_is_explained_on_its_field_and_blocks_the_outputs() {
    for case in corpus() {
        let (plan, findings) = case.spec().validate();
        let (field, code, severity) = match &case.expect {
            Expect::Error { field, code } => (field, code, Severity::Error),
            Expect::Warning { field, code } => (field, code, Severity::Warning),
            Expect::Inert => {
                let errors: Vec<_> = findings.iter().filter(|f| f.severity() == Severity::Error).collect();
                assert!(errors.is_empty(), "{}: {errors:?}", case.name());
                continue;
            }
        };
        let param = Param::from_name(field).unwrap_or_else(|| panic!("{}: no field {field}", case.name()));
        let finding = findings
            .iter()
            .find(|finding| finding.at == Location::Field(param) && finding.code() == code)
            .unwrap_or_else(|| panic!("{}: no {code} on {field}, found {findings:?}", case.name()));
        assert_eq!(finding.severity(), severity, "{}", case.name());
        assert!(!finding.to_string().is_empty());
        assert_eq!(
            plan.is_none(),
            severity == Severity::Error,
            "{}: errors block, warnings never",
            case.name()
        );
    }
}

/// The accepted cases with their plans.
fn accepted() -> Vec<(Case, Plan)> {
    corpus()
        .into_iter()
        .filter(|case| !matches!(case.expect, Expect::Error { .. }))
        .map(|case| {
            let plan = case.spec().validate().0.unwrap_or_else(|| panic!("{}: no plan", case.name()));
            (case, plan)
        })
        .collect()
}

fn text(plan: &Plan, name: OutputName) -> Option<String> {
    output::text(plan, name, Lang::En)
}

#[test]
fn accepted_values_stay_data_in_the_scripts() {
    for (case, plan) in accepted() {
        let name = case.name();
        let powershell = text(&plan, OutputName::CliPowershell).unwrap();
        assert!(powershell.is_ascii(), "{name}: the PowerShell must be ASCII as copied");
        checks::powershell_parses(&powershell).unwrap_or_else(|tree| panic!("{name}: {tree}"));
        let bash = text(&plan, OutputName::CliBash).unwrap();
        checks::bash_parses(&bash).unwrap_or_else(|error| panic!("{name}: {error}"));
        let verify = text(&plan, OutputName::Verify).unwrap();
        checks::bash_parses(&verify).unwrap_or_else(|error| panic!("{name}: verify in bash: {error}"));
        checks::powershell_parses(&verify)
            .unwrap_or_else(|tree| panic!("{name}: verify in PowerShell: {tree}"));
        // What the heredocs write is exactly the documents the page shows.
        let mut documents = vec![("permissions.json".to_owned(), OutputName::PermissionsPolicy)];
        if text(&plan, OutputName::TrustPolicy).is_some() {
            documents.push(("trust.json".to_owned(), OutputName::TrustPolicy));
        }
        let written = checks::bash_heredocs(&bash);
        for (file, output) in documents {
            let expected = text(&plan, output);
            let found = written.iter().find(|(name, _)| *name == file).map(|(_, body)| body.clone());
            assert_eq!(found, expected, "{name}: {file} as bash writes it");
        }
    }
}

#[test]
fn accepted_values_stay_data_in_the_templates() {
    let dir = Scratch::new("hostile");
    let mut templates = Vec::new();
    for (case, plan) in accepted() {
        let template = dir.path().join(format!("line-{}.yaml", case.line));
        std::fs::write(&template, text(&plan, OutputName::Cloudformation).unwrap()).unwrap();
        templates.push(template);
        let terraform = dir.path().join(format!("line-{}.tf", case.line));
        std::fs::write(&terraform, text(&plan, OutputName::Terraform).unwrap()).unwrap();
        let found =
            checks::hcl_documents(&terraform).unwrap_or_else(|error| panic!("{}: {error}", case.name()));
        let json =
            |name| text(&plan, name).map(|text| serde_json::from_str::<serde_json::Value>(&text).unwrap());
        assert_eq!(Some(found["policy"].clone()), json(OutputName::PermissionsPolicy), "{}", case.name());
        if let Some(trust) = json(OutputName::TrustPolicy) {
            assert_eq!(found["assume_role_policy"], trust, "{}", case.name());
        }
    }
    if let Err(report) = checks::cfn_lint(&templates) {
        panic!("cfn-lint found problems in the corpus's templates ({}):\n{report}", dir.path().display());
    }
}
