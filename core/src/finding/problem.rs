//! [`Problem`]: everything Rolesmith can report, one documented variant each. Its severity
//! (`severity.rs`), stable code (`code.rs`), message (`message.rs`) and AWS source (`source.rs`)
//! derive from it.

use crate::model::{Partition, ResourceKind, S3Action};
use crate::param::Param;
use crate::policy::kind::DocKind;
use crate::policy::size::Quota;

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
    /// `000000000000`: twelve digits, but no AWS account has that ID, so it is a mistake or a
    /// placeholder.
    AccountImpossible,

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
    /// A prefix containing `${`, which IAM would read as the start of a policy variable such as
    /// `${aws:username}` (aws-rules §6), so the policy would not name the folder typed.
    PrefixPolicyVariable,
    /// A prefix longer than S3's 1,024-byte key limit.
    PrefixLength { bytes: usize },
    /// A prefix with a control character, which no S3 key should hold.
    PrefixControlChar,
    /// A prefix character above U+00FF (`数据/`): IAM documents hold only tab, line breaks and
    /// U+0020–U+00FF (aws-rules §3), so no policy can name this folder.
    PrefixChar { ch: char },
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
    /// `*` or `s3:*`: every S3 action, including deleting the bucket and rewriting its policy.
    /// Never generated: a vendor needs a named handful.
    ActionsAll { pattern: String },
    /// A wildcard that also matches an action managing the bucket or the account (`s3:Put*`
    /// reaches `s3:PutBucketPolicy`): refused, because the vendor could then change who else
    /// may read the data. Name the actions instead.
    ActionWildcardManages { pattern: String, action: S3Action },

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

    // Copy-paste hazards, checked on every field and every string in a pasted document.
    /// A typographic quote (`“ ” ‘ ’`), which word processors and web pages put in place of `"` and
    /// `'`; no AWS identifier holds one and IAM's character set refuses it (aws-rules §3).
    CurlyQuote { ch: char },
    /// A non-breaking or zero-width space inside a value (`my\u{a0}bucket`): invisible on screen,
    /// but AWS compares it as a character, so nothing matches (aws-rules §3).
    InvisibleSpace { ch: char },
    /// Documentation text left where a value belongs: `<bucket name>`, `{replace with ...}`,
    /// `xxxxxxx`, `bucket-name`. AWS would take it literally.
    Placeholder { text: String },
    /// A value AWS's or a vendor's documentation uses as its example (`123456789012`,
    /// `my-external-id-123`): valid, but almost surely not yours.
    DocExample { text: String },
    /// An AWS access key ID (`AKIA…`/`ASIA…`, 20 characters) in a field. It is a credential: it
    /// never belongs in a policy, and it is never put into a share link (aws-rules §3).
    AccessKeyId,
    /// A 40-character value shaped like a secret access key (letters, digits, `/` and `+`, mixed
    /// case). Whoever saw it can use the key, so it must be rotated.
    SecretKeyShaped,
    /// A share link that leaves out a field because its value looks like an AWS key.
    KeyLeftOutOfLink { param: Param },
    /// An external ID with no random part (see `hazard::is_guessable`), such as a company name.
    /// AWS: the vendor must generate it, unique per customer, or the confused-deputy guard fails
    /// (aws-rules §4).
    ExternalIdGuessable { value: String },

    // Pasted text, before it is JSON (the policy checker).
    /// Text that is not JSON, with where and what the reader expected; never serde's own words.
    MalformedJson { line: usize, column: usize, expected: &'static str, found: Option<char> },
    /// Curly quotes around JSON strings: read as `"`, but IAM would refuse the text as pasted.
    PastedCurlyQuote { ch: char },
    /// A `//` or `/* */` comment: JSON and IAM have none; it was skipped for reading.
    PastedComment,
    /// A comma before `]` or `}`: JSON forbids it; it was skipped for reading.
    PastedTrailingComma,
    /// A non-breaking or zero-width space between JSON tokens: not JSON whitespace (aws-rules §3).
    PastedInvisibleSpace { ch: char },
    /// A trust policy where a permissions policy was expected, or the other way round.
    WrongDocumentKind { found: DocKind, expected: DocKind },
    /// A document with both trust statements (`Principal`) and permission statements: a role keeps
    /// them in two separate policies.
    MixedDocument,

    // The policy lint (aws-rules §6, §7, §10, §12); codes mirror IAM Access Analyzer's checks.
    /// An element of the wrong JSON type (`"Statement": "..."`).
    WrongType { element: String, expected: &'static str },
    /// No `Version`: IAM then reads policy variables as literal text (aws-rules §6).
    MissingVersion,
    /// A `Version` other than `2012-10-17` or `2008-10-17`.
    InvalidVersion { found: String },
    /// No `Statement`, or an empty one: the policy says nothing.
    MissingStatement,
    /// A key IAM's grammar does not have (`"effect"`, `"Resources"`); IAM refuses the policy.
    UnknownElement { key: String },
    /// A statement without `Effect`.
    MissingEffect,
    /// An `Effect` other than `Allow` or `Deny` (case matters).
    InvalidEffect { found: String },
    /// A statement without `Action` or `NotAction`.
    MissingAction,
    /// A trust statement without `Principal`.
    MissingPrincipal,
    /// `Principal` or `NotPrincipal` in a permissions policy, usually a trust policy pasted into the
    /// permissions editor (aws-rules §6).
    UnsupportedPrincipal,
    /// `NotPrincipal` in a role trust policy, which IAM refuses (aws-rules §5).
    TrustNotPrincipal,
    /// `Resource` or `NotResource` in a role trust policy, which IAM refuses (aws-rules §5).
    TrustResource,
    /// `"Principal": "*"` or a wildcard ARN in a trust policy: anyone could assume the role.
    TrustWildcardPrincipal,
    /// A principal type other than `AWS`, `Service`, `Federated`, `CanonicalUser`.
    InvalidPrincipalKey { key: String },
    /// A unique ID (`AROA…`/`AIDA…`) where an ARN belongs: IAM shows one when the role or user
    /// was deleted, and the policy no longer applies to anyone (aws-rules §5).
    UniqueIdPrincipal { role: bool },
    /// A `Sid` with characters other than ASCII letters and digits.
    UnsupportedSid { sid: String },
    /// Two statements with the same `Sid`.
    DuplicateSid { sid: String },
    /// `"Sid": ""`.
    EmptySid,
    /// A trust statement for an IAM principal whose action is not `sts:AssumeRole` (or
    /// `sts:TagSession`/`sts:SetSourceIdentity`), such as an S3 action.
    TrustActionNotAssumeRole { action: String },
    /// An action of a service Rolesmith tables (`kms`, `sts`) that is not a real action, or an
    /// action without a service prefix.
    UnknownServiceAction { action: String },
    /// A permissions statement without `Resource` or `NotResource`.
    MissingResource,
    /// A resource that is neither `*` nor an ARN.
    InvalidArn { arn: String },
    /// An S3 action none of whose statement's resources it can act on: `s3:GetObject` on a bucket
    /// ARN, `s3:ListBucket` on an object ARN, `s3:ListAllMyBuckets` on anything but `*`
    /// (aws-rules §10). The action then grants nothing.
    ActionResourceMismatch { action: S3Action, needs: ResourceKind },
    /// A condition operator IAM does not have (`StringEqual`).
    InvalidConditionOperator { operator: String },
    /// `NullIfExists`: `IfExists` can't be added to `Null`.
    NullWithIfExists,
    /// The same condition key twice in one operator, differing only in case.
    DuplicateConditionKeys { key: String },
    /// An `s3:` condition key none of the statement's actions carries (`s3:prefix` without
    /// `s3:ListBucket`): the statement never matches.
    MissingActionForConditionKey { key: String },
    /// An action in a statement conditioned on a key its requests never carry, such as
    /// `s3:GetBucketLocation` under `s3:prefix`: that action is never allowed (aws-rules §10).
    ConditionKeyNeverPresent { action: S3Action, key: String },
    /// `ForAllValues:` on a single-valued key in an Allow: true when the key is absent, so it
    /// allows more than it seems (aws-rules §6).
    ForAllValuesSingleValuedKey { key: String },
    /// A statement identical to an earlier one.
    RedundantStatement { same_as: usize },
    /// An action listed twice in a statement, or also matched by a wildcard there.
    RedundantAction { action: String },
    /// A Deny whose `NotResource` spares only S3 while its actions cover `kms:*`: with SSE-KMS the
    /// key is denied, so reads and writes fail (aws-rules §10). An error when the same policy
    /// grants KMS actions, a suggestion otherwise.
    DenyBlocksKms { grants_kms: bool },
    /// `deny_outside_bucket` with an action that needs `*` (`s3:ListAllMyBuckets`): the guard denies
    /// every resource but the bucket, so it silently cancels that Allow.
    DenyCancelsAccountAction { action: S3Action },
    /// `deny_outside_bucket` without `kms_key`: the guard denies every `kms:*` call, which breaks a
    /// bucket encrypted with SSE-KMS (the `aws/s3` key or a customer key), aws-rules §10.
    DenyGuardWithoutKmsKey,
    /// `s3:PutObjectAcl` or `s3:PutObjectVersionAcl` without `acl`: nothing limits the ACL the
    /// vendor may set, so it could make objects public or share them with any account.
    AclWriteWithoutAcl { action: S3Action },
    /// A value filled into `followup` holds a quote or backslash (a prefix `it's/`): the vendor's
    /// SQL or command around `{prefix}` would break or mean something else. The substitution
    /// stays literal; the customer must check the text before running it.
    FollowupValueQuoting { placeholder: &'static str, ch: char },
    /// `{{resolve:` in a value: CloudFormation replaces a dynamic reference with a value fetched
    /// at deploy time, so the template would grant something other than the JSON shows.
    DynamicReference,
    /// A value starting with `file://`, `fileb://`, `http://` or `https://`: the AWS CLI replaces
    /// such a parameter with the contents of that file or page, so a command would send
    /// something other than what it shows (an external ID `file:///etc/passwd` is legal to STS).
    CliRemoteParameter { prefix: &'static str },
    /// A document over IAM's size quota, counted in non-whitespace characters (aws-rules §7).
    PolicySize { chars: usize, quota: Quota },
    /// An address in the vendor kit that is not an origin the builder can be framed from or
    /// served at: `https://` plus a host (or `http://localhost` for a preview).
    OriginShape { value: String },
    /// An accent colour that is not `#RRGGBB` (`#1A73E8`).
    AccentShape { value: String },
    /// A parameter that shapes the page (`how`, `view`, `theme`, `accent`) with a value it can't
    /// use: the default is used instead, and the grant is unaffected.
    PageOptionIgnored { param: Param, value: String },
    /// A character outside IAM's policy character set (tab, line feed, carriage return,
    /// U+0020–U+00FF), such as an em dash or CJK text (aws-rules §3).
    InvalidCharacter { ch: char },
}
