//! The stable kebab-case code of each problem: the page's `data-finding`, used by tests and docs.
//! Access Analyzer's name is used wherever AWS has one.

use crate::finding::Problem;
use crate::policy::size::Quota;

impl Problem {
    /// The stable kebab-case id used as `data-finding` and in docs and tests.
    pub fn code(&self) -> &'static str {
        match self {
            Problem::Missing { .. } => "missing-value",
            Problem::SurroundingWhitespace => "surrounding-whitespace",
            Problem::NotOneOf { .. } => "not-one-of",
            Problem::UnknownParam { .. } => "unknown-param",
            Problem::UnknownLockedParam { .. } => "unknown-locked-param",
            Problem::AccountDigits { .. } => "account-digits",
            Problem::AccountChar { .. } => "account-char",
            Problem::AccountNormalised { .. } => "account-normalised",
            Problem::AccountImpossible => "account-impossible",
            Problem::PrincipalConflict => "principal-conflict",
            Problem::UserAndRole => "user-and-role",
            Problem::PrincipalShape => "principal-shape",
            Problem::PrincipalKindUnsupported { .. } => "principal-kind-unsupported",
            Problem::PartitionMismatch { .. } => "invalid-partition",
            Problem::NameLength { .. } => "name-length",
            Problem::NameChar { .. } => "name-char",
            Problem::PathSegment { .. } => "path-segment",
            Problem::ExternalIdLength { .. } => "external-id-length",
            Problem::ExternalIdChar { .. } => "external-id-char",
            Problem::BucketLength { .. } => "bucket-name-length",
            Problem::BucketChar { .. } => "bucket-name-char",
            Problem::BucketEdge { .. } => "bucket-name-edge",
            Problem::BucketDoubleDot => "bucket-name-double-dot",
            Problem::BucketIpAddress => "bucket-name-ip-address",
            Problem::BucketReservedPrefix { .. } => "bucket-name-reserved-prefix",
            Problem::BucketReservedSuffix { .. } => "bucket-name-reserved-suffix",
            Problem::BucketDots => "bucket-name-dots",
            Problem::PrefixWildcard { .. } => "prefix-wildcard",
            Problem::PrefixPolicyVariable => "prefix-policy-variable",
            Problem::PrefixLength { .. } => "prefix-length",
            Problem::PrefixControlChar => "prefix-control-char",
            Problem::PrefixChar { .. } => "prefix-char",
            Problem::PrefixEmptySegment => "prefix-empty-segment",
            Problem::PrefixLeadingSlash => "prefix-leading-slash",
            Problem::PrefixTrailingSlashAdded { .. } => "prefix-trailing-slash-added",
            Problem::UnknownAction { .. } => "invalid-action",
            Problem::ActionWildcardExpanded { .. } => "action-wildcard-expanded",
            Problem::NoActions => "no-actions",
            Problem::ActionsAll { .. } => "actions-all",
            Problem::ActionWildcardManages { .. } => "action-wildcard-manages",
            Problem::KmsKeyShape => "kms-key-shape",
            Problem::KmsKeyAlias => "kms-key-alias",
            Problem::KmsKeyPolicyNeeded => "kms-key-policy-needed",
            Problem::VendorChar { .. } => "vendor-char",
            Problem::VendorLength { .. } => "vendor-length",
            Problem::CurlyQuote { .. } => "curly-quote",
            Problem::InvisibleSpace { .. } => "invisible-space",
            Problem::Placeholder { .. } => "placeholder",
            Problem::DocExample { .. } => "documentation-example",
            Problem::AccessKeyId => "access-key-id",
            Problem::SecretKeyShaped => "secret-access-key",
            Problem::KeyLeftOutOfLink { .. } => "key-left-out-of-link",
            Problem::ExternalIdGuessable { .. } => "external-id-guessable",
            Problem::MalformedJson { .. } => "json-syntax-error",
            Problem::PastedCurlyQuote { .. } => "json-curly-quote",
            Problem::PastedComment => "json-comment",
            Problem::PastedTrailingComma => "json-trailing-comma",
            Problem::PastedInvisibleSpace { .. } => "json-invisible-space",
            Problem::WrongDocumentKind { .. } => "wrong-policy-type",
            Problem::MixedDocument => "mixed-policy-type",
            Problem::WrongType { .. } => "type-mismatch",
            Problem::MissingVersion => "missing-version",
            Problem::InvalidVersion { .. } => "invalid-version",
            Problem::MissingStatement => "missing-statement",
            Problem::UnknownElement { .. } => "invalid-element",
            Problem::MissingEffect => "missing-effect",
            Problem::InvalidEffect { .. } => "invalid-effect",
            Problem::MissingAction => "missing-action",
            Problem::MissingPrincipal => "missing-principal",
            Problem::UnsupportedPrincipal => "unsupported-principal",
            Problem::TrustNotPrincipal => "role-trust-policy-syntax-error-notprincipal",
            Problem::TrustResource => "role-trust-policy-syntax-error-resource",
            Problem::TrustWildcardPrincipal => "role-trust-policy-unsupported-wildcard-in-principal",
            Problem::InvalidPrincipalKey { .. } => "invalid-principal-key",
            Problem::UniqueIdPrincipal { role: true } => "invalid-role-reference",
            Problem::UniqueIdPrincipal { role: false } => "invalid-user-reference",
            Problem::UnsupportedSid { .. } => "unsupported-sid",
            Problem::DuplicateSid { .. } => "unique-sids-required",
            Problem::EmptySid => "empty-sid-value",
            Problem::TrustActionNotAssumeRole { .. } => "mismatched-action-for-principal",
            Problem::UnknownServiceAction { .. } => "invalid-action",
            Problem::MissingResource => "missing-resource",
            Problem::InvalidArn { .. } => "invalid-arn-resource",
            Problem::ActionResourceMismatch { .. } => "action-resource-mismatch",
            Problem::InvalidConditionOperator { .. } => "invalid-condition-operator",
            Problem::NullWithIfExists => "null-with-if-exists",
            Problem::DuplicateConditionKeys { .. } => "duplicate-keys-with-different-case",
            Problem::MissingActionForConditionKey { .. } => "missing-action-for-condition-key",
            Problem::ConditionKeyNeverPresent { .. } => "unsupported-action-for-condition-key",
            Problem::ForAllValuesSingleValuedKey { .. } => "forallvalues-with-single-valued-key",
            Problem::RedundantStatement { .. } => "redundant-statement",
            Problem::RedundantAction { .. } => "redundant-action",
            Problem::DenyBlocksKms { .. } => "deny-blocks-kms",
            Problem::DenyCancelsAccountAction { .. } => "deny-cancels-allow",
            Problem::DenyGuardWithoutKmsKey => "deny-guard-without-kms-key",
            Problem::AclWriteWithoutAcl { .. } => "acl-write-without-acl",
            Problem::FollowupValueQuoting { .. } => "followup-value-quoting",
            Problem::DynamicReference => "cloudformation-dynamic-reference",
            Problem::CliRemoteParameter { .. } => "cli-remote-parameter",
            Problem::PolicySize { quota: Quota::TrustPolicy, .. } => {
                "policy-size-exceeds-role-trust-policy-quota"
            }
            Problem::PolicySize { .. } => "policy-size-exceeds-identity-policy-quota",
            Problem::InvalidCharacter { .. } => "invalid-character",
            Problem::AccentShape { .. } => "accent-shape",
            Problem::OriginShape { .. } => "origin-shape",
            Problem::PageOptionIgnored { .. } => "page-option-ignored",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Partition, ResourceKind, S3Action};
    use crate::param::Param;
    use crate::policy::kind::DocKind;

    /// One of every variant, checked against the enum's source so a new variant can't be missed:
    /// codes are unique and kebab-case, and every message renders as a sentence.
    #[test]
    fn every_problem_has_a_unique_code_and_a_message() {
        let every = [
            Problem::Missing { param: Param::Bucket },
            Problem::SurroundingWhitespace,
            Problem::NotOneOf { value: "x".into(), allowed: &["a", "b"] },
            Problem::UnknownParam { name: "x".into() },
            Problem::UnknownLockedParam { name: "x".into() },
            Problem::AccountDigits { digits: 3 },
            Problem::AccountChar { ch: 'x' },
            Problem::AccountNormalised { digits: "x".into() },
            Problem::AccountImpossible,
            Problem::PrincipalConflict,
            Problem::UserAndRole,
            Problem::PrincipalShape,
            Problem::PrincipalKindUnsupported { kind: "x" },
            Problem::PartitionMismatch { found: Partition::AwsCn, chosen: Partition::AwsCn },
            Problem::NameLength { len: 3, max: 3 },
            Problem::NameChar { ch: 'x' },
            Problem::PathSegment { segment: "x".into() },
            Problem::ExternalIdLength { len: 3 },
            Problem::ExternalIdChar { ch: 'x' },
            Problem::BucketLength { len: 3 },
            Problem::BucketChar { ch: 'x' },
            Problem::BucketEdge { ch: 'x' },
            Problem::BucketDoubleDot,
            Problem::BucketIpAddress,
            Problem::BucketReservedPrefix { prefix: "x" },
            Problem::BucketReservedSuffix { suffix: "x" },
            Problem::BucketDots,
            Problem::PrefixWildcard { ch: 'x' },
            Problem::PrefixPolicyVariable,
            Problem::PrefixLength { bytes: 3 },
            Problem::PrefixControlChar,
            Problem::PrefixChar { ch: 'x' },
            Problem::PrefixEmptySegment,
            Problem::PrefixLeadingSlash,
            Problem::PrefixTrailingSlashAdded { prefix: "x".into() },
            Problem::UnknownAction { action: "x".into(), suggestion: Some(S3Action::GET_OBJECT) },
            Problem::ActionWildcardExpanded { pattern: "x".into(), actions: vec![S3Action::GET_OBJECT] },
            Problem::NoActions,
            Problem::ActionsAll { pattern: "x".into() },
            Problem::ActionWildcardManages { pattern: "x".into(), action: S3Action::GET_OBJECT },
            Problem::KmsKeyShape,
            Problem::KmsKeyAlias,
            Problem::KmsKeyPolicyNeeded,
            Problem::VendorChar { ch: 'x' },
            Problem::VendorLength { len: 3 },
            Problem::CurlyQuote { ch: 'x' },
            Problem::InvisibleSpace { ch: 'x' },
            Problem::Placeholder { text: "x".into() },
            Problem::DocExample { text: "x".into() },
            Problem::AccessKeyId,
            Problem::SecretKeyShaped,
            Problem::KeyLeftOutOfLink { param: Param::Bucket },
            Problem::ExternalIdGuessable { value: "x".into() },
            Problem::MalformedJson { line: 3, column: 3, expected: "x", found: Some('x') },
            Problem::PastedCurlyQuote { ch: 'x' },
            Problem::PastedComment,
            Problem::PastedTrailingComma,
            Problem::PastedInvisibleSpace { ch: 'x' },
            Problem::WrongDocumentKind { found: DocKind::Trust, expected: DocKind::Trust },
            Problem::MixedDocument,
            Problem::WrongType { element: "x".into(), expected: "x" },
            Problem::MissingVersion,
            Problem::InvalidVersion { found: "x".into() },
            Problem::MissingStatement,
            Problem::UnknownElement { key: "x".into() },
            Problem::MissingEffect,
            Problem::InvalidEffect { found: "x".into() },
            Problem::MissingAction,
            Problem::MissingPrincipal,
            Problem::UnsupportedPrincipal,
            Problem::TrustNotPrincipal,
            Problem::TrustResource,
            Problem::TrustWildcardPrincipal,
            Problem::InvalidPrincipalKey { key: "x".into() },
            Problem::UniqueIdPrincipal { role: true },
            Problem::UnsupportedSid { sid: "x".into() },
            Problem::DuplicateSid { sid: "x".into() },
            Problem::EmptySid,
            Problem::TrustActionNotAssumeRole { action: "x".into() },
            Problem::UnknownServiceAction { action: "x".into() },
            Problem::MissingResource,
            Problem::InvalidArn { arn: "x".into() },
            Problem::ActionResourceMismatch { action: S3Action::GET_OBJECT, needs: ResourceKind::Object },
            Problem::InvalidConditionOperator { operator: "x".into() },
            Problem::NullWithIfExists,
            Problem::DuplicateConditionKeys { key: "x".into() },
            Problem::MissingActionForConditionKey { key: "x".into() },
            Problem::ConditionKeyNeverPresent { action: S3Action::GET_OBJECT, key: "x".into() },
            Problem::ForAllValuesSingleValuedKey { key: "x".into() },
            Problem::RedundantStatement { same_as: 3 },
            Problem::RedundantAction { action: "x".into() },
            Problem::DenyBlocksKms { grants_kms: true },
            Problem::DenyCancelsAccountAction { action: S3Action::GET_OBJECT },
            Problem::DenyGuardWithoutKmsKey,
            Problem::AclWriteWithoutAcl { action: S3Action::GET_OBJECT },
            Problem::FollowupValueQuoting { placeholder: "{prefix}", ch: '\'' },
            Problem::DynamicReference,
            Problem::CliRemoteParameter { prefix: "x" },
            Problem::PolicySize { chars: 3, quota: Quota::ManagedPolicy },
            Problem::InvalidCharacter { ch: 'x' },
            Problem::AccentShape { value: "x".into() },
            Problem::OriginShape { value: "x".into() },
            Problem::PageOptionIgnored { param: Param::Theme, value: "x".into() },
        ];
        let source = include_str!("problem.rs");
        let declared = source[source.find("pub enum Problem {").unwrap()..]
            .lines()
            .filter(|line| {
                line.starts_with("    ") && line.chars().nth(4).is_some_and(|c| c.is_ascii_uppercase())
            })
            .count();
        let kinds: std::collections::BTreeSet<String> =
            every.iter().map(|problem| format!("{:?}", std::mem::discriminant(problem))).collect();
        assert_eq!(kinds.len(), declared, "list every Problem variant here");
        let mut codes = std::collections::BTreeMap::new();
        for problem in &every {
            let code = problem.code();
            assert!(code.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'), "{code}");
            let message = problem.to_string();
            assert!(message.ends_with(['.', '?', ')']) && message.len() > 10, "{problem:?}: {message}");
            if let Some(earlier) = codes.insert(code, problem) {
                // Access Analyzer's names are kept where AWS gives one code to two of ours.
                let shared = ["invalid-action", "policy-size-exceeds-identity-policy-quota"];
                assert!(
                    shared.contains(&code)
                        || std::mem::discriminant(earlier) == std::mem::discriminant(problem),
                    "{code} twice"
                );
            }
        }
    }
}
