//! Validated newtypes for every AWS value Rolesmith handles. Holding one means it is valid.

mod access;
mod account;
mod acl;
mod action;
mod arn;
#[rustfmt::skip]
mod aws_data;
mod bucket;
mod external_id;
mod flag;
pub mod glob;
mod how;
mod iam_name;
mod kms;
mod known_vendor;
mod lang;
mod mode;
mod partition;
mod place;
mod prefix;
mod principal;
mod service_action;
mod theme;
mod vendor;

pub use access::Access;
pub use account::AccountId;
pub use acl::CannedAcl;
pub use action::{ResourceKind, S3Action};
pub use arn::ResourceArn;
pub use bucket::BucketName;
pub use external_id::ExternalId;
pub use flag::parse_flag;
pub use how::How;
pub use iam_name::{IamName, NameKind, PathName};
pub use kms::KmsKeyArn;
pub use known_vendor::{known_vendor, KnownVendor, Published, Standing, KNOWN_VENDORS};
pub use mode::Mode;
pub use partition::Partition;
pub use place::Place;
pub use prefix::KeyPrefix;
pub use principal::{Principal, PrincipalKind, UniqueId};
pub use service_action::{known_service_action, multivalued_key, ServiceActionCheck};
pub use theme::{Accent, Theme};
pub use vendor::VendorName;
