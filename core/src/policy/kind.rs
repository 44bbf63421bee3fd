//! Which kind of IAM policy a document is: a concept of the policy language, named by findings
//! (`Location::Document`) and used by the lint, the checker and the outputs. Depends on nothing of Rolesmith's; serialisable,
//! as the checker's worker sends it to the page.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Which kind of IAM policy a document is; the lint's rules differ between them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum DocKind {
    /// A role trust policy: who may assume the role (`Principal`, `sts:AssumeRole`, no `Resource`).
    Trust,
    /// An identity-based permissions policy: what the role or user may do (`Resource`, no `Principal`).
    Permissions,
    /// An S3 bucket policy: who may do what to the bucket (`Principal` and `Resource`, S3 actions).
    Bucket,
}

impl DocKind {
    /// The kind's name in findings and in `check --format json`.
    pub fn as_str(self) -> &'static str {
        match self {
            DocKind::Trust => "trust",
            DocKind::Permissions => "permissions",
            DocKind::Bucket => "bucket",
        }
    }
}

/// What a pasted policy was found inside, so the checker can say what it unwrapped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Wrapper {
    /// Terraform's `jsonencode({…})`, written in HCL.
    TerraformJsonencode,
    /// A Terraform `<<EOF` heredoc.
    TerraformHeredoc,
    /// A Terraform `data "aws_iam_policy_document"` block.
    TerraformPolicyDocument,
    /// A CloudFormation template's `PolicyDocument` or `AssumeRolePolicyDocument`.
    CloudFormation,
    /// A policy written in YAML.
    Yaml,
    /// A bare statement, as key policies and docs print them.
    Statement,
}

impl fmt::Display for DocKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
