//! What each field says to the user: label, one-line hint with where to find the value, an
//! example, and which control it is. Copy only; the rules behind it (sections, a select's
//! choices) live in the core's `form`.

use rolesmith_core::param::Param;

/// The kind of form control a parameter is edited with.
#[derive(Clone, Copy)]
pub enum Control {
    Text,
    TextArea,
    /// A fixed list, whose choices `form::choices` gives.
    Select,
    /// Checked means `"true"`, unchecked means empty.
    Checkbox,
}

pub struct FieldText {
    pub label: &'static str,
    pub hint: &'static str,
    pub example: Option<&'static str>,
    pub control: Control,
}

pub fn field_text(param: Param) -> FieldText {
    let (label, hint, example, control) = match param {
        Param::Vendor => ("Vendor name", "Used in names and descriptions.", Some("Logz.io"), Control::Text),
        Param::Mode => ("What to create", "A role is safer: no long-lived key to leak.", None, Control::Select),
        Param::Partition => ("AWS partition", "Standard regions, China or GovCloud (US): where your account lives.", None, Control::Select),
        Param::Site => ("Vendor's site", "The vendor has an AWS account per site (region of its service); the one your account with it is on.", Some("US1"), Control::Text),
        Param::Account => ("Vendor's AWS account ID", "12 digits, from the vendor's setup page.", Some("366810793500"), Control::Text),
        Param::User => ("Vendor's IAM user", "The user name the vendor gave you, its path in front if it has one (division/name).", Some("xmode-data-transfer"), Control::Text),
        Param::Role => ("Vendor's IAM role", "The role name the vendor gave you, its path in front if it has one.", Some("databend/tn-abc/databend-tn-abc"), Control::Text),
        Param::Principal => ("Vendor's principal ARN", "The whole ARN the vendor gave you: a user, a role or an account root.", Some("arn:aws:iam::366810793500:user/xmode-data-transfer"), Control::Text),
        Param::ExternalId => ("External ID", "The value the vendor issued for your account. Copy it exactly; don't make one up.", Some("gc-7f3a9e2b41d84c6e"), Control::Text),
        Param::Bucket => ("Bucket name", "Only the name, without s3:// or arn:.", Some("acme-vendor-exports"), Control::Text),
        Param::Prefix => ("Folder (prefix)", "Optional: limit access to keys under this folder.", Some("exports/vendor/"), Control::Text),
        Param::Locations => ("More buckets or folders", "Optional, one per line (commas work too): bucket, or bucket/folder. Each gets what the bucket above gets.", Some("my-archive-bucket/logs/"), Control::TextArea),
        Param::Access => ("Access", "What the vendor may do with the objects.", None, Control::Select),
        Param::Actions => ("Exact S3 actions", "Optional, comma-separated; replaces Access.", Some("s3:GetObject, s3:ListBucket"), Control::Text),
        Param::Acl => ("Required ACL on uploads", "Only if the vendor's docs ask for it: an upload that sets an ACL must set this one.", None, Control::Select),
        Param::DenyOutsideBucket => ("Deny everything outside this bucket", "Adds an explicit Deny, a guard against broader policies attached later.", None, Control::Checkbox),
        Param::SelfAssume => ("The role may assume itself", "Only if the vendor asks for it (Databricks Unity Catalog): the role trusts its own ARN too. Needs your AWS account ID.", None, Control::Checkbox),
        Param::TwoStep => ("The vendor names its principal after the role exists", "Only if the vendor asks for the role ARN first (Snowflake storage integrations): create the role now with a trust no one can use, then replace it with the vendor's values.", None, Control::Checkbox),
        Param::KmsKey => ("KMS key ARN", "Only if the bucket is encrypted with SSE-KMS.", Some("arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"), Control::Text),
        Param::CustomerAccount => ("Your AWS account ID (optional)", "Completes the hand-back with your role's ARN. In the console, it's under your name at the top right.", Some("111122223333"), Control::Text),
        Param::RoleName => ("Role name", "The role you create; leave empty for the suggested name.", None, Control::Text),
        Param::PolicyName => ("Policy name", "The managed policy you create; leave empty for the suggested name.", None, Control::Text),
        Param::UserName => ("User name", "The IAM user you create; leave empty for the suggested name.", None, Control::Text),
        Param::Followup => ("Vendor follow-up", "Text the vendor asks you to run next; {role_arn}, {external_id}, {bucket} and {prefix} are filled in.", None, Control::TextArea),
        Param::How => ("Way shown first", "The tab your customers see first.", None, Control::Select),
        Param::Theme => ("Theme", "Light, dark, or whatever the reader's browser prefers.", None, Control::Select),
        Param::Accent => ("Accent colour", "Your brand colour for buttons and focus; text on it stays readable.", Some("#1A73E8"), Control::Text),
        Param::Lock | Param::Embed | Param::View | Param::Lang => ("", "", None, Control::Text),
    };
    FieldText { label, hint, example, control }
}
