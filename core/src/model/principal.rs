//! The vendor principal a trust policy names (aws-rules §5).

use std::fmt;

use crate::finding::Problem;
use crate::lang::{msg, Message};
use crate::model::{AccountId, NameKind, Partition, PathName};

/// Who the vendor is, as IAM can name it in a trust policy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PrincipalKind {
    /// The whole vendor account (`:root`); the vendor decides which of its identities may assume.
    Root,
    /// An IAM user, with its path.
    User(PathName),
    /// An IAM role, with its path.
    Role(PathName),
}

/// A trusted principal. Invariant: an IAM user, role or account-root ARN IAM accepts in a trust
/// policy; never a group, policy, wildcard, session or unique ID.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Principal {
    partition: Partition,
    account: AccountId,
    kind: PrincipalKind,
}

impl Principal {
    /// The principal from its parts, each already valid.
    pub fn new(partition: Partition, account: AccountId, kind: PrincipalKind) -> Principal {
        Principal { partition, account, kind }
    }

    /// Parses a full principal ARN. A bare 12-digit account ID is the account's root in
    /// `partition`, as IAM reads it.
    pub fn parse(raw: &str, partition: Partition) -> Result<Principal, Vec<Problem>> {
        if raw.len() == 12 && raw.chars().all(|c| c.is_ascii_digit()) {
            return AccountId::parse(raw)
                .map(|account| Principal::new(partition, account, PrincipalKind::Root));
        }
        if let Some(kind) = unsupported_kind(raw) {
            return Err(vec![Problem::PrincipalKindUnsupported { kind }]);
        }
        let fields: Vec<&str> = raw.splitn(6, ':').collect();
        let [arn, partition_name, service, region, account, resource] = fields[..] else {
            return Err(vec![Problem::PrincipalShape]);
        };
        if arn != "arn" || service != "iam" || !region.is_empty() {
            return Err(vec![Problem::PrincipalShape]);
        }
        let partition = Partition::parse(partition_name).map_err(|_| vec![Problem::PrincipalShape])?;
        let account = AccountId::parse(account)?;
        let kind = match resource.split_once('/') {
            None if resource == "root" => PrincipalKind::Root,
            Some(("user", name)) => PrincipalKind::User(PathName::parse(name, NameKind::User)?),
            Some(("role", name)) => PrincipalKind::Role(PathName::parse(name, NameKind::Role)?),
            _ => return Err(vec![Problem::PrincipalShape]),
        };
        Ok(Principal { partition, account, kind })
    }

    /// The partition in its ARN.
    pub fn partition(&self) -> Partition {
        self.partition
    }

    /// The vendor's account.
    pub fn account(&self) -> &AccountId {
        &self.account
    }

    /// The root of its account: the whole account as a principal.
    pub fn account_root(&self) -> Principal {
        Principal::new(self.partition, self.account.clone(), PrincipalKind::Root)
    }

    /// The account itself, or which user or role in it.
    pub fn kind(&self) -> &PrincipalKind {
        &self.kind
    }
}

/// The ARN, the only form Rolesmith writes into documents.
impl fmt::Display for Principal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "arn:{}:iam::{}:", self.partition, self.account)?;
        match &self.kind {
            PrincipalKind::Root => f.write_str("root"),
            PrincipalKind::User(name) => write!(f, "user/{name}"),
            PrincipalKind::Role(name) => write!(f, "role/{name}"),
        }
    }
}

/// What a unique ID names, read from its prefix (aws-rules §3, "unique ID prefixes"): `AROA…` is
/// a role, `AIDA…` a user. IAM shows one in a trust policy after that role or user was deleted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UniqueId {
    /// `AROA…`: a role.
    Role,
    /// `AIDA…`: a user.
    User,
}

impl UniqueId {
    /// `Some` when `raw` is shaped like a role or user unique ID (21 upper-case letters and digits).
    pub fn classify(raw: &str) -> Option<UniqueId> {
        let shaped = raw.len() == 21 && raw.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
        match raw.get(..4) {
            Some("AROA") if shaped => Some(UniqueId::Role),
            Some("AIDA") if shaped => Some(UniqueId::User),
            _ => None,
        }
    }
}

/// Principal forms IAM refuses or silently breaks in a trust policy, named for the message.
fn unsupported_kind(raw: &str) -> Option<Message> {
    if raw.contains('*') || raw.contains('?') {
        Some(msg::principal_kind_wildcard())
    } else if UniqueId::classify(raw).is_some() {
        Some(msg::principal_kind_unique_id())
    } else if raw.contains(":group/") {
        Some(msg::principal_kind_group())
    } else if raw.contains(":policy/") {
        Some(msg::principal_kind_policy())
    } else if raw.contains(":assumed-role/") {
        Some(msg::principal_kind_session())
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(raw: &str) -> Result<String, Vec<&'static str>> {
        Principal::parse(raw, Partition::Aws)
            .map(|principal| principal.to_string())
            .map_err(|problems| problems.iter().map(Problem::code).collect())
    }

    #[test]
    fn user_role_and_root_arns_round_trip() {
        for arn in [
            "arn:aws-cn:iam::588271335135:user/guance-s3-bakcuplog",
            "arn:aws:iam::123456789012:role/xxxxxxx/tnabcdefg/xxxxxxx-tnabcdefg",
            "arn:aws:iam::366810793500:root",
            "arn:aws-us-gov:iam::044793339203:role/databricks",
        ] {
            assert_eq!(check(arn).as_deref(), Ok(arn));
        }
    }

    #[test]
    fn a_bare_account_is_its_root_in_the_chosen_partition() {
        assert_eq!(
            Principal::parse("366810793500", Partition::AwsCn).unwrap().to_string(),
            "arn:aws-cn:iam::366810793500:root"
        );
    }

    #[test]
    fn unique_ids_are_classified_by_prefix() {
        assert_eq!(UniqueId::classify("AROADBQP57FF2AEXAMPLE"), Some(UniqueId::Role));
        assert_eq!(UniqueId::classify("AIDAJQABLZS4A3QDU576Q"), Some(UniqueId::User));
        assert_eq!(UniqueId::classify("AKIAIOSFODNN7EXAMPLEX"), None);
        assert_eq!(UniqueId::classify("AROA"), None);
    }

    #[test]
    fn unsupported_kinds_are_named() {
        assert_eq!(check("*"), Err(vec!["principal-kind-unsupported"]));
        assert_eq!(check("AIDAJQABLZS4A3QDU576Q"), Err(vec!["principal-kind-unsupported"]));
        assert_eq!(check("arn:aws:iam::123456789012:group/admins"), Err(vec!["principal-kind-unsupported"]));
        assert_eq!(check("arn:aws:iam::123456789012:policy/p"), Err(vec!["principal-kind-unsupported"]));
        assert_eq!(
            check("arn:aws:sts::123456789012:assumed-role/r/s"),
            Err(vec!["principal-kind-unsupported"])
        );
        assert_eq!(check("arn:aws:iam::123456789012:user/team*"), Err(vec!["principal-kind-unsupported"]));
    }

    #[test]
    fn malformed_arns_say_what_shape_is_expected() {
        assert_eq!(check("arn:aws:s3:::bucket"), Err(vec!["principal-shape"]));
        assert_eq!(check("arn:aws:iam:us-east-1:123456789012:root"), Err(vec!["principal-shape"]));
        assert_eq!(check("arn:aws-iso:iam::123456789012:root"), Err(vec!["principal-shape"]));
        assert_eq!(check("arn:aws:iam::12345:root"), Err(vec!["account-digits"]));
        assert_eq!(check("arn:aws:iam::123456789012:user/bad name"), Err(vec!["name-char"]));
        assert_eq!(check("vendor"), Err(vec!["principal-shape"]));
    }
}
