//! The Terraform configuration (`main.tf`): `aws_iam_role` (or `aws_iam_user` with an
//! `aws_iam_access_key`), an `aws_iam_policy` and the attachment between them, plus outputs.
//!
//! Documents are heredocs of exactly the JSON the other outputs show, so a reviewer can diff
//! them; every value goes through [`quote::hcl_string`] or [`quote::hcl_template`], which escape
//! `${` and `%{`. The provider block is left to the customer, who has one already.

use crate::lang::Lang;
use crate::plan::{access_key_notice, Grantee, KeyShownIn, Plan};
use crate::render::lines::{self, comment, section};
use crate::render::{ownership, quote, steps};

/// The whole `main.tf`: blocks set apart by blank lines, comments first.
pub fn configuration(plan: &Plan) -> String {
    let kind = plan.grantee_kind();
    let mut out = String::with_capacity(lines::CAPACITY);
    comment(&mut out, &plan.purpose());
    comment(
        &mut out,
        "No provider block here: use your own `provider \"aws\"` configuration, signed in to the account",
    );
    comment(&mut out, "that owns the bucket. Then run `terraform init` and `terraform apply`.");
    section(&mut out, |out| steps::two_step_comments(plan, "run terraform apply again", out));
    section(&mut out, |out| ownership::comments(plan, out));
    match &plan.grantee {
        Grantee::Role { role_name, .. } => {
            // Always there in role mode: the placeholder with `two_step`, else the trust.
            let trust_json = plan.documents().created_with().map_or("", |trust| trust.json.as_str());
            resource(
                &mut out,
                "aws_iam_role",
                &[
                    ("name", quote::hcl_string(role_name.as_str())),
                    ("description", quote::hcl_string(&plan.description())),
                    ("assume_role_policy", heredoc(trust_json)),
                ],
            );
        }
        Grantee::User { user_name } => {
            section(&mut out, |out| {
                for notice in access_key_notice(KeyShownIn::Terminal) {
                    comment(out, &notice.text(Lang::En));
                }
                comment(out, "Terraform keeps the secret in its state: protect the state, or rotate the key after handing it over.");
            });
            resource(&mut out, "aws_iam_user", &[("name", quote::hcl_string(user_name.as_str()))]);
        }
    }
    resource(
        &mut out,
        "aws_iam_policy",
        &[
            ("name", quote::hcl_string(plan.policy_name.as_str())),
            ("description", quote::hcl_string(&plan.description())),
            ("policy", heredoc(&plan.documents().permissions.json)),
        ],
    );
    resource(
        &mut out,
        &["aws_iam_", kind, "_policy_attachment"].concat(),
        &[
            (kind, ["aws_iam_", kind, ".vendor.name"].concat()),
            ("policy_arn", "aws_iam_policy.vendor.arn".to_owned()),
        ],
    );
    match &plan.grantee {
        Grantee::Role { .. } => {
            output(
                &mut out,
                "role_arn",
                &[
                    (
                        "description",
                        quote::hcl_string(&["The role ARN to send to ", plan.vendor_label(), "."].concat()),
                    ),
                    ("value", "aws_iam_role.vendor.arn".to_owned()),
                ],
            );
            if let Some(external_id) = plan.external_id().filter(|_| !plan.two_step()) {
                output(
                    &mut out,
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
                );
            }
        }
        Grantee::User { .. } => {
            resource(&mut out, "aws_iam_access_key", &[("user", "aws_iam_user.vendor.name".to_owned())]);
            output(
                &mut out,
                "access_key_id",
                &[
                    (
                        "description",
                        quote::hcl_string(
                            &["The access key ID to send to ", plan.vendor_label(), "."].concat(),
                        ),
                    ),
                    ("value", "aws_iam_access_key.vendor.id".to_owned()),
                ],
            );
            output(
                &mut out,
                "secret_access_key",
                &[
                    ("description", quote::hcl_string("Read it with `terraform output -raw secret_access_key` and send it straight to the vendor.")),
                    ("value", "aws_iam_access_key.vendor.secret".to_owned()),
                    ("sensitive", "true".to_owned()),
                ],
            );
        }
    }
    out
}

/// `resource "type" "vendor" { … }`, in a section of its own.
fn resource(out: &mut String, resource_type: &str, attributes: &[(&str, String)]) {
    block(out, &["resource ", &quote::hcl_string(resource_type), " \"vendor\""], attributes);
}

/// `output "name" { … }`, in a section of its own.
fn output(out: &mut String, name: &str, attributes: &[(&str, String)]) {
    block(out, &["output ", &quote::hcl_string(name)], attributes);
}

/// A block with its attributes' `=` aligned, as `terraform fmt` writes them, in a section of its
/// own.
fn block(out: &mut String, header: &[&str], attributes: &[(&str, String)]) {
    let width = attributes.iter().map(|(name, _)| name.len()).max().unwrap_or(0);
    section(out, |out| {
        header.iter().for_each(|part| out.push_str(part));
        out.push_str(" {\n");
        for (name, value) in attributes {
            out.push_str("  ");
            out.push_str(name);
            out.extend(std::iter::repeat_n(' ', width - name.len()));
            out.push_str(" = ");
            out.push_str(value);
            out.push('\n');
        }
        out.push_str("}\n");
    });
}

/// `<<-JSON` … `JSON`: the document indented under its attribute (the `-` form strips the
/// indent again), with `${` and `%{` escaped so Terraform takes it literally.
fn heredoc(json: &str) -> String {
    let mut template = String::with_capacity(json.len());
    quote::hcl_template(&mut template, json);
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
