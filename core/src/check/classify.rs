//! Which kind of policy a pasted document is.

use serde_json::Value;

use crate::policy::json::{statements, strings};
use crate::policy::kind::DocKind;

/// A trust policy names principals or allows `sts:AssumeRole…`; anything else is a permissions
/// policy. Mixed when trust statements sit beside statements that grant on resources.
pub fn kind_of(value: &Value) -> (DocKind, bool) {
    let is_trust = |statement: &&serde_json::Map<String, Value>| {
        statement.contains_key("Principal")
            || statement.contains_key("NotPrincipal")
            || strings(statement.get("Action"))
                .iter()
                .any(|a| a.to_ascii_lowercase().starts_with("sts:assumerole"))
    };
    let all = statements(value);
    let n_trust = all.iter().filter(|statement| is_trust(statement)).count();
    let grants_on_resources = all.iter().any(|s| {
        s.contains_key("Resource")
            || strings(s.get("Action")).iter().any(|a| !a.to_ascii_lowercase().starts_with("sts:"))
    });
    if n_trust > 0 {
        (DocKind::Trust, grants_on_resources)
    } else {
        (DocKind::Permissions, false)
    }
}
