//! KMS and STS action names (aws-rules §5, §10), so the lint can tell a real action from a typo in
//! the services a vendor grant touches besides S3 (whose table, with resource types, is `action.rs`).

use super::glob;

/// KMS actions, from the Service Authorization Reference; the ones SSE-KMS and key policies use.
const KMS: &[&str] = &[
    "CreateGrant",
    "Decrypt",
    "DescribeKey",
    "Encrypt",
    "GenerateDataKey",
    "GenerateDataKeyPair",
    "GenerateDataKeyPairWithoutPlaintext",
    "GenerateDataKeyWithoutPlaintext",
    "GetKeyPolicy",
    "GetPublicKey",
    "ListAliases",
    "ListGrants",
    "ListKeys",
    "ReEncryptFrom",
    "ReEncryptTo",
    "RetireGrant",
    "Sign",
    "Verify",
];

/// STS actions that can appear in trust and permissions policies.
const STS: &[&str] = &[
    "AssumeRole",
    "AssumeRoleWithSAML",
    "AssumeRoleWithWebIdentity",
    "DecodeAuthorizationMessage",
    "GetAccessKeyInfo",
    "GetCallerIdentity",
    "GetFederationToken",
    "GetServiceBearerToken",
    "GetSessionToken",
    "SetContext",
    "SetSourceIdentity",
    "TagSession",
];

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

/// Checks `kms:...` and `sts:...` actions (names case-insensitive, `*` and `?` allowed).
pub fn known_service_action(service: &str, name: &str) -> ServiceActionCheck {
    let table = match service.to_ascii_lowercase().as_str() {
        "kms" => KMS,
        "sts" => STS,
        _ => return ServiceActionCheck::Untabled,
    };
    let pattern = name.to_ascii_lowercase();
    if table.iter().any(|action| glob::matches(&pattern, &action.to_ascii_lowercase())) {
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
        // Many stars must not take exponential time (a pasted policy is checked on every keystroke).
        assert_eq!(known_service_action("kms", &format!("{}z", "*".repeat(40))), ServiceActionCheck::Unknown);
    }
}
