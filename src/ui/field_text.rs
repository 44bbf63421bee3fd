//! What each field says to the user: label, one-line hint with where to find the value, an
//! example, and which control it is. Copy only; the rules behind it live in the core.

use rolesmith_core::model::{Access, CannedAcl, Mode, Partition};
use rolesmith_core::param::Param;

/// The kind of form control a parameter is edited with.
#[derive(Clone, Copy)]
pub enum Control {
    Text,
    TextArea,
    /// A fixed list; `default` is what an empty value means.
    Select {
        options: &'static [&'static str],
        default: &'static str,
    },
    /// Checked means `"true"`, unchecked means empty.
    Checkbox,
}

/// Where a field sits in the form.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Vendor,
    Bucket,
    Yours,
}

pub struct FieldText {
    pub label: &'static str,
    pub hint: &'static str,
    pub example: Option<&'static str>,
    pub control: Control,
    pub section: Section,
}

const ACL_OPTIONS: &[&str] = &["", CannedAcl::NAMES[0]];

pub fn field_text(param: Param) -> FieldText {
    let (label, hint, example, control, section) = match param {
        Param::Vendor => ("Vendor name", "Who gets access; used in names and descriptions.", Some("Logz.io"), Control::Text, Section::Vendor),
        Param::Mode => ("What to create", "A role is safer: the vendor never holds a long-lived key.", None, Control::Select { options: Mode::NAMES, default: "role" }, Section::Vendor),
        Param::Partition => ("AWS partition", "Where your account lives: standard regions, China or GovCloud (US).", None, Control::Select { options: Partition::NAMES, default: "aws" }, Section::Vendor),
        Param::Account => ("Vendor's AWS account ID", "12 digits, from the vendor's setup page.", Some("366810793500"), Control::Text, Section::Vendor),
        Param::User => ("Vendor's IAM user", "Optional: trust only this user of the vendor's account; a path goes in front (division/name).", Some("xmode-data-transfer"), Control::Text, Section::Vendor),
        Param::Role => ("Vendor's IAM role", "Optional, instead of a user: trust only this role; may include a path.", Some("databend/tn-abc/databend-tn-abc"), Control::Text, Section::Vendor),
        Param::Principal => ("Vendor's principal ARN", "Instead of the three fields above: the whole ARN, if the vendor gave you one.", Some("arn:aws:iam::366810793500:user/xmode-data-transfer"), Control::Text, Section::Vendor),
        Param::ExternalId => ("External ID", "The value the vendor issued for your account. Copy it exactly; don't make one up.", Some("gc-7f3a9e2b41d84c6e"), Control::Text, Section::Vendor),
        Param::Bucket => ("Bucket name", "Only the name, without s3:// or arn:.", Some("acme-vendor-exports"), Control::Text, Section::Bucket),
        Param::Prefix => ("Folder (prefix)", "Optional: limit access to keys under this folder.", Some("exports/vendor/"), Control::Text, Section::Bucket),
        Param::Access => ("Access", "What the vendor may do with the objects.", None, Control::Select { options: Access::NAMES, default: "read-write" }, Section::Bucket),
        Param::Actions => ("Exact S3 actions", "Optional, comma-separated; replaces Access.", Some("s3:GetObject, s3:ListBucket"), Control::Text, Section::Bucket),
        Param::Acl => ("Required ACL on uploads", "Only if the vendor's docs ask for it: an upload that sets an ACL must set this one.", None, Control::Select { options: ACL_OPTIONS, default: "" }, Section::Bucket),
        Param::DenyOutsideBucket => ("Deny everything outside this bucket", "Adds an explicit Deny, a guard against broader policies attached later.", None, Control::Checkbox, Section::Bucket),
        Param::KmsKey => ("KMS key ARN", "Only if the bucket is encrypted with SSE-KMS.", Some("arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"), Control::Text, Section::Bucket),
        Param::CustomerAccount => ("Your AWS account ID", "Optional: lets this page show the role ARN to send back. In the console, it's under your name at the top right.", Some("111122223333"), Control::Text, Section::Yours),
        Param::RoleName => ("Role name", "The role you create; leave empty for the suggested name.", None, Control::Text, Section::Yours),
        Param::PolicyName => ("Policy name", "The managed policy you create; leave empty for the suggested name.", None, Control::Text, Section::Yours),
        Param::UserName => ("User name", "The IAM user you create; leave empty for the suggested name.", None, Control::Text, Section::Yours),
        Param::Followup => ("Vendor follow-up", "Text the vendor asks you to run next; {role_arn}, {external_id}, {bucket} and {prefix} are filled in.", None, Control::TextArea, Section::Yours),
        Param::Lock | Param::Embed => ("", "", None, Control::Text, Section::Yours),
    };
    FieldText { label, hint, example, control, section }
}

/// How an option of a select reads.
pub fn option_label(value: &str) -> &str {
    match value {
        "role" => "An IAM role the vendor assumes (recommended)",
        "user" => "An IAM user with an access key",
        "aws" => "aws: standard regions",
        "aws-cn" => "aws-cn: China",
        "aws-us-gov" => "aws-us-gov: GovCloud (US)",
        "read" => "Read: list and download",
        "write" => "Write: upload only",
        "read-write" => "Read and write",
        "read-write-delete" => "Read, write and delete",
        "" => "Not required",
        other => other,
    }
}
