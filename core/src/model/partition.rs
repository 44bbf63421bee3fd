//! AWS partitions (aws-rules §2): the first field of every ARN, and a hard boundary for access.

use std::fmt;

use crate::finding::Problem;

/// A partition Rolesmith generates for. Invariant: one of the three IAM-bearing partitions
/// customers sign in to; the isolated ones have no public vendors.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Partition {
    /// `aws`: the standard regions.
    #[default]
    Aws,
    /// `aws-cn`: the China regions.
    AwsCn,
    /// `aws-us-gov`: AWS GovCloud (US).
    AwsUsGov,
}

impl Partition {
    /// The three partitions, the default first.
    pub const ALL: [Partition; 3] = [Partition::Aws, Partition::AwsCn, Partition::AwsUsGov];
    /// The `partition=` values, as findings list them.
    pub const NAMES: &'static [&'static str] = &["aws", "aws-cn", "aws-us-gov"];

    /// The partition named exactly `raw`, or [`Problem::NotOneOf`].
    pub fn parse(raw: &str) -> Result<Partition, Vec<Problem>> {
        match raw {
            "aws" => Ok(Partition::Aws),
            "aws-cn" => Ok(Partition::AwsCn),
            "aws-us-gov" => Ok(Partition::AwsUsGov),
            _ => Err(vec![Problem::NotOneOf { value: raw.to_owned(), allowed: Partition::NAMES }]),
        }
    }

    /// The name ARNs carry.
    pub fn as_str(self) -> &'static str {
        match self {
            Partition::Aws => "aws",
            Partition::AwsCn => "aws-cn",
            Partition::AwsUsGov => "aws-us-gov",
        }
    }

    /// A region whose endpoints serve IAM in this partition, for CLI commands. The standard
    /// partition needs none: the CLI's configured region works there.
    pub fn cli_region(self) -> Option<&'static str> {
        match self {
            Partition::Aws => None,
            Partition::AwsCn => Some("cn-north-1"),
            Partition::AwsUsGov => Some("us-gov-west-1"),
        }
    }
}

impl fmt::Display for Partition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_exactly_the_three_names() {
        for name in Partition::NAMES {
            assert_eq!(Partition::parse(name).map(|p| p.as_str()), Ok(*name));
        }
        assert!(Partition::parse("AWS").is_err());
        assert!(Partition::parse("aws-iso").is_err());
        assert!(Partition::parse("").is_err());
    }
}
