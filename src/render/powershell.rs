//! The PowerShell script, for Windows PowerShell 5.1 and PowerShell 7: the same steps as the bash
//! script. Documents go through single-quoted here-strings into ASCII files passed as `file://`
//! (the AWS CLI reads files in the system code page, and UTF-16 breaks it; JSON passed inline is
//! mangled by PowerShell's native argument quoting, aws-rules §11), and `$LASTEXITCODE` is checked
//! after every aws call because native commands ignore `$ErrorActionPreference` on 5.1.

use crate::plan::{Grantee, Plan, ACCESS_KEY_NOTICE};
use crate::policy::{ascii_json, permissions, to_pretty_json, trust};
use crate::render::quote;

/// The whole script, for either mode.
pub fn script(plan: &Plan) -> String {
    let name = quote::powershell(plan.grantee_name().as_str());
    let description = quote::powershell(&plan.description());
    let kind = plan.grantee_kind();
    let mut lines = vec![
        format!("# {}", plan.purpose()),
        "# Run it in Windows PowerShell 5.1 or PowerShell 7, signed in to the account that owns the bucket."
            .to_owned(),
    ];
    if let Grantee::User { .. } = plan.grantee {
        lines.extend(ACCESS_KEY_NOTICE.iter().map(|line| format!("# {line}")));
    }
    lines.push("$ErrorActionPreference = 'Stop'".to_owned());
    if let Some(region) = plan.partition.cli_region() {
        lines.push(format!(
            "if (-not $env:AWS_DEFAULT_REGION) {{ $env:AWS_DEFAULT_REGION = {} }}  # IAM in {} is served from {region}",
            quote::powershell_string(region),
            plan.partition
        ));
    }
    lines.extend([
        String::new(),
        "# Native commands don't stop on failure by themselves: check each aws call's exit code.".to_owned(),
        "function Assert-AwsSucceeded([string] $Step) {".to_owned(),
        "    if ($LASTEXITCODE -ne 0) { throw \"$Step failed with exit code $LASTEXITCODE; nothing after it was run.\" }".to_owned(),
        "}".to_owned(),
    ]);
    if let Some(trust) = trust::for_plan(plan) {
        lines.extend([String::new(), here_string("trust.json", &to_pretty_json(&trust))]);
    }
    lines.extend([
        String::new(),
        here_string("permissions.json", &to_pretty_json(&permissions::document(plan))),
        String::new(),
    ]);
    match plan.grantee {
        Grantee::Role { .. } => lines.extend(checked(
            "aws iam create-role",
            &format!("aws iam create-role `\n  --role-name {name} `\n  --assume-role-policy-document file://trust.json `\n  --description {description}"),
        )),
        Grantee::User { .. } => {
            lines.extend(checked("aws iam create-user", &format!("aws iam create-user --user-name {name}")))
        }
    }
    lines.push(String::new());
    lines.extend(checked(
        "aws iam create-policy",
        &format!(
            "$PolicyArn = aws iam create-policy `\n  --policy-name {} `\n  --policy-document file://permissions.json `\n  --description {description} `\n  --query Policy.Arn --output text",
            quote::powershell(plan.policy_name.as_str())
        ),
    ));
    lines.extend(checked(
        &format!("aws iam attach-{kind}-policy"),
        &format!("aws iam attach-{kind}-policy --{kind}-name {name} --policy-arn $PolicyArn"),
    ));
    lines.push(String::new());
    match plan.grantee {
        Grantee::Role { .. } => {
            lines.push(format!(
                "Write-Output {}",
                quote::powershell(&format!("Role ARN to send to {}:", plan.vendor_label()))
            ));
            lines.extend(checked(
                "aws iam get-role",
                &format!("aws iam get-role --role-name {name} --query Role.Arn --output text"),
            ));
        }
        Grantee::User { .. } => {
            lines.extend(
                ACCESS_KEY_NOTICE[..2].iter().map(|line| format!("Write-Output {}", quote::powershell(line))),
            );
            lines.extend(checked(
                "aws iam create-access-key",
                &format!(
                    "aws iam create-access-key --user-name {name} `\n  --query {} --output text",
                    quote::powershell("AccessKey.[AccessKeyId,SecretAccessKey]")
                ),
            ));
        }
    }
    lines.join("\n") + "\n"
}

/// A command followed by the exit-code check naming it.
fn checked(step: &str, command: &str) -> [String; 2] {
    [command.to_owned(), format!("Assert-AwsSucceeded {}", quote::powershell(step))]
}

/// `@'` … `'@ | Set-Content`: a verbatim here-string ends only at a line starting with `'@`, which
/// pretty JSON never has, and nothing inside it expands. The JSON is made ASCII first (non-ASCII
/// characters as `\uXXXX`, the same JSON value), so `-Encoding ascii` can't turn a prefix such as
/// `données/` into `donn?es/`.
fn here_string(file: &str, json: &str) -> String {
    format!("@'\n{}'@ | Set-Content -Path {file} -Encoding ascii", ascii_json(json))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::Spec;

    #[test]
    fn the_region_is_assigned_as_a_string_not_run_as_a_command() {
        let query = "partition=aws-cn&principal=arn:aws-cn:iam::588271335135:user/guance&external_id=gc-7f3a9e2b41d84c6e&bucket=guance-logs";
        let plan = Spec::from_url(query, "").validate().0.expect("a valid plan");
        let script = script(&plan);
        assert!(script.contains("$env:AWS_DEFAULT_REGION = 'cn-north-1'"), "{script}");
    }
}
