//! The CloudFormation template (`template.yaml`): the role with its trust document (or the user
//! with its access key) and a customer-managed policy attached to it, as a serde model written
//! by [`yaml::to_yaml`]. The deploy command is a comment at the top,
//! so the downloaded file carries its own instructions.
//!
//! There are no `Parameters`: every name was already chosen in the form, so the customer has
//! nothing left to decide at deploy time.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::lang::Lang;
use crate::plan::{access_key_notice, Grantee, KeyShownIn, Plan};
use crate::policy::doc::PolicyDocument;
use crate::render::lines::{self, comment, line};
use crate::render::{bash_call, ownership, quote, steps, yaml};

const GRANTEE: &str = "VendorGrantee";
const POLICY: &str = "VendorPolicy";

/// The template, borrowing the plan's documents: they are written, never copied.
#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct Template<'a> {
    #[serde(rename = "AWSTemplateFormatVersion")]
    format_version: &'static str,
    description: String,
    resources: BTreeMap<&'static str, Resource<'a>>,
    outputs: BTreeMap<&'static str, Output>,
}

#[derive(Serialize)]
#[serde(tag = "Type", content = "Properties")]
enum Resource<'a> {
    #[serde(rename = "AWS::IAM::Role", rename_all = "PascalCase")]
    Role {
        role_name: String,
        description: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        assume_role_policy_document: Option<&'a PolicyDocument>,
    },
    #[serde(rename = "AWS::IAM::User", rename_all = "PascalCase")]
    User { user_name: String },
    #[serde(rename = "AWS::IAM::ManagedPolicy", rename_all = "PascalCase")]
    ManagedPolicy {
        managed_policy_name: String,
        description: String,
        policy_document: &'a PolicyDocument,
        #[serde(skip_serializing_if = "Option::is_none")]
        roles: Option<Vec<Ref>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        users: Option<Vec<Ref>>,
    },
}

/// `Ref: LogicalId`: a resource's name (roles, users) or ID (access keys).
#[derive(Serialize)]
struct Ref {
    #[serde(rename = "Ref")]
    target: &'static str,
}

/// `Fn::GetAtt: [LogicalId, Attribute]`.
#[derive(Serialize)]
struct GetAtt {
    #[serde(rename = "Fn::GetAtt")]
    parts: [&'static str; 2],
}

#[derive(Serialize)]
#[serde(rename_all = "PascalCase")]
struct Output {
    description: String,
    value: OutputValue,
}

#[derive(Serialize)]
#[serde(untagged)]
enum OutputValue {
    Text(String),
    Ref(Ref),
    GetAtt(GetAtt),
}

/// The command that creates (or updates) the stack from `template.yaml` in the current folder.
pub fn deploy_command(plan: &Plan) -> String {
    format!(
        "aws cloudformation deploy --template-file template.yaml --stack-name {} --capabilities CAPABILITY_NAMED_IAM{}",
        quote::bash(&plan.stack_name()),
        region_flag(plan)
    )
}

/// The command that prints the stack's outputs (the role ARN to send back).
pub fn outputs_command(plan: &Plan) -> String {
    format!(
        "aws cloudformation describe-stacks --stack-name {} --query 'Stacks[0].Outputs' --output table{}",
        quote::bash(&plan.stack_name()),
        region_flag(plan)
    )
}

fn region_flag(plan: &Plan) -> String {
    plan.partition.cli_region().map(|region| format!(" --region {region}")).unwrap_or_default()
}

/// The template with its header comments.
pub fn template(plan: &Plan) -> String {
    let mut out = String::with_capacity(lines::CAPACITY);
    comment(&mut out, &purpose(plan));
    comment(
        &mut out,
        "Deploy it signed in to the account that owns the bucket (IAM names need CAPABILITY_NAMED_IAM):",
    );
    line(&mut out, &["#   ", &deploy_command(plan)]);
    comment(&mut out, "Then read its outputs:");
    line(&mut out, &["#   ", &outputs_command(plan)]);
    if let Grantee::User { .. } = plan.grantee {
        // No AWS::IAM::AccessKey: its secret would be a stack output that anyone allowed to
        // describe the stack can read, for as long as the stack exists.
        comment(
            &mut out,
            "The template creates no access key: a secret in a stack output is readable by anyone who may",
        );
        comment(
            &mut out,
            "describe the stack. Once the stack is created, create the key in your own terminal:",
        );
        line(&mut out, &["#   ", &bash_call::one_line(plan, &steps::access_key(plan))]);
        for notice in access_key_notice(KeyShownIn::Terminal) {
            comment(&mut out, &notice.text(Lang::En));
        }
    }
    steps::two_step_comments(plan, "deploy the template again (a stack update)", &mut out);
    ownership::comments(plan, &mut out);
    yaml::to_yaml(&mut out, &document(plan));
    out
}

fn document(plan: &Plan) -> Template<'_> {
    let mut resources = BTreeMap::new();
    let mut outputs = BTreeMap::new();
    let grantee = vec![Ref { target: GRANTEE }];
    let (roles, users) = match &plan.grantee {
        Grantee::Role { role_name, .. } => {
            // Always there in role mode: the placeholder with `two_step`, else the trust.
            let trust = plan.documents().created_with().map(|trust| &trust.document);
            resources.insert(
                GRANTEE,
                Resource::Role {
                    role_name: role_name.to_string(),
                    description: plan.description(),
                    assume_role_policy_document: trust,
                },
            );
            outputs.insert(
                "RoleArn",
                Output {
                    description: format!("The role ARN to send to {}.", plan.vendor_label()),
                    value: OutputValue::GetAtt(GetAtt { parts: [GRANTEE, "Arn"] }),
                },
            );
            if let Some(external_id) = plan.external_id().filter(|_| !plan.two_step()) {
                outputs.insert(
                    "ExternalId",
                    Output {
                        description: "The external ID the role requires; send it with the role ARN."
                            .to_owned(),
                        value: OutputValue::Text(external_id.to_string()),
                    },
                );
            }
            (Some(grantee), None)
        }
        Grantee::User { user_name } => {
            resources.insert(GRANTEE, Resource::User { user_name: user_name.to_string() });
            outputs.insert(
                "UserName",
                Output {
                    description: "The user to create the access key for, in your own terminal.".to_owned(),
                    value: OutputValue::Ref(Ref { target: GRANTEE }),
                },
            );
            (None, Some(grantee))
        }
    };
    resources.insert(
        POLICY,
        Resource::ManagedPolicy {
            managed_policy_name: plan.policy_name.to_string(),
            description: plan.description(),
            policy_document: &plan.documents().permissions.document,
            roles,
            users,
        },
    );
    Template { format_version: "2010-09-09", description: purpose(plan), resources, outputs }
}

/// What the template creates: the plan's purpose, except that a user's access key is made in the
/// customer's terminal, never in the stack.
fn purpose(plan: &Plan) -> String {
    match plan.grantee {
        Grantee::Role { .. } => plan.purpose(),
        Grantee::User { .. } => format!(
            "Creates the IAM user {} for {} with its policy; its access key is made in your own terminal.",
            plan.grantee_name(),
            plan.vendor_label()
        ),
    }
}
