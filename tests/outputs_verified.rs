//! Every golden case's CloudFormation, Terraform and PowerShell outputs checked by real tools:
//! `cfn-lint` (PyPI) on the templates, `python-hcl2` (PyPI) parsing the Terraform with the
//! documents inside equal to the JSON outputs, and the tree-sitter PowerShell grammar parsing the
//! scripts. A missing tool fails the test with what to install; nothing is skipped.

#[path = "support/cases.rs"]
mod cases;
#[path = "support/tools.rs"]
mod tools;

use std::process::Command;

use cases::{cases, spec_of};
use tools::{tool, Scratch};

use rolesmith::output::{self, OutputName};
use rolesmith::plan::Plan;

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
    output::text(plan, name).unwrap_or_else(|| panic!("{} missing", name.as_str()))
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
    let out = Command::new(tool("cfn-lint")).args(&files).output().unwrap();
    let report = String::from_utf8_lossy(&out.stdout);
    // cfn-lint's exit code is a bit mask: 2 errors, 4 warnings, 8 informational, 1 fatal.
    assert_eq!(
        out.status.code(),
        Some(0),
        "cfn-lint found problems:\n{report}{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Reads main.tf with python-hcl2 and prints `{attribute: document}` for the role and policy
/// heredocs, undoing HCL's template escapes (`$${` → `${`, `%%{` → `%{`) the way Terraform does.
const HCL_DOCUMENTS: &str = r#"
import hcl2, json, sys
config = hcl2.load(open(sys.argv[1]))
assert "provider" not in config, "the provider block is left to the user"
found = {}
for block in config.get("resource", []):
    for kind, named in block.items():
        for attributes in named.values():
            for key in ("assume_role_policy", "policy"):
                if key in attributes:
                    raw = attributes[key]
                    assert raw.startswith('"<<-JSON\n') and raw.endswith('\n  JSON"'), raw[:40]
                    body = raw[len('"<<-JSON\n'):-len('\n  JSON"')]
                    body = body.replace("$${", "${").replace("%%{", "%{")
                    found[key] = json.loads(body)
outputs = {name: value for block in config.get("output", []) for name, value in block.items()}
found["outputs"] = sorted(name.strip('"') for name in outputs)
print(json.dumps(found))
"#;

#[test]
fn terraform_parses_and_holds_the_same_documents() {
    let dir = Scratch::new("terraform");
    for (case, plan) in plans() {
        let file = dir.path().join(format!("{case}.tf"));
        std::fs::write(&file, text(&plan, OutputName::Terraform)).unwrap();
        let out = Command::new(tool("python3")).arg("-c").arg(HCL_DOCUMENTS).arg(&file).output().unwrap();
        assert!(
            out.status.success(),
            "{case}: python-hcl2 could not read main.tf (pip install python-hcl2):\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let found: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let json = |name| serde_json::from_str::<serde_json::Value>(&text(&plan, name)).unwrap();
        assert_eq!(found["policy"], json(OutputName::PermissionsPolicy), "{case}");
        match output::text(&plan, OutputName::TrustPolicy) {
            Some(trust) => {
                assert_eq!(
                    found["assume_role_policy"],
                    serde_json::from_str::<serde_json::Value>(&trust).unwrap(),
                    "{case}"
                );
                assert_eq!(found["outputs"], serde_json::json!(["external_id", "role_arn"]), "{case}");
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
    let mut parser = tree_sitter::Parser::new();
    parser.set_language(&tree_sitter_powershell::LANGUAGE.into()).unwrap();
    for (case, plan) in plans() {
        let script = text(&plan, OutputName::CliPowershell);
        let tree = parser.parse(&script, None).unwrap();
        assert!(!tree.root_node().has_error(), "{case}: {}", tree.root_node().to_sexp());
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
