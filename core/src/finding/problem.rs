//! [`Problem`]: everything Rolesmith can report, each declared once below with its stable code
//! (`data-finding`; Access Analyzer's name wherever AWS has one), its severity, the AWS page that
//! states the rule (`source.rs`) and its message. Messages are one sentence in the user's words:
//! what is wrong (quoted), then the fix.

use super::source::{iam, page};
use super::source::{
    ACCOUNT_IDS, BUCKET_NAMING, BUCKET_POLICIES, CHECKS, CLI_PARAMETER_FILES, CONDITION, CONFUSED_DEPUTY,
    CREATE_ROLE, DYNAMIC_REFERENCES, EXTERNAL_ID, GRAMMAR, IDENTIFIERS, LEAST_PRIVILEGE, MULTI_VALUE,
    NOT_ACTION, NOT_RESOURCE, OBJECT_KEYS, OPERATORS, POLICY_ID, PRINCIPAL, QUOTAS, S3_ACL_KEYS, S3_ACTIONS,
    S3_KMS, S3_POLICY_KEYS, SID, STATEMENT, VERSION,
};
use super::words::{noun, quote_name, space_name};
use super::Severity::{self, Error, Suggestion, Warning};
use crate::model::{Partition, ResourceKind, S3Action};
use crate::param::Param;
use crate::policy::kind::{DocKind, Wrapper};
use crate::policy::size::Quota;

problems! {
    /// A required field is empty, e.g. no bucket. Nothing can be generated without it.
    Missing { param: Param } => {
        code: "missing-value",
        severity: Error,
        source: None,
        message: |f| write!(f, "Enter {}.", noun(*param)),
    }
    /// Spaces, tabs or newlines around a value, usually from copy-paste (`" my-bucket\n"`).
    /// The value is used trimmed; the field keeps what was typed.
    SurroundingWhitespace => {
        code: "surrounding-whitespace",
        severity: Warning,
        source: iam(QUOTAS),
        message: |f| {
            f.write_str("Spaces or line breaks around the value are ignored; check nothing else was pasted.")
        },
    }
    /// A value that must be one of a fixed list is not, e.g. `mode=admin`.
    NotOneOf { value: String, allowed: &'static [&'static str] } => {
        code: "not-one-of",
        severity: Error,
        source: None,
        message: |f| {
            write!(f, "'{value}' is not an option here; use one of: {}.", allowed.join(", "))
        },
    }
    /// A URL parameter the contract does not define (a typo such as `bukcet`). Ignored.
    UnknownParam { name: String } => {
        code: "unknown-param",
        severity: Warning,
        source: None,
        message: |f| {
            write!(f, "The link has a parameter '{name}' that Rolesmith doesn't know; it was ignored.")
        },
    }
    /// `lock` names something that is not a parameter, so it locks nothing.
    UnknownLockedParam { name: String } => {
        code: "unknown-locked-param",
        severity: Warning,
        source: None,
        message: |f| {
            write!(f, "'{name}' is not a parameter, so it can't be locked; check the spelling.")
        },
    }

    /// An account ID whose digits are not exactly twelve, e.g. AWS's own typo `1234567898012`
    /// (aws-rules §1).
    AccountDigits { digits: usize } => {
        code: "account-digits",
        severity: Error,
        source: page(ACCOUNT_IDS),
        message: |f| write!(
            f,
            "An AWS account ID has exactly 12 digits; this one has {digits}. Copy it again from the vendor."
        ),
    }
    /// An account ID with a character other than digits, spaces and hyphens (`<Account ID>`).
    AccountChar { ch: char } => {
        code: "account-char",
        severity: Error,
        source: page(ACCOUNT_IDS),
        message: |f| {
            write!(f, "An AWS account ID is 12 digits; remove '{ch}'.")
        },
    }
    /// `1234-5678-9012` as the console shows it; ARNs need the bare digits (aws-rules §1).
    AccountNormalised { digits: String } => {
        code: "account-normalised",
        severity: Warning,
        source: page(ACCOUNT_IDS),
        message: |f| {
            write!(f, "Spaces and hyphens are left out: the account ID used is {digits}.")
        },
    }
    /// `000000000000`: twelve digits, but no AWS account has that ID, so it is a mistake or a
    /// placeholder.
    AccountImpossible => {
        code: "account-impossible",
        severity: Error,
        source: page(ACCOUNT_IDS),
        message: |f| {
            f.write_str("No AWS account has the ID 000000000000; copy the real one from the vendor.")
        },
    }

    /// `principal` and `account`/`user`/`role` were both given and name different things.
    PrincipalConflict => {
        code: "principal-conflict",
        severity: Error,
        source: None,
        message: |f| f.write_str(
            "Give either the vendor's principal ARN or its account ID with a user or role name, not both.",
        ),
    }
    /// Both `user` and `role` were given; a trust policy here names one vendor principal.
    UserAndRole => {
        code: "user-and-role",
        severity: Error,
        source: None,
        message: |f| {
            f.write_str("Give the vendor's user name or its role name, not both.")
        },
    }
    /// A principal that is not an IAM ARN of an account root, user or role (aws-rules §5).
    PrincipalShape => {
        code: "principal-shape",
        severity: Error,
        source: iam(PRINCIPAL),
        message: |f| f.write_str(
            "This is not an IAM principal ARN; it should look like arn:aws:iam::123456789012:role/name.",
        ),
    }
    /// A principal that is a group, policy, wildcard or unique ID rather than a user or role:
    /// IAM rejects or silently breaks these in trust policies (aws-rules §5).
    PrincipalKindUnsupported { kind: &'static str } => {
        code: "principal-kind-unsupported",
        severity: Error,
        source: iam(PRINCIPAL),
        message: |f| write!(
            f,
            "A trust policy can't name {kind}; ask the vendor for the ARN of its IAM user, role or account."
        ),
    }
    /// A principal, key or bucket ARN in another partition than the one chosen. Access can't be
    /// delegated across partitions (aws-rules §2).
    PartitionMismatch { found: Partition, chosen: Partition } => {
        code: "invalid-partition",
        severity: Error,
        source: iam(IDENTIFIERS),
        message: |f| write!(
            f,
            "This ARN is in partition {found} but you chose {chosen}; access can't be delegated across partitions, so pick the vendor's partition."
        ),
    }

    /// An IAM name longer than IAM allows (64 for roles and users, 128 for policies; aws-rules §3).
    NameLength { len: usize, max: usize } => {
        code: "name-length",
        severity: Error,
        source: iam(QUOTAS),
        message: |f| {
            write!(f, "IAM names are at most {max} characters; this one has {len}.")
        },
    }
    /// An IAM name with a character outside `A-Z a-z 0-9 _ + = , . @ -` (aws-rules §3).
    NameChar { ch: char } => {
        code: "name-char",
        severity: Error,
        source: iam(QUOTAS),
        message: |f| write!(
            f,
            "IAM names can't contain '{}'; use letters, digits and _ + = , . @ - only.",
            ch.escape_default()
        ),
    }
    /// A path segment that is empty (`division//name`) or has a character IAM rejects (aws-rules §3).
    PathSegment { segment: String } => {
        code: "path-segment",
        severity: Error,
        source: iam(QUOTAS),
        message: |f| write!(
            f,
            "The path part '{segment}' is not allowed; each part between slashes needs visible ASCII characters."
        ),
    }

    /// An external ID outside STS's 2–1224 characters (aws-rules §4).
    ExternalIdLength { len: usize } => {
        code: "external-id-length",
        severity: Error,
        source: iam(EXTERNAL_ID),
        message: |f| write!(
            f,
            "AWS accepts external IDs of 2 to 1224 characters; this one has {len}. Copy it again from the vendor."
        ),
    }
    /// An external ID with a character STS rejects (`[A-Za-z0-9_+=,.@:/-]` only; aws-rules §4).
    /// IAM accepts such a value in the trust policy, and the vendor then can never assume the role.
    ExternalIdChar { ch: char } => {
        code: "external-id-char",
        severity: Error,
        source: iam(EXTERNAL_ID),
        message: |f| write!(
            f,
            "External IDs can't contain '{}' (AWS would refuse every sign-in); use letters, digits and _ + = , . @ : / - only.",
            ch.escape_default()
        ),
    }

    /// An entry of `locations` that is no `bucket` or `bucket/folder`; named, since the field
    /// holds several.
    LocationInvalid { entry: String, reason: Box<Problem> } => {
        code: "location-invalid",
        // A warning about an entry (a documentation example) stays a warning.
        severity: reason.severity(),
        source: page(BUCKET_NAMING),
        message: |f| write!(f, "'{entry}': {reason}"),
    }
    /// An entry of `locations` that grants nothing another doesn't (the same, or a folder of a
    /// bucket or folder already there): used once.
    LocationCovered { entry: String, by: String } => {
        code: "location-duplicate",
        severity: Warning,
        source: None,
        message: |f| write!(f, "'{entry}' is already granted by '{by}', so it is used once."),
    }
    /// A bucket name outside 3–63 characters (aws-rules §8).
    BucketLength { len: usize } => {
        code: "bucket-name-length",
        severity: Error,
        source: page(BUCKET_NAMING),
        message: |f| {
            write!(f, "Bucket names are 3 to 63 characters long; this one has {len}.")
        },
    }
    /// A bucket name with a character other than lowercase letters, digits, `.` and `-`.
    BucketChar { ch: char } => {
        code: "bucket-name-char",
        severity: Error,
        source: page(BUCKET_NAMING),
        message: |f| match ch {
            ' ' => f.write_str("Bucket names can't contain spaces; use lowercase letters, digits, '.' and '-'."),
            _ => write!(
                f,
                "Bucket names can't contain '{}'; use lowercase letters, digits, '.' and '-'.",
                ch.escape_default()
            ),
        },
    }
    /// An address AWS gives for a bucket (`s3://name/`, its ARN or URL) where the name alone
    /// belongs; the page offers the name, and never rewrites the field without a click.
    BucketAddress { name: String } => {
        code: "bucket-name-address",
        severity: Error,
        source: page(BUCKET_NAMING),
        message: |f| write!(f, "This is the bucket's address; the field takes its name alone: {name}."),
    }
    /// A bucket name that begins or ends with `.` or `-`.
    BucketEdge { ch: char } => {
        code: "bucket-name-edge",
        severity: Error,
        source: page(BUCKET_NAMING),
        message: |f| {
            write!(f, "Bucket names begin and end with a letter or digit, not '{ch}'.")
        },
    }
    /// A bucket name with two adjacent periods.
    BucketDoubleDot => {
        code: "bucket-name-double-dot",
        severity: Error,
        source: page(BUCKET_NAMING),
        message: |f| {
            f.write_str("Bucket names can't have two periods in a row; remove one.")
        },
    }
    /// A bucket name shaped like an IP address (`192.168.5.4`).
    BucketIpAddress => {
        code: "bucket-name-ip-address",
        severity: Error,
        source: page(BUCKET_NAMING),
        message: |f| {
            f.write_str("Bucket names can't look like an IP address; choose a name with letters.")
        },
    }
    /// A bucket name starting with a prefix S3 reserves (`xn--`, `sthree-`, `amzn-s3-demo-`).
    BucketReservedPrefix { prefix: &'static str } => {
        code: "bucket-name-reserved-prefix",
        severity: Error,
        source: page(BUCKET_NAMING),
        message: |f| {
            write!(f, "Bucket names can't start with '{prefix}'; AWS reserves it.")
        },
    }
    /// A bucket name ending with a suffix S3 reserves for access points and other bucket kinds.
    BucketReservedSuffix { suffix: &'static str } => {
        code: "bucket-name-reserved-suffix",
        severity: Error,
        source: page(BUCKET_NAMING),
        message: |f| write!(
            f,
            "Bucket names can't end with '{suffix}'; AWS reserves it for other kinds of buckets and access points."
        ),
    }
    /// A dotted bucket name for a vendor that says it refuses them (Snowflake, Databricks): the
    /// set-up would succeed and the vendor's side fail.
    VendorRefusesDots { vendor: &'static str, source: &'static str } => {
        code: "vendor-refuses-dotted-bucket",
        severity: Warning,
        source: page(BUCKET_NAMING),
        message: |f| write!(f, "{vendor} refuses bucket names with dots ({source}); use a bucket whose name has none."),
    }
    /// A valid bucket name with dots: virtual-host HTTPS fails on it and several vendors refuse it.
    BucketDots => {
        code: "bucket-name-dots",
        severity: Warning,
        source: page(BUCKET_NAMING),
        message: |f| f.write_str(
            "Dots in a bucket name break HTTPS virtual-host addressing and some vendors refuse them; prefer hyphens if you are creating the bucket.",
        ),
    }

    /// A prefix containing `*` or `?`, which IAM would read as wildcards (aws-rules §9).
    PrefixWildcard { ch: char } => {
        code: "prefix-wildcard",
        severity: Error,
        source: page(OBJECT_KEYS),
        message: |f| write!(
            f,
            "A prefix can't contain '{ch}': IAM would read it as a wildcard. Use the folder's exact name."
        ),
    }
    /// A prefix containing `${`, which IAM would read as the start of a policy variable such as
    /// `${aws:username}` (aws-rules §6), so the policy would not name the folder typed.
    PrefixPolicyVariable => {
        code: "prefix-policy-variable",
        severity: Error,
        source: page(OBJECT_KEYS),
        message: |f| f.write_str(
            "A prefix can't contain '${': IAM would read it as a policy variable. Rename the folder or use its parent.",
        ),
    }
    /// A prefix longer than S3's 1,024-byte key limit.
    PrefixLength { bytes: usize } => {
        code: "prefix-length",
        severity: Error,
        source: page(OBJECT_KEYS),
        message: |f| {
            write!(f, "S3 keys are at most 1024 bytes; this prefix has {bytes}.")
        },
    }
    /// A prefix with a control character, which no S3 key should hold.
    PrefixControlChar => {
        code: "prefix-control-char",
        severity: Error,
        source: page(OBJECT_KEYS),
        message: |f| {
            f.write_str("The prefix has an invisible control character; type it again.")
        },
    }
    /// A prefix character above U+00FF (`数据/`): IAM documents hold only tab, line breaks and
    /// U+0020–U+00FF (aws-rules §3), so no policy can name this folder.
    PrefixChar { ch: char } => {
        code: "prefix-char",
        severity: Error,
        source: page(OBJECT_KEYS),
        message: |f| write!(
            f,
            "IAM policies can't hold '{ch}' (only Latin-1 characters), so no policy can name this folder; use a parent folder with a Latin name."
        ),
    }
    /// A prefix with an empty folder (`logs//2024/`), which matches keys nobody writes.
    PrefixEmptySegment => {
        code: "prefix-empty-segment",
        severity: Error,
        source: page(OBJECT_KEYS),
        message: |f| {
            f.write_str("The prefix has an empty folder ('//'); remove the extra slash.")
        },
    }
    /// A prefix typed with a leading `/`; S3 keys don't start with one, so it is dropped.
    PrefixLeadingSlash => {
        code: "prefix-leading-slash",
        severity: Warning,
        source: page(OBJECT_KEYS),
        message: |f| {
            f.write_str("S3 keys don't start with '/', so the leading slash is left out.")
        },
    }
    /// A prefix without a trailing `/`; it is taken as a folder, so `/` is added.
    PrefixTrailingSlashAdded { prefix: String } => {
        code: "prefix-trailing-slash-added",
        severity: Warning,
        source: page(OBJECT_KEYS),
        message: |f| write!(
            f,
            "Taken as a folder: access is limited to keys under '{prefix}'."
        ),
    }

    /// An action Rolesmith does not know as an S3 action, with the closest real one if any
    /// (`s3:ListObject` is not an action; `s3:ListBucket` is).
    UnknownAction { action: String, suggestion: Option<S3Action> } => {
        code: "invalid-action",
        severity: Error,
        source: page(S3_ACTIONS),
        message: |f| match suggestion {
            Some(suggestion) => write!(f, "'{action}' is not an S3 action; did you mean '{suggestion}'?"),
            None => write!(
                f,
                "'{action}' is not an S3 action Rolesmith knows; check the spelling, such as s3:GetObject."
            ),
        },
    }
    /// A wildcard action, spelled out: `s3:*Object` also grants `s3:ReplicateObject` and
    /// `s3:RestoreObject`, which a least-privilege grant should name or leave out on purpose.
    ActionWildcardExpanded { pattern: String, actions: Vec<S3Action> } => {
        code: "action-wildcard-expanded",
        severity: Warning,
        source: page(S3_ACTIONS),
        message: |f| write!(
            f,
            "'{pattern}' grants {}; the policy names them, so remove any you don't need.",
            actions.iter().map(S3Action::to_string).collect::<Vec<_>>().join(", ")
        ),
    }
    /// An `actions` list with nothing in it after the commas.
    NoActions => {
        code: "no-actions",
        severity: Error,
        source: None,
        message: |f| {
            f.write_str("The action list is empty; name at least one action, such as s3:GetObject.")
        },
    }
    /// `*` or `s3:*`: every S3 action, including deleting the bucket and rewriting its policy.
    /// Never generated: a vendor needs a named handful.
    ActionsAll { pattern: String } => {
        code: "actions-all",
        severity: Error,
        source: page(S3_ACTIONS),
        message: |f| write!(
            f,
            "'{pattern}' grants every S3 action, including deleting the bucket and changing its policy; name the actions the vendor needs, or choose an access level."
        ),
    }
    /// A wildcard that also matches an action managing the bucket or the account (`s3:Put*`
    /// reaches `s3:PutBucketPolicy`): refused, because the vendor could then change who else
    /// may read the data. Name the actions instead.
    ActionWildcardManages { pattern: String, action: S3Action } => {
        code: "action-wildcard-manages",
        severity: Error,
        source: page(S3_ACTIONS),
        message: |f| write!(
            f,
            "'{pattern}' also grants {action}, which manages the bucket rather than its data; name the actions the vendor needs instead."
        ),
    }

    /// An S3 action on another kind of resource (`s3:CreateJob`, `s3:GetDataAccess`): not a
    /// bucket's data, so a grant of one bucket can't hold it.
    ActionNotForData { action: S3Action } => {
        code: "action-not-for-data",
        severity: Error,
        source: page(S3_ACTIONS),
        message: |f| write!(
            f,
            "'{action}' acts on another kind of S3 resource (a batch job, an access grant), not on a bucket's data; name actions on the bucket and its objects."
        ),
    }
    /// A `kms_key` that is not a KMS key ARN (`arn:aws:kms:us-east-1:111122223333:key/<key ID>`),
    /// e.g. a bare key ID: a policy can only name the key by its full ARN (aws-rules §10).
    KmsKeyShape => {
        code: "kms-key-shape",
        severity: Error,
        source: page(S3_KMS),
        message: |f| f.write_str(
            "This is not a KMS key ARN; copy the key's ARN from the KMS console, like arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab.",
        ),
    }
    /// A KMS alias ARN (`…:alias/name`): IAM authorises KMS calls against the key itself, so a
    /// policy naming the alias grants nothing.
    KmsKeyAlias => {
        code: "kms-key-alias",
        severity: Error,
        source: page(S3_KMS),
        message: |f| f.write_str(
            "A policy can't grant use of a key through its alias; use the key's ARN (…:key/<key ID>) instead.",
        ),
    }
    /// With `kms_key`, the key's own policy must also allow the role or user; IAM alone is not
    /// enough for KMS. Shown so the customer adds the statement `verify` prints.
    KmsKeyPolicyNeeded => {
        code: "kms-key-policy-needed",
        severity: Warning,
        source: page(S3_KMS),
        message: |f| f.write_str(
            "The key's own policy must also allow the vendor's role or user; add the statement shown under Verify.",
        ),
    }

    /// A vendor name with a character an IAM role description can't hold, or a `"` or `\` that
    /// Windows PowerShell 5.1 would mangle when passing the description to the AWS CLI.
    VendorChar { ch: char } => {
        code: "vendor-char",
        severity: Error,
        source: iam(QUOTAS),
        message: |f| write!(
            f,
            "The vendor name can't contain '{}' (IAM descriptions and Windows command lines can't carry it); use letters, digits and spaces.",
            ch.escape_default()
        ),
    }
    /// A principal under a known vendor's name (`vendor=Logz.io`) outside every account the
    /// vendor publishes: a link can put anyone's account under any name. A warning, never a
    /// block: the vendor may have moved, and the customer decides.
    PrincipalNotPublished { vendor: &'static str, found: String, published: &'static str, source: &'static str } => {
        code: "principal-not-published",
        severity: Warning,
        source: None,
        message: |f| write!(
            f,
            "{vendor} publishes its principal as {published} ({source}), not {found}; check that this link came from {vendor} before you grant it access."
        ),
    }
    /// The account root of a known vendor whose published principal is a user or role in it:
    /// the vendor's whole account could assume the role, where one identity would do.
    PrincipalBroaderThanPublished { vendor: &'static str, published: &'static str, source: &'static str } => {
        code: "principal-broader-than-published",
        severity: Suggestion,
        source: None,
        message: |f| write!(
            f,
            "{vendor} publishes {published} ({source}); trusting its whole account is broader, so name that principal instead."
        ),
    }
    /// A known vendor's published principal, filled in from its name alone: said, so the
    /// customer knows where the value came from.
    PrincipalFilled { vendor: &'static str, published: &'static str, source: &'static str } => {
        code: "principal-filled",
        severity: Suggestion,
        source: None,
        message: |f| write!(f, "Filled in {vendor}'s published principal {published} ({source}).")
    }
    /// A known vendor with an account per site (Datadog), no site given and no principal.
    SiteNeeded { vendor: &'static str, sites: String } => {
        code: "site-needed",
        severity: Error,
        source: None,
        message: |f| write!(f, "{vendor} has an AWS account per site; enter the site your account with {vendor} is on: {sites}.")
    }
    /// A site the known vendor doesn't publish an account for in the partition.
    UnknownSite { vendor: &'static str, site: String, sites: String } => {
        code: "unknown-site",
        severity: Error,
        source: None,
        message: |f| write!(f, "{vendor} publishes no site '{site}' here; use one of: {sites}.")
    }
    /// A parameter the link gives that a lock makes moot: `actions` under a locked `access`
    /// would widen what the vendor fixed, so it is ignored.
    IgnoredUnderLock { param: Param, lock: Param } => {
        code: "ignored-under-lock",
        severity: Warning,
        source: None,
        message: |f| write!(
            f,
            "The link's {param} was ignored: the vendor locked {lock}, and {param} would change it."
        ),
    }
    /// Parameters the vendor kit was opened with that it doesn't show: left out of the snippets,
    /// so they never reach every customer.
    KitDropped { params: String } => {
        code: "kit-dropped",
        severity: Warning,
        source: None,
        message: |f| write!(
            f,
            "The kit carries only the fields it shows, so {params} from its address are left out of the snippets."
        ),
    }
    /// A vendor name longer than 64 characters.
    VendorLength { len: usize } => {
        code: "vendor-length",
        severity: Error,
        source: None,
        message: |f| {
            write!(f, "Keep the vendor name to 64 characters; this one has {len}.")
        },
    }

    // Copy-paste hazards, checked on every field and every string in a pasted document.
    /// A typographic quote (`“ ” ‘ ’`), which word processors and web pages put in place of `"` and
    /// `'`; no AWS identifier holds one and IAM's character set refuses it (aws-rules §3).
    CurlyQuote { ch: char } => {
        code: "curly-quote",
        severity: Error,
        source: iam(QUOTAS),
        message: |f| write!(
            f,
            "The value has a curly quote '{ch}' from a web page or word processor; AWS never uses one, so type the value again or paste it as plain text."
        ),
    }
    /// A non-breaking or zero-width space inside a value (`my\u{a0}bucket`): invisible on screen,
    /// but AWS compares it as a character, so nothing matches (aws-rules §3).
    InvisibleSpace { ch: char } => {
        code: "invisible-space",
        severity: Error,
        source: iam(QUOTAS),
        message: |f| write!(
            f,
            "The value hides an invisible {} ('{}') that AWS would compare as a character; delete it and type the value again.",
            space_name(*ch),
            ch.escape_unicode()
        ),
    }
    /// Documentation text left where a value belongs: `<bucket name>`, `{replace with ...}`,
    /// `xxxxxxx`, `bucket-name`. AWS would take it literally.
    Placeholder { text: String } => {
        code: "placeholder",
        severity: Error,
        source: iam(EXTERNAL_ID),
        message: |f| write!(
            f,
            "'{text}' is a placeholder from the documentation, not a real value; replace it with yours."
        ),
    }
    /// A value AWS's or a vendor's documentation uses as its example (`123456789012`,
    /// `my-external-id-123`): valid, but almost surely not yours.
    DocExample { text: String } => {
        code: "documentation-example",
        severity: Warning,
        source: iam(EXTERNAL_ID),
        message: |f| write!(
            f,
            "'{text}' is the example value printed in documentation; check it is really yours and not copied from the page."
        ),
    }
    /// An AWS access key ID (`AKIA…`/`ASIA…`, 20 characters) in a field. It is a credential: it
    /// never belongs in a policy, and it is never put into a share link (aws-rules §3).
    AccessKeyId => {
        code: "access-key-id",
        severity: Error,
        source: iam(IDENTIFIERS),
        message: |f| f.write_str(
            "This looks like an AWS access key ID (AKIA… or ASIA…); a key never belongs here, so remove it, and since it was exposed, deactivate and rotate it in IAM.",
        ),
    }
    /// A 40-character value shaped like a secret access key (letters, digits, `/` and `+`, mixed
    /// case). Whoever saw it can use the key, so it must be rotated.
    SecretKeyShaped => {
        code: "secret-access-key",
        severity: Error,
        source: iam(IDENTIFIERS),
        message: |f| f.write_str(
            "This looks like an AWS secret access key (40 letters, digits, '/' and '+'); remove it, and since it was exposed, deactivate and rotate that key in IAM.",
        ),
    }
    /// A share link that leaves out a field because its value looks like an AWS key.
    KeyLeftOutOfLink { param: Param } => {
        code: "key-left-out-of-link",
        severity: Warning,
        source: None,
        message: |f| write!(
            f,
            "The share link leaves out '{param}' because its value looks like an AWS key; keys must never travel in links."
        ),
    }
    /// An external ID with no random part (see `hazard::is_guessable`), such as a company name.
    /// AWS: the vendor must generate it, unique per customer, or the confused-deputy guard fails
    /// (aws-rules §4).
    ExternalIdGuessable { value: String } => {
        code: "external-id-guessable",
        severity: Warning,
        source: iam(EXTERNAL_ID),
        message: |f| write!(
            f,
            "The external ID '{value}' looks guessable (no random part such as 7f3a9e2b41); AWS says the vendor must generate it, unique per customer, so use the one the vendor issued you."
        ),
    }

    // Pasted text, before it is JSON (the policy checker).
    /// Text that is not JSON, with where and what the reader expected; never serde's own words.
    MalformedJson { line: usize, column: usize, expected: &'static str, found: Option<char> } => {
        code: "json-syntax-error",
        severity: Error,
        source: iam(GRAMMAR),
        message: |f| {
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
        },
    }
    /// Curly quotes around JSON strings: read as `"`, but IAM would refuse the text as pasted.
    PastedCurlyQuote { ch: char } => {
        code: "json-curly-quote",
        severity: Error,
        source: iam(QUOTAS),
        message: |f| write!(
            f,
            "The curly quote '{ch}' was read as '\"', but IAM would refuse the text as pasted; copy the fixed policy instead."
        ),
    }
    /// A `//` or `/* */` comment: JSON and IAM have none; it was skipped for reading.
    PastedComment => {
        code: "json-comment",
        severity: Error,
        source: iam(GRAMMAR),
        message: |f| f.write_str(
            "JSON policies can't hold comments; this one was skipped for reading, and must go before pasting into AWS.",
        ),
    }
    /// A comma before `]` or `}`: JSON forbids it; it was skipped for reading.
    PastedTrailingComma => {
        code: "json-trailing-comma",
        severity: Error,
        source: iam(GRAMMAR),
        message: |f| f.write_str(
            "JSON forbids a comma before ']' or '}'; it was skipped for reading, and must go before pasting into AWS.",
        ),
    }
    /// A non-breaking or zero-width space between JSON tokens: not JSON whitespace (aws-rules §3).
    PastedInvisibleSpace { ch: char } => {
        code: "json-invisible-space",
        severity: Error,
        source: iam(QUOTAS),
        message: |f| write!(
            f,
            "An invisible {} ('{}') sits between the JSON parts, which AWS can't read; it was read as a space, so copy the fixed policy instead.",
            space_name(*ch),
            ch.escape_unicode()
        ),
    }
    /// A policy read out of what was pasted around it: Terraform, a CloudFormation template, a
    /// bare statement. Said so the reader knows what the findings are about.
    Unwrapped { from: Wrapper } => {
        code: "unwrapped",
        severity: Suggestion,
        source: None,
        message: |f| f.write_str(match from {
            Wrapper::TerraformJsonencode => "Read the policy inside Terraform's jsonencode(…); references such as local.name are shown as ${local.name}.",
            Wrapper::TerraformHeredoc => "Read the policy inside the Terraform heredoc (<<EOF … EOF).",
            Wrapper::TerraformPolicyDocument => "Read the aws_iam_policy_document block as the JSON policy Terraform generates from it; references such as var.name are shown as ${var.name}.",
            Wrapper::CloudFormation => "Read the policy document inside this CloudFormation template; Ref, Fn::Sub and the other functions are shown as ${…}.",
            Wrapper::Statement => "Read as a policy holding this statement; paste it into the Statement list of the policy it belongs to.",
            Wrapper::Yaml => "Read this YAML as the JSON policy it writes; IAM's own editor takes JSON.",
        }),
    }
    /// Parts of the Terraform around a policy that the checker doesn't read (`dynamic` blocks,
    /// `source_policy_documents`): they may add to the policy, so no fix is offered.
    PartlyRead { parts: String } => {
        code: "partly-read",
        severity: Warning,
        source: None,
        message: |f| write!(
            f,
            "The checker doesn't read {parts} here, which may add statements or conditions, so the findings can miss them and no fix is offered."
        ),
    }
    /// A trust policy where a permissions policy was expected, or the other way round.
    WrongDocumentKind { found: DocKind, expected: DocKind } => {
        code: "wrong-policy-type",
        severity: Error,
        source: None,
        message: |f| write!(
            f,
            "This is {} but {} belongs here; paste each into its own box.",
            found.noun(),
            expected.noun()
        ),
    }
    /// A document with both trust statements (`Principal`) and permission statements: a role keeps
    /// them in two separate policies.
    MixedDocument => {
        code: "mixed-policy-type",
        severity: Error,
        source: iam(PRINCIPAL),
        message: |f| f.write_str(
            "This document mixes trust statements (with Principal) and permission statements; a role keeps them in two policies, so split it.",
        ),
    }

    // The policy lint (aws-rules §6, §7, §10, §12); codes mirror IAM Access Analyzer's checks.
    /// An element of the wrong JSON type (`"Statement": "..."`).
    WrongType { element: String, expected: &'static str } => {
        code: "type-mismatch",
        severity: Error,
        source: iam(GRAMMAR),
        message: |f| {
            write!(f, "'{element}' must be {expected}; IAM refuses the policy as written.")
        },
    }
    /// No `Version`: IAM then reads policy variables as literal text (aws-rules §6).
    MissingVersion => {
        code: "missing-version",
        severity: Warning,
        source: iam(VERSION),
        message: |f| f.write_str(
            "The policy has no \"Version\"; without \"2012-10-17\" IAM reads policy variables as plain text, so add it.",
        ),
    }
    /// A `Version` other than `2012-10-17` or `2008-10-17`.
    InvalidVersion { found: String } => {
        code: "invalid-version",
        severity: Error,
        source: iam(VERSION),
        message: |f| write!(
            f,
            "'{found}' is not a policy language version; use \"Version\": \"2012-10-17\"."
        ),
    }
    /// No `Statement`, or an empty one: the policy says nothing.
    MissingStatement => {
        code: "missing-statement",
        severity: Error,
        source: iam(STATEMENT),
        message: |f| {
            f.write_str("The policy has no statement; add a \"Statement\" with at least one entry.")
        },
    }
    /// A key IAM's grammar does not have (`"effect"`, `"Resources"`); IAM refuses the policy.
    UnknownElement { key: String } => {
        code: "invalid-element",
        severity: Error,
        source: iam(GRAMMAR),
        message: |f| write!(
            f,
            "'{key}' is not an element of IAM's policy grammar (names are case-sensitive); IAM refuses the policy, so fix or remove it."
        ),
    }
    /// A statement without `Effect`.
    MissingEffect => {
        code: "missing-effect",
        severity: Error,
        source: iam(GRAMMAR),
        message: |f| {
            f.write_str("The statement has no \"Effect\"; add \"Effect\": \"Allow\" or \"Deny\".")
        },
    }
    /// An `Effect` other than `Allow` or `Deny` (case matters).
    InvalidEffect { found: String } => {
        code: "invalid-effect",
        severity: Error,
        source: iam(GRAMMAR),
        message: |f| {
            write!(f, "'{found}' is not an effect; use \"Allow\" or \"Deny\", spelled exactly so.")
        },
    }
    /// A statement without `Action` or `NotAction`.
    MissingAction => {
        code: "missing-action",
        severity: Error,
        source: iam(GRAMMAR),
        message: |f| {
            f.write_str("The statement has no \"Action\"; name what it allows, such as s3:GetObject.")
        },
    }
    /// A trust or bucket-policy statement without `Principal`.
    MissingPrincipal { doc: DocKind } => {
        code: "missing-principal",
        severity: Error,
        source: iam(PRINCIPAL),
        message: |f| f.write_str(match doc {
            DocKind::Bucket => "A bucket policy statement needs a \"Principal\" naming whom it applies to, such as the vendor's role ARN.",
            DocKind::Trust | DocKind::Permissions => "A trust statement needs a \"Principal\" naming who may assume the role, such as the vendor's role ARN.",
        }),
    }
    /// `Principal` or `NotPrincipal` in a permissions policy, usually a trust policy pasted into the
    /// permissions editor (aws-rules §6).
    UnsupportedPrincipal => {
        code: "unsupported-principal",
        severity: Error,
        source: iam(PRINCIPAL),
        message: |f| f.write_str(
            "A permissions policy can't have \"Principal\"; this looks like a trust policy, which belongs in the role's trust relationship.",
        ),
    }
    /// `NotPrincipal` in a role trust policy, which IAM refuses (aws-rules §5).
    TrustNotPrincipal => {
        code: "role-trust-policy-syntax-error-notprincipal",
        severity: Error,
        source: iam(PRINCIPAL),
        message: |f| f.write_str(
            "IAM refuses \"NotPrincipal\" in a role trust policy; name the vendor's principal in \"Principal\" instead.",
        ),
    }
    /// `Resource` or `NotResource` in a role trust policy, which IAM refuses (aws-rules §5).
    TrustResource => {
        code: "role-trust-policy-syntax-error-resource",
        severity: Error,
        source: iam(PRINCIPAL),
        message: |f| f.write_str(
            "IAM refuses \"Resource\" in a role trust policy (the role itself is the resource); remove it.",
        ),
    }
    /// `"Principal": "*"` or a wildcard ARN in a trust policy: anyone could assume the role.
    TrustWildcardPrincipal => {
        code: "role-trust-policy-unsupported-wildcard-in-principal",
        severity: Error,
        source: iam(PRINCIPAL),
        message: |f| f.write_str(
            "A wildcard principal would let anyone assume this role; name the vendor's account, user or role ARN.",
        ),
    }
    /// A principal type other than `AWS`, `Service`, `Federated`, `CanonicalUser`.
    InvalidPrincipalKey { key: String } => {
        code: "invalid-principal-key",
        severity: Error,
        source: iam(PRINCIPAL),
        message: |f| write!(
            f,
            "'{key}' is not a principal type; use \"AWS\" for an account, user or role ARN."
        ),
    }
    /// A unique ID (`AROA…`/`AIDA…`) where an ARN belongs: IAM shows one when the role or user
    /// was deleted, and the policy no longer applies to anyone (aws-rules §5).
    UniqueIdPrincipal { role: bool } => {
        code: if *role { "invalid-role-reference" } else { "invalid-user-reference" },
        severity: Warning,
        source: iam(PRINCIPAL),
        message: |f| write!(
            f,
            "This is the unique ID of a deleted IAM {}, so the statement applies to no one; ask the vendor for its current ARN.",
            if *role { "role" } else { "user" }
        ),
    }
    /// A `Sid` with characters other than ASCII letters and digits, in an IAM policy (a bucket
    /// policy's Sid may hold spaces).
    UnsupportedSid { sid: String } => {
        code: "unsupported-sid",
        severity: Error,
        source: iam(SID),
        message: |f| write!(
            f,
            "The Sid '{sid}' can only hold ASCII letters and digits; remove the other characters."
        ),
    }
    /// Two statements with the same `Sid`.
    DuplicateSid { sid: String } => {
        code: "unique-sids-required",
        severity: Error,
        source: iam(SID),
        message: |f| {
            write!(f, "The Sid '{sid}' is used twice; each statement needs its own, so rename one.")
        },
    }
    /// A statement with an empty `Sid` (`"Sid": ""`), which names nothing.
    EmptySid => {
        code: "empty-sid-value",
        severity: Suggestion,
        source: iam(SID),
        message: |f| f.write_str("The Sid is empty; remove it or give the statement a name."),
    }
    /// A trust statement for an IAM principal whose action is not `sts:AssumeRole` (or
    /// `sts:TagSession`/`sts:SetSourceIdentity`), such as an S3 action.
    TrustActionNotAssumeRole { action: String } => {
        code: "mismatched-action-for-principal",
        severity: Error,
        source: iam(CREATE_ROLE),
        message: |f| write!(
            f,
            "'{action}' does nothing in a trust policy for an IAM principal; use sts:AssumeRole and put S3 actions in the permissions policy."
        ),
    }
    /// An action of a service Rolesmith tables (`kms`, `sts`) that is not a real action, or an
    /// action without a service prefix.
    UnknownServiceAction { action: String } => {
        code: "invalid-action",
        severity: Error,
        source: iam(GRAMMAR),
        message: |f| write!(
            f,
            "'{action}' is not an action; write service:Action, such as s3:GetObject or kms:Decrypt."
        ),
    }
    /// A permissions statement without `Resource` or `NotResource`.
    MissingResource => {
        code: "missing-resource",
        severity: Error,
        source: iam(GRAMMAR),
        message: |f| f.write_str(
            "A permissions statement needs a \"Resource\", such as arn:aws:s3:::bucket/*; add the ARNs it applies to.",
        ),
    }
    /// A resource that is neither `*` nor an ARN.
    InvalidArn { arn: String } => {
        code: "invalid-arn-resource",
        severity: Error,
        source: iam(IDENTIFIERS),
        message: |f| {
            write!(f, "'{arn}' is not an ARN; a resource looks like arn:aws:s3:::bucket or '*'.")
        },
    }
    /// An S3 action none of whose statement's resources it can act on: `s3:GetObject` on a bucket
    /// ARN, `s3:ListBucket` on an object ARN, `s3:ListAllMyBuckets` on anything but `*`
    /// (aws-rules §10). The action then grants nothing.
    ActionResourceMismatch { action: S3Action, needs: ResourceKind } => {
        code: "action-resource-mismatch",
        severity: Warning,
        source: page(S3_ACTIONS),
        message: |f| match needs {
            ResourceKind::Object => write!(
                f,
                "'{action}' acts on objects, but no resource of its statement is an object ARN, so it grants nothing; add arn:…:s3:::bucket/prefix/*."
            ),
            ResourceKind::Bucket => write!(
                f,
                "'{action}' acts on the bucket, but no resource of its statement is a bucket ARN, so it grants nothing; add arn:…:s3:::bucket without '/'."
            ),
            ResourceKind::Account => write!(
                f,
                "'{action}' is not about one bucket and takes \"Resource\": \"*\"; give it its own statement, or drop it if the vendor doesn't list your buckets."
            ),
            ResourceKind::Other => write!(
                f,
                "'{action}' acts on another kind of S3 resource (a job, an access grant), not on this statement's buckets or objects, so it grants nothing here."
            ),
        },
    }
    /// An S3 ARN some actions of its statement can't act on (`s3:ListBucket` on `bucket/*`, object
    /// actions on the bucket ARN, as XMode's published CLI policy has): for those actions the ARN
    /// grants nothing. Reported per ARN, naming the actions.
    ResourceNotActedOn { arn: String, kind: ResourceKind, actions: Vec<S3Action> } => {
        code: "resource-not-acted-on",
        severity: Suggestion,
        source: page(S3_ACTIONS),
        message: |f| write!(
            f,
            "'{arn}' names {}, which {} can't act on, so for them it grants nothing; give each action a statement with the resources it acts on.",
            match kind {
                ResourceKind::Bucket => "the bucket itself",
                ResourceKind::Object => "objects",
                ResourceKind::Account | ResourceKind::Other => "another kind of resource",
            },
            actions.iter().map(S3Action::to_string).collect::<Vec<_>>().join(", ")
        ),
    }
    /// A condition operator IAM does not have (`StringEqual`).
    InvalidConditionOperator { operator: String } => {
        code: "invalid-condition-operator",
        severity: Error,
        source: iam(OPERATORS),
        message: |f| write!(
            f,
            "'{operator}' is not a condition operator; use one such as StringEquals or StringLike, spelled exactly so."
        ),
    }
    /// `NullIfExists`: `IfExists` can't be added to `Null`.
    NullWithIfExists => {
        code: "null-with-if-exists",
        severity: Error,
        source: iam(OPERATORS),
        message: |f| {
            f.write_str("IfExists can't be added to the Null operator; use plain \"Null\".")
        },
    }
    /// The same condition key twice in one operator, differing only in case.
    DuplicateConditionKeys { key: String } => {
        code: "duplicate-keys-with-different-case",
        severity: Error,
        source: iam(CONDITION),
        message: |f| write!(
            f,
            "The condition key '{key}' appears twice, differing only in case; IAM treats keys case-insensitively, so merge them."
        ),
    }
    /// An `s3:` condition key none of the statement's actions carries (`s3:prefix` without
    /// `s3:ListBucket`): the statement never matches.
    MissingActionForConditionKey { key: String } => {
        code: "missing-action-for-condition-key",
        severity: Error,
        source: page(S3_POLICY_KEYS),
        message: |f| write!(
            f,
            "No action in this statement carries '{key}', so the statement never matches; move the condition to a statement with s3:ListBucket."
        ),
    }
    /// An action in a statement conditioned on a key its requests never carry, such as
    /// `s3:GetBucketLocation` under `s3:prefix`: that action is never allowed (aws-rules §10).
    ConditionKeyNeverPresent { action: S3Action, key: String } => {
        code: "unsupported-action-for-condition-key",
        severity: Warning,
        source: page(S3_POLICY_KEYS),
        message: |f| write!(
            f,
            "'{action}' requests never carry '{key}', so this statement never allows it; move the action to a statement without that condition."
        ),
    }
    /// `ForAllValues:` on a single-valued key in an Allow: true when the key is absent, so it
    /// allows more than it seems (aws-rules §6).
    ForAllValuesSingleValuedKey { key: String } => {
        code: "forallvalues-with-single-valued-key",
        severity: Warning,
        source: iam(MULTI_VALUE),
        message: |f| write!(
            f,
            "ForAllValues on the single-valued key '{key}' is also true when the key is absent, so the Allow is broader than it looks; drop ForAllValues."
        ),
    }
    /// A statement identical to an earlier one.
    RedundantStatement { same_as: usize } => {
        code: "redundant-statement",
        severity: Suggestion,
        source: iam(CHECKS),
        message: |f| {
            write!(f, "This statement repeats statement {same_as}; remove one of them.")
        },
    }
    /// An action listed twice in a statement, or also matched by a wildcard there.
    RedundantAction { action: String } => {
        code: "redundant-action",
        severity: Suggestion,
        source: iam(CHECKS),
        message: |f| {
            write!(f, "'{action}' is already granted in this statement; remove the repeat.")
        },
    }
    /// A Deny whose `NotResource` spares only S3 while its actions cover `kms:*`: with SSE-KMS the
    /// key is denied, so reads and writes fail (aws-rules §10). An error when the same policy
    /// grants KMS actions, a suggestion otherwise.
    DenyBlocksKms { grants_kms: bool } => {
        code: "deny-blocks-kms",
        severity: if *grants_kms { Error } else { Suggestion },
        source: page(S3_KMS),
        message: |f| f.write_str(if *grants_kms {
            "This Deny spares only the bucket, so it also denies the KMS key this policy grants, and SSE-KMS reads and writes fail; add the key ARN to NotResource."
        } else {
            "This Deny spares only the bucket; if the bucket uses SSE-KMS it also denies the KMS key and every read and write fails, so then add the key ARN to NotResource."
        }),
    }
    /// `deny_outside_bucket` with an action that needs `*` (`s3:ListAllMyBuckets`): the guard denies
    /// every resource but the bucket, so it silently cancels that Allow.
    DenyCancelsAccountAction { action: S3Action } => {
        code: "deny-cancels-allow",
        severity: Warning,
        source: iam(STATEMENT),
        message: |f| write!(
            f,
            "The Deny guard also denies {action}, which acts on every bucket, so that grant does nothing; turn the guard off if the vendor needs it."
        ),
    }
    /// `deny_outside_bucket` without `kms_key`: the guard denies every `kms:*` call, which breaks a
    /// bucket encrypted with SSE-KMS (the `aws/s3` key or a customer key), aws-rules §10.
    DenyGuardWithoutKmsKey => {
        code: "deny-guard-without-kms-key",
        severity: Warning,
        source: page(S3_KMS),
        message: |f| f.write_str(
            "The Deny guard also denies every KMS call, so reads and writes fail if the bucket uses SSE-KMS (even the aws/s3 key); if it does, enter the key's ARN under KMS key.",
        ),
    }
    /// `s3:PutObjectAcl` or `s3:PutObjectVersionAcl` without `acl`: nothing limits the ACL the
    /// vendor may set, so it could make objects public or share them with any account.
    AclWriteWithoutAcl { action: S3Action } => {
        code: "acl-write-without-acl",
        severity: Warning,
        source: page(S3_ACL_KEYS),
        message: |f| write!(
            f,
            "'{action}' lets the vendor set any ACL on your objects, even make them public; choose Required ACL bucket-owner-full-control to allow only that one, or remove the action.",
        ),
    }
    /// A value filled into `followup` holds a quote or backslash (a prefix `it's/`): the vendor's
    /// SQL or command around `{prefix}` would break or mean something else. The substitution
    /// stays literal; the customer must check the text before running it.
    FollowupValueQuoting { placeholder: &'static str, ch: char } => {
        code: "followup-value-quoting",
        severity: Warning,
        source: None,
        message: |f| write!(
            f,
            "The value for {placeholder} has a {} in it, which can break the vendor's text around it (SQL or a command); check the follow-up before you run it.",
            quote_name(*ch)
        ),
    }
    /// `{{resolve:` in a value: CloudFormation replaces a dynamic reference with a value fetched
    /// at deploy time, so the template would grant something other than the JSON shows.
    DynamicReference => {
        code: "cloudformation-dynamic-reference",
        severity: Error,
        source: page(DYNAMIC_REFERENCES),
        message: |f| f.write_str(
            "'{{resolve:' would make CloudFormation fetch a value at deploy time, so the template would grant something else than it shows; remove it.",
        ),
    }
    /// A value starting with `file://`, `fileb://`, `http://` or `https://`: the AWS CLI replaces
    /// such a parameter with the contents of that file or page, so a command would send
    /// something other than what it shows (an external ID `file:///etc/passwd` is legal to STS).
    CliRemoteParameter { prefix: &'static str } => {
        code: "cli-remote-parameter",
        severity: Error,
        source: page(CLI_PARAMETER_FILES),
        message: |f| write!(
            f,
            "The AWS CLI would replace a value starting with '{prefix}' by the contents of that file or page; this can't be a real value here, so copy it again."
        ),
    }
    /// A document over IAM's size quota, counted in non-whitespace characters (aws-rules §7).
    PolicySize { chars: usize, quota: Quota } => {
        code: match quota {
            Quota::TrustPolicy => "policy-size-exceeds-role-trust-policy-quota",
            Quota::ManagedPolicy => "policy-size-exceeds-identity-policy-quota",
            Quota::BucketPolicy => "policy-size-exceeds-bucket-policy-quota",
        },
        severity: match quota {
            Quota::TrustPolicy => Warning,
            Quota::ManagedPolicy | Quota::BucketPolicy => Error,
        },
        source: match quota {
            Quota::BucketPolicy => page(BUCKET_POLICIES),
            Quota::TrustPolicy | Quota::ManagedPolicy => iam(QUOTAS),
        },
        message: |f| match quota {
            Quota::TrustPolicy => write!(
                f,
                "The trust policy has {chars} characters (not counting spaces) and IAM's default quota is 2048; shorten it or ask AWS to raise the quota."
            ),
            Quota::ManagedPolicy => write!(
                f,
                "The policy has {chars} characters (not counting spaces) and a managed policy holds at most {}; split it into two policies.",
                quota.limit()
            ),
            Quota::BucketPolicy => write!(
                f,
                "The bucket policy has {chars} characters (not counting spaces) and S3 holds at most {} (20 KB); shorten it.",
                quota.limit()
            ),
        },
    }
    /// A field the vendor locked and left empty that the builder needs (`account`): every
    /// customer would face an error they can't fix.
    LockedMissing { param: Param } => {
        code: "locked-missing",
        severity: Error,
        source: None,
        message: |f| write!(f, "'{param}' is locked but empty, so every customer would face an error they can't fix; fill it in or unlock it."),
    }
    /// An optional field the vendor locked empty (`kms_key`): customers can't set it, which may be
    /// the intent, so the kit just says so.
    LockedEmpty { param: Param } => {
        code: "locked-empty",
        severity: Suggestion,
        source: None,
        message: |f| write!(f, "'{param}' is locked empty: customers can't set it."),
    }
    /// The kit without a docs site: the host headers' `frame-ancestors` then allow only the
    /// builder's own site, so no docs page can frame it.
    NoDocsSites => {
        code: "no-docs-sites",
        severity: Warning,
        source: None,
        message: |f| f.write_str("No docs site given: the host headers let only the builder's own site frame it, so add your docs' origin under Your docs sites before you publish the HTML snippets."),
    }
    /// An address in the vendor kit that is not an origin the builder can be framed from or
    /// served at: `https://` plus a host (or `http://localhost` for a preview).
    OriginShape { value: String } => {
        code: "origin-shape",
        severity: Error,
        source: None,
        message: |f| write!(
            f,
            "'{value}' is not a site address like https://docs.example.com (https, a host, no path)."
        ),
    }
    /// An accent colour that is not `#RRGGBB` (`#1A73E8`).
    AccentShape { value: String } => {
        code: "accent-shape",
        severity: Error,
        source: None,
        message: |f| {
            write!(f, "'{value}' is not a colour like #1A73E8 (a # and six hex digits).")
        },
    }
    /// A parameter that shapes the page (`how`, `view`, `theme`, `accent`) with a value it can't
    /// use: the default is used instead, and the grant is unaffected.
    PageOptionIgnored { param: Param, value: String } => {
        code: "page-option-ignored",
        severity: Warning,
        source: None,
        message: |f| {
            write!(f, "The link's {param} '{value}' can't be used, so the page uses its default.")
        },
    }
    // How much a pasted statement grants, and whom it trusts.
    /// `"Action": "*"` in an Allow: every action of every AWS service, including IAM's, so the
    /// grantee could give itself anything. A Deny of `*` (the deny guard) is fine.
    AllowAllActions => {
        code: "allow-all-actions",
        severity: Error,
        source: iam(LEAST_PRIVILEGE),
        message: |f| f.write_str(
            "\"*\" allows every action of every AWS service, including changing IAM itself; name the actions the vendor needs, such as s3:GetObject.",
        ),
    }
    /// A service wildcard (`s3:*`) in an Allow: every action of the service, including deleting
    /// buckets and rewriting their policies.
    AllowServiceWildcard { pattern: String } => {
        code: "allow-service-wildcard",
        severity: Warning,
        source: iam(LEAST_PRIVILEGE),
        message: |f| write!(
            f,
            "'{pattern}' allows every action of that service, including deleting and reconfiguring what it names; list the actions the vendor needs instead."
        ),
    }
    /// `NotAction` in an Allow: every action but those listed, of every service, including ones
    /// AWS adds later.
    AllowNotAction => {
        code: "allow-with-not-action",
        severity: Warning,
        source: iam(NOT_ACTION),
        message: |f| f.write_str(
            "NotAction in an Allow grants every action of every service except those listed, and any AWS adds later; list the allowed actions under Action instead.",
        ),
    }
    /// `NotResource` in an Allow: every resource but those listed, in every account it can reach.
    AllowNotResource => {
        code: "allow-with-not-resource",
        severity: Warning,
        source: iam(NOT_RESOURCE),
        message: |f| f.write_str(
            "NotResource in an Allow grants on every resource except those listed; list the bucket and its objects under Resource instead.",
        ),
    }
    /// S3 actions on `"*"` or `arn:aws:s3:::*`: every bucket of the account, not the one shared.
    S3ActionsOnEveryBucket { actions: Vec<S3Action> } => {
        code: "s3-actions-on-every-bucket",
        severity: Warning,
        source: iam(LEAST_PRIVILEGE),
        message: |f| write!(
            f,
            "This resource lets {} reach every bucket in the account; name the bucket instead, such as arn:aws:s3:::bucket and arn:aws:s3:::bucket/*.",
            actions.iter().map(S3Action::to_string).collect::<Vec<_>>().join(", ")
        ),
    }
    /// A trust statement that lets an AWS principal assume the role without an `sts:ExternalId`
    /// condition: the vendor could be tricked into using this role for another customer (the
    /// confused deputy). Pinning the principal with `aws:PrincipalArn` (a role assuming itself)
    /// is not another account.
    TrustWithoutExternalId => {
        code: "trust-without-external-id",
        severity: Warning,
        source: iam(CONFUSED_DEPUTY),
        message: |f| f.write_str(
            "Another account may assume this role without an external ID, so another customer of the vendor could get it to act on yours (the confused deputy); add the condition StringEquals sts:ExternalId with the ID the vendor issued.",
        ),
    }
    /// `"Version": "2008-10-17"`: the old policy language, without policy variables.
    OldVersion => {
        code: "old-policy-version",
        severity: Warning,
        source: iam(VERSION),
        message: |f| f.write_str(
            "Version 2008-10-17 is the old policy language, in which policy variables such as ${aws:username} are plain text; use \"2012-10-17\".",
        ),
    }
    /// An `Id` or `Sid` the AWS Policy Generator made up (`Policy1425281523961`, `Stmt1425…`):
    /// harmless, but it names nothing.
    GeneratorLeftover { value: String } => {
        code: "policy-generator-leftover",
        severity: Suggestion,
        source: iam(POLICY_ID),
        message: |f| write!(
            f,
            "'{value}' is a name the policy generator made up from a timestamp; remove it or say what the statement is for."
        ),
    }
    /// A bucket policy that allows `"*"` (anyone, signed in or not) with no condition: the
    /// bucket's data is public.
    PublicBucketPolicy => {
        code: "public-bucket-policy",
        severity: Error,
        source: page(BUCKET_POLICIES),
        message: |f| f.write_str(
            "\"*\" with no condition makes this public: anyone on the internet, signed in or not; name the vendor's role or account instead.",
        ),
    }

    // The checker's fix (a form state), and why it is not offered.
    /// A Deny the form can't build (anything but the deny guard; any Deny in a trust policy): a
    /// fix without it would allow what it denies, so none is offered.
    FixBlockedByDeny => {
        code: "fix-blocked-by-deny",
        severity: Suggestion,
        source: None,
        message: |f| f.write_str(
            "The form can't build this Deny, and a fix without it would allow what it denies, so no fix is offered; edit this policy by hand.",
        ),
    }
    /// An Allow condition the form doesn't write (`aws:SourceIp`, a plain `StringEquals` on
    /// `s3:x-amz-acl`): a fix without it would allow requests this policy refuses.
    FixBlockedByCondition { key: String } => {
        code: "fix-blocked-by-condition",
        severity: Suggestion,
        source: None,
        message: |f| write!(
            f,
            "The form can't build this condition on '{key}', and a fix without it would allow more than this policy, so no fix is offered; edit this policy by hand."
        ),
    }
    /// A resource naming single objects or a pattern inside a folder (`bucket/report.csv`): the
    /// form grants whole buckets and folders, which would be broader.
    FixBlockedByResource { arn: String } => {
        code: "fix-blocked-by-resource",
        severity: Suggestion,
        source: None,
        message: |f| write!(
            f,
            "'{arn}' names single objects, but the form grants whole folders, which would allow more, so no fix is offered; edit this policy by hand."
        ),
    }
    /// The fix the form would build allows a request the pasted policy does not, for a reason the
    /// checker can't point at one statement for; it is withheld.
    FixWouldBroaden { action: String, target: String } => {
        code: "fix-would-broaden",
        severity: Suggestion,
        source: None,
        message: |f| write!(
            f,
            "The form's version of this policy would also allow {action} on '{target}', which this policy does not, so no fix is offered; edit this policy by hand."
        ),
    }
    /// An account-wide action (`s3:ListAllMyBuckets`, which lists every bucket) the fix leaves
    /// out: a vendor working in one bucket doesn't need it.
    FixDropsAccountAction { action: S3Action } => {
        code: "fix-drops-account-action",
        severity: Suggestion,
        source: page(S3_ACTIONS),
        message: |f| write!(
            f,
            "'{action}' reaches every bucket in your account, which a vendor working in one bucket doesn't need, so the fix leaves it out."
        ),
    }
    /// A pasted document with a list longer than any policy within AWS's quotas holds: only its
    /// first `max` items of each list were checked, so the page answers at once.
    ScanLimited { max: usize } => {
        code: "scan-limited",
        severity: Warning,
        source: iam(QUOTAS),
        message: |f| write!(
            f,
            "This document is far larger than AWS accepts, so only the first {max} items of each list (statements, actions, resources) were checked."
        ),
    }
    /// A string longer than a whole managed policy may be: no element holds it, so it is named
    /// once and not read further.
    ValueTooLong { chars: usize } => {
        code: "value-too-long",
        severity: Error,
        source: iam(QUOTAS),
        message: |f| write!(
            f,
            "This value has {chars} characters, more than a whole policy may hold (6,144), so it was not read further; check what was pasted here."
        ),
    }
    /// A character outside IAM's policy character set (tab, line feed, carriage return,
    /// U+0020–U+00FF), such as an em dash or CJK text (aws-rules §3).
    InvalidCharacter { ch: char } => {
        code: "invalid-character",
        severity: Error,
        source: iam(QUOTAS),
        message: |f| write!(
            f,
            "IAM policies can't hold '{ch}' ({}); use plain ASCII such as '-' or '\"'.",
            ch.escape_unicode()
        ),
    }
}

impl Problem {
    /// The value the field should hold instead, which the page offers as one click ("Use
    /// acme-app-logs?"): the field is never rewritten without it.
    pub fn replacement(&self) -> Option<&str> {
        match self {
            Problem::BucketAddress { name } => Some(name),
            _ => None,
        }
    }

    /// Another field the message asks the user to fill, so the page can open the section that
    /// holds it.
    pub fn asks_for(&self) -> Option<Param> {
        match self {
            Problem::DenyGuardWithoutKmsKey => Some(Param::KmsKey),
            Problem::AclWriteWithoutAcl { .. } => Some(Param::Acl),
            Problem::SiteNeeded { .. } => Some(Param::Site),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Codes are unique and kebab-case, and every message renders as a sentence.
    #[test]
    fn every_problem_has_a_unique_code_and_a_message() {
        let mut every = Problem::samples();
        every.push(Problem::UniqueIdPrincipal { role: false });
        every.push(Problem::PolicySize { chars: 3, quota: Quota::TrustPolicy });
        every.push(Problem::UnknownAction { action: "x".into(), suggestion: None });
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
        assert_eq!(Problem::UniqueIdPrincipal { role: false }.code(), "invalid-user-reference");
    }
}
