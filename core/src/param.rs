//! The URL parameters of the public contract (design.md), as one enum.
//!
//! URL parsing, share links, form `name=`s, `data-error-for=` and findings all go through
//! [`Param`], so the contract vendors and tests depend on is spelled in exactly one place.

use std::fmt;
use std::sync::OnceLock;

/// One URL parameter, which is also one form field. Declared in form order: findings sort by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Param {
    /// `vendor`: the vendor's display name (headings, default names, descriptions).
    Vendor,
    /// `mode`: `role` (default) or `user`.
    Mode,
    /// `partition`: `aws` (default), `aws-cn` or `aws-us-gov`.
    Partition,
    /// `site`: which of a known vendor's sites, where it publishes a principal per site.
    Site,
    /// `account`: the vendor's (trusted) AWS account ID.
    Account,
    /// `user`: the vendor's trusted IAM user name, optionally with a path.
    User,
    /// `role`: the vendor's trusted IAM role name, optionally with a path; instead of `user`.
    Role,
    /// `principal`: the vendor's full principal ARN; instead of `account` with `user` or `role`.
    Principal,
    /// `external_id`: the external ID the vendor issued.
    ExternalId,
    /// `bucket`: the S3 bucket to grant.
    Bucket,
    /// `prefix`: a key prefix (folder) inside the bucket, if access stops there.
    Prefix,
    /// `locations`: more buckets or folders, beyond `bucket` and `prefix`.
    Locations,
    /// `access`: `read`, `write`, `read-write` (default) or `read-write-delete`.
    Access,
    /// `actions`: explicit comma-separated S3 actions; overrides `access`.
    Actions,
    /// `acl`: `bucket-owner-full-control`, required on every upload.
    Acl,
    /// `deny_outside_bucket`: `true` adds a Deny for everything outside the bucket.
    DenyOutsideBucket,
    /// `kms_key`: the KMS key ARN of an SSE-KMS bucket (adds the KMS actions it needs).
    KmsKey,
    /// `self_assume`: `true` lets the role assume itself (Databricks Unity Catalog): a second
    /// trust statement.
    SelfAssume,
    /// `two_step`: `true` when the vendor names its principal and external ID only once it has
    /// the role ARN (Snowflake storage integrations): the role is created with a placeholder trust.
    TwoStep,
    /// `customer_account`: the customer's own account ID, which makes the role ARN known.
    CustomerAccount,
    /// `role_name`: the name of the role the customer creates.
    RoleName,
    /// `policy_name`: the name of the permissions policy the customer creates.
    PolicyName,
    /// `user_name`: the name of the IAM user the customer creates (user mode).
    UserName,
    /// `followup`: the vendor's next step, with `{role_arn}`-style placeholders filled in.
    Followup,
    /// `lock`: comma-separated parameters shown but not editable (embedded use).
    Lock,
    /// `embed`: `1` for the compact layout of an iframe.
    Embed,
    /// `how`: the way of creating it shown first (`console`, `bash`, …).
    How,
    /// `view`: `vendor` for the vendor kit instead of the builder.
    View,
    /// `theme`: `light`, `dark` or `auto`.
    Theme,
    /// `accent`: the vendor's brand colour, `#RRGGBB`.
    Accent,
    /// `lang`: the interface's language, `en` or `zh-CN`.
    Lang,
}

impl Param {
    /// Every parameter, in form order.
    pub const ALL: [Param; 31] = [
        Param::Vendor,
        Param::Mode,
        Param::Partition,
        Param::Site,
        Param::Account,
        Param::User,
        Param::Role,
        Param::Principal,
        Param::ExternalId,
        Param::Bucket,
        Param::Prefix,
        Param::Locations,
        Param::Access,
        Param::Actions,
        Param::Acl,
        Param::DenyOutsideBucket,
        Param::KmsKey,
        Param::SelfAssume,
        Param::TwoStep,
        Param::CustomerAccount,
        Param::RoleName,
        Param::PolicyName,
        Param::UserName,
        Param::Followup,
        Param::Lock,
        Param::Embed,
        Param::How,
        Param::View,
        Param::Theme,
        Param::Accent,
        Param::Lang,
    ];

    /// The name in URLs and in the form's `name=` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Param::Vendor => "vendor",
            Param::Mode => "mode",
            Param::Partition => "partition",
            Param::Site => "site",
            Param::Account => "account",
            Param::User => "user",
            Param::Role => "role",
            Param::Principal => "principal",
            Param::ExternalId => "external_id",
            Param::Bucket => "bucket",
            Param::Prefix => "prefix",
            Param::Locations => "locations",
            Param::Access => "access",
            Param::Actions => "actions",
            Param::Acl => "acl",
            Param::DenyOutsideBucket => "deny_outside_bucket",
            Param::KmsKey => "kms_key",
            Param::SelfAssume => "self_assume",
            Param::TwoStep => "two_step",
            Param::CustomerAccount => "customer_account",
            Param::RoleName => "role_name",
            Param::PolicyName => "policy_name",
            Param::UserName => "user_name",
            Param::Followup => "followup",
            Param::Lock => "lock",
            Param::Embed => "embed",
            Param::How => "how",
            Param::View => "view",
            Param::Theme => "theme",
            Param::Accent => "accent",
            Param::Lang => "lang",
        }
    }

    /// Whether the user edits it in the form. The others shape the page itself (which parameters
    /// are locked, the embedded layout, the way shown first, the vendor kit, theme, colour and
    /// language).
    pub fn is_field(self) -> bool {
        !matches!(
            self,
            Param::Lock
                | Param::Embed
                | Param::How
                | Param::View
                | Param::Theme
                | Param::Accent
                | Param::Lang
        )
    }

    /// Whether it is an on/off flag (`true`, or empty for off), edited with a checkbox.
    pub fn is_flag(self) -> bool {
        matches!(self, Param::DenyOutsideBucket | Param::SelfAssume | Param::TwoStep)
    }

    /// The parameter with this exact (case-sensitive) name, if the contract has one.
    pub fn from_name(name: &str) -> Option<Param> {
        // Grouped by length: a name is compared only with names as long as it is, most of them
        // told apart by their first byte, so each of a link's 100,000 unknown names costs a few
        // comparisons.
        static BY_LENGTH: OnceLock<Vec<Vec<(&'static str, Param)>>> = OnceLock::new();
        let by_length = BY_LENGTH.get_or_init(|| {
            let longest = Param::ALL.iter().map(|param| param.as_str().len()).max().unwrap_or_default();
            let mut table = vec![Vec::new(); longest + 1];
            for param in Param::ALL {
                table[param.as_str().len()].push((param.as_str(), param));
            }
            table
        });
        let first = name.as_bytes().first();
        by_length
            .get(name.len())?
            .iter()
            .find(|(known, _)| known.as_bytes().first() == first && *known == name)
            .map(|&(_, param)| param)
    }
}

impl fmt::Display for Param {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_are_unique() {
        for param in Param::ALL {
            assert_eq!(Param::from_name(param.as_str()), Some(param));
        }
        let mut names: Vec<_> = Param::ALL.iter().map(|p| p.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Param::ALL.len());
    }

    #[test]
    fn all_is_in_declaration_order() {
        assert!(Param::ALL.windows(2).all(|pair| pair[0] < pair[1]));
    }

    #[test]
    fn unknown_and_miscased_names_are_not_params() {
        assert_eq!(Param::from_name("Bucket"), None);
        assert_eq!(Param::from_name("bucket_name"), None);
    }
}
