//! What each [`Problem`] says to the user: one sentence, what is wrong (quoted), then the fix.

use std::fmt;

use crate::finding::Problem;
use crate::model::{ResourceKind, S3Action};
use crate::param::Param;
use crate::policy::size::Quota;

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Missing { param } => write!(f, "Enter {}.", noun(*param)),
            Problem::SurroundingWhitespace => {
                f.write_str("Spaces or line breaks around the value are ignored; check nothing else was pasted.")
            }
            Problem::NotOneOf { value, allowed } => {
                write!(f, "'{value}' is not an option here; use one of: {}.", allowed.join(", "))
            }
            Problem::UnknownParam { name } => {
                write!(f, "The link has a parameter '{name}' that Rolesmith doesn't know; it was ignored.")
            }
            Problem::UnknownLockedParam { name } => {
                write!(f, "'{name}' is not a parameter, so it can't be locked; check the spelling.")
            }
            Problem::AccountDigits { digits } => write!(
                f,
                "An AWS account ID has exactly 12 digits; this one has {digits}. Copy it again from the vendor."
            ),
            Problem::AccountChar { ch } => {
                write!(f, "An AWS account ID is 12 digits; remove '{ch}'.")
            }
            Problem::AccountNormalised { digits } => {
                write!(f, "Spaces and hyphens are left out: the account ID used is {digits}.")
            }
            Problem::AccountImpossible => {
                f.write_str("No AWS account has the ID 000000000000; copy the real one from the vendor.")
            }
            Problem::PrincipalConflict => f.write_str(
                "Give either the vendor's principal ARN or its account ID with a user or role name, not both.",
            ),
            Problem::UserAndRole => {
                f.write_str("Give the vendor's user name or its role name, not both.")
            }
            Problem::PrincipalShape => f.write_str(
                "This is not an IAM principal ARN; it should look like arn:aws:iam::123456789012:role/name.",
            ),
            Problem::PrincipalKindUnsupported { kind } => write!(
                f,
                "A trust policy can't name {kind}; ask the vendor for the ARN of its IAM user, role or account."
            ),
            Problem::PartitionMismatch { found, chosen } => write!(
                f,
                "This ARN is in partition {found} but you chose {chosen}; access can't be delegated across partitions, so pick the vendor's partition."
            ),
            Problem::NameLength { len, max } => {
                write!(f, "IAM names are at most {max} characters; this one has {len}.")
            }
            Problem::NameChar { ch } => write!(
                f,
                "IAM names can't contain '{}'; use letters, digits and _ + = , . @ - only.",
                ch.escape_default()
            ),
            Problem::PathSegment { segment } => write!(
                f,
                "The path part '{segment}' is not allowed; each part between slashes needs visible ASCII characters."
            ),
            Problem::ExternalIdLength { len } => write!(
                f,
                "AWS accepts external IDs of 2 to 1224 characters; this one has {len}. Copy it again from the vendor."
            ),
            Problem::ExternalIdChar { ch } => write!(
                f,
                "External IDs can't contain '{}' (AWS would refuse every sign-in); use letters, digits and _ + = , . @ : / - only.",
                ch.escape_default()
            ),
            Problem::BucketLength { len } => {
                write!(f, "Bucket names are 3 to 63 characters long; this one has {len}.")
            }
            Problem::BucketChar { ch } => write!(
                f,
                "Bucket names can't contain '{}'; use lowercase letters, digits, '.' and '-'.",
                ch.escape_default()
            ),
            Problem::BucketEdge { ch } => {
                write!(f, "Bucket names begin and end with a letter or digit, not '{ch}'.")
            }
            Problem::BucketDoubleDot => {
                f.write_str("Bucket names can't have two periods in a row; remove one.")
            }
            Problem::BucketIpAddress => {
                f.write_str("Bucket names can't look like an IP address; choose a name with letters.")
            }
            Problem::BucketReservedPrefix { prefix } => {
                write!(f, "Bucket names can't start with '{prefix}'; AWS reserves it.")
            }
            Problem::BucketReservedSuffix { suffix } => write!(
                f,
                "Bucket names can't end with '{suffix}'; AWS reserves it for other kinds of buckets and access points."
            ),
            Problem::BucketDots => f.write_str(
                "Dots in a bucket name break HTTPS virtual-host addressing and some vendors refuse them; prefer hyphens if you are creating the bucket.",
            ),
            Problem::PrefixWildcard { ch } => write!(
                f,
                "A prefix can't contain '{ch}': IAM would read it as a wildcard. Use the folder's exact name."
            ),
            Problem::PrefixPolicyVariable => f.write_str(
                "A prefix can't contain '${': IAM would read it as a policy variable. Rename the folder or use its parent.",
            ),
            Problem::PrefixLength { bytes } => {
                write!(f, "S3 keys are at most 1024 bytes; this prefix has {bytes}.")
            }
            Problem::PrefixChar { ch } => write!(
                f,
                "IAM policies can't hold '{ch}' (only Latin-1 characters), so no policy can name this folder; use a parent folder with a Latin name."
            ),
            Problem::PrefixControlChar => {
                f.write_str("The prefix has an invisible control character; type it again.")
            }
            Problem::PrefixEmptySegment => {
                f.write_str("The prefix has an empty folder ('//'); remove the extra slash.")
            }
            Problem::PrefixLeadingSlash => {
                f.write_str("S3 keys don't start with '/', so the leading slash is left out.")
            }
            Problem::PrefixTrailingSlashAdded { prefix } => write!(
                f,
                "Taken as a folder: access is limited to keys under '{prefix}'."
            ),
            Problem::UnknownAction { action, suggestion: Some(suggestion) } => {
                write!(f, "'{action}' is not an S3 action; did you mean '{suggestion}'?")
            }
            Problem::UnknownAction { action, suggestion: None } => write!(
                f,
                "'{action}' is not an S3 action Rolesmith knows; check the spelling, such as s3:GetObject."
            ),
            Problem::ActionWildcardExpanded { pattern, actions } => write!(
                f,
                "'{pattern}' grants {}; the policy names them, so remove any you don't need.",
                actions.iter().map(S3Action::to_string).collect::<Vec<_>>().join(", ")
            ),
            Problem::NoActions => {
                f.write_str("The action list is empty; name at least one action, such as s3:GetObject.")
            }
            Problem::ActionsAll { pattern } => write!(
                f,
                "'{pattern}' grants every S3 action, including deleting the bucket and changing its policy; name the actions the vendor needs, or choose an access level."
            ),
            Problem::ActionWildcardManages { pattern, action } => write!(
                f,
                "'{pattern}' also grants {action}, which manages the bucket rather than its data; name the actions the vendor needs instead."
            ),
            Problem::KmsKeyShape => f.write_str(
                "This is not a KMS key ARN; copy the key's ARN from the KMS console, like arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab.",
            ),
            Problem::KmsKeyAlias => f.write_str(
                "A policy can't grant use of a key through its alias; use the key's ARN (…:key/<key ID>) instead.",
            ),
            Problem::KmsKeyPolicyNeeded => f.write_str(
                "The key's own policy must also allow the vendor's role or user; add the statement shown under Verify.",
            ),
            Problem::VendorChar { ch } => write!(
                f,
                "The vendor name can't contain '{}' (IAM descriptions and Windows command lines can't carry it); use letters, digits and spaces.",
                ch.escape_default()
            ),
            Problem::VendorLength { len } => {
                write!(f, "Keep the vendor name to 64 characters; this one has {len}.")
            }
            Problem::CurlyQuote { ch } => write!(
                f,
                "The value has a curly quote '{ch}' from a web page or word processor; AWS never uses one, so type the value again or paste it as plain text."
            ),
            Problem::InvisibleSpace { ch } => write!(
                f,
                "The value hides an invisible {} ('{}') that AWS would compare as a character; delete it and type the value again.",
                space_name(*ch),
                ch.escape_unicode()
            ),
            Problem::Placeholder { text } => write!(
                f,
                "'{text}' is a placeholder from the documentation, not a real value; replace it with yours."
            ),
            Problem::DocExample { text } => write!(
                f,
                "'{text}' is the example value printed in documentation; check it is really yours and not copied from the page."
            ),
            Problem::AccessKeyId => f.write_str(
                "This looks like an AWS access key ID (AKIA… or ASIA…); a key never belongs here, so remove it, and since it was exposed, deactivate and rotate it in IAM.",
            ),
            Problem::SecretKeyShaped => f.write_str(
                "This looks like an AWS secret access key (40 letters, digits, '/' and '+'); remove it, and since it was exposed, deactivate and rotate that key in IAM.",
            ),
            Problem::KeyLeftOutOfLink { param } => write!(
                f,
                "The share link leaves out '{param}' because its value looks like an AWS key; keys must never travel in links."
            ),
            Problem::ExternalIdGuessable { value } => write!(
                f,
                "The external ID '{value}' looks guessable (no random part such as 7f3a9e2b41); AWS says the vendor must generate it, unique per customer, so use the one the vendor issued you."
            ),
            Problem::MalformedJson { line, column, expected, found } => {
                write!(f, "This is not valid JSON: at line {line}, column {column} ")?;
                match found {
                    Some(ch) if ch.is_control() || ch.is_whitespace() => {
                        write!(f, "'{}' is where {expected} should be", ch.escape_default())?
                    }
                    Some(ch) => write!(f, "'{ch}' is where {expected} should be")?,
                    None => {
                        return f.write_str(
                            "the text ends too early; add the missing value, closing quote, '}' or ']'.",
                        )
                    }
                }
                f.write_str("; check the quotes and commas just before it.")
            }
            Problem::PastedCurlyQuote { ch } => write!(
                f,
                "The curly quote '{ch}' was read as '\"', but IAM would refuse the text as pasted; copy the fixed policy instead."
            ),
            Problem::PastedComment => f.write_str(
                "JSON policies can't hold comments; this one was skipped for reading, and must go before pasting into AWS.",
            ),
            Problem::PastedTrailingComma => f.write_str(
                "JSON forbids a comma before ']' or '}'; it was skipped for reading, and must go before pasting into AWS.",
            ),
            Problem::PastedInvisibleSpace { ch } => write!(
                f,
                "An invisible {} ('{}') sits between the JSON parts, which AWS can't read; it was read as a space, so copy the fixed policy instead.",
                space_name(*ch),
                ch.escape_unicode()
            ),
            Problem::WrongDocumentKind { found, expected } => write!(
                f,
                "This is {} but {} belongs here; paste each into its own box.",
                found.noun(),
                expected.noun()
            ),
            Problem::MixedDocument => f.write_str(
                "This document mixes trust statements (with Principal) and permission statements; a role keeps them in two policies, so split it.",
            ),
            Problem::WrongType { element, expected } => {
                write!(f, "'{element}' must be {expected}; IAM refuses the policy as written.")
            }
            Problem::MissingVersion => f.write_str(
                "The policy has no \"Version\"; without \"2012-10-17\" IAM reads policy variables as plain text, so add it.",
            ),
            Problem::InvalidVersion { found } => write!(
                f,
                "'{found}' is not a policy language version; use \"Version\": \"2012-10-17\"."
            ),
            Problem::MissingStatement => {
                f.write_str("The policy has no statement; add a \"Statement\" with at least one entry.")
            }
            Problem::UnknownElement { key } => write!(
                f,
                "'{key}' is not an element of IAM's policy grammar (names are case-sensitive); IAM refuses the policy, so fix or remove it."
            ),
            Problem::MissingEffect => {
                f.write_str("The statement has no \"Effect\"; add \"Effect\": \"Allow\" or \"Deny\".")
            }
            Problem::InvalidEffect { found } => {
                write!(f, "'{found}' is not an effect; use \"Allow\" or \"Deny\", spelled exactly so.")
            }
            Problem::MissingAction => {
                f.write_str("The statement has no \"Action\"; name what it allows, such as s3:GetObject.")
            }
            Problem::MissingPrincipal => f.write_str(
                "A trust statement needs a \"Principal\" naming who may assume the role, such as the vendor's role ARN.",
            ),
            Problem::UnsupportedPrincipal => f.write_str(
                "A permissions policy can't have \"Principal\"; this looks like a trust policy, which belongs in the role's trust relationship.",
            ),
            Problem::TrustNotPrincipal => f.write_str(
                "IAM refuses \"NotPrincipal\" in a role trust policy; name the vendor's principal in \"Principal\" instead.",
            ),
            Problem::TrustResource => f.write_str(
                "IAM refuses \"Resource\" in a role trust policy (the role itself is the resource); remove it.",
            ),
            Problem::TrustWildcardPrincipal => f.write_str(
                "A wildcard principal would let anyone assume this role; name the vendor's account, user or role ARN.",
            ),
            Problem::InvalidPrincipalKey { key } => write!(
                f,
                "'{key}' is not a principal type; use \"AWS\" for an account, user or role ARN."
            ),
            Problem::UniqueIdPrincipal { role } => write!(
                f,
                "This is the unique ID of a deleted IAM {}, so the statement applies to no one; ask the vendor for its current ARN.",
                if *role { "role" } else { "user" }
            ),
            Problem::UnsupportedSid { sid } => write!(
                f,
                "The Sid '{sid}' can only hold ASCII letters and digits; remove the other characters."
            ),
            Problem::DuplicateSid { sid } => {
                write!(f, "The Sid '{sid}' is used twice; each statement needs its own, so rename one.")
            }
            Problem::EmptySid => f.write_str("The Sid is empty; remove it or give the statement a name."),
            Problem::TrustActionNotAssumeRole { action } => write!(
                f,
                "'{action}' does nothing in a trust policy for an IAM principal; use sts:AssumeRole and put S3 actions in the permissions policy."
            ),
            Problem::UnknownServiceAction { action } => write!(
                f,
                "'{action}' is not an action; write service:Action, such as s3:GetObject or kms:Decrypt."
            ),
            Problem::MissingResource => f.write_str(
                "A permissions statement needs a \"Resource\", such as arn:aws:s3:::bucket/*; add the ARNs it applies to.",
            ),
            Problem::InvalidArn { arn } => {
                write!(f, "'{arn}' is not an ARN; a resource looks like arn:aws:s3:::bucket or '*'.")
            }
            Problem::ActionResourceMismatch { action, needs: ResourceKind::Object } => write!(
                f,
                "'{action}' acts on objects, but no resource of its statement is an object ARN, so it grants nothing; add arn:…:s3:::bucket/prefix/*."
            ),
            Problem::ActionResourceMismatch { action, needs: ResourceKind::Bucket } => write!(
                f,
                "'{action}' acts on the bucket, but no resource of its statement is a bucket ARN, so it grants nothing; add arn:…:s3:::bucket without '/'."
            ),
            Problem::ActionResourceMismatch { action, needs: ResourceKind::Account } => write!(
                f,
                "'{action}' is not about one bucket and takes \"Resource\": \"*\"; give it its own statement, or drop it if the vendor doesn't list your buckets."
            ),
            Problem::InvalidConditionOperator { operator } => write!(
                f,
                "'{operator}' is not a condition operator; use one such as StringEquals or StringLike, spelled exactly so."
            ),
            Problem::NullWithIfExists => {
                f.write_str("IfExists can't be added to the Null operator; use plain \"Null\".")
            }
            Problem::DuplicateConditionKeys { key } => write!(
                f,
                "The condition key '{key}' appears twice, differing only in case; IAM treats keys case-insensitively, so merge them."
            ),
            Problem::MissingActionForConditionKey { key } => write!(
                f,
                "No action in this statement carries '{key}', so the statement never matches; move the condition to a statement with s3:ListBucket."
            ),
            Problem::ConditionKeyNeverPresent { action, key } => write!(
                f,
                "'{action}' requests never carry '{key}', so this statement never allows it; move the action to a statement without that condition."
            ),
            Problem::ForAllValuesSingleValuedKey { key } => write!(
                f,
                "ForAllValues on the single-valued key '{key}' is also true when the key is absent, so the Allow is broader than it looks; drop ForAllValues."
            ),
            Problem::RedundantStatement { same_as } => {
                write!(f, "This statement repeats statement {same_as}; remove one of them.")
            }
            Problem::RedundantAction { action } => {
                write!(f, "'{action}' is already granted in this statement; remove the repeat.")
            }
            Problem::DenyCancelsAccountAction { action } => write!(
                f,
                "The Deny guard also denies {action}, which acts on every bucket, so that grant does nothing; turn the guard off if the vendor needs it."
            ),
            Problem::AclWriteWithoutAcl { action } => write!(
                f,
                "'{action}' lets the vendor set any ACL on your objects, even make them public; choose Required ACL bucket-owner-full-control to allow only that one, or remove the action.",
            ),
            Problem::FollowupValueQuoting { placeholder, ch } => write!(
                f,
                "The value for {placeholder} has a {} in it, which can break the vendor's text around it (SQL or a command); check the follow-up before you run it.",
                quote_name(*ch)
            ),
            Problem::DenyGuardWithoutKmsKey => f.write_str(
                "The Deny guard also denies every KMS call, so reads and writes fail if the bucket uses SSE-KMS (even the aws/s3 key); if it does, enter the key's ARN under KMS key.",
            ),
            Problem::DynamicReference => f.write_str(
                "'{{resolve:' would make CloudFormation fetch a value at deploy time, so the template would grant something else than it shows; remove it.",
            ),
            Problem::CliRemoteParameter { prefix } => write!(
                f,
                "The AWS CLI would replace a value starting with '{prefix}' by the contents of that file or page; this can't be a real value here, so copy it again."
            ),
            Problem::DenyBlocksKms { grants_kms: true } => f.write_str(
                "This Deny spares only the bucket, so it also denies the KMS key this policy grants, and SSE-KMS reads and writes fail; add the key ARN to NotResource.",
            ),
            Problem::DenyBlocksKms { grants_kms: false } => f.write_str(
                "This Deny spares only the bucket; if the bucket uses SSE-KMS it also denies the KMS key and every read and write fails, so then add the key ARN to NotResource.",
            ),
            Problem::PolicySize { chars, quota: Quota::TrustPolicy } => write!(
                f,
                "The trust policy has {chars} characters (not counting spaces) and IAM's default quota is 2048; shorten it or ask AWS to raise the quota."
            ),
            Problem::PolicySize { chars, quota } => write!(
                f,
                "The policy has {chars} characters (not counting spaces) and a managed policy holds at most {}; split it into two policies.",
                quota.limit()
            ),
            Problem::OriginShape { value } => write!(
                f,
                "'{value}' is not a site address like https://docs.example.com (https, a host, no path)."
            ),
            Problem::AccentShape { value } => {
                write!(f, "'{value}' is not a colour like #1A73E8 (a # and six hex digits).")
            }
            Problem::PageOptionIgnored { param, value } => {
                write!(f, "The link's {param} '{value}' can't be used, so the page uses its default.")
            }
            Problem::InvalidCharacter { ch } => write!(
                f,
                "IAM policies can't hold '{ch}' ({}); use plain ASCII such as '-' or '\"'.",
                ch.escape_unicode()
            ),
        }
    }
}

/// How a message names an invisible space.
/// A quoting character by name, since quoted it reads as noise (`'''`).
fn quote_name(ch: char) -> &'static str {
    match ch {
        '\'' => "single quote",
        '"' => "double quote",
        '`' => "backtick",
        _ => "backslash",
    }
}

fn space_name(ch: char) -> &'static str {
    match ch {
        '\u{a0}' | '\u{2007}' | '\u{202f}' => "non-breaking space",
        _ => "zero-width space",
    }
}

/// How a message names the value a field holds.
fn noun(param: Param) -> &'static str {
    match param {
        Param::Account => "the vendor's AWS account ID",
        Param::User => "the vendor's IAM user name",
        Param::Role => "the vendor's IAM role name",
        Param::Principal => "the vendor's principal ARN",
        Param::ExternalId => "the external ID the vendor gave you",
        Param::Bucket => "the bucket name",
        Param::Actions => "at least one action",
        Param::CustomerAccount => "your AWS account ID",
        _ => "a value",
    }
}
