//! How much each problem matters, decided per variant: a new variant must be decided here.

use crate::finding::{Problem, Severity};
use crate::policy::size::Quota;

impl Problem {
    /// Errors block output; warnings and suggestions never do.
    pub fn severity(&self) -> Severity {
        match self {
            Problem::SurroundingWhitespace
            | Problem::UnknownParam { .. }
            | Problem::UnknownLockedParam { .. }
            | Problem::AccountNormalised { .. }
            | Problem::BucketDots
            | Problem::PrefixLeadingSlash
            | Problem::PrefixTrailingSlashAdded { .. }
            | Problem::ActionWildcardExpanded { .. }
            | Problem::KmsKeyPolicyNeeded
            | Problem::DocExample { .. }
            | Problem::KeyLeftOutOfLink { .. }
            | Problem::ExternalIdGuessable { .. }
            | Problem::MissingVersion
            | Problem::UniqueIdPrincipal { .. }
            | Problem::ActionResourceMismatch { .. }
            | Problem::ConditionKeyNeverPresent { .. }
            | Problem::ForAllValuesSingleValuedKey { .. }
            | Problem::PolicySize { quota: Quota::TrustPolicy, .. }
            | Problem::DenyCancelsAccountAction { .. }
            | Problem::DenyGuardWithoutKmsKey
            | Problem::AclWriteWithoutAcl { .. }
            | Problem::FollowupValueQuoting { .. }
            | Problem::PageOptionIgnored { .. } => Severity::Warning,
            Problem::EmptySid
            | Problem::RedundantStatement { .. }
            | Problem::RedundantAction { .. }
            | Problem::DenyBlocksKms { grants_kms: false } => Severity::Suggestion,
            Problem::Missing { .. }
            | Problem::NotOneOf { .. }
            | Problem::AccountDigits { .. }
            | Problem::AccountChar { .. }
            | Problem::AccountImpossible
            | Problem::PrincipalConflict
            | Problem::UserAndRole
            | Problem::PrincipalShape
            | Problem::PrincipalKindUnsupported { .. }
            | Problem::PartitionMismatch { .. }
            | Problem::NameLength { .. }
            | Problem::NameChar { .. }
            | Problem::PathSegment { .. }
            | Problem::ExternalIdLength { .. }
            | Problem::ExternalIdChar { .. }
            | Problem::BucketLength { .. }
            | Problem::BucketChar { .. }
            | Problem::BucketEdge { .. }
            | Problem::BucketDoubleDot
            | Problem::BucketIpAddress
            | Problem::BucketReservedPrefix { .. }
            | Problem::BucketReservedSuffix { .. }
            | Problem::PrefixWildcard { .. }
            | Problem::PrefixPolicyVariable
            | Problem::PrefixLength { .. }
            | Problem::PrefixControlChar
            | Problem::PrefixChar { .. }
            | Problem::PrefixEmptySegment
            | Problem::UnknownAction { .. }
            | Problem::NoActions
            | Problem::ActionsAll { .. }
            | Problem::ActionWildcardManages { .. }
            | Problem::KmsKeyShape
            | Problem::KmsKeyAlias
            | Problem::VendorChar { .. }
            | Problem::VendorLength { .. }
            | Problem::CurlyQuote { .. }
            | Problem::InvisibleSpace { .. }
            | Problem::Placeholder { .. }
            | Problem::AccessKeyId
            | Problem::SecretKeyShaped
            | Problem::MalformedJson { .. }
            | Problem::PastedCurlyQuote { .. }
            | Problem::PastedComment
            | Problem::PastedTrailingComma
            | Problem::PastedInvisibleSpace { .. }
            | Problem::WrongDocumentKind { .. }
            | Problem::MixedDocument
            | Problem::WrongType { .. }
            | Problem::InvalidVersion { .. }
            | Problem::MissingStatement
            | Problem::UnknownElement { .. }
            | Problem::MissingEffect
            | Problem::InvalidEffect { .. }
            | Problem::MissingAction
            | Problem::MissingPrincipal
            | Problem::UnsupportedPrincipal
            | Problem::TrustNotPrincipal
            | Problem::TrustResource
            | Problem::TrustWildcardPrincipal
            | Problem::InvalidPrincipalKey { .. }
            | Problem::UnsupportedSid { .. }
            | Problem::DuplicateSid { .. }
            | Problem::TrustActionNotAssumeRole { .. }
            | Problem::UnknownServiceAction { .. }
            | Problem::MissingResource
            | Problem::InvalidArn { .. }
            | Problem::InvalidConditionOperator { .. }
            | Problem::NullWithIfExists
            | Problem::DuplicateConditionKeys { .. }
            | Problem::MissingActionForConditionKey { .. }
            | Problem::DynamicReference
            | Problem::CliRemoteParameter { .. }
            | Problem::InvalidCharacter { .. }
            | Problem::AccentShape { .. }
            | Problem::OriginShape { .. }
            | Problem::PolicySize { .. }
            | Problem::DenyBlocksKms { grants_kms: true } => Severity::Error,
        }
    }
}
