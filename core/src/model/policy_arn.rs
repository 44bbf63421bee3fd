//! Managed policy ARNs (aws-rules §3, §11), as `attach-role-policy --policy-arn` needs them.

use std::fmt;

use crate::finding::Problem;
use crate::model::{AccountId, IamName, NameKind, Partition};

/// Who owns a managed policy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PolicyOwner {
    /// A customer managed policy in this account.
    Account(AccountId),
    /// An AWS managed policy (`arn:aws:iam::aws:policy/ReadOnlyAccess`).
    Aws,
}

/// `arn:PARTITION:iam::ACCOUNT:policy/PATH/NAME`. Invariant: a known partition, a 12-digit account
/// or `aws`, a path of `policyPathType` segments (`[A-Za-z0-9.,+@=_-]+`, no `*`), and a policy name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PolicyArn {
    partition: Partition,
    owner: PolicyOwner,
    path: Vec<String>,
    name: IamName,
}

impl PolicyArn {
    pub fn parse(raw: &str) -> Result<PolicyArn, Vec<Problem>> {
        let shape = || vec![Problem::PolicyArnShape { arn: raw.to_owned() }];
        let fields: Vec<&str> = raw.splitn(6, ':').collect();
        let [arn, partition, service, region, account, resource] = fields[..] else { return Err(shape()) };
        if arn != "arn" || service != "iam" || !region.is_empty() {
            return Err(shape());
        }
        let partition = Partition::parse(partition).map_err(|_| shape())?;
        let (kind, path_and_name) = resource.split_once('/').unwrap_or((resource, ""));
        if kind != "policy" {
            return Err(vec![Problem::PolicyArnNotPolicy { arn: raw.to_owned(), kind: kind.to_owned() }]);
        }
        let owner = match account {
            "aws" => PolicyOwner::Aws,
            digits => PolicyOwner::Account(AccountId::parse(digits)?),
        };
        let (path, name) = path_and_name.rsplit_once('/').unwrap_or(("", path_and_name));
        let path: Vec<String> = path.split('/').filter(|s| !s.is_empty()).map(str::to_owned).collect();
        let bad_segment =
            |segment: &String| !segment.chars().all(|c| c.is_ascii_alphanumeric() || ".,+@=_-".contains(c));
        if let Some(segment) = path.iter().find(|segment| bad_segment(segment)) {
            return Err(vec![Problem::PathSegment { segment: segment.clone() }]);
        }
        let name = IamName::parse(name, NameKind::Policy)?;
        Ok(PolicyArn { partition, owner, path, name })
    }

    pub fn partition(&self) -> Partition {
        self.partition
    }

    pub fn owner(&self) -> &PolicyOwner {
        &self.owner
    }

    pub fn name(&self) -> &IamName {
        &self.name
    }
}

impl fmt::Display for PolicyArn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "arn:{}:iam::", self.partition)?;
        match &self.owner {
            PolicyOwner::Account(account) => write!(f, "{account}")?,
            PolicyOwner::Aws => f.write_str("aws")?,
        }
        f.write_str(":policy/")?;
        for segment in &self.path {
            write!(f, "{segment}/")?;
        }
        self.name.fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(raw: &str) -> Vec<&'static str> {
        match PolicyArn::parse(raw) {
            Ok(arn) => {
                assert_eq!(arn.to_string(), raw);
                vec![]
            }
            Err(problems) => problems.iter().map(Problem::code).collect(),
        }
    }

    #[test]
    fn appendix_a_vectors() {
        assert_eq!(check("arn:aws:iam::123456789012:policy/my-policy"), Vec::<&str>::new());
        assert_eq!(check("arn:aws-cn:iam::123456789012:policy/path/p"), Vec::<&str>::new());
        assert_eq!(check("arn:aws:iam::aws:policy/ReadOnlyAccess"), Vec::<&str>::new());
        assert_eq!(check("arn:aws:iam::123456789012:role/my-policy"), ["policy-arn-not-policy"]);
    }

    #[test]
    fn xmodes_role_arn_gets_the_reason() {
        let problems = PolicyArn::parse("arn:aws:iam::123456789012:role/my-policy").unwrap_err();
        assert_eq!(
            problems[0].to_string(),
            "'arn:aws:iam::123456789012:role/my-policy' is an IAM role ARN, not a policy ARN; attach-role-policy needs arn:PARTITION:iam::ACCOUNT:policy/NAME, best taken from create-policy's output."
        );
    }

    #[test]
    fn other_shapes_are_refused() {
        assert_eq!(check("my-policy"), ["invalid-policy-arn"]);
        assert_eq!(check("arn:aws:s3:::bucket"), ["invalid-policy-arn"]);
        assert_eq!(check("arn:aws:iam::12345:policy/p"), ["account-digits"]);
        assert_eq!(check("arn:aws:iam::123456789012:policy/a*b/p"), ["path-segment"]);
        assert_eq!(check("arn:aws:iam::123456789012:policy/"), ["name-length"]);
        assert_eq!(check("arn:aws:iam::123456789012:root"), ["policy-arn-not-policy"]);
    }
}
