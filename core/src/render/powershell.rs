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
use crate::render::lines::{self, each_line, line};
use crate::render::steps::{self, Arg, AwsCall, Step};
use crate::render::{ownership, quote};

/// The whole script, for either mode.
pub fn script(plan: &Plan) -> String {
    let kind = plan.grantee_kind();
    let mut out = String::with_capacity(lines::CAPACITY);
    ascii_comment(&mut out, &[&plan.purpose()]);
    ascii_comment(
        &mut out,
        &["Run it in Windows PowerShell 5.1 or PowerShell 7, signed in to the account that owns the bucket:"],
    );
    ascii_comment(
        &mut out,
        &["paste it into the console, or save it as create-", kind, ".ps1 and run it with"],
    );
    ascii_comment(
        &mut out,
        &["  powershell -NoProfile -ExecutionPolicy Bypass -File .\\create-", kind, ".ps1"],
    );
    ascii_comment(
        &mut out,
        &["(the default execution policy blocks saved scripts; -ExecutionPolicy applies to that run only)."],
    );
    ascii_comment(&mut out, &["It stops, changing nothing, if the role or policy already exists."]);
    if let Grantee::User { .. } = plan.grantee {
        for notice in access_key_notice(KeyShownIn::Terminal) {
            ascii_comment(&mut out, &[&notice.text(Lang::En)]);
        }
    }
    ownership::comments(plan, &mut out);
    wrapped(plan, out, &steps::setup(plan))
}

/// `update-trust-powershell`: [`bash::update_trust`](crate::render::bash::update_trust) in
/// PowerShell.
pub fn update_trust(plan: &Plan) -> Option<String> {
    let steps = steps::update_trust(plan)?;
    let mut out = String::with_capacity(lines::CAPACITY);
    ascii_comment(
        &mut out,
        &[
            "Step 2: puts ",
            plan.vendor_label(),
            "'s trust policy on the role ",
            plan.grantee_name().as_str(),
            ", in place of the placeholder.",
        ],
    );
    ascii_comment(&mut out, &["Run it where you ran step 1, signed in to the same account."]);
    Some(wrapped(plan, out, &steps))
}

/// The script so far (`out`), then `steps` in a child scope and a temporary folder it removes.
fn wrapped(plan: &Plan, mut out: String, steps: &[Step]) -> String {
    // `& { … }`: a child scope, so the preference and the function stay inside it, pasted or run.
    each_line(
        &mut out,
        &[
            "& {",
            "$ErrorActionPreference = 'Stop'",
            "# Print, never page: a pager would wait for a key mid-script.",
            "$PagerBefore = $env:AWS_PAGER",
            "$env:AWS_PAGER = ''",
            "# Native commands don't stop on failure by themselves: check each aws call's exit code.",
            "function Assert-AwsSucceeded([string] $Step) {",
            "    if ($LASTEXITCODE -ne 0) { throw \"$Step failed with exit code $LASTEXITCODE; nothing after it was run.\" }",
            "}",
            "# The documents go to a new temporary folder, removed at the end, so no file of yours is touched.",
            "$Scratch = New-Item -ItemType Directory -Path (Join-Path ([IO.Path]::GetTempPath()) ([IO.Path]::GetRandomFileName()))",
            "Push-Location $Scratch",
            "try {",
        ],
    );
    for step in steps {
        if step.opens_section() {
            line(&mut out, &[]);
        }
        write(plan, step, &mut out);
    }
    each_line(
        &mut out,
        &[
            "",
            "} finally {",
            "    $env:AWS_PAGER = $PagerBefore",
            "    Pop-Location",
            "    Remove-Item -Recurse -Force $Scratch",
            "}",
            "}",
        ],
    );
    out
}

/// A `#` comment line of `parts`, in ASCII (non-ASCII as `\\u00d2`, as in the JSON).
fn ascii_comment(out: &mut String, parts: &[&str]) {
    out.push_str("# ");
    for part in parts {
        ascii_json(out, part);
    }
    out.push('\n');
}

/// One step.
fn write(plan: &Plan, step: &Step, out: &mut String) {
    match step {
        // `@'` … `'@`: a verbatim here-string ends only at a line starting with `'@`, which pretty
        // JSON never has, and nothing inside it expands. The JSON is made ASCII first (the same
        // JSON value), so `-Encoding ascii` can't turn a prefix such as `données/` into `donn?es/`.
        Step::WriteDocument { file, json } => {
            out.push_str("@'\n");
            ascii_json(out, json);
            line(out, &["'@ | Set-Content -Path ", file, " -Encoding ascii"]);
        }
        // `-ieq`: the whole name, ignoring case as IAM does.
        Step::StopIfAny { found, advice } => {
            for probe in found {
                let filter =
                    [" | Where-Object { $_ -ieq ", &quote::powershell_string(&probe.name), " }"].concat();
                checked(plan, &[probe.var.powershell(), " = "], &probe.list, &filter, out);
            }
            out.push_str("if (");
            for (at, probe) in found.iter().enumerate() {
                if at > 0 {
                    out.push_str(" -or ");
                }
                out.push_str(probe.var.powershell());
            }
            line(out, &[") {"]);
            for probe in found {
                let var = probe.var.powershell();
                line(
                    out,
                    &[
                        "    if (",
                        var,
                        ") { Write-Output (",
                        &quote::powershell_string(&[probe.noun, " "].concat()),
                        " + ",
                        var,
                        " + ",
                        &quote::powershell_string(&[" ", steps::ALREADY_EXISTS].concat()),
                        ") }",
                    ],
                );
            }
            stop(out, advice);
        }
        Step::Set(var, aws) => checked(plan, &[var.powershell(), " = "], aws, "", out),
        Step::Run(aws) => checked(plan, &[], aws, "", out),
        Step::Say(text) => line(out, &["Write-Output ", &quote::powershell(text)]),
        Step::StopUnlessAccount { account, advice } => {
            let var = steps::Var::CallerAccount.powershell();
            checked(plan, &[var, " = "], &steps::caller_account(), "", out);
            line(out, &["if (", var, " -ne ", &quote::powershell_string(account), ") {"]);
            stop(out, advice);
        }
    }
}

/// The end of an `if` that found something wrong: throws `advice`, which stops the script.
fn stop(out: &mut String, advice: &str) {
    line(out, &["    throw ", &quote::powershell_string(advice)]);
    line(out, &["}"]);
}

/// The call (after `assign`, e.g. `$PolicyArn = `, and before `then`, a pipeline), then the
/// exit-code check naming it.
fn checked(plan: &Plan, assign: &[&str], aws: &AwsCall, then: &str, out: &mut String) {
    let option = |out: &mut String, name: &str, arg: &Arg| match arg {
        Arg::Value(text) => steps::option(out, name, text, &quote::powershell(text)),
        Arg::Var(var) => out.extend([name, " ", var.powershell()]),
        Arg::Flag => out.push_str(name),
    };
    out.extend(assign.iter().copied());
    aws.write(out, plan.partition, Some('`'), option);
    line(out, &[then]);
    line(out, &["Assert-AwsSucceeded ", &quote::powershell_string(&aws.name())]);
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
