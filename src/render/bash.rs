//! The bash script: writes the documents to files with quoted heredocs, creates the role (or the
//! user), creates its managed policy and attaches it, then prints the role ARN (or creates the
//! access key in the customer's own terminal). Runs unmodified under `bash -euo pipefail`.

use crate::plan::{Grantee, Plan, ACCESS_KEY_NOTICE};
use crate::policy::{permissions, to_pretty_json, trust};
use crate::render::quote;

/// The whole script, for either mode.
pub fn script(plan: &Plan) -> String {
    let name = quote::bash(plan.grantee_name().as_str());
    let description = quote::bash(&plan.description());
    let kind = plan.grantee_kind();
    let mut lines = vec![
        "#!/usr/bin/env bash".to_owned(),
        format!("# {}", plan.purpose()),
        "# Run it in AWS CloudShell or a terminal signed in to the account that owns the bucket.".to_owned(),
    ];
    if let Grantee::User { .. } = plan.grantee {
        lines.extend(ACCESS_KEY_NOTICE.iter().map(|line| format!("# {line}")));
    }
    lines.push("set -euo pipefail".to_owned());
    if let Some(region) = plan.partition.cli_region() {
        lines.push(format!(
            "export AWS_DEFAULT_REGION=\"${{AWS_DEFAULT_REGION:-{region}}}\"  # IAM in {} is served from {region}",
            plan.partition
        ));
    }
    if let Some(trust) = trust::for_plan(plan) {
        lines.extend([String::new(), heredoc("trust.json", &to_pretty_json(&trust))]);
    }
    lines.extend([
        String::new(),
        heredoc("permissions.json", &to_pretty_json(&permissions::document(plan))),
        String::new(),
    ]);
    lines.push(match plan.grantee {
        Grantee::Role { .. } => format!("aws iam create-role \\\n  --role-name {name} \\\n  --assume-role-policy-document file://trust.json \\\n  --description {description}"),
        Grantee::User { .. } => format!("aws iam create-user --user-name {name}"),
    });
    lines.extend([
        String::new(),
        format!(
            "POLICY_ARN=$(aws iam create-policy \\\n  --policy-name {} \\\n  --policy-document file://permissions.json \\\n  --description {description} \\\n  --query Policy.Arn --output text)",
            quote::bash(plan.policy_name.as_str())
        ),
        format!("aws iam attach-{kind}-policy --{kind}-name {name} --policy-arn \"$POLICY_ARN\""),
        String::new(),
    ]);
    match plan.grantee {
        Grantee::Role { .. } => lines.extend([
            format!("echo {}", quote::bash(&format!("Role ARN to send to {}:", plan.vendor_label()))),
            format!("aws iam get-role --role-name {name} --query Role.Arn --output text"),
        ]),
        Grantee::User { .. } => {
            lines.extend(ACCESS_KEY_NOTICE[..2].iter().map(|line| format!("echo {}", quote::bash(line))));
            lines.push(format!(
                "aws iam create-access-key --user-name {name} \\\n  --query 'AccessKey.[AccessKeyId,SecretAccessKey]' --output text"
            ));
        }
    }
    lines.join("\n") + "\n"
}

/// `cat > file <<'JSON'` … `JSON`: the quoted delimiter turns off every expansion, and pretty
/// JSON never has a line that is just `JSON`.
fn heredoc(file: &str, json: &str) -> String {
    format!("cat > {file} <<'JSON'\n{json}JSON")
}
