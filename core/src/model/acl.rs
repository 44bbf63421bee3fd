//! The canned ACL a grant can require on uploads: the `acl` parameter (XMode's condition).

use std::fmt;

use crate::finding::Problem;

/// A canned ACL the vendor's writes must carry. Only one makes sense for a vendor delivering into
/// a customer's bucket: the bucket owner gets full control of what the vendor writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CannedAcl {
    /// `bucket-owner-full-control`: the customer owns what the vendor writes.
    BucketOwnerFullControl,
}

impl CannedAcl {
    /// The `acl=` values, as findings list them.
    pub const NAMES: &'static [&'static str] = &["bucket-owner-full-control"];

    /// The canned ACL named exactly `raw`, or [`Problem::NotOneOf`].
    pub fn parse(raw: &str) -> Result<CannedAcl, Vec<Problem>> {
        match raw {
            "bucket-owner-full-control" => Ok(CannedAcl::BucketOwnerFullControl),
            _ => Err(vec![Problem::NotOneOf { value: raw.to_owned(), allowed: CannedAcl::NAMES }]),
        }
    }

    /// The `x-amz-acl` header value, as conditions compare it.
    pub fn as_str(self) -> &'static str {
        match self {
            CannedAcl::BucketOwnerFullControl => "bucket-owner-full-control",
        }
    }
}

impl fmt::Display for CannedAcl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_owner_acl_parses() {
        assert_eq!(CannedAcl::parse("bucket-owner-full-control"), Ok(CannedAcl::BucketOwnerFullControl));
        assert!(CannedAcl::parse("public-read").is_err());
    }
}
