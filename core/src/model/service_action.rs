//! KMS, STS and IAM action names (aws-rules §5, §10), from AWS's own table (`aws_data.rs`), so the
//! lint can tell a real action from a typo in the services a vendor grant touches besides S3
//! (whose table, with resource types, `action.rs` reads).

use super::aws_data::{IAM, KMS, MULTIVALUED_KEYS, STS};
use super::glob;

/// What the tables say about an action outside S3.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ServiceActionCheck {
    /// A real action, or a wildcard that matches at least one.
    Known,
    /// The service is tabled and no action of it matches.
    Unknown,
    /// A service Rolesmith does not table; nothing can be said.
    Untabled,
}

/// Checks `kms:...`, `sts:...` and `iam:...` actions (names case-insensitive, `*` and `?`
/// allowed); any other service is not checked here.
pub fn known_service_action(service: &str, name: &str) -> ServiceActionCheck {
    let table = match service.to_ascii_lowercase().as_str() {
        "kms" => KMS,
        "sts" => STS,
        "iam" => IAM,
        _ => return ServiceActionCheck::Untabled,
    };
    if table.iter().any(|action| glob::matches_ignoring_case(name, action)) {
        ServiceActionCheck::Known
    } else {
        ServiceActionCheck::Unknown
    }
}

/// Whether a condition key holds several values in one request (`aws:TagKeys`), by AWS's table;
/// `None` for a key of a service the tables don't hold, which is not judged here.
pub fn multivalued_key(key: &str) -> Option<bool> {
    let service = key.split(':').next().unwrap_or_default().to_ascii_lowercase();
    let tabled = ["aws", "s3", "kms", "sts", "iam", "saml"].contains(&service.as_str());
    tabled.then(|| MULTIVALUED_KEYS.iter().any(|known| known.eq_ignore_ascii_case(key)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tabled_services_know_their_actions() {
        assert_eq!(known_service_action("sts", "AssumeRole"), ServiceActionCheck::Known);
        assert_eq!(known_service_action("kms", "generatedatakey*"), ServiceActionCheck::Known);
        assert_eq!(known_service_action("kms", "ReEncrypt*"), ServiceActionCheck::Known);
        assert_eq!(known_service_action("KMS", "Decrypt"), ServiceActionCheck::Known);
        assert_eq!(known_service_action("sts", "AssumeRoles"), ServiceActionCheck::Unknown);
        assert_eq!(known_service_action("kms", "Decrpyt"), ServiceActionCheck::Unknown);
        assert_eq!(known_service_action("ec2", "RunInstances"), ServiceActionCheck::Untabled);
        // What AWS itself publishes is known: newer actions and wildcards included.
        assert_eq!(known_service_action("sts", "AssumeRoot"), ServiceActionCheck::Known);
        assert_eq!(known_service_action("kms", "Enable*"), ServiceActionCheck::Known);
        assert_eq!(known_service_action("iam", "PassRole"), ServiceActionCheck::Known);
    }

    #[test]
    fn multivalued_keys_come_from_the_table() {
        assert_eq!(multivalued_key("aws:PrincipalOrgPaths"), Some(true));
        assert_eq!(multivalued_key("kms:EncryptionContextKeys"), Some(true));
        assert_eq!(multivalued_key("s3:prefix"), Some(false));
        assert_eq!(multivalued_key("ec2:ResourceTag/x"), None);
        // Many stars must not take exponential time (a pasted policy is checked on every keystroke).
        assert_eq!(known_service_action("kms", &format!("{}z", "*".repeat(40))), ServiceActionCheck::Unknown);
    }
}
