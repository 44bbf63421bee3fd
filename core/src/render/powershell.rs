//! The PowerShell script, for Windows PowerShell 5.1 and PowerShell 7: the [`steps`] written for
//! PowerShell. The text is pure ASCII as copied, not only as downloaded: 5.1 reads a file saved
//! without a byte-order mark in the ANSI code page, so every other character is an escape
//! (`[char]0x00D2` in values, `\u00d2` in JSON and comments). Documents go through verbatim
//! here-strings into ASCII files passed as `file://` (JSON passed inline is mangled by 5.1's
//! native argument quoting, aws-rules §11), and `$LASTEXITCODE` is checked after every aws call
//! because native commands ignore `$ErrorActionPreference` on 5.1.

use crate::lang::Lang;
use crate::plan::{access_key_notice, Grantee, KeyShownIn, Plan};
use crate::policy::ascii_json;
use crate::render::steps::{self, Arg, AwsCall, Step};
use crate::render::{ownership, quote};

/// The whole script, for either mode.
pub fn script(plan: &Plan) -> String {
    let file = format!("create-{}.ps1", plan.grantee_kind());
    let mut comments = vec![
        plan.purpose(),
        "Run it in Windows PowerShell 5.1 or PowerShell 7, signed in to the account that owns the bucket:"
            .to_owned(),
        format!("paste it into the console, or save it as {file} and run it with"),
        format!("  powershell -NoProfile -ExecutionPolicy Bypass -File .\\{file}"),
        "(the default execution policy blocks saved scripts; -ExecutionPolicy applies to that run only)."
            .to_owned(),
        "It stops, changing nothing, if the role or policy already exists.".to_owned(),
    ];
    if let Grantee::User { .. } = plan.grantee {
        comments.extend(access_key_notice(KeyShownIn::Terminal).iter().map(|line| line.text(Lang::En)));
    }
    let mut lines: Vec<String> = comments.iter().map(|line| comment(line)).collect();
    lines.extend(ownership::comments(plan));
    wrapped(plan, lines, &steps::setup(plan))
}

/// `update-trust-powershell`: [`bash::update_trust`](crate::render::bash::update_trust) in
/// PowerShell.
pub fn update_trust(plan: &Plan) -> Option<String> {
    let steps = steps::update_trust(plan)?;
    let comments = [
        format!(
            "Step 2: puts {}'s trust policy on the role {}, in place of the placeholder.",
            plan.vendor_label(),
            plan.grantee_name()
        ),
        "Run it where you ran step 1, signed in to the same account.".to_owned(),
    ];
    Some(wrapped(plan, comments.iter().map(|line| comment(line)).collect(), &steps))
}

/// `lines`, then `steps` in a child scope and a temporary folder it removes.
fn wrapped(plan: &Plan, mut lines: Vec<String>, steps: &[Step]) -> String {
    // `& { … }`: a child scope, so the preference and the function stay inside it, pasted or run.
    lines.extend([
        "& {".to_owned(),
        "$ErrorActionPreference = 'Stop'".to_owned(),
        "# Print, never page: a pager would wait for a key mid-script.".to_owned(),
        "$PagerBefore = $env:AWS_PAGER".to_owned(),
        "$env:AWS_PAGER = ''".to_owned(),
        "# Native commands don't stop on failure by themselves: check each aws call's exit code.".to_owned(),
        "function Assert-AwsSucceeded([string] $Step) {".to_owned(),
        "    if ($LASTEXITCODE -ne 0) { throw \"$Step failed with exit code $LASTEXITCODE; nothing after it was run.\" }".to_owned(),
        "}".to_owned(),
        "# The documents go to a new temporary folder, removed at the end, so no file of yours is touched.".to_owned(),
        "$Scratch = New-Item -ItemType Directory -Path (Join-Path ([IO.Path]::GetTempPath()) ([IO.Path]::GetRandomFileName()))".to_owned(),
        "Push-Location $Scratch".to_owned(),
        "try {".to_owned(),
    ]);
    for step in steps {
        if step.opens_section() {
            lines.push(String::new());
        }
        write(plan, step, "", &mut lines);
    }
    lines.extend([
        String::new(),
        "} finally {".to_owned(),
        "    $env:AWS_PAGER = $PagerBefore".to_owned(),
        "    Pop-Location".to_owned(),
        "    Remove-Item -Recurse -Force $Scratch".to_owned(),
        "}".to_owned(),
        "}".to_owned(),
        // An empty last line: the script ends with a newline, written by the join itself.
        String::new(),
    ]);
    lines.join("\n")
}

/// A `#` comment line in ASCII.
fn comment(text: &str) -> String {
    ["# ", &ascii_json(text)].concat()
}

/// One step, each line prefixed with `indent`.
fn write(plan: &Plan, step: &Step, indent: &str, lines: &mut Vec<String>) {
    match step {
        // `@'` … `'@`: a verbatim here-string ends only at a line starting with `'@`, which pretty
        // JSON never has, and nothing inside it expands. The JSON is made ASCII first (the same
        // JSON value), so `-Encoding ascii` can't turn a prefix such as `données/` into `donn?es/`.
        Step::WriteDocument { file, json } => lines.push(
            [indent, "@'\n", &ascii_json(json), "'@ | Set-Content -Path ", file, " -Encoding ascii"].concat(),
        ),
        // `-ieq`: the whole name, ignoring case as IAM does.
        Step::StopIfAny { found, advice } => {
            for probe in found {
                let filter =
                    format!(" | Where-Object {{ $_ -ieq {} }}", quote::powershell_string(&probe.name));
                checked(plan, &format!("{} = ", probe.var.powershell()), &probe.list, &filter, indent, lines);
            }
            let any: Vec<&str> = found.iter().map(|probe| probe.var.powershell()).collect();
            lines.push(format!("{indent}if ({}) {{", any.join(" -or ")));
            for probe in found {
                let var = probe.var.powershell();
                lines.push(format!(
                    "{indent}    if ({var}) {{ Write-Output ({} + {var} + {}) }}",
                    quote::powershell_string(&format!("{} ", probe.noun)),
                    quote::powershell_string(&format!(" {}", steps::ALREADY_EXISTS))
                ));
            }
            lines.push(format!("{indent}    throw {}", quote::powershell_string(advice)));
            lines.push(format!("{indent}}}"));
        }
        Step::Set(var, aws) => checked(plan, &format!("{} = ", var.powershell()), aws, "", indent, lines),
        Step::Run(aws) => checked(plan, "", aws, "", indent, lines),
        Step::Say(text) => lines.push(format!("{indent}Write-Output {}", quote::powershell(text))),
        Step::StopUnlessAccount { account, advice } => {
            let var = steps::Var::CallerAccount.powershell();
            checked(plan, &format!("{var} = "), &steps::caller_account(), "", indent, lines);
            lines.push(format!("{indent}if ({var} -ne {}) {{", quote::powershell_string(account)));
            lines.push(format!("{indent}    throw {}", quote::powershell_string(advice)));
            lines.push(format!("{indent}}}"));
        }
    }
}

/// The call (after `assign`, e.g. `$PolicyArn = `, and before `then`, a pipeline), then the
/// exit-code check naming it.
fn checked(plan: &Plan, assign: &str, aws: &AwsCall, then: &str, indent: &str, lines: &mut Vec<String>) {
    let option = |name: &str, arg: &Arg| match arg {
        Arg::Value(text) => steps::option(name, text, quote::powershell(text)),
        Arg::Var(var) => format!("{name} {}", var.powershell()),
        Arg::Flag => name.to_owned(),
    };
    lines.push([indent, assign, &aws.written(plan.partition, Some('`'), indent, option), then].concat());
    lines.push([indent, "Assert-AwsSucceeded ", &quote::powershell_string(&aws.name())].concat());
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::Spec;

    #[test]
    fn other_partitions_name_their_region_on_every_call() {
        let query = "partition=aws-cn&principal=arn:aws-cn:iam::588271335135:user/guance&external_id=gc-7f3a9e2b41d84c6e&bucket=guance-logs";
        let plan = Spec::from_url(query, "").validate().0.expect("a valid plan");
        let script = script(&plan);
        let calls: Vec<&str> = script
            .lines()
            .filter(|line| {
                line.trim_start().starts_with("aws ") || line.contains("= aws ") || line.contains("$(aws ")
            })
            .collect();
        assert!(calls.len() >= 5, "{script}");
        for line in calls {
            assert!(line.contains("aws --region cn-north-1 iam"), "{line}");
        }
    }

    #[test]
    fn a_vendor_name_in_any_script_is_ascii() {
        let query = "vendor=%C3%92lan&account=366810793500&external_id=gc-7f3a9e2b41d84c6e&bucket=b-1";
        let plan = Spec::from_url(query, "").validate().0.expect("a valid plan");
        let script = script(&plan);
        assert!(script.is_ascii(), "{script}");
        assert!(script.contains("[char]0x00D2"), "{script}");
    }
}
