//! The Terraform configuration (`main.tf`): `aws_iam_role` (or `aws_iam_user` with an
//! `aws_iam_access_key`), an `aws_iam_policy` and the attachment between them, plus outputs.
//!
//! Documents are heredocs of exactly the JSON the other outputs show, so a reviewer can diff
//! them; every value goes through [`quote::hcl_string`] or [`quote::hcl_template`], which escape
//! `${` and `%{`. The provider block is left to the customer, who has one already.

use crate::lang::Lang;
use crate::plan::{access_key_notice, Grantee, KeyShownIn, Plan};
use crate::render::{ownership, quote, steps};

/// The whole `main.tf`.
pub fn configuration(plan: &Plan) -> String {
    let kind = plan.grantee_kind();
    let mut blocks = vec![[
        format!("# {}", plan.purpose()),
        "# No provider block here: use your own `provider \"aws\"` configuration, signed in to the account"
            .to_owned(),
        "# that owns the bucket. Then run `terraform init` and `terraform apply`.".to_owned(),
    ]
    .join("\n")];
    let two_step = steps::two_step_comments(plan, "run terraform apply again");
    if !two_step.is_empty() {
        blocks.push(two_step.join("\n"));
    }
    let ownership = ownership::comments(plan);
    if !ownership.is_empty() {
        blocks.push(ownership.join("\n"));
    }
    match &plan.grantee {
        Grantee::Role { role_name, .. } => {
            // Always there in role mode: the placeholder with `two_step`, else the trust.
            let trust_json = plan.documents().created_with().map_or("", |trust| trust.json.as_str());
            blocks.push(resource(
                "aws_iam_role",
                &[
                    ("name", quote::hcl_string(role_name.as_str())),
                    ("description", quote::hcl_string(&plan.description())),
                    ("assume_role_policy", heredoc(trust_json)),
                ],
            ));
        }
        Grantee::User { user_name } => {
            blocks.push(
                access_key_notice(KeyShownIn::Terminal).iter().map(|line| format!("# {}", line.text(Lang::En))).collect::<Vec<_>>().join("\n")
                    + "\n# Terraform keeps the secret in its state: protect the state, or rotate the key after handing it over.",
            );
            blocks.push(resource("aws_iam_user", &[("name", quote::hcl_string(user_name.as_str()))]));
        }
    }
    blocks.push(resource(
        "aws_iam_policy",
        &[
            ("name", quote::hcl_string(plan.policy_name.as_str())),
            ("description", quote::hcl_string(&plan.description())),
            ("policy", heredoc(&plan.documents().permissions.json)),
        ],
    ));
    blocks.push(resource(
        &format!("aws_iam_{kind}_policy_attachment"),
        &[
            (kind, format!("aws_iam_{kind}.vendor.name")),
            ("policy_arn", "aws_iam_policy.vendor.arn".to_owned()),
        ],
    ));
    match &plan.grantee {
        Grantee::Role { .. } => {
            blocks.push(output(
                "role_arn",
                &[
                    (
                        "description",
                        quote::hcl_string(&format!("The role ARN to send to {}.", plan.vendor_label())),
                    ),
                    ("value", "aws_iam_role.vendor.arn".to_owned()),
                ],
            ));
            if let Some(external_id) = plan.external_id().filter(|_| !plan.two_step()) {
                blocks.push(output(
                    "external_id",
                    &[
                        (
                            "description",
                            quote::hcl_string(
                                "The external ID the role requires; send it with the role ARN.",
                            ),
                        ),
                        ("value", quote::hcl_string(external_id.as_str())),
                    ],
                ));
            }
        }
        Grantee::User { .. } => {
            blocks.push(resource("aws_iam_access_key", &[("user", "aws_iam_user.vendor.name".to_owned())]));
            blocks.push(output(
                "access_key_id",
                &[
                    (
                        "description",
                        quote::hcl_string(&format!("The access key ID to send to {}.", plan.vendor_label())),
                    ),
                    ("value", "aws_iam_access_key.vendor.id".to_owned()),
                ],
            ));
            blocks.push(output(
                "secret_access_key",
                &[
                    ("description", quote::hcl_string("Read it with `terraform output -raw secret_access_key` and send it straight to the vendor.")),
                    ("value", "aws_iam_access_key.vendor.secret".to_owned()),
                    ("sensitive", "true".to_owned()),
                ],
            ));
        }
    }
    blocks.join("\n\n") + "\n"
}

/// `resource "TYPE" "vendor" { … }`; every resource here is the vendor's one of its type.
fn resource(resource_type: &str, attributes: &[(&str, String)]) -> String {
    block(&format!("resource {} \"vendor\"", quote::hcl_string(resource_type)), attributes)
}

fn output(name: &str, attributes: &[(&str, String)]) -> String {
    block(&format!("output {}", quote::hcl_string(name)), attributes)
}

/// A block with its attributes' `=` aligned, as `terraform fmt` writes them.
fn block(header: &str, attributes: &[(&str, String)]) -> String {
    let width = attributes.iter().map(|(name, _)| name.len()).max().unwrap_or(0);
    // In one buffer: a value may be a whole policy's heredoc.
    let length = attributes.iter().map(|(_, value)| width + value.len() + 6).sum::<usize>();
    let mut block = String::with_capacity(header.len() + 4 + length);
    block.push_str(header);
    block.push_str(" {\n");
    for (name, value) in attributes {
        block.push_str("  ");
        block.push_str(name);
        block.extend(std::iter::repeat_n(' ', width - name.len()));
        block.push_str(" = ");
        block.push_str(value);
        block.push('\n');
    }
    block.push('}');
    block
}

/// `<<-JSON` … `JSON`: the document indented under its attribute (the `-` form strips the
/// indent again), with `${` and `%{` escaped so Terraform takes it literally.
fn heredoc(json: &str) -> String {
    let template = quote::hcl_template(json);
    let mut heredoc = String::with_capacity(2 * template.len());
    heredoc.push_str("<<-JSON\n");
    for line in template.lines() {
        heredoc.push_str("    ");
        heredoc.push_str(line);
        heredoc.push('\n');
    }
    heredoc.push_str("  JSON");
    heredoc
}
