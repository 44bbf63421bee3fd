//! The AWS page each problem comes from (aws-rules.md's source index), so every message can link
//! to the rule it applies. Problems about Rolesmith's own form have no AWS source.

use super::Problem;

const IAM: &str = "https://docs.aws.amazon.com/IAM/latest/UserGuide/";

/// Page names under the IAM User Guide.
const QUOTAS: &str = "reference_iam-quotas.html";
const IDENTIFIERS: &str = "reference_identifiers.html";
const PRINCIPAL: &str = "reference_policies_elements_principal.html";
const GRAMMAR: &str = "reference_policies_grammar.html";
const VERSION: &str = "reference_policies_elements_version.html";
const SID: &str = "reference_policies_elements_sid.html";
const STATEMENT: &str = "reference_policies_elements_statement.html";
const CONDITION: &str = "reference_policies_elements_condition.html";
const OPERATORS: &str = "reference_policies_elements_condition_operators.html";
const MULTI_VALUE: &str = "reference_policies_multi-value-conditions.html";
const EXTERNAL_ID: &str = "id_roles_create_for-user_externalid.html";
const CREATE_ROLE: &str = "id_roles_create_for-user.html";
const CHECKS: &str = "access-analyzer-reference-policy-checks.html";

const ACCOUNT_IDS: &str =
    "https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-identifiers.html";
const BUCKET_NAMING: &str = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html";
const OBJECT_KEYS: &str = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html";
const S3_POLICY_KEYS: &str =
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/amazon-s3-policy-keys.html";
const S3_ACL_KEYS: &str =
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/amazon-s3-policy-keys.html#grant-putobject-conditionally-1";
const S3_KMS: &str = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html";
const DYNAMIC_REFERENCES: &str =
    "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html";
const CLI_PARAMETER_FILES: &str =
    "https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-parameters-file.html";
const S3_ACTIONS: &str =
    "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html";

impl Problem {
    /// The docs.aws.amazon.com page that states the rule, or `None` for problems with
    /// Rolesmith's own form (an unknown URL parameter, an empty list), which AWS doesn't document.
    pub fn source(&self) -> Option<String> {
        let iam = |page: &str| Some(format!("{IAM}{page}"));
        let other = |url: &str| Some(url.to_owned());
        match self {
            Problem::Missing { .. }
            | Problem::NotOneOf { .. }
            | Problem::UnknownParam { .. }
            | Problem::UnknownLockedParam { .. }
            | Problem::UserAndRole
            | Problem::PrincipalConflict
            | Problem::NoActions
            | Problem::AccentShape { .. }
            | Problem::OriginShape { .. }
            | Problem::PageOptionIgnored { .. }
            | Problem::VendorLength { .. }
            | Problem::KeyLeftOutOfLink { .. }
            | Problem::FollowupValueQuoting { .. }
            | Problem::WrongDocumentKind { .. } => None,
            Problem::AccountDigits { .. }
            | Problem::AccountChar { .. }
            | Problem::AccountNormalised { .. }
            | Problem::AccountImpossible => other(ACCOUNT_IDS),
            Problem::PrincipalShape
            | Problem::PrincipalKindUnsupported { .. }
            | Problem::MissingPrincipal
            | Problem::UnsupportedPrincipal
            | Problem::TrustNotPrincipal
            | Problem::TrustResource
            | Problem::TrustWildcardPrincipal
            | Problem::InvalidPrincipalKey { .. }
            | Problem::UniqueIdPrincipal { .. }
            | Problem::MixedDocument => iam(PRINCIPAL),
            Problem::PartitionMismatch { .. }
            | Problem::AccessKeyId
            | Problem::SecretKeyShaped
            | Problem::InvalidArn { .. } => iam(IDENTIFIERS),
            Problem::NameLength { .. }
            | Problem::NameChar { .. }
            | Problem::PathSegment { .. }
            | Problem::VendorChar { .. }
            | Problem::SurroundingWhitespace
            | Problem::CurlyQuote { .. }
            | Problem::InvisibleSpace { .. }
            | Problem::PastedCurlyQuote { .. }
            | Problem::PastedInvisibleSpace { .. }
            | Problem::InvalidCharacter { .. }
            | Problem::PolicySize { .. } => iam(QUOTAS),
            Problem::ExternalIdLength { .. }
            | Problem::ExternalIdChar { .. }
            | Problem::ExternalIdGuessable { .. }
            | Problem::DocExample { .. }
            | Problem::Placeholder { .. } => iam(EXTERNAL_ID),
            Problem::BucketLength { .. }
            | Problem::BucketChar { .. }
            | Problem::BucketEdge { .. }
            | Problem::BucketDoubleDot
            | Problem::BucketIpAddress
            | Problem::BucketReservedPrefix { .. }
            | Problem::BucketReservedSuffix { .. }
            | Problem::BucketDots => other(BUCKET_NAMING),
            Problem::PrefixWildcard { .. }
            | Problem::PrefixPolicyVariable
            | Problem::PrefixLength { .. }
            | Problem::PrefixControlChar
            | Problem::PrefixChar { .. }
            | Problem::PrefixEmptySegment
            | Problem::PrefixLeadingSlash
            | Problem::PrefixTrailingSlashAdded { .. } => other(OBJECT_KEYS),
            Problem::UnknownAction { .. }
            | Problem::ActionWildcardExpanded { .. }
            | Problem::ActionResourceMismatch { .. } => other(S3_ACTIONS),
            Problem::MalformedJson { .. }
            | Problem::PastedComment
            | Problem::PastedTrailingComma
            | Problem::WrongType { .. }
            | Problem::UnknownElement { .. }
            | Problem::MissingEffect
            | Problem::InvalidEffect { .. }
            | Problem::MissingAction
            | Problem::MissingResource
            | Problem::UnknownServiceAction { .. } => iam(GRAMMAR),
            Problem::MissingStatement => iam(STATEMENT),
            Problem::MissingVersion | Problem::InvalidVersion { .. } => iam(VERSION),
            Problem::UnsupportedSid { .. } | Problem::DuplicateSid { .. } | Problem::EmptySid => iam(SID),
            Problem::TrustActionNotAssumeRole { .. } => iam(CREATE_ROLE),
            Problem::InvalidConditionOperator { .. } | Problem::NullWithIfExists => iam(OPERATORS),
            Problem::DuplicateConditionKeys { .. } => iam(CONDITION),
            Problem::MissingActionForConditionKey { .. } | Problem::ConditionKeyNeverPresent { .. } => {
                other(S3_POLICY_KEYS)
            }
            Problem::ForAllValuesSingleValuedKey { .. } => iam(MULTI_VALUE),
            Problem::RedundantStatement { .. } | Problem::RedundantAction { .. } => iam(CHECKS),
            Problem::DenyCancelsAccountAction { .. } => iam(STATEMENT),
            Problem::ActionsAll { .. } | Problem::ActionWildcardManages { .. } => other(S3_ACTIONS),
            Problem::AclWriteWithoutAcl { .. } => other(S3_ACL_KEYS),
            Problem::DynamicReference => other(DYNAMIC_REFERENCES),
            Problem::CliRemoteParameter { .. } => other(CLI_PARAMETER_FILES),
            Problem::DenyBlocksKms { .. }
            | Problem::DenyGuardWithoutKmsKey
            | Problem::KmsKeyShape
            | Problem::KmsKeyAlias
            | Problem::KmsKeyPolicyNeeded => other(S3_KMS),
        }
    }
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
];

#[cfg(test)]
mod tests {
    use super::*;
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
