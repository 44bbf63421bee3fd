//! Real tools judging generated outputs, shared by the golden and the hostile-input tests:
//! `cfn-lint` on templates, `python-hcl2` reading Terraform back, the tree-sitter PowerShell
//! grammar, and `bash -n`. A missing tool fails the test with what to install; nothing is skipped.
//! Use it with `#[path = "support/checks.rs"] mod checks;` (it needs `mod tools;` too).
// Each test file uses only part of this API.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::tools::tool;

/// Runs cfn-lint over the templates; `Err` holds its report.
pub fn cfn_lint(files: &[PathBuf]) -> Result<(), String> {
    let out = Command::new(tool("cfn-lint")).args(files).output().unwrap();
    // cfn-lint's exit code is a bit mask: 2 errors, 4 warnings, 8 informational, 1 fatal.
    match out.status.code() {
        Some(0) => Ok(()),
        _ => Err(format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))),
    }
}

/// Reads main.tf with python-hcl2 and prints `{attribute: document}` for the role and policy
/// heredocs, undoing HCL's template escapes (`$${` → `${`, `%%{` → `%{`) the way Terraform does,
/// and asserting no other interpolation is left; plus the sorted output names.
const HCL_DOCUMENTS: &str = r#"
import hcl2, json, re, sys
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
                    assert not re.search(r'(?<![$%])[$%]\{', body.replace("$${", "").replace("%%{", "")), "an interpolation is left"
                    body = body.replace("$${", "${").replace("%%{", "%{")
                    found[key] = json.loads(body)
outputs = {name: value for block in config.get("output", []) for name, value in block.items()}
found["outputs"] = sorted(name.strip('"') for name in outputs)
print(json.dumps(found))
"#;

/// The documents and output names of a Terraform file, as Terraform would read them.
pub fn hcl_documents(file: &Path) -> Result<serde_json::Value, String> {
    let out = Command::new(tool("python3")).arg("-c").arg(HCL_DOCUMENTS).arg(file).output().unwrap();
    if !out.status.success() {
        return Err(format!("python-hcl2 could not read it:\n{}", String::from_utf8_lossy(&out.stderr)));
    }
    serde_json::from_slice(&out.stdout).map_err(|error| error.to_string())
}

/// `Err` with the syntax tree when the PowerShell grammar finds an error in the script.
pub fn powershell_parses(script: &str) -> Result<(), String> {
    let mut parser = tree_sitter::Parser::new();
    parser.set_language(&tree_sitter_powershell::LANGUAGE.into()).unwrap();
    let tree = parser.parse(script, None).unwrap();
    if tree.root_node().has_error() {
        Err(tree.root_node().to_sexp())
    } else {
        Ok(())
    }
}

/// `Err` with bash's message when `bash -n` finds a syntax error in the script.
pub fn bash_parses(script: &str) -> Result<(), String> {
    let out = Command::new("bash").args(["-n", "-c", script]).output().unwrap();
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

/// The bodies of the bash script's `cat > FILE <<'JSON'` heredocs, by file name: what bash
/// writes, so a value that ended its heredoc early would show here.
pub fn bash_heredocs(script: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut lines = script.lines();
    while let Some(line) = lines.next() {
        let Some(file) =
            line.trim_start().strip_prefix("cat > ").and_then(|rest| rest.strip_suffix(" <<'JSON'"))
        else {
            continue;
        };
        let body: Vec<&str> = lines.by_ref().take_while(|line| *line != "JSON").collect();
        found.push((file.to_owned(), body.join("\n") + "\n"));
    }
    found
}
