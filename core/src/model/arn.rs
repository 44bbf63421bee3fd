//! Resource ARNs that policies grant on, built only from checked values.

use std::fmt;

use serde::{Serialize, Serializer};

use crate::model::{BucketName, KeyPrefix, KmsKeyArn, Partition, Principal};

/// A resource in a policy `Resource`/`NotResource`. Invariant: made by one of the constructors
/// below from validated parts, in one partition, so a document can only hold checked ARNs.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct ResourceArn(String);

impl ResourceArn {
    /// `arn:P:s3:::bucket`
    pub fn bucket(partition: Partition, bucket: &BucketName) -> ResourceArn {
        ResourceArn(format!("arn:{partition}:s3:::{bucket}"))
    }

    /// `arn:P:s3:::bucket/prefix/*`, or `arn:P:s3:::bucket/*` for the whole bucket.
    pub fn objects(partition: Partition, bucket: &BucketName, prefix: Option<&KeyPrefix>) -> ResourceArn {
        let folder = prefix.map(KeyPrefix::folder).unwrap_or_default();
        ResourceArn(format!("arn:{partition}:s3:::{bucket}/{folder}*"))
    }

    /// A KMS key, for the `kms:` actions an SSE-KMS bucket needs.
    pub fn kms_key(key: &KmsKeyArn) -> ResourceArn {
        ResourceArn(key.as_str().to_owned())
    }

    /// An IAM role or user, as a resource (`sts:AssumeRole` on a self-assuming role).
    pub fn principal(principal: &Principal) -> ResourceArn {
        ResourceArn(principal.to_string())
    }

    /// `*`, for actions that are not about one resource (`s3:ListAllMyBuckets`).
    pub fn any() -> ResourceArn {
        ResourceArn("*".to_owned())
    }

    /// The ARN as written in documents.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ResourceArn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for ResourceArn {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arns_carry_the_partition() {
        let bucket = BucketName::parse("guance-backup").unwrap();
        let prefix = KeyPrefix::parse("logs/elb").unwrap();
        assert_eq!(ResourceArn::bucket(Partition::AwsCn, &bucket).as_str(), "arn:aws-cn:s3:::guance-backup");
        assert_eq!(
            ResourceArn::objects(Partition::AwsUsGov, &bucket, Some(&prefix)).as_str(),
            "arn:aws-us-gov:s3:::guance-backup/logs/elb/*"
        );
        assert_eq!(
            ResourceArn::objects(Partition::Aws, &bucket, None).as_str(),
            "arn:aws:s3:::guance-backup/*"
        );
    }
}
