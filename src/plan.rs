//! A [`Plan`]: every input checked and typed, with the facts all outputs share computed once.

use crate::model::{
    AccountId, BucketName, ExternalId, IamName, KeyPrefix, Partition, Principal, ResourceArn, S3Action,
    VendorName,
};

/// What the customer creates for the vendor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Grantee {
    /// An IAM role the vendor's principal may assume when it presents the external ID.
    Role { trusted: Principal, external_id: ExternalId, role_name: IamName },
    /// An IAM user with an access key, for vendors that cannot assume a role.
    User { user_name: IamName },
}

/// Everything the generators need, already validated; renderers see only this.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub partition: Partition,
    pub grantee: Grantee,
    pub bucket: BucketName,
    pub prefix: Option<KeyPrefix>,
    /// Sorted and free of duplicates.
    pub actions: Vec<S3Action>,
    /// Require `x-amz-acl: bucket-owner-full-control` on writes.
    pub require_owner_acl: bool,
    /// Add a Deny for every resource outside the bucket.
    pub deny_outside_bucket: bool,
    pub customer_account: Option<AccountId>,
    pub policy_name: IamName,
    pub vendor: Option<VendorName>,
}

impl Plan {
    pub fn bucket_arn(&self) -> ResourceArn {
        ResourceArn::bucket(self.partition, &self.bucket)
    }

    /// The objects the vendor may touch: under the prefix, or the whole bucket.
    pub fn objects_arn(&self) -> ResourceArn {
        ResourceArn::objects(self.partition, &self.bucket, self.prefix.as_ref())
    }

    /// Every object in the bucket, whatever the prefix: what "outside the bucket" is measured from.
    pub fn all_objects_arn(&self) -> ResourceArn {
        ResourceArn::objects(self.partition, &self.bucket, None)
    }

    /// The ARN of the role to hand back, when the customer's account is known.
    pub fn role_arn(&self) -> Option<String> {
        match (&self.grantee, &self.customer_account) {
            (Grantee::Role { role_name, .. }, Some(account)) => {
                Some(format!("arn:{}:iam::{account}:role/{role_name}", self.partition))
            }
            _ => None,
        }
    }

    /// `s3://bucket/prefix/`, as people write a location.
    pub fn location(&self) -> String {
        format!("s3://{}/{}", self.bucket, self.prefix.as_ref().map(KeyPrefix::folder).unwrap_or_default())
    }

    /// The vendor's name, or a neutral word when none was given.
    pub fn vendor_label(&self) -> &str {
        self.vendor.as_ref().map_or("the vendor", VendorName::as_str)
    }

    /// One line for IAM descriptions: who may do what, on which bucket. The prefix is left out
    /// because role descriptions only hold Latin-1 (aws-rules §3) and a prefix may hold anything.
    pub fn description(&self) -> String {
        let verbs: Vec<&str> = [
            (
                "read",
                self.actions.iter().any(|a| a.name().starts_with("Get") || a.name().starts_with("List")),
            ),
            ("write", self.actions.iter().any(|a| a.name().starts_with("Put"))),
            ("delete", self.actions.iter().any(|a| a.name().starts_with("Delete"))),
        ]
        .into_iter()
        .filter_map(|(verb, granted)| granted.then_some(verb))
        .collect();
        format!("Lets {} {} s3://{}", self.vendor_label(), verbs.join("/"), self.bucket)
    }
}
