//! [`Problem`]: everything Rolesmith can report, each declared once below with its stable code
//! (`data-finding`; Access Analyzer's name wherever AWS has one), its severity, the AWS page that
//! states the rule (`source.rs`) and its message. Messages are one sentence in the user's words:
//! what is wrong (quoted), then the fix; their words are in the catalogues (`core/lang/`, under
//! "Findings"), keyed by the problem's code wherever one sentence says it.

use super::source::{iam, page};
use super::source::{
    ACCOUNT_IDS, BUCKET_NAMING, BUCKET_POLICIES, CHECKS, CLI_PARAMETER_FILES, CONDITION, CONFUSED_DEPUTY,
    CREATE_ROLE, DYNAMIC_REFERENCES, EXTERNAL_ID, GRAMMAR, IDENTIFIERS, LEAST_PRIVILEGE, MULTI_VALUE,
    NOT_ACTION, NOT_RESOURCE, OBJECT_KEYS, OPERATORS, POLICY_ID, PRINCIPAL, QUOTAS, S3_ACL_KEYS, S3_ACTIONS,
    S3_KMS, S3_POLICY_KEYS, SID, STATEMENT, VERSION,
};
use super::words::{list, noun, policy_noun, quote_name, space_name, visible};
use super::Severity::{self, Error, Suggestion, Warning};
use crate::lang::{msg, Count, Message};
use crate::model::{Partition, ResourceKind, S3Action};
use crate::param::Param;
use crate::policy::kind::{DocKind, Wrapper};
use crate::policy::size::Quota;

/// The most characters of one value a message quotes; longer ones are cut. Real values are far
/// shorter (IAM names 64, bucket names 63, an ARN a line); past this it is a paste gone wrong.
const QUOTED_AT_MOST: usize = 200;

problems! {
    /// A required field is empty, e.g. no bucket. Nothing can be generated without it.
    Missing { param: Param } => {
        code: "missing-value",
        severity: Error,
        source: None,
        message: msg::missing_value(noun(*param)),
    }
    /// Spaces, tabs or newlines around a value, usually from copy-paste (`" my-bucket\n"`).
    /// The value is used trimmed; the field keeps what was typed.
    SurroundingWhitespace => {
        code: "surrounding-whitespace",
        severity: Warning,
        source: iam(QUOTAS),
        message: msg::surrounding_whitespace(),
    }
    /// A value that must be one of a fixed list is not, e.g. `mode=admin`.
    NotOneOf { value: String, allowed: &'static [&'static str] } => {
        code: "not-one-of",
        severity: Error,
        source: None,
        message: msg::not_one_of(value, list(allowed)),
    }
    /// A URL parameter the contract does not define (a typo such as `bukcet`). Ignored.
    UnknownParam { name: String } => {
        code: "unknown-param",
        severity: Warning,
        source: None,
        message: msg::unknown_param(name),
    }
    /// More unknown parameters than the first ones named one by one (a link a tool mangled):
    /// counted, so 100,000 of them make a short notice, not 100,000 lines.
    UnknownParamsMore { count: usize } => {
        code: "unknown-params-more",
        severity: Warning,
        source: None,
        message: msg::unknown_params_more(Count(*count)),
    }
    /// More unknown parameters than are counted: a link that is junk, or made to be slow. Past
    /// the count, names are no longer told apart, so reading the rest costs only reading them.
    UnknownParamsPastCounting { counted: usize } => {
        code: "unknown-params-past-counting",
        severity: Warning,
        source: None,
        message: msg::unknown_params_past_counting(Count(*counted)),
    }
    /// A list with ten errors already (say 10,000 pasted actions): its other entries are not
    /// checked, only counted, so the message stays readable and the page quick.
    EntriesUnchecked { count: usize } => {
        code: "entries-unchecked",
        severity: Warning,
        source: None,
        message: msg::entries_unchecked(Count(*count)),
    }
    /// `lock` names something that is not a parameter, so it locks nothing.
    UnknownLockedParam { name: String } => {
        code: "unknown-locked-param",
        severity: Warning,
        source: None,
        message: msg::unknown_locked_param(name),
    }

    /// An account ID whose digits are not exactly twelve, e.g. AWS's own typo `1234567898012`
    /// (aws-rules §1).
    AccountDigits { digits: usize } => {
        code: "account-digits",
        severity: Error,
        source: page(ACCOUNT_IDS),
        message: msg::account_digits(*digits),
    }
    /// An account ID with a character other than digits, spaces and hyphens (`<Account ID>`).
    AccountChar { ch: char } => {
        code: "account-char",
        severity: Error,
        source: page(ACCOUNT_IDS),
        message: msg::account_char(ch.to_string()),
    }
    /// `1234-5678-9012` as the console shows it; ARNs need the bare digits (aws-rules §1).
    AccountNormalised { digits: String } => {
        code: "account-normalised",
        severity: Warning,
        source: page(ACCOUNT_IDS),
        message: msg::account_normalised(digits),
    }
    /// `000000000000`: twelve digits, but no AWS account has that ID, so it is a mistake or a
    /// placeholder.
    AccountImpossible => {
        code: "account-impossible",
        severity: Error,
        source: page(ACCOUNT_IDS),
        message: msg::account_impossible(),
    }

    /// `principal` and `account`/`user`/`role` were both given and name different things.
    PrincipalConflict => {
        code: "principal-conflict",
        severity: Error,
        source: None,
        message: msg::principal_conflict(),
    }
    /// Both `user` and `role` were given; a trust policy here names one vendor principal.
    UserAndRole => {
        code: "user-and-role",
        severity: Error,
        source: None,
        message: msg::user_and_role(),
    }
    /// A principal that is not an IAM ARN of an account root, user or role (aws-rules §5).
    PrincipalShape => {
        code: "principal-shape",
        severity: Error,
        source: iam(PRINCIPAL),
        message: msg::principal_shape(),
    }
    /// A principal that is a group, policy, wildcard or unique ID rather than a user or role:
    /// IAM rejects or silently breaks these in trust policies (aws-rules §5).
    PrincipalKindUnsupported { kind: Message } => {
        code: "principal-kind-unsupported",
        severity: Error,
        source: iam(PRINCIPAL),
        message: msg::principal_kind_unsupported(kind.clone()),
    }
    /// A principal, key or bucket ARN in another partition than the one chosen. Access can't be
    /// delegated across partitions (aws-rules §2).
    PartitionMismatch { found: Partition, chosen: Partition } => {
        code: "invalid-partition",
        severity: Error,
        source: iam(IDENTIFIERS),
        message: msg::invalid_partition(found.as_str(), chosen.as_str()),
    }

    /// An IAM name longer than IAM allows (64 for roles and users, 128 for policies; aws-rules §3).
    NameLength { len: usize, max: usize } => {
        code: "name-length",
        severity: Error,
        source: iam(QUOTAS),
        message: msg::name_length(*max, *len),
    }
    /// An IAM name with a character outside `A-Z a-z 0-9 _ + = , . @ -` (aws-rules §3).
    NameChar { ch: char } => {
        code: "name-char",
        severity: Error,
        source: iam(QUOTAS),
        message: msg::name_char(ch.escape_default().to_string()),
    }
    /// A path segment that is empty (`division//name`) or has a character IAM rejects (aws-rules §3).
    PathSegment { segment: String } => {
        code: "path-segment",
        severity: Error,
        source: iam(QUOTAS),
        message: msg::path_segment(segment),
    }

    /// An external ID outside STS's 2–1224 characters (aws-rules §4).
    ExternalIdLength { len: usize } => {
        code: "external-id-length",
        severity: Error,
        source: iam(EXTERNAL_ID),
        message: msg::external_id_length(*len),
    }
    /// An external ID with a character STS rejects (`[A-Za-z0-9_+=,.@:/-]` only; aws-rules §4).
    /// IAM accepts such a value in the trust policy, and the vendor then can never assume the role.
    ExternalIdChar { ch: char } => {
        code: "external-id-char",
        severity: Error,
        source: iam(EXTERNAL_ID),
        message: msg::external_id_char(ch.escape_default().to_string()),
    }

    /// An entry of `locations` that is no `bucket` or `bucket/folder`; named, since the field
    /// holds several.
    LocationInvalid { entry: String, reason: Box<Problem> } => {
        code: "location-invalid",
        // A warning about an entry (a documentation example) stays a warning.
        severity: reason.severity(),
        source: page(BUCKET_NAMING),
        message: msg::location_invalid(entry, reason.message()),
    }
    /// An entry of `locations` that grants nothing another doesn't (the same, or a folder of a
    /// bucket or folder already there): used once.
    LocationCovered { entry: String, by: String } => {
        code: "location-duplicate",
        severity: Warning,
        source: None,
        message: msg::location_duplicate(entry, by),
    }
    /// A bucket name outside 3–63 characters (aws-rules §8).
    BucketLength { len: usize } => {
        code: "bucket-name-length",
        severity: Error,
        source: page(BUCKET_NAMING),
        message: msg::bucket_name_length(*len),
    }
    /// A bucket name with a character other than lowercase letters, digits, `.` and `-`.
    BucketChar { ch: char } => {
        code: "bucket-name-char",
        severity: Error,
        source: page(BUCKET_NAMING),
        message: match ch {
            ' ' => msg::bucket_name_char_space(),
            _ => msg::bucket_name_char(ch.escape_default().to_string()),
        },
    }
    /// An address AWS gives for a bucket (`s3://name/`, its ARN or URL) where the name alone
    /// belongs; the page offers the name, and never rewrites the field without a click.
    BucketAddress { name: String } => {
        code: "bucket-name-address",
        severity: Error,
        source: page(BUCKET_NAMING),
        message: msg::bucket_name_address(name),
    }
    /// A bucket name that begins or ends with `.` or `-`.
    BucketEdge { ch: char } => {
        code: "bucket-name-edge",
        severity: Error,
        source: page(BUCKET_NAMING),
        message: msg::bucket_name_edge(ch.to_string()),
    }
    /// A bucket name with two adjacent periods.
    BucketDoubleDot => {
        code: "bucket-name-double-dot",
        severity: Error,
        source: page(BUCKET_NAMING),
        message: msg::bucket_name_double_dot(),
    }
    /// A bucket name shaped like an IP address (`192.168.5.4`).
    BucketIpAddress => {
        code: "bucket-name-ip-address",
        severity: Error,
        source: page(BUCKET_NAMING),
        message: msg::bucket_name_ip_address(),
    }
    /// A bucket name starting with a prefix S3 reserves (`xn--`, `sthree-`, `amzn-s3-demo-`).
    BucketReservedPrefix { prefix: &'static str } => {
        code: "bucket-name-reserved-prefix",
        severity: Error,
        source: page(BUCKET_NAMING),
        message: msg::bucket_name_reserved_prefix(*prefix),
    }
    /// A bucket name ending with a suffix S3 reserves for access points and other bucket kinds.
    BucketReservedSuffix { suffix: &'static str } => {
        code: "bucket-name-reserved-suffix",
        severity: Error,
        source: page(BUCKET_NAMING),
        message: msg::bucket_name_reserved_suffix(*suffix),
    }
    /// A dotted bucket name for a vendor that says it refuses them (Snowflake, Databricks): the
    /// set-up would succeed and the vendor's side fail.
    VendorRefusesDots { vendor: &'static str, source: &'static str } => {
        code: "vendor-refuses-dotted-bucket",
        severity: Warning,
        source: page(BUCKET_NAMING),
        message: msg::vendor_refuses_dotted_bucket(*vendor, *source),
    }
    /// A valid bucket name with dots: virtual-host HTTPS fails on it and several vendors refuse it.
    BucketDots => {
        code: "bucket-name-dots",
        severity: Warning,
        source: page(BUCKET_NAMING),
        message: msg::bucket_name_dots(),
    }

    /// A prefix containing `*` or `?`, which IAM would read as wildcards (aws-rules §9).
    PrefixWildcard { ch: char } => {
        code: "prefix-wildcard",
        severity: Error,
        source: page(OBJECT_KEYS),
        message: msg::prefix_wildcard(ch.to_string()),
    }
    /// A prefix containing `${`, which IAM would read as the start of a policy variable such as
    /// `${aws:username}` (aws-rules §6), so the policy would not name the folder typed.
    PrefixPolicyVariable => {
        code: "prefix-policy-variable",
        severity: Error,
        source: page(OBJECT_KEYS),
        message: msg::prefix_policy_variable(),
    }
    /// A prefix longer than S3's 1,024-byte key limit.
    PrefixLength { bytes: usize } => {
        code: "prefix-length",
        severity: Error,
        source: page(OBJECT_KEYS),
        message: msg::prefix_length(*bytes),
    }
    /// A prefix with a control character, which no S3 key should hold.
    PrefixControlChar => {
        code: "prefix-control-char",
        severity: Error,
        source: page(OBJECT_KEYS),
        message: msg::prefix_control_char(),
    }
    /// A prefix character above U+00FF (`数据/`): IAM documents hold only tab, line breaks and
    /// U+0020–U+00FF (aws-rules §3), so no policy can name this folder.
    PrefixChar { ch: char } => {
        code: "prefix-char",
        severity: Error,
        source: page(OBJECT_KEYS),
        message: msg::prefix_char(ch.to_string()),
    }
    /// A prefix with an empty folder (`logs//2024/`), which matches keys nobody writes.
    PrefixEmptySegment => {
        code: "prefix-empty-segment",
        severity: Error,
        source: page(OBJECT_KEYS),
        message: msg::prefix_empty_segment(),
    }
    /// A prefix typed with a leading `/`; S3 keys don't start with one, so it is dropped.
    PrefixLeadingSlash => {
        code: "prefix-leading-slash",
        severity: Warning,
        source: page(OBJECT_KEYS),
        message: msg::prefix_leading_slash(),
    }
    /// A prefix without a trailing `/`; it is taken as a folder, so `/` is added.
    PrefixTrailingSlashAdded { prefix: String } => {
        code: "prefix-trailing-slash-added",
        severity: Warning,
        source: page(OBJECT_KEYS),
        message: msg::prefix_trailing_slash_added(prefix),
    }

    /// An action Rolesmith does not know as an S3 action, with the closest real one if any
    /// (`s3:ListObject` is not an action; `s3:ListBucket` is).
    UnknownAction { action: String, suggestion: Option<S3Action> } => {
        code: "invalid-action",
        severity: Error,
        source: page(S3_ACTIONS),
        message: match suggestion {
            Some(suggestion) => msg::invalid_s3_action_suggestion(action, suggestion.to_string()),
            None => msg::invalid_s3_action(action),
        },
    }
    /// A wildcard action, spelled out: `s3:*Object` also grants `s3:ReplicateObject` and
    /// `s3:RestoreObject`, which a least-privilege grant should name or leave out on purpose.
    ActionWildcardExpanded { pattern: String, actions: Vec<S3Action> } => {
        code: "action-wildcard-expanded",
        severity: Warning,
        source: page(S3_ACTIONS),
        message: msg::action_wildcard_expanded(pattern, list(actions)),
    }
    /// An `actions` list with nothing in it after the commas.
    NoActions => {
        code: "no-actions",
        severity: Error,
        source: None,
        message: msg::no_actions(),
    }
    /// `*` or `s3:*`: every S3 action, including deleting the bucket and rewriting its policy.
    /// Never generated: a vendor needs a named handful.
    ActionsAll { pattern: String } => {
        code: "actions-all",
        severity: Error,
        source: page(S3_ACTIONS),
        message: msg::actions_all(pattern),
    }
    /// A wildcard that also matches an action managing the bucket or the account (`s3:Put*`
    /// reaches `s3:PutBucketPolicy`): refused, because the vendor could then change who else
    /// may read the data. Name the actions instead.
    ActionWildcardManages { pattern: String, action: S3Action } => {
        code: "action-wildcard-manages",
        severity: Error,
        source: page(S3_ACTIONS),
        message: msg::action_wildcard_manages(pattern, action.to_string()),
    }

    /// An S3 action on another kind of resource (`s3:CreateJob`, `s3:GetDataAccess`): not a
    /// bucket's data, so a grant of one bucket can't hold it.
    ActionNotForData { action: S3Action } => {
        code: "action-not-for-data",
        severity: Error,
        source: page(S3_ACTIONS),
        message: msg::action_not_for_data(action.to_string()),
    }
    /// A `kms_key` that is not a KMS key ARN (`arn:aws:kms:us-east-1:111122223333:key/<key ID>`),
    /// e.g. a bare key ID: a policy can only name the key by its full ARN (aws-rules §10).
    KmsKeyShape => {
        code: "kms-key-shape",
        severity: Error,
        source: page(S3_KMS),
        message: msg::kms_key_shape(),
    }
    /// A KMS alias ARN (`…:alias/name`): IAM authorises KMS calls against the key itself, so a
    /// policy naming the alias grants nothing.
    KmsKeyAlias => {
        code: "kms-key-alias",
        severity: Error,
        source: page(S3_KMS),
        message: msg::kms_key_alias(),
    }
    /// With `kms_key`, the key's own policy must also allow the role or user; IAM alone is not
    /// enough for KMS. Shown so the customer adds the statement `verify` prints.
    KmsKeyPolicyNeeded => {
        code: "kms-key-policy-needed",
        severity: Warning,
        source: page(S3_KMS),
        message: msg::kms_key_policy_needed(),
    }

    /// A vendor name with a character an IAM role description can't hold, or a `"` or `\` that
    /// Windows PowerShell 5.1 would mangle when passing the description to the AWS CLI.
    VendorChar { ch: char } => {
        code: "vendor-char",
        severity: Error,
        source: iam(QUOTAS),
        message: msg::vendor_char(ch.escape_default().to_string()),
    }
    /// A principal under a known vendor's name (`vendor=Logz.io`) outside every account the
    /// vendor publishes: a link can put anyone's account under any name. A warning, never a
    /// block: the vendor may have moved, and the customer decides.
    PrincipalNotPublished { vendor: &'static str, found: String, published: &'static str, source: &'static str } => {
        code: "principal-not-published",
        severity: Warning,
        source: None,
        message: msg::principal_not_published(*vendor, *published, *source, found),
    }
    /// The account root of a known vendor whose published principal is a user or role in it:
    /// the vendor's whole account could assume the role, where one identity would do.
    PrincipalBroaderThanPublished { vendor: &'static str, published: &'static str, source: &'static str } => {
        code: "principal-broader-than-published",
        severity: Suggestion,
        source: None,
        message: msg::principal_broader_than_published(*vendor, *published, *source),
    }
    /// A known vendor's published principal, filled in from its name alone: said, so the
    /// customer knows where the value came from.
    PrincipalFilled { vendor: &'static str, published: &'static str, source: &'static str } => {
        code: "principal-filled",
        severity: Suggestion,
        source: None,
        message: msg::principal_filled(*vendor, *published, *source),
    }
    /// A known vendor with an account per site (Datadog), no site given and no principal.
    SiteNeeded { vendor: &'static str, sites: Vec<&'static str> } => {
        code: "site-needed",
        severity: Error,
        source: None,
        message: msg::site_needed(*vendor, list(sites)),
    }
    /// A site the known vendor doesn't publish an account for in the partition.
    UnknownSite { vendor: &'static str, site: String, sites: Vec<&'static str> } => {
        code: "unknown-site",
        severity: Error,
        source: None,
        message: msg::unknown_site(*vendor, site, list(sites)),
    }
    /// A parameter the link gives that a lock makes moot: `actions` under a locked `access`
    /// would widen what the vendor fixed, so it is ignored.
    IgnoredUnderLock { param: Param, lock: Param } => {
        code: "ignored-under-lock",
        severity: Warning,
        source: None,
        message: msg::ignored_under_lock(param.as_str(), lock.as_str()),
    }
    /// Parameters the vendor kit was opened with that it doesn't show: left out of the snippets,
    /// so they never reach every customer.
    KitDropped { params: Vec<&'static str> } => {
        code: "kit-dropped",
        severity: Warning,
        source: None,
        message: msg::kit_dropped(list(params)),
    }
    /// A vendor name longer than 64 characters.
    VendorLength { len: usize } => {
        code: "vendor-length",
        severity: Error,
        source: None,
        message: msg::vendor_length(*len),
    }

    // Copy-paste hazards, checked on every field and every string in a pasted document.
    /// A typographic quote (`“ ” ‘ ’`), which word processors and web pages put in place of `"` and
    /// `'`; no AWS identifier holds one and IAM's character set refuses it (aws-rules §3).
    CurlyQuote { ch: char } => {
        code: "curly-quote",
        severity: Error,
        source: iam(QUOTAS),
        message: msg::curly_quote(ch.to_string()),
    }
    /// A non-breaking or zero-width space inside a value (`my\u{a0}bucket`): invisible on screen,
    /// but AWS compares it as a character, so nothing matches (aws-rules §3).
    InvisibleSpace { ch: char } => {
        code: "invisible-space",
        severity: Error,
        source: iam(QUOTAS),
        message: msg::invisible_space(space_name(*ch), ch.escape_unicode().to_string()),
    }
    /// Documentation text left where a value belongs: `<bucket name>`, `{replace with ...}`,
    /// `xxxxxxx`, `bucket-name`. AWS would take it literally.
    Placeholder { text: String } => {
        code: "placeholder",
        severity: Error,
        source: iam(EXTERNAL_ID),
        message: msg::placeholder(text),
    }
    /// A value AWS's or a vendor's documentation uses as its example (`123456789012`,
    /// `my-external-id-123`): valid, but almost surely not yours.
    DocExample { text: String } => {
        code: "documentation-example",
        severity: Warning,
        source: iam(EXTERNAL_ID),
        message: msg::documentation_example(text),
    }
    /// An AWS access key ID (`AKIA…`/`ASIA…`, 20 characters) in a field. It is a credential: it
    /// never belongs in a policy, and it is never put into a share link (aws-rules §3).
    AccessKeyId => {
        code: "access-key-id",
        severity: Error,
        source: iam(IDENTIFIERS),
        message: msg::access_key_id(),
    }
    /// A 40-character value shaped like a secret access key (letters, digits, `/` and `+`, mixed
    /// case). Whoever saw it can use the key, so it must be rotated.
    SecretKeyShaped => {
        code: "secret-access-key",
        severity: Error,
        source: iam(IDENTIFIERS),
        message: msg::secret_access_key(),
    }
    /// A share link that leaves out a field because its value looks like an AWS key.
    KeyLeftOutOfLink { param: Param } => {
        code: "key-left-out-of-link",
        severity: Warning,
        source: None,
        message: msg::key_left_out_of_link(param.as_str()),
    }
    /// An external ID with no random part (see `hazard::is_guessable`), such as a company name.
    /// AWS: the vendor must generate it, unique per customer, or the confused-deputy guard fails
    /// (aws-rules §4).
    ExternalIdGuessable { value: String } => {
        code: "external-id-guessable",
        severity: Warning,
        source: iam(EXTERNAL_ID),
        message: msg::external_id_guessable(value),
    }

    // Pasted text, before it is JSON (the policy checker).
    /// Text that is not JSON, with where and what the reader expected; never serde's own words.
    MalformedJson { line: usize, column: usize, expected: Message, found: Option<char> } => {
        code: "json-syntax-error",
        severity: Error,
        source: iam(GRAMMAR),
        message: match found {
            Some(ch) => msg::json_syntax_error(*line, *column, visible(*ch), expected.clone()),
            None => msg::json_syntax_error_end(*line, *column),
        },
    }
    /// Curly quotes around JSON strings: read as `"`, but IAM would refuse the text as pasted.
    PastedCurlyQuote { ch: char } => {
        code: "json-curly-quote",
        severity: Error,
        source: iam(QUOTAS),
        message: msg::json_curly_quote(ch.to_string()),
    }
    /// A `//` or `/* */` comment: JSON and IAM have none; it was skipped for reading.
    PastedComment => {
        code: "json-comment",
        severity: Error,
        source: iam(GRAMMAR),
        message: msg::json_comment(),
    }
    /// A comma before `]` or `}`: JSON forbids it; it was skipped for reading.
    PastedTrailingComma => {
        code: "json-trailing-comma",
        severity: Error,
        source: iam(GRAMMAR),
        message: msg::json_trailing_comma(),
    }
    /// A non-breaking or zero-width space between JSON tokens: not JSON whitespace (aws-rules §3).
    PastedInvisibleSpace { ch: char } => {
        code: "json-invisible-space",
        severity: Error,
        source: iam(QUOTAS),
        message: msg::json_invisible_space(space_name(*ch), ch.escape_unicode().to_string()),
    }
    /// A policy read out of what was pasted around it: Terraform, a CloudFormation template, a
    /// bare statement. Said so the reader knows what the findings are about.
    Unwrapped { from: Wrapper } => {
        code: "unwrapped",
        severity: Suggestion,
        source: None,
        message: match from {
            Wrapper::TerraformJsonencode => msg::unwrapped_terraform_jsonencode(),
            Wrapper::TerraformHeredoc => msg::unwrapped_terraform_heredoc(),
            Wrapper::TerraformPolicyDocument => msg::unwrapped_terraform_policy_document(),
            Wrapper::CloudFormation => msg::unwrapped_cloudformation(),
            Wrapper::Statement => msg::unwrapped_statement(),
            Wrapper::Yaml => msg::unwrapped_yaml(),
        },
    }
    /// Parts of the Terraform around a policy that the checker doesn't read (`dynamic` blocks,
    /// `source_policy_documents`): they may add to the policy, so no fix is offered.
    PartlyRead { parts: Vec<String> } => {
        code: "partly-read",
        severity: Warning,
        source: None,
        message: msg::partly_read(list(parts)),
    }
    /// A trust policy where a permissions policy was expected, or the other way round.
    WrongDocumentKind { found: DocKind, expected: DocKind } => {
        code: "wrong-policy-type",
        severity: Error,
        source: None,
        message: msg::wrong_policy_type(policy_noun(*found), policy_noun(*expected)),
    }
    /// A document with both trust statements (`Principal`) and permission statements: a role keeps
    /// them in two separate policies.
    MixedDocument => {
        code: "mixed-policy-type",
        severity: Error,
        source: iam(PRINCIPAL),
        message: msg::mixed_policy_type(),
    }

    // The policy lint (aws-rules §6, §7, §10, §12); codes mirror IAM Access Analyzer's checks.
    /// An element of the wrong JSON type (`"Statement": "..."`).
    WrongType { element: String, expected: Message } => {
        code: "type-mismatch",
        severity: Error,
        source: iam(GRAMMAR),
        // An empty element is the document itself.
        message: if element.is_empty() {
            msg::type_mismatch_policy(expected.clone())
        } else {
            msg::type_mismatch(element, expected.clone())
        },
    }
    /// No `Version`: IAM then reads policy variables as literal text (aws-rules §6).
    MissingVersion => {
        code: "missing-version",
        severity: Warning,
        source: iam(VERSION),
        message: msg::missing_version(),
    }
    /// A `Version` other than `2012-10-17` or `2008-10-17`.
    InvalidVersion { found: String } => {
        code: "invalid-version",
        severity: Error,
        source: iam(VERSION),
        message: msg::invalid_version(found),
    }
    /// No `Statement`, or an empty one: the policy says nothing.
    MissingStatement => {
        code: "missing-statement",
        severity: Error,
        source: iam(STATEMENT),
        message: msg::missing_statement(),
    }
    /// A key IAM's grammar does not have (`"effect"`, `"Resources"`); IAM refuses the policy.
    UnknownElement { key: String } => {
        code: "invalid-element",
        severity: Error,
        source: iam(GRAMMAR),
        message: msg::invalid_element(key),
    }
    /// A statement without `Effect`.
    MissingEffect => {
        code: "missing-effect",
        severity: Error,
        source: iam(GRAMMAR),
        message: msg::missing_effect(),
    }
    /// An `Effect` other than `Allow` or `Deny` (case matters).
    InvalidEffect { found: String } => {
        code: "invalid-effect",
        severity: Error,
        source: iam(GRAMMAR),
        message: msg::invalid_effect(found),
    }
    /// A statement without `Action` or `NotAction`.
    MissingAction => {
        code: "missing-action",
        severity: Error,
        source: iam(GRAMMAR),
        message: msg::missing_action(),
    }
    /// A trust or bucket-policy statement without `Principal`.
    MissingPrincipal { doc: DocKind } => {
        code: "missing-principal",
        severity: Error,
        source: iam(PRINCIPAL),
        message: match doc {
            DocKind::Bucket => msg::missing_principal_bucket(),
            DocKind::Trust | DocKind::Permissions => msg::missing_principal(),
        },
    }
    /// `Principal` or `NotPrincipal` in a permissions policy, usually a trust policy pasted into the
    /// permissions editor (aws-rules §6).
    UnsupportedPrincipal => {
        code: "unsupported-principal",
        severity: Error,
        source: iam(PRINCIPAL),
        message: msg::unsupported_principal(),
    }
    /// `NotPrincipal` in a role trust policy, which IAM refuses (aws-rules §5).
    TrustNotPrincipal => {
        code: "role-trust-policy-syntax-error-notprincipal",
        severity: Error,
        source: iam(PRINCIPAL),
        message: msg::role_trust_policy_syntax_error_notprincipal(),
    }
    /// `Resource` or `NotResource` in a role trust policy, which IAM refuses (aws-rules §5).
    TrustResource => {
        code: "role-trust-policy-syntax-error-resource",
        severity: Error,
        source: iam(PRINCIPAL),
        message: msg::role_trust_policy_syntax_error_resource(),
    }
    /// `"Principal": "*"` or a wildcard ARN in a trust policy: anyone could assume the role.
    TrustWildcardPrincipal => {
        code: "role-trust-policy-unsupported-wildcard-in-principal",
        severity: Error,
        source: iam(PRINCIPAL),
        message: msg::role_trust_policy_unsupported_wildcard_in_principal(),
    }
    /// A principal type other than `AWS`, `Service`, `Federated`, `CanonicalUser`.
    InvalidPrincipalKey { key: String } => {
        code: "invalid-principal-key",
        severity: Error,
        source: iam(PRINCIPAL),
        message: msg::invalid_principal_key(key),
    }
    /// A unique ID (`AROA…`/`AIDA…`) where an ARN belongs: IAM shows one when the role or user
    /// was deleted, and the policy no longer applies to anyone (aws-rules §5).
    UniqueIdPrincipal { role: bool } => {
        code: if *role { "invalid-role-reference" } else { "invalid-user-reference" },
        severity: Warning,
        source: iam(PRINCIPAL),
        message: if *role { msg::invalid_role_reference() } else { msg::invalid_user_reference() },
    }
    /// A `Sid` with characters other than ASCII letters and digits, in an IAM policy (a bucket
    /// policy's Sid may hold spaces).
    UnsupportedSid { sid: String } => {
        code: "unsupported-sid",
        severity: Error,
        source: iam(SID),
        message: msg::unsupported_sid(sid),
    }
    /// Two statements with the same `Sid`.
    DuplicateSid { sid: String } => {
        code: "unique-sids-required",
        severity: Error,
        source: iam(SID),
        message: msg::unique_sids_required(sid),
    }
    /// A statement with an empty `Sid` (`"Sid": ""`), which names nothing.
    EmptySid => {
        code: "empty-sid-value",
        severity: Suggestion,
        source: iam(SID),
        message: msg::empty_sid_value(),
    }
    /// A trust statement for an IAM principal whose action is not `sts:AssumeRole` (or
    /// `sts:TagSession`/`sts:SetSourceIdentity`), such as an S3 action.
    TrustActionNotAssumeRole { action: String } => {
        code: "mismatched-action-for-principal",
        severity: Error,
        source: iam(CREATE_ROLE),
        message: msg::mismatched_action_for_principal(action),
    }
    /// An action of a service Rolesmith tables (`kms`, `sts`) that is not a real action, or an
    /// action without a service prefix.
    UnknownServiceAction { action: String } => {
        code: "invalid-action",
        severity: Error,
        source: iam(GRAMMAR),
        message: msg::invalid_action(action),
    }
    /// A permissions statement without `Resource` or `NotResource`.
    MissingResource => {
        code: "missing-resource",
        severity: Error,
        source: iam(GRAMMAR),
        message: msg::missing_resource(),
    }
    /// A resource that is neither `*` nor an ARN.
    InvalidArn { arn: String } => {
        code: "invalid-arn-resource",
        severity: Error,
        source: iam(IDENTIFIERS),
        message: msg::invalid_arn_resource(arn),
    }
    /// An S3 action none of whose statement's resources it can act on: `s3:GetObject` on a bucket
    /// ARN, `s3:ListBucket` on an object ARN, `s3:ListAllMyBuckets` on anything but `*`
    /// (aws-rules §10). The action then grants nothing.
    ActionResourceMismatch { action: S3Action, needs: ResourceKind } => {
        code: "action-resource-mismatch",
        severity: Warning,
        source: page(S3_ACTIONS),
        message: match needs {
            ResourceKind::Object => msg::action_resource_mismatch_object(action.to_string()),
            ResourceKind::Bucket => msg::action_resource_mismatch_bucket(action.to_string()),
            ResourceKind::Account => msg::action_resource_mismatch_account(action.to_string()),
            ResourceKind::Other => msg::action_resource_mismatch_other(action.to_string()),
        },
    }
    /// An S3 ARN some actions of its statement can't act on (`s3:ListBucket` on `bucket/*`, object
    /// actions on the bucket ARN, as XMode's published CLI policy has): for those actions the ARN
    /// grants nothing. Reported per ARN, naming the actions.
    ResourceNotActedOn { arn: String, kind: ResourceKind, actions: Vec<S3Action> } => {
        code: "resource-not-acted-on",
        severity: Suggestion,
        source: page(S3_ACTIONS),
        message: msg::resource_not_acted_on(
            arn,
            match kind {
                ResourceKind::Bucket => msg::resource_kind_bucket(),
                ResourceKind::Object => msg::resource_kind_object(),
                ResourceKind::Account | ResourceKind::Other => msg::resource_kind_other(),
            },
            list(actions),
        ),
    }
    /// A condition operator IAM does not have (`StringEqual`).
    InvalidConditionOperator { operator: String } => {
        code: "invalid-condition-operator",
        severity: Error,
        source: iam(OPERATORS),
        message: msg::invalid_condition_operator(operator),
    }
    /// `NullIfExists`: `IfExists` can't be added to `Null`.
    NullWithIfExists => {
        code: "null-with-if-exists",
        severity: Error,
        source: iam(OPERATORS),
        message: msg::null_with_if_exists(),
    }
    /// The same condition key twice in one operator, differing only in case.
    DuplicateConditionKeys { key: String } => {
        code: "duplicate-keys-with-different-case",
        severity: Error,
        source: iam(CONDITION),
        message: msg::duplicate_keys_with_different_case(key),
    }
    /// An `s3:` condition key none of the statement's actions carries (`s3:prefix` without
    /// `s3:ListBucket`): the statement never matches.
    MissingActionForConditionKey { key: String } => {
        code: "missing-action-for-condition-key",
        severity: Error,
        source: page(S3_POLICY_KEYS),
        message: msg::missing_action_for_condition_key(key),
    }
    /// An action in a statement conditioned on a key its requests never carry, such as
    /// `s3:GetBucketLocation` under `s3:prefix`: that action is never allowed (aws-rules §10).
    ConditionKeyNeverPresent { action: S3Action, key: String } => {
        code: "unsupported-action-for-condition-key",
        severity: Warning,
        source: page(S3_POLICY_KEYS),
        message: msg::unsupported_action_for_condition_key(action.to_string(), key),
    }
    /// `ForAllValues:` on a single-valued key in an Allow: true when the key is absent, so it
    /// allows more than it seems (aws-rules §6).
    ForAllValuesSingleValuedKey { key: String } => {
        code: "forallvalues-with-single-valued-key",
        severity: Warning,
        source: iam(MULTI_VALUE),
        message: msg::forallvalues_with_single_valued_key(key),
    }
    /// A statement identical to an earlier one.
    RedundantStatement { same_as: usize } => {
        code: "redundant-statement",
        severity: Suggestion,
        source: iam(CHECKS),
        message: msg::redundant_statement(*same_as),
    }
    /// An action listed twice in a statement, or also matched by a wildcard there.
    RedundantAction { action: String } => {
        code: "redundant-action",
        severity: Suggestion,
        source: iam(CHECKS),
        message: msg::redundant_action(action),
    }
    /// A Deny whose `NotResource` spares only S3 while its actions cover `kms:*`: with SSE-KMS the
    /// key is denied, so reads and writes fail (aws-rules §10). An error when the same policy
    /// grants KMS actions, a suggestion otherwise.
    DenyBlocksKms { grants_kms: bool } => {
        code: "deny-blocks-kms",
        severity: if *grants_kms { Error } else { Suggestion },
        source: page(S3_KMS),
        message: if *grants_kms { msg::deny_blocks_kms_granted() } else { msg::deny_blocks_kms() },
    }
    /// `deny_outside_bucket` with an action that needs `*` (`s3:ListAllMyBuckets`): the guard denies
    /// every resource but the bucket, so it silently cancels that Allow.
    DenyCancelsAccountAction { action: S3Action } => {
        code: "deny-cancels-allow",
        severity: Warning,
        source: iam(STATEMENT),
        message: msg::deny_cancels_allow(action.to_string()),
    }
    /// `deny_outside_bucket` without `kms_key`: the guard denies every `kms:*` call, which breaks a
    /// bucket encrypted with SSE-KMS (the `aws/s3` key or a customer key), aws-rules §10.
    DenyGuardWithoutKmsKey => {
        code: "deny-guard-without-kms-key",
        severity: Warning,
        source: page(S3_KMS),
        message: msg::deny_guard_without_kms_key(),
    }
    /// `s3:PutObjectAcl` or `s3:PutObjectVersionAcl` without `acl`: nothing limits the ACL the
    /// vendor may set, so it could make objects public or share them with any account.
    AclWriteWithoutAcl { action: S3Action } => {
        code: "acl-write-without-acl",
        severity: Warning,
        source: page(S3_ACL_KEYS),
        message: msg::acl_write_without_acl(action.to_string()),
    }
    /// A value filled into `followup` holds a quote or backslash (a prefix `it's/`): the vendor's
    /// SQL or command around `{prefix}` would break or mean something else. The substitution
    /// stays literal; the customer must check the text before running it.
    FollowupValueQuoting { placeholder: &'static str, ch: char } => {
        code: "followup-value-quoting",
        severity: Warning,
        source: None,
        message: msg::followup_value_quoting(*placeholder, quote_name(*ch)),
    }
    /// A value longer than any field takes: a paste gone wrong. It is scanned for keys only and
    /// not parsed, so the page answers at once (and the follow-up, which no other rule limits,
    /// never carries a megabyte into the hand-back).
    FieldTooLong { chars: usize, max: usize } => {
        code: "field-too-long",
        severity: Error,
        source: None,
        message: msg::field_too_long(Count(*chars), *max),
    }
    /// An entry of a list longer than any entry can be: a paste gone wrong. Its length, not the
    /// whole list's, as the limit is on each entry; the list is scanned for keys only.
    EntryTooLong { chars: usize, max: usize } => {
        code: "entry-too-long",
        severity: Error,
        source: None,
        message: msg::entry_too_long(Count(*chars), *max),
    }
    /// `{{resolve:` in a value: CloudFormation replaces a dynamic reference with a value fetched
    /// at deploy time, so the template would grant something other than the JSON shows.
    DynamicReference => {
        code: "cloudformation-dynamic-reference",
        severity: Error,
        source: page(DYNAMIC_REFERENCES),
        message: msg::cloudformation_dynamic_reference(),
    }
    /// A value starting with `file://`, `fileb://`, `http://` or `https://`: the AWS CLI replaces
    /// such a parameter with the contents of that file or page, so a command would send
    /// something other than what it shows (an external ID `file:///etc/passwd` is legal to STS).
    CliRemoteParameter { prefix: &'static str } => {
        code: "cli-remote-parameter",
        severity: Error,
        source: page(CLI_PARAMETER_FILES),
        message: msg::cli_remote_parameter(*prefix),
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
        message: match quota {
            Quota::TrustPolicy => msg::policy_size_exceeds_role_trust_policy_quota(*chars),
            Quota::ManagedPolicy => msg::policy_size_exceeds_identity_policy_quota(*chars, quota.limit()),
            Quota::BucketPolicy => msg::policy_size_exceeds_bucket_policy_quota(*chars, quota.limit()),
        },
    }
    /// A field the vendor locked and left empty that the builder needs (`account`): every
    /// customer would face an error they can't fix.
    LockedMissing { param: Param } => {
        code: "locked-missing",
        severity: Error,
        source: None,
        message: msg::locked_missing(param.as_str()),
    }
    /// An optional field the vendor locked empty (`kms_key`): customers can't set it, which may be
    /// the intent, so the kit just says so.
    LockedEmpty { param: Param } => {
        code: "locked-empty",
        severity: Suggestion,
        source: None,
        message: msg::locked_empty(param.as_str()),
    }
    /// The kit without a docs site: the host headers' `frame-ancestors` then allow only the
    /// builder's own site, so no docs page can frame it.
    NoDocsSites => {
        code: "no-docs-sites",
        severity: Warning,
        source: None,
        message: msg::no_docs_sites(),
    }
    /// An address in the vendor kit that is not an origin the builder can be framed from or
    /// served at: `https://` plus a host (or `http://localhost` for a preview).
    OriginShape { value: String } => {
        code: "origin-shape",
        severity: Error,
        source: None,
        message: msg::origin_shape(value),
    }
    /// An accent colour that is not `#RRGGBB` (`#1A73E8`).
    AccentShape { value: String } => {
        code: "accent-shape",
        severity: Error,
        source: None,
        message: msg::accent_shape(value),
    }
    /// A parameter that shapes the page (`how`, `view`, `theme`, `accent`) with a value it can't
    /// use: the default is used instead, and the grant is unaffected.
    PageOptionIgnored { param: Param, value: String } => {
        code: "page-option-ignored",
        severity: Warning,
        source: None,
        message: msg::page_option_ignored(param.as_str(), value),
    }
    // How much a pasted statement grants, and whom it trusts.
    /// `"Action": "*"` in an Allow: every action of every AWS service, including IAM's, so the
    /// grantee could give itself anything. A Deny of `*` (the deny guard) is fine.
    AllowAllActions => {
        code: "allow-all-actions",
        severity: Error,
        source: iam(LEAST_PRIVILEGE),
        message: msg::allow_all_actions(),
    }
    /// A service wildcard (`s3:*`) in an Allow: every action of the service, including deleting
    /// buckets and rewriting their policies.
    AllowServiceWildcard { pattern: String } => {
        code: "allow-service-wildcard",
        severity: Warning,
        source: iam(LEAST_PRIVILEGE),
        message: msg::allow_service_wildcard(pattern),
    }
    /// `NotAction` in an Allow: every action but those listed, of every service, including ones
    /// AWS adds later.
    AllowNotAction => {
        code: "allow-with-not-action",
        severity: Warning,
        source: iam(NOT_ACTION),
        message: msg::allow_with_not_action(),
    }
    /// `NotResource` in an Allow: every resource but those listed, in every account it can reach.
    AllowNotResource => {
        code: "allow-with-not-resource",
        severity: Warning,
        source: iam(NOT_RESOURCE),
        message: msg::allow_with_not_resource(),
    }
    /// S3 actions on `"*"` or `arn:aws:s3:::*`: every bucket of the account, not the one shared.
    S3ActionsOnEveryBucket { actions: Vec<S3Action> } => {
        code: "s3-actions-on-every-bucket",
        severity: Warning,
        source: iam(LEAST_PRIVILEGE),
        message: msg::s3_actions_on_every_bucket(list(actions)),
    }
    /// A trust statement that lets an AWS principal assume the role without an `sts:ExternalId`
    /// condition: the vendor could be tricked into using this role for another customer (the
    /// confused deputy). Pinning the principal with `aws:PrincipalArn` (a role assuming itself)
    /// is not another account.
    TrustWithoutExternalId => {
        code: "trust-without-external-id",
        severity: Warning,
        source: iam(CONFUSED_DEPUTY),
        message: msg::trust_without_external_id(),
    }
    /// `"Version": "2008-10-17"`: the old policy language, without policy variables.
    OldVersion => {
        code: "old-policy-version",
        severity: Warning,
        source: iam(VERSION),
        message: msg::old_policy_version(),
    }
    /// An `Id` or `Sid` the AWS Policy Generator made up (`Policy1425281523961`, `Stmt1425…`):
    /// harmless, but it names nothing.
    GeneratorLeftover { value: String } => {
        code: "policy-generator-leftover",
        severity: Suggestion,
        source: iam(POLICY_ID),
        message: msg::policy_generator_leftover(value),
    }
    /// A bucket policy that allows `"*"` (anyone, signed in or not) with no condition: the
    /// bucket's data is public.
    PublicBucketPolicy => {
        code: "public-bucket-policy",
        severity: Error,
        source: page(BUCKET_POLICIES),
        message: msg::public_bucket_policy(),
    }

    // The checker's fix (a form state), and why it is not offered.
    /// A Deny the form can't build (anything but the deny guard; any Deny in a trust policy): a
    /// fix without it would allow what it denies, so none is offered.
    FixBlockedByDeny => {
        code: "fix-blocked-by-deny",
        severity: Suggestion,
        source: None,
        message: msg::fix_blocked_by_deny(),
    }
    /// An Allow condition the form doesn't write (`aws:SourceIp`, a plain `StringEquals` on
    /// `s3:x-amz-acl`): a fix without it would allow requests this policy refuses.
    FixBlockedByCondition { key: String } => {
        code: "fix-blocked-by-condition",
        severity: Suggestion,
        source: None,
        message: msg::fix_blocked_by_condition(key),
    }
    /// A resource naming single objects or a pattern inside a folder (`bucket/report.csv`): the
    /// form grants whole buckets and folders, which would be broader.
    FixBlockedByResource { arn: String } => {
        code: "fix-blocked-by-resource",
        severity: Suggestion,
        source: None,
        message: msg::fix_blocked_by_resource(arn),
    }
    /// The fix the form would build allows a request the pasted policy does not, for a reason the
    /// checker can't point at one statement for; it is withheld.
    FixWouldBroaden { action: String, target: String } => {
        code: "fix-would-broaden",
        severity: Suggestion,
        source: None,
        message: msg::fix_would_broaden(action, target),
    }
    /// An account-wide action (`s3:ListAllMyBuckets`, which lists every bucket) the fix leaves
    /// out: a vendor working in one bucket doesn't need it.
    FixDropsAccountAction { action: S3Action } => {
        code: "fix-drops-account-action",
        severity: Suggestion,
        source: page(S3_ACTIONS),
        message: msg::fix_drops_account_action(action.to_string()),
    }
    /// A pasted document with a list longer than any policy within AWS's quotas holds: only its
    /// first `max` items of each list were checked, so the page answers at once.
    ScanLimited { max: usize } => {
        code: "scan-limited",
        severity: Warning,
        source: iam(QUOTAS),
        message: msg::scan_limited(*max),
    }
    /// A string longer than a whole managed policy may be: no element holds it, so it is named
    /// once and not read further.
    ValueTooLong { chars: usize } => {
        code: "value-too-long",
        severity: Error,
        source: iam(QUOTAS),
        message: msg::value_too_long(Count(*chars)),
    }
    /// A character outside IAM's policy character set (tab, line feed, carriage return,
    /// U+0020–U+00FF), such as an em dash or CJK text (aws-rules §3).
    InvalidCharacter { ch: char } => {
        code: "invalid-character",
        severity: Error,
        source: iam(QUOTAS),
        message: msg::invalid_character(ch.to_string(), ch.escape_unicode().to_string()),
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
    use crate::lang::Lang;

    #[test]
    fn a_megabyte_value_is_quoted_cut_with_its_length() {
        let problem = Problem::UnknownParam { name: "x".repeat(1 << 20) };
        let english = problem.to_string();
        assert!(english.len() < 400, "{} bytes", english.len());
        assert!(
            english.contains(&format!("{}… (1,048,576 characters in all)", "x".repeat(100))),
            "{english}"
        );
        assert!(problem.message().text(Lang::ZhCn).contains("…（共 1,048,576 个字符）"));
        let short = Problem::UnknownParam { name: "y".repeat(QUOTED_AT_MOST) };
        assert!(short.to_string().contains(&"y".repeat(QUOTED_AT_MOST)), "a value up to the limit is whole");
    }

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

    /// One of every variant and every branch its message takes (each kind of policy, quota,
    /// wrapper, character class), beyond [`Problem::samples`].
    fn every_branch() -> Vec<Problem> {
        let mut every = Problem::samples();
        for ch in [' ', '\t', '\u{a0}', '\u{200b}', '\'', '"', '`', '\\', '“', '数'] {
            every.extend([
                Problem::BucketChar { ch },
                Problem::InvisibleSpace { ch },
                Problem::FollowupValueQuoting { placeholder: "x", ch },
                Problem::MalformedJson { line: 1, column: 2, expected: msg::noun_value(), found: Some(ch) },
            ]);
        }
        every.push(Problem::MalformedJson {
            line: 1,
            column: 2,
            expected: msg::json_expected_end(),
            found: None,
        });
        every.extend(Param::ALL.map(|param| Problem::Missing { param }));
        for doc in [DocKind::Trust, DocKind::Permissions, DocKind::Bucket] {
            every.push(Problem::MissingPrincipal { doc });
            every.push(Problem::WrongDocumentKind { found: doc, expected: DocKind::Trust });
        }
        for quota in [Quota::TrustPolicy, Quota::ManagedPolicy, Quota::BucketPolicy] {
            every.push(Problem::PolicySize { chars: 7000, quota });
        }
        for kind in [ResourceKind::Bucket, ResourceKind::Object, ResourceKind::Account, ResourceKind::Other] {
            let actions = vec![S3Action::GET_OBJECT, S3Action::LIST_BUCKET];
            every.push(Problem::ActionResourceMismatch { action: S3Action::GET_OBJECT, needs: kind });
            every.push(Problem::ResourceNotActedOn { arn: "arn:aws:s3:::b".into(), kind, actions });
        }
        every.extend(
            [
                Wrapper::TerraformJsonencode,
                Wrapper::TerraformHeredoc,
                Wrapper::TerraformPolicyDocument,
                Wrapper::CloudFormation,
                Wrapper::Statement,
                Wrapper::Yaml,
            ]
            .map(|from| Problem::Unwrapped { from }),
        );
        every.extend([
            Problem::UniqueIdPrincipal { role: false },
            Problem::DenyBlocksKms { grants_kms: false },
            Problem::UnknownAction { action: "s3:GetObjects".into(), suggestion: None },
            Problem::WrongType { element: String::new(), expected: msg::type_expected_json_object() },
        ]);
        every
    }

    /// A placeholder a template left unfilled (`{name}`); the braces messages quote (`'}'`,
    /// `${aws:username}`, `{…}`) are no such name.
    fn unfilled(text: &str) -> bool {
        text.split('{').skip(1).any(|after| {
            after.split_once('}').is_some_and(|(name, _)| {
                !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
            })
        })
    }

    /// Every message reads in every language, filled in, Chinese in zh-CN; English is what
    /// `to_string()` says.
    #[test]
    fn every_message_renders_in_every_language() {
        use crate::lang::Lang;
        for problem in every_branch() {
            let message = problem.message();
            for lang in Lang::ALL {
                let text = message.text(lang);
                assert!(!text.trim().is_empty() && !unfilled(&text), "{problem:?} in {lang:?}: {text}");
            }
            let chinese = message.text(Lang::ZhCn);
            assert!(
                chinese.chars().any(|ch| ('\u{4e00}'..='\u{9fff}').contains(&ch)),
                "{problem:?}: {chinese}"
            );
            assert_eq!(message.text(Lang::En), problem.to_string());
        }
        assert!(unfilled("'{value}' x") && !unfilled("'}' or ${aws:username} or {…} or {{resolve:"));
    }

    #[test]
    fn chinese_messages_keep_the_values_and_name_things_in_chinese() {
        use crate::lang::Lang;
        let digits = Problem::AccountDigits { digits: 13 }.message().text(Lang::ZhCn);
        assert_eq!(digits, "AWS 账户 ID 正好是 12 位数字；此值有 13 位。请重新从供应商处复制。");
        let allowed = Problem::NotOneOf { value: "fr".into(), allowed: Lang::NAMES }.message();
        assert_eq!(allowed.text(Lang::ZhCn), "'fr' 不是此处的可选值；请使用以下之一：en、zh-CN。");
        assert_eq!(allowed.to_string(), "'fr' is not an option here; use one of: en, zh-CN.");
        let space = Problem::InvisibleSpace { ch: '\u{a0}' }.message().text(Lang::ZhCn);
        assert!(space.contains("不间断空格（'\\u{a0}'）"), "{space}");
        let missing = Problem::Missing { param: Param::Bucket }.message().text(Lang::ZhCn);
        assert_eq!(missing, "请输入存储桶名称。");
    }
}
