//! The bash script: writes both documents to files with quoted heredocs, creates the role and its
//! managed policy, attaches it, and prints the role ARN. Runs unmodified under `bash -euo pipefail`.

use crate::plan::{Grantee, Plan};
use crate::policy::{permissions, to_pretty_json, trust};
use crate::render::quote;

/// The whole script. `None` in user mode, which has its own script.
pub fn script(plan: &Plan) -> Option<String> {
    let Grantee::Role { role_name, .. } = &plan.grantee else { return None };
    let trust = trust::for_plan(plan)?;
    let role = quote::bash(role_name.as_str());
    let description = quote::bash(&plan.description());
    let mut lines = vec![
        "#!/usr/bin/env bash".to_owned(),
        format!("# Creates the IAM role {role_name} for {} and prints its ARN.", plan.vendor_label()),
        "# Run it in AWS CloudShell or a terminal signed in to the account that owns the bucket.".to_owned(),
        "set -euo pipefail".to_owned(),
    ];
    if let Some(region) = plan.partition.cli_region() {
        lines.push(format!(
            "export AWS_DEFAULT_REGION=\"${{AWS_DEFAULT_REGION:-{region}}}\"  # IAM in {} is served from {region}",
            plan.partition
        ));
    }
    lines.extend([
        String::new(),
        heredoc("trust.json", &to_pretty_json(&trust)),
        String::new(),
        heredoc("permissions.json", &to_pretty_json(&permissions::document(plan))),
        String::new(),
        format!("aws iam create-role \\\n  --role-name {role} \\\n  --assume-role-policy-document file://trust.json \\\n  --description {description}"),
        String::new(),
        format!(
            "POLICY_ARN=$(aws iam create-policy \\\n  --policy-name {} \\\n  --policy-document file://permissions.json \\\n  --description {description} \\\n  --query Policy.Arn --output text)",
            quote::bash(plan.policy_name.as_str())
        ),
        format!("aws iam attach-role-policy --role-name {role} --policy-arn \"$POLICY_ARN\""),
        String::new(),
        format!("echo {}", quote::bash(&format!("Role ARN to send to {}:", plan.vendor_label()))),
        format!("aws iam get-role --role-name {role} --query Role.Arn --output text"),
    ]);
    Some(lines.join("\n") + "\n")
}

/// `cat > file <<'JSON'` … `JSON`: the quoted delimiter turns off every expansion, and pretty
/// JSON never has a line that is just `JSON`.
fn heredoc(file: &str, json: &str) -> String {
    format!("cat > {file} <<'JSON'\n{json}JSON")
}
