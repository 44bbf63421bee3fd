//! The AWS pages problems come from (aws-rules.md's source index), so every message can link to
//! the rule it applies. Problems about Rolesmith's own form have no AWS source.

const IAM: &str = "https://docs.aws.amazon.com/IAM/latest/UserGuide/";

/// Page names under the IAM User Guide.
pub(super) const QUOTAS: &str = "reference_iam-quotas.html";
pub(super) const IDENTIFIERS: &str = "reference_identifiers.html";
pub(super) const PRINCIPAL: &str = "reference_policies_elements_principal.html";
pub(super) const GRAMMAR: &str = "reference_policies_grammar.html";
pub(super) const VERSION: &str = "reference_policies_elements_version.html";
pub(super) const SID: &str = "reference_policies_elements_sid.html";
pub(super) const STATEMENT: &str = "reference_policies_elements_statement.html";
pub(super) const CONDITION: &str = "reference_policies_elements_condition.html";
pub(super) const OPERATORS: &str = "reference_policies_elements_condition_operators.html";
pub(super) const MULTI_VALUE: &str = "reference_policies_multi-value-conditions.html";
pub(super) const EXTERNAL_ID: &str = "id_roles_create_for-user_externalid.html";
pub(super) const CREATE_ROLE: &str = "id_roles_create_for-user.html";
pub(super) const CHECKS: &str = "access-analyzer-reference-policy-checks.html";
pub(super) const CONFUSED_DEPUTY: &str = "confused-deputy.html";
pub(super) const NOT_ACTION: &str = "reference_policies_elements_notaction.html";
pub(super) const NOT_RESOURCE: &str = "reference_policies_elements_notresource.html";
pub(super) const LEAST_PRIVILEGE: &str = "best-practices.html";
pub(super) const POLICY_ID: &str = "reference_policies_elements_id.html";

pub(super) const ACCOUNT_IDS: &str =
    "https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-identifiers.html";
pub(super) const BUCKET_NAMING: &str =
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html";
pub(super) const OBJECT_KEYS: &str = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html";
pub(super) const S3_POLICY_KEYS: &str =
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/amazon-s3-policy-keys.html";
pub(super) const S3_ACL_KEYS: &str =
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/amazon-s3-policy-keys.html#grant-putobject-conditionally-1";
pub(super) const BUCKET_POLICIES: &str =
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-policies.html";
pub(super) const S3_KMS: &str =
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html";
pub(super) const DYNAMIC_REFERENCES: &str =
    "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html";
pub(super) const CLI_PARAMETER_FILES: &str =
    "https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-parameters-file.html";
pub(super) const S3_ACTIONS: &str =
    "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html";

/// A page of the IAM User Guide.
pub(super) fn iam(page: &str) -> Option<String> {
    Some(format!("{IAM}{page}"))
}

/// A page elsewhere on docs.aws.amazon.com.
pub(super) fn page(url: &str) -> Option<String> {
    Some(url.to_owned())
}

/// Every page named above, for the test that they all live under docs.aws.amazon.com.
#[cfg(test)]
pub(super) const PAGES: &[&str] = &[
    QUOTAS,
    IDENTIFIERS,
    PRINCIPAL,
    GRAMMAR,
    VERSION,
    SID,
    STATEMENT,
    CONDITION,
    OPERATORS,
    MULTI_VALUE,
    EXTERNAL_ID,
    CREATE_ROLE,
    CHECKS,
    CONFUSED_DEPUTY,
    NOT_ACTION,
    NOT_RESOURCE,
    LEAST_PRIVILEGE,
    POLICY_ID,
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Problem;
    use crate::param::Param;

    #[test]
    fn sources_are_aws_documentation_pages() {
        for page in PAGES {
            assert!(page.ends_with(".html"), "{page}");
        }
        for problem in [
            Problem::BucketDots,
            Problem::AccessKeyId,
            Problem::MissingVersion,
            Problem::DenyBlocksKms { grants_kms: true },
        ] {
            let url = problem.source().unwrap();
            assert!(url.starts_with("https://docs.aws.amazon.com/"), "{url}");
        }
        assert_eq!(
            Problem::ExternalIdGuessable { value: "acme".into() }.source().as_deref(),
            Some("https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html")
        );
        assert_eq!(Problem::UnknownParam { name: "bukcet".into() }.source(), None);
        assert_eq!(Problem::Missing { param: Param::Bucket }.source(), None);
    }
}
