//! Everything Rolesmith can report, as data: a [`Finding`] is where plus a documented [`Problem`].
//!
//! Severity, the stable code (`data-finding`) and the message all derive from the problem, so they
//! can never disagree. Messages are one sentence in the user's words: what is wrong, then the fix.

use std::fmt;

use crate::model::{Partition, S3Action};
use crate::param::Param;

/// How much a finding matters. Only errors block output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
    Suggestion,
}

impl Severity {
    /// The `data-severity` value.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Suggestion => "suggestion",
        }
    }
}

/// Where a finding applies.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Location {
    /// A form field, which is also a URL parameter.
    Field(Param),
    /// The URL as a whole (for example a parameter the contract does not know).
    Url,
}

/// One thing found: where, and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub at: Location,
    pub problem: Problem,
}

impl Finding {
    pub fn field(param: Param, problem: Problem) -> Finding {
        Finding { at: Location::Field(param), problem }
    }

    pub fn severity(&self) -> Severity {
        self.problem.severity()
    }

    pub fn code(&self) -> &'static str {
        self.problem.code()
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.problem.fmt(f)
    }
}

/// Everything Rolesmith can report about an input. Each variant says when it fires and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A required field is empty, e.g. no bucket. Nothing can be generated without it.
    Missing { param: Param },
    /// Spaces, tabs or newlines around a value, usually from copy-paste (`" my-bucket\n"`).
    /// The value is used trimmed; the field keeps what was typed.
    SurroundingWhitespace,
    /// A value that must be one of a fixed list is not, e.g. `mode=admin`.
    NotOneOf { value: String, allowed: &'static [&'static str] },
    /// A URL parameter the contract does not define (a typo such as `bukcet`). Ignored.
    UnknownParam { name: String },
    /// `lock` names something that is not a parameter, so it locks nothing.
    UnknownLockedParam { name: String },

    /// An account ID whose digits are not exactly twelve, e.g. AWS's own typo `1234567898012`
    /// (aws-rules §1).
    AccountDigits { digits: usize },
    /// An account ID with a character other than digits, spaces and hyphens (`<Account ID>`).
    AccountChar { ch: char },
    /// `1234-5678-9012` as the console shows it; ARNs need the bare digits (aws-rules §1).
    AccountNormalised { digits: String },

    /// `principal` and `account`/`user`/`role` were both given and name different things.
    PrincipalConflict,
    /// Both `user` and `role` were given; a trust policy here names one vendor principal.
    UserAndRole,
    /// A principal that is not an IAM ARN of an account root, user or role (aws-rules §5).
    PrincipalShape,
    /// A principal that is a group, policy, wildcard or unique ID rather than a user or role:
    /// IAM rejects or silently breaks these in trust policies (aws-rules §5).
    PrincipalKindUnsupported { kind: &'static str },
    /// A principal, key or bucket ARN in another partition than the one chosen. Access can't be
    /// delegated across partitions (aws-rules §2).
    PartitionMismatch { found: Partition, chosen: Partition },

    /// An IAM name longer than IAM allows (64 for roles and users, 128 for policies; aws-rules §3).
    NameLength { len: usize, max: usize },
    /// An IAM name with a character outside `A-Z a-z 0-9 _ + = , . @ -` (aws-rules §3).
    NameChar { ch: char },
    /// A path segment that is empty (`division//name`) or has a character IAM rejects (aws-rules §3).
    PathSegment { segment: String },

    /// An external ID outside STS's 2–1224 characters (aws-rules §4).
    ExternalIdLength { len: usize },
    /// An external ID with a character STS rejects (`[A-Za-z0-9_+=,.@:/-]` only; aws-rules §4).
    /// IAM accepts such a value in the trust policy, and the vendor then can never assume the role.
    ExternalIdChar { ch: char },

    /// A bucket name outside 3–63 characters (aws-rules §8).
    BucketLength { len: usize },
    /// A bucket name with a character other than lowercase letters, digits, `.` and `-`.
    BucketChar { ch: char },
    /// A bucket name that begins or ends with `.` or `-`.
    BucketEdge { ch: char },
    /// A bucket name with two adjacent periods.
    BucketDoubleDot,
    /// A bucket name shaped like an IP address (`192.168.5.4`).
    BucketIpAddress,
    /// A bucket name starting with a prefix S3 reserves (`xn--`, `sthree-`, `amzn-s3-demo-`).
    BucketReservedPrefix { prefix: &'static str },
    /// A bucket name ending with a suffix S3 reserves for access points and other bucket kinds.
    BucketReservedSuffix { suffix: &'static str },
    /// A valid bucket name with dots: virtual-host HTTPS fails on it and several vendors refuse it.
    BucketDots,

    /// A prefix containing `*` or `?`, which IAM would read as wildcards (aws-rules §9).
    PrefixWildcard { ch: char },
    /// A prefix longer than S3's 1,024-byte key limit.
    PrefixLength { bytes: usize },
    /// A prefix with a control character, which no S3 key should hold.
    PrefixControlChar,
    /// A prefix with an empty folder (`logs//2024/`), which matches keys nobody writes.
    PrefixEmptySegment,
    /// A prefix typed with a leading `/`; S3 keys don't start with one, so it is dropped.
    PrefixLeadingSlash,
    /// A prefix without a trailing `/`; it is taken as a folder, so `/` is added.
    PrefixTrailingSlashAdded { prefix: String },

    /// An action Rolesmith does not know as an S3 action, with the closest real one if any
    /// (`s3:ListObject` is not an action; `s3:ListBucket` is).
    UnknownAction { action: String, suggestion: Option<S3Action> },
    /// A wildcard action, spelled out: `s3:*Object` also grants `s3:ReplicateObject` and
    /// `s3:RestoreObject`, which a least-privilege grant should name or leave out on purpose.
    ActionWildcardExpanded { pattern: String, actions: Vec<S3Action> },
    /// An `actions` list with nothing in it after the commas.
    NoActions,

    /// A `kms_key` that is not a KMS key ARN (`arn:aws:kms:us-east-1:111122223333:key/<key ID>`),
    /// e.g. a bare key ID: a policy can only name the key by its full ARN (aws-rules §10).
    KmsKeyShape,
    /// A KMS alias ARN (`…:alias/name`): IAM authorises KMS calls against the key itself, so a
    /// policy naming the alias grants nothing.
    KmsKeyAlias,
    /// With `kms_key`, the key's own policy must also allow the role or user; IAM alone is not
    /// enough for KMS. Shown so the customer adds the statement `verify` prints.
    KmsKeyPolicyNeeded,

    /// A vendor name with a character an IAM role description can't hold, or a `"` or `\` that
    /// Windows PowerShell 5.1 would mangle when passing the description to the AWS CLI.
    VendorChar { ch: char },
    /// A vendor name longer than 64 characters.
    VendorLength { len: usize },
}

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
            | Problem::KmsKeyPolicyNeeded => Severity::Warning,
            _ => Severity::Error,
        }
    }

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
            Problem::PrefixLength { .. } => "prefix-length",
            Problem::PrefixControlChar => "prefix-control-char",
            Problem::PrefixEmptySegment => "prefix-empty-segment",
            Problem::PrefixLeadingSlash => "prefix-leading-slash",
            Problem::PrefixTrailingSlashAdded { .. } => "prefix-trailing-slash-added",
            Problem::UnknownAction { .. } => "invalid-action",
            Problem::ActionWildcardExpanded { .. } => "action-wildcard-expanded",
            Problem::NoActions => "no-actions",
            Problem::KmsKeyShape => "kms-key-shape",
            Problem::KmsKeyAlias => "kms-key-alias",
            Problem::KmsKeyPolicyNeeded => "kms-key-policy-needed",
            Problem::VendorChar { .. } => "vendor-char",
            Problem::VendorLength { .. } => "vendor-length",
        }
    }
}

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
            Problem::PrefixLength { bytes } => {
                write!(f, "S3 keys are at most 1024 bytes; this prefix has {bytes}.")
            }
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
        }
    }
}

/// How a message names the value a field holds.
fn noun(param: Param) -> &'static str {
    match param {
        Param::Account => "the vendor's AWS account ID",
        Param::ExternalId => "the external ID the vendor gave you",
        Param::Bucket => "the bucket name",
        Param::Actions => "at least one action",
        Param::CustomerAccount => "your AWS account ID",
        _ => "a value",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_kebab_case() {
        let samples = [
            Problem::Missing { param: Param::Bucket },
            Problem::BucketReservedSuffix { suffix: "-s3alias" },
            Problem::PartitionMismatch { found: Partition::AwsCn, chosen: Partition::Aws },
        ];
        for problem in samples {
            let code = problem.code();
            assert!(code.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{code}");
        }
    }

    #[test]
    fn messages_quote_the_offending_part_and_say_the_fix() {
        let finding = Finding::field(Param::Bucket, Problem::BucketChar { ch: 'A' });
        assert_eq!(
            finding.to_string(),
            "Bucket names can't contain 'A'; use lowercase letters, digits, '.' and '-'."
        );
        assert_eq!(finding.severity(), Severity::Error);
        assert_eq!(finding.code(), "bucket-name-char");
    }

    #[test]
    fn control_characters_are_shown_escaped() {
        let message = Problem::NameChar { ch: '\u{a0}' }.to_string();
        assert!(message.contains("\\u{a0}"), "{message}");
    }

    #[test]
    fn normalisations_warn_and_never_block() {
        for problem in [
            Problem::SurroundingWhitespace,
            Problem::AccountNormalised { digits: "123456789012".into() },
            Problem::PrefixLeadingSlash,
            Problem::BucketDots,
        ] {
            assert_eq!(problem.severity(), Severity::Warning, "{problem:?}");
        }
    }
}
