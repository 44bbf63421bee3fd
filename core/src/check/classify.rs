//! Which kind of policy a pasted document is.

use serde_json::{Map, Value};

use crate::policy::json::{statements, strings};
use crate::policy::kind::DocKind;

/// A trust policy allows `sts:AssumeRole…` or names principals without resources; a bucket
/// policy names principals and resources; anything else is a permissions policy. Mixed when trust
/// statements sit beside statements that grant on resources.
pub fn kind_of(value: &Value) -> (DocKind, bool) {
    let names_principal = |statement: &Map<String, Value>| {
        statement.contains_key("Principal") || statement.contains_key("NotPrincipal")
    };
    let names_resource = |statement: &Map<String, Value>| {
        statement.contains_key("Resource") || statement.contains_key("NotResource")
    };
    let assumes = |statement: &Map<String, Value>| {
        strings(statement.get("Action")).iter().any(|a| a.to_ascii_lowercase().starts_with("sts:assumerole"))
    };
    let all = statements(value);
    // An identity policy may allow sts:AssumeRole on a role's ARN (switching roles): only a
    // statement naming a principal is trust.
    let is_trust = |s: &&Map<String, Value>| names_principal(s) && (assumes(s) || !names_resource(s));
    if all.iter().any(is_trust) {
        let grants_on_resources = all.iter().any(|s| {
            (names_resource(s) && !assumes(s))
                || strings(s.get("Action")).iter().any(|a| !a.to_ascii_lowercase().starts_with("sts:"))
        });
        (DocKind::Trust, grants_on_resources)
    } else if all.iter().any(|s| names_principal(s)) {
        (DocKind::Bucket, false)
    } else {
        (DocKind::Permissions, false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn principals_and_resources_tell_the_three_kinds_apart() {
        let kind = |statement: &str| {
            kind_of(
                &serde_json::from_str(&format!(r#"{{"Version":"2012-10-17","Statement":[{statement}]}}"#))
                    .unwrap(),
            )
        };
        let trust = r#"{"Effect":"Allow","Principal":{"AWS":"366810793500"},"Action":"sts:AssumeRole"}"#;
        let bucket = r#"{"Effect":"Allow","Principal":{"AWS":"366810793500"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}"#;
        let identity = r#"{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}"#;
        assert_eq!(kind(trust), (DocKind::Trust, false));
        assert_eq!(kind(bucket), (DocKind::Bucket, false));
        assert_eq!(kind(identity), (DocKind::Permissions, false));
        assert_eq!(kind(&format!("{trust},{identity}")), (DocKind::Trust, true));
    }
}
