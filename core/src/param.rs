//! The URL parameters of the public contract (design.md), as one enum.
//!
//! URL parsing, share links, form `name=`s, `data-error-for=` and findings all go through
//! [`Param`], so the contract vendors and tests depend on is spelled in exactly one place.

use std::fmt;

/// One URL parameter, which is also one form field. Declared in form order: findings sort by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Param {
    Vendor,
    Mode,
    Partition,
    Site,
    Account,
    User,
    Role,
    Principal,
    ExternalId,
    Bucket,
    Prefix,
    /// More buckets or folders, beyond `bucket` and `prefix`.
    Locations,
    Access,
    Actions,
    Acl,
    DenyOutsideBucket,
    KmsKey,
    /// The role may assume itself (Databricks Unity Catalog): a second trust statement.
    SelfAssume,
    CustomerAccount,
    RoleName,
    PolicyName,
    UserName,
    Followup,
    Lock,
    Embed,
    How,
    View,
    Theme,
    Accent,
}

impl Param {
    /// Every parameter, in form order.
    pub const ALL: [Param; 29] = [
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
        }
    }

    /// Whether the user edits it in the form. The others shape the page itself (which parameters
    /// are locked, the embedded layout, the way shown first, the vendor kit, theme and colour).
    pub fn is_field(self) -> bool {
        !matches!(self, Param::Lock | Param::Embed | Param::How | Param::View | Param::Theme | Param::Accent)
    }

    /// Whether it is an on/off flag (`true`, or empty for off), edited with a checkbox.
    pub fn is_flag(self) -> bool {
        matches!(self, Param::DenyOutsideBucket | Param::SelfAssume)
    }

    /// The parameter with this exact (case-sensitive) name, if the contract has one.
    pub fn from_name(name: &str) -> Option<Param> {
        Param::ALL.into_iter().find(|param| param.as_str() == name)
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
