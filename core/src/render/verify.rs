//! `verify`: commands that show what the set-up created (trust, permissions, access key), the
//! vendor's `sts assume-role` checks with and without the external ID, and, for an SSE-KMS
//! bucket, the key-policy statement the key still needs. The key policy lives here rather than
//! in the set-up because changing a key policy is the key owner's decision, and this is the
//! panel the customer reads after running the set-up.
//!
//! Every line works alike in bash and in PowerShell: one command a line, no variables, values
//! through [`quote::both_shells`], comments with `#`.

use crate::model::ResourceArn;
use crate::plan::{Grantee, Plan, PROPAGATION_NOTE};
use crate::policy::doc::{Action, Conditions, Effect, PrincipalBlock, Sid, Statement};
use crate::policy::{permissions, to_pretty_json};
use crate::render::{quote, steps};

/// Stands for the role ARN in the vendor's commands when the customer's account is not known.
const ROLE_ARN_PLACEHOLDER: &str = "ROLE_ARN_FROM_CUSTOMER";

/// The `verify` output: commands, for bash and PowerShell alike, that show the trust (or user),
/// the attached policy and what it grants, and for the vendor an assume-role with and without
/// the external ID.
pub fn commands(plan: &Plan) -> String {
    let kind = plan.grantee_kind();
    let name = option(&format!("--{kind}-name"), plan.grantee_name().as_str());
    // Outside the standard partition every call names its region, so a stale AWS_REGION can't
    // send it to the wrong partition's endpoint.
    let region = plan.partition.cli_region().map(|region| format!(" --region {region}")).unwrap_or_default();
    let (iam, sts) = (format!("aws{region} iam"), format!("aws{region} sts"));
    let mut lines = vec![
        "# Run these where you ran the set-up, in bash or PowerShell: each shows what was created."
            .to_owned(),
        format!("# {PROPAGATION_NOTE}"),
    ];
    match plan.grantee {
        Grantee::Role { .. } => lines.extend([
            "# The trust policy: the vendor's principal, sts:AssumeRole, and the external ID.".to_owned(),
            format!("{iam} get-role {name} --query Role.AssumeRolePolicyDocument"),
        ]),
        Grantee::User { .. } => lines.extend([
            "# The user, and its one access key (Status Active).".to_owned(),
            format!("{iam} get-user {name}"),
            format!("{iam} list-access-keys {name}"),
        ]),
    }
    // The policy by its ARN's end (moto leaves `PolicyName` out of these details), then its
    // versions flattened before the filter: `[?…].PolicyVersionList[?IsDefaultVersion].Document`
    // reads as a filter inside a projection, which the CLI's JMESPath answers with `[]`.
    let default_document = format!(
        "Policies[?ends_with(Arn, ':policy/{}')].PolicyVersionList[] | [?IsDefaultVersion].Document",
        plan.policy_name
    );
    lines.extend([
        format!("# The attached policy ({}) and the permissions it grants.", plan.policy_name),
        format!("{iam} list-attached-{kind}-policies {name}"),
        format!(
            "{iam} get-account-authorization-details --filter LocalManagedPolicy --query {}",
            quote::both_shells(&default_document)
        ),
    ]);
    match &plan.grantee {
        // With `two_step`, until the vendor's values are in, the placeholder trusts no one to check.
        Grantee::Role { .. } => {
            if let Some(external_id) = plan.external_id() {
                let (role_arn, whose) = match plan.role_arn() {
                    Some(arn) => (quote::both_shells(&arn).into_owned(), "".to_owned()),
                    None => (
                        ROLE_ARN_PLACEHOLDER.to_owned(),
                        format!(", with the role ARN the customer sent in place of {ROLE_ARN_PLACEHOLDER}"),
                    ),
                };
                let assume =
                    format!("{sts} assume-role --role-arn {role_arn} --role-session-name rolesmith-check");
                lines.extend([
                    String::new(),
                    format!(
                        "# For {}: run these as the principal the trust policy names{whose}.",
                        plan.vendor_label()
                    ),
                    "# With the external ID: prints temporary credentials for the role.".to_owned(),
                    format!("{assume} {}", option("--external-id", external_id.as_str())),
                    "# Without it: must fail with AccessDenied (not authorized to perform: sts:AssumeRole)."
                        .to_owned(),
                    "# If this one succeeds, the role is open to a confused deputy: don't use it.".to_owned(),
                    assume,
                ]);
            }
        }
        Grantee::User { .. } => lines.extend([
            String::new(),
            format!("# For {}: with the access key configured, this names the user.", plan.vendor_label()),
            format!("{sts} get-caller-identity --query Arn --output text"),
        ]),
    }
    if let Some(key) = &plan.kms_key {
        lines.extend([
            String::new(),
            format!("# The bucket's KMS key must also allow the {kind} in its key policy: IAM alone is not enough."),
            "# Show the key policy, and add this statement to its Statement list if it isn't there:".to_owned(),
            format!(
                "aws kms get-key-policy --region {} --key-id {} --policy-name default --query Policy --output text",
                key.region(),
                quote::both_shells(key.as_str())
            ),
        ]);
        match key_policy_statement(plan) {
            Some(statement) => lines.extend(to_pretty_json(&statement).lines().map(|line| format!("#   {line}"))),
            None => lines.push(format!(
                "#   (enter your account ID to see it: it allows arn:{}:iam::<your account ID>:{kind}/{} the actions {} through S3 only)",
                plan.partition,
                plan.grantee_name(),
                kms_action_list(plan)
            )),
        }
    }
    lines.join("\n") + "\n"
}

/// `--name value`, the value quoted for both shells.
fn option(name: &str, value: &str) -> String {
    let mut option = String::new();
    steps::option(&mut option, name, value, &quote::both_shells(value));
    option
}

/// The key-policy statement allowing the customer's new role or user the KMS actions its S3
/// actions need, through S3 only; in a key policy, `Resource: *` means this key.
fn key_policy_statement(plan: &Plan) -> Option<Statement> {
    let principal = plan.grantee_principal()?;
    let key = plan.kms_key.as_ref()?;
    let statement = Statement {
        sid: Sid::of("AllowVendorAccessThroughS3"),
        effect: Effect::Allow,
        principal: Some(PrincipalBlock { aws: principal }),
        action: permissions::kms_actions(&plan.actions),
        not_action: None,
        resource: Some(vec![ResourceArn::any()]),
        not_resource: None,
        condition: Conditions::new(),
    };
    Some(permissions::through_s3(statement, key))
}

fn kms_action_list(plan: &Plan) -> String {
    permissions::kms_actions(&plan.actions).iter().map(Action::to_string).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::Spec;

    /// The vendor's "must fail" check proves nothing if it fails for want of a region.
    #[test]
    fn every_call_outside_the_standard_partition_names_its_region() {
        for (partition, region, principal) in [
            ("aws-us-gov", "us-gov-west-1", "arn:aws-us-gov:iam::366810793500:user/x"),
            ("aws-cn", "cn-north-1", "arn:aws-cn:iam::366810793500:user/x"),
        ] {
            for mode in ["role", "user"] {
                let query = format!(
                    "mode={mode}&partition={partition}&principal={principal}&external_id=gc-7f3a9e2b41d84c6e&bucket=b-1"
                );
                let plan = Spec::from_url(&query, "").validate().0.expect("a valid plan");
                let text = commands(&plan);
                let calls: Vec<&str> = text.lines().filter(|line| line.starts_with("aws ")).collect();
                assert!(calls.len() >= 4, "{text}");
                for line in calls {
                    assert!(line.starts_with(&format!("aws --region {region} ")), "{line}");
                }
            }
        }
    }
}
