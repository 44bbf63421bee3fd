//! `verify`: bash commands that show what the set-up created (trust, permissions, access key),
//! the vendor's `sts assume-role` checks with and without the external ID, and, for an SSE-KMS
//! bucket, the key-policy statement the key still needs. The key policy lives here rather than
//! in the set-up because changing a key policy is the key owner's decision, and this is the
//! panel the customer reads after running the set-up.

use crate::model::ResourceArn;
use crate::plan::{Grantee, Plan, PROPAGATION_NOTE};
use crate::policy::doc::{Action, Conditions, Effect, PrincipalBlock, Sid, Statement};
use crate::policy::{permissions, to_pretty_json};
use crate::render::quote;

pub fn commands(plan: &Plan) -> String {
    let name = quote::bash(plan.grantee_name().as_str());
    let kind = plan.grantee_kind();
    let mut lines = vec![
        "# Run where you ran the set-up: each command shows what was created.".to_owned(),
        format!("# {PROPAGATION_NOTE}"),
    ];
    if let Some(region) = plan.partition.cli_region() {
        lines.push(format!("export AWS_DEFAULT_REGION=\"${{AWS_DEFAULT_REGION:-{region}}}\""));
    }
    match plan.grantee {
        Grantee::Role { .. } => lines.extend([
            "# The trust policy: the vendor's principal, sts:AssumeRole, and the external ID.".to_owned(),
            format!("aws iam get-role --role-name {name} --query Role.AssumeRolePolicyDocument"),
        ]),
        Grantee::User { .. } => lines.extend([
            "# The user, and its one access key (Status Active).".to_owned(),
            format!("aws iam get-user --user-name {name}"),
            format!("aws iam list-access-keys --user-name {name}"),
        ]),
    }
    lines.extend([
        format!("# The attached policy ({}) and the permissions it grants.", plan.policy_name),
        format!("aws iam list-attached-{kind}-policies --{kind}-name {name}"),
        format!(
            "POLICY_ARN=$(aws iam list-attached-{kind}-policies --{kind}-name {name} --query 'AttachedPolicies[0].PolicyArn' --output text)"
        ),
        "VERSION=$(aws iam get-policy --policy-arn \"$POLICY_ARN\" --query Policy.DefaultVersionId --output text)"
            .to_owned(),
        "aws iam get-policy-version --policy-arn \"$POLICY_ARN\" --version-id \"$VERSION\" --query PolicyVersion.Document"
            .to_owned(),
    ]);
    match &plan.grantee {
        Grantee::Role { external_id, .. } => {
            let role_arn = match plan.role_arn() {
                Some(arn) => quote::bash(&arn),
                // The vendor runs this in its own account, where get-role can't see the customer's
                // role: the ARN the customer sent must be set, and bash stops with this message if not.
                None => "\"${ROLE_ARN:?set ROLE_ARN to the role ARN the customer sent you}\"".to_owned(),
            };
            lines.extend([
                String::new(),
                format!("# For {}: run these as the principal the trust policy names.", plan.vendor_label()),
                format!("ROLE_ARN={role_arn}"),
                "# With the external ID: prints temporary credentials for the role.".to_owned(),
                format!(
                    "aws sts assume-role --role-arn \"$ROLE_ARN\" --role-session-name rolesmith-check --external-id {}",
                    quote::bash(external_id.as_str())
                ),
                "# Without it: must fail with AccessDenied (not authorized to perform: sts:AssumeRole).".to_owned(),
                "# If this one succeeds, the role is open to a confused deputy: don't use it.".to_owned(),
                "aws sts assume-role --role-arn \"$ROLE_ARN\" --role-session-name rolesmith-check".to_owned(),
            ]);
        }
        Grantee::User { .. } => lines.extend([
            String::new(),
            format!("# For {}: with the access key configured, this names the user.", plan.vendor_label()),
            "aws sts get-caller-identity --query Arn --output text".to_owned(),
        ]),
    }
    if let Some(key) = &plan.kms_key {
        lines.extend([
            String::new(),
            format!("# The bucket's KMS key must also allow the {kind} in its key policy: IAM alone is not enough."),
            "# Show the key policy, and add this statement to its Statement list if it isn't there:".to_owned(),
            format!(
                "aws kms get-key-policy --key-id {} --policy-name default --query Policy --output text",
                quote::bash(key.as_str())
            ),
        ]);
        match key_policy_statement(plan) {
            Some(statement) => lines.extend(to_pretty_json(&statement).lines().map(|line| format!("#   {line}"))),
            None => lines.push(format!(
                "#   (enter your account ID to see it: it allows arn:{}:iam::<your account ID>:{kind}/{} the actions {})",
                plan.partition,
                plan.grantee_name(),
                kms_action_list(plan)
            )),
        }
    }
    lines.join("\n") + "\n"
}

/// The key-policy statement allowing the customer's new role or user the KMS actions its S3
/// actions need; in a key policy, `Resource: *` means this key.
fn key_policy_statement(plan: &Plan) -> Option<Statement> {
    let principal = plan.grantee_principal()?;
    Some(Statement {
        sid: Sid("AllowVendorAccessThroughS3"),
        effect: Effect::Allow,
        principal: Some(PrincipalBlock { aws: principal }),
        action: permissions::kms_actions(&plan.actions),
        resource: Some(vec![ResourceArn::any()]),
        not_resource: None,
        condition: Conditions::new(),
    })
}

fn kms_action_list(plan: &Plan) -> String {
    permissions::kms_actions(&plan.actions).iter().map(Action::to_string).collect::<Vec<_>>().join(", ")
}
