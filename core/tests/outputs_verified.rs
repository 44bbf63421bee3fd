//! Every golden case's CloudFormation, Terraform and PowerShell outputs checked by real tools:
//! `cfn-lint` (PyPI) on the templates, `python-hcl2` (PyPI) parsing the Terraform with the
//! documents inside equal to the JSON outputs, and the tree-sitter PowerShell grammar parsing the
//! scripts. A missing tool fails the test with what to install; nothing is skipped.

#[path = "support/cases.rs"]
mod cases;
#[path = "support/checks.rs"]
mod checks;
#[path = "support/tools.rs"]
mod tools;

use cases::{cases, spec_of};
use tools::Scratch;

use rolesmith_core::lang::Lang;
use rolesmith_core::output::{self, OutputName};
use rolesmith_core::plan::Plan;

/// Each golden case that validates, with its plan.
fn plans() -> Vec<(String, Plan)> {
    let plans: Vec<(String, Plan)> = cases()
        .iter()
        .filter_map(|case| {
            let plan = spec_of(case).validate().0?;
            Some((case.file_name().unwrap().to_string_lossy().into_owned(), plan))
        })
        .collect();
    assert!(plans.len() >= 7, "expected every valid golden case, found {}", plans.len());
    plans
}

fn text(plan: &Plan, name: OutputName) -> String {
    output::text(plan, name, Lang::En).unwrap_or_else(|| panic!("{} missing", name.as_str()))
}

#[test]
fn cloudformation_templates_pass_cfn_lint() {
    let dir = Scratch::new("cfn-lint");
    let mut files = Vec::new();
    for (case, plan) in plans() {
        let file = dir.path().join(format!("{case}.yaml"));
        std::fs::write(&file, text(&plan, OutputName::Cloudformation)).unwrap();
        files.push(file);
    }
    if let Err(report) = checks::cfn_lint(&files) {
        panic!("cfn-lint found problems:\n{report}");
    }
}

#[test]
fn terraform_parses_and_holds_the_same_documents() {
    let dir = Scratch::new("terraform");
    for (case, plan) in plans() {
        let file = dir.path().join(format!("{case}.tf"));
        std::fs::write(&file, text(&plan, OutputName::Terraform)).unwrap();
        let found = checks::hcl_documents(&file).unwrap_or_else(|error| panic!("{case}: {error}"));
        let json = |name| serde_json::from_str::<serde_json::Value>(&text(&plan, name)).unwrap();
        assert_eq!(found["policy"], json(OutputName::PermissionsPolicy), "{case}");
        // The role is created with the trust, or with `two_step` the placeholder (and no
        // external ID to output yet).
        match plan.documents().created_with() {
            Some(trust) => {
                assert_eq!(
                    found["assume_role_policy"],
                    serde_json::from_str::<serde_json::Value>(&trust.json).unwrap(),
                    "{case}"
                );
                let outputs = if plan.two_step() {
                    serde_json::json!(["role_arn"])
                } else {
                    serde_json::json!(["external_id", "role_arn"])
                };
                assert_eq!(found["outputs"], outputs, "{case}");
            }
            None => assert_eq!(
                found["outputs"],
                serde_json::json!(["access_key_id", "secret_access_key"]),
                "{case}"
            ),
        }
    }
}

#[test]
fn powershell_scripts_parse_in_the_powershell_grammar() {
    for (case, plan) in plans() {
        let script = text(&plan, OutputName::CliPowershell);
        if let Err(tree) = checks::powershell_parses(&script) {
            panic!("{case}: {tree}");
        }
        // Static checks the grammar can't make: only ASCII reaches `-Encoding ascii`, every aws
        // call is followed by its exit-code check, and no JSON is passed inline.
        assert!(script.is_ascii(), "{case}: Windows PowerShell 5.1 reads a file without a BOM as ANSI");
        let lines: Vec<&str> = script.lines().collect();
        for (index, line) in lines.iter().enumerate() {
            let call = line.trim_start();
            let call =
                call.split_once(" = ").filter(|(var, _)| var.starts_with('$')).map_or(call, |(_, rest)| rest);
            let starts_call = call.starts_with("aws ");
            if starts_call {
                let last_line = index + lines[index..].iter().take_while(|l| l.ends_with('`')).count();
                let check = lines.get(last_line + 1);
                assert!(
                    check.is_some_and(|l| l.trim_start().starts_with("Assert-AwsSucceeded ")),
                    "{case}: unchecked call at {line}"
                );
            }
            assert!(
                !line.contains("--policy-document '{") && !line.contains("document \"{"),
                "{case}: inline JSON at {line}"
            );
        }
    }
}
