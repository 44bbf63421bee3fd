//! KMS, STS and IAM action names (aws-rules §5, §10), from AWS's own table (`aws_data.rs`), so the
//! lint can tell a real action from a typo in the services a vendor grant touches besides S3
//! (whose table, with resource types, `action.rs` reads).

use super::aws_data::{IAM, KMS, STS};
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
        // Many stars must not take exponential time (a pasted policy is checked on every keystroke).
        assert_eq!(known_service_action("kms", &format!("{}z", "*".repeat(40))), ServiceActionCheck::Unknown);
    }
}
