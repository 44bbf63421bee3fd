//! Lint rules about who and what: principals in trust policies, action names and wildcards,
//! which resource each S3 action acts on, and a Deny that would lock out SSE-KMS.

use std::collections::HashSet;

use serde_json::Value;

use crate::policy::json::s3_path;

use super::{string_items, Lint, Statement};
use crate::finding::Problem;
use crate::lang::msg;
use crate::model::{
    known_service_action, Partition, Principal, ResourceKind, S3Action, ServiceActionCheck, UniqueId,
};
use crate::policy::kind::DocKind;

/// Principal types IAM's grammar allows.
const PRINCIPAL_KEYS: &[&str] = &["AWS", "Service", "Federated", "CanonicalUser"];

/// STS actions a trust policy may allow an IAM principal (aws-rules §5).
const TRUST_ACTIONS: &[&str] = &["sts:AssumeRole", "sts:TagSession", "sts:SetSourceIdentity", "sts:*"];

/// A `Principal`: unknown types named, AWS principals checked by the same parser the form uses,
/// and in a trust policy `*` and wildcards refused (a bucket policy's are judged as public).
pub(super) fn trust_principal(lint: &mut Lint, path: &str, principal: &Value) {
    let trust = lint.doc == DocKind::Trust;
    let object = match principal {
        Value::String(text) if text == "*" && trust => {
            return lint.report(path, Problem::TrustWildcardPrincipal)
        }
        Value::String(text) if text == "*" => return,
        Value::Object(object) => object,
        _ => {
            let problem = Problem::WrongType {
                element: "Principal".into(),
                expected: msg::type_expected_principal_object(),
            };
            return lint.report(path, problem);
        }
    };
    for (key, value) in object {
        let key_path = format!("{path}.{key}");
        if !PRINCIPAL_KEYS.contains(&key.as_str()) {
            lint.report(&key_path, Problem::InvalidPrincipalKey { key: key.clone() });
            continue;
        }
        for (item_path, text) in string_items(lint, &key_path, value) {
            if key != "AWS" {
                continue;
            }
            match UniqueId::classify(text) {
                Some(UniqueId::Role) => lint.report(&item_path, Problem::UniqueIdPrincipal { role: true }),
                Some(UniqueId::User) => lint.report(&item_path, Problem::UniqueIdPrincipal { role: false }),
                None if text.contains(['*', '?']) && trust => {
                    lint.report(&item_path, Problem::TrustWildcardPrincipal)
                }
                None if text.contains(['*', '?']) => {}
                // A placeholder (`<Authorized Account ID>`) is explained by its hazard already.
                None if crate::hazard::explains(text) || crate::hazard::filled_later(text) => {}
                None => {
                    let partition = crate::hazard::arn_partition(text).unwrap_or(Partition::Aws);
                    if let Err(problems) = Principal::parse(text, partition) {
                        for problem in problems {
                            lint.report(&item_path, problem);
                        }
                    }
                }
            }
        }
    }
}

/// Action names, wildcard expansions, repeats, and (in an Allow) each S3 action against the
/// resources of its statement.
pub(super) fn check(lint: &mut Lint, statement: &Statement) {
    let key = if statement.get("Action").is_some() { "Action" } else { "NotAction" };
    let Some(value) = statement.get(key) else { return };
    let items = string_items(lint, &statement.at(key), value);
    let names: Vec<&str> = items.iter().map(|(_, name)| *name).collect();
    let explain_wildcards = key == "Action" && statement.allow;
    let trust_for_iam = lint.doc == DocKind::Trust && names_iam_principal(statement);
    // What the statement's S3 wildcards grant, spelled out once (a paste can hold thousands).
    let wildcards: HashSet<&str> = names.iter().copied().filter(|name| name.contains(['*', '?'])).collect();
    let by_wildcards: HashSet<S3Action> =
        wildcards.iter().flat_map(|pattern| S3Action::expand(pattern)).collect();
    let mut seen: HashSet<String> = HashSet::new();
    for (path, name) in &items {
        if !seen.insert(name.to_ascii_lowercase()) {
            lint.report(path, Problem::RedundantAction { action: (*name).to_owned() });
        }
        action_name(lint, path, name, explain_wildcards);
        if trust_for_iam && key == "Action" && !TRUST_ACTIONS.iter().any(|ok| ok.eq_ignore_ascii_case(name)) {
            lint.report(path, Problem::TrustActionNotAssumeRole { action: (*name).to_owned() });
        }
        if let Some(action) = S3Action::named(name) {
            let by_wildcard = by_wildcards.contains(&action);
            if by_wildcard {
                lint.report(path, Problem::RedundantAction { action: (*name).to_owned() });
            }
        }
    }
    if key == "Action" && statement.allow {
        if let Some(resources) = statement.get("Resource") {
            let resources = string_items(lint, &statement.at("Resource"), resources);
            let kinds: Vec<Vec<ResourceKind>> =
                resources.iter().map(|(_, arn)| resource_kinds(arn)).collect();
            let mut acting = Vec::new();
            for (path, name) in &items {
                let Some(action) = S3Action::named(name) else { continue };
                let needs = action.resource();
                if needs == ResourceKind::Other || kinds.iter().any(|matched| matched.contains(&needs)) {
                    acting.push(action);
                } else {
                    lint.report(path, Problem::ActionResourceMismatch { action, needs });
                }
            }
            // Per ARN: the actions that act on other resources of the statement but can't on this
            // one (`s3:ListBucket` on `bucket/*`), when the ARN is of one kind only.
            for ((path, arn), kinds) in resources.iter().zip(&kinds) {
                let [kind @ (ResourceKind::Bucket | ResourceKind::Object)] = kinds.as_slice() else {
                    continue;
                };
                let unused: Vec<S3Action> = acting
                    .iter()
                    .copied()
                    .filter(|a| {
                        matches!(a.resource(), ResourceKind::Bucket | ResourceKind::Object)
                            && a.resource() != *kind
                    })
                    .collect();
                if !unused.is_empty() {
                    let arn = (*arn).to_owned();
                    lint.report(path, Problem::ResourceNotActedOn { arn, kind: *kind, actions: unused });
                }
            }
        }
    }
}

/// Whether the statement's principal is an IAM one (`AWS`), for which only STS's assume actions
/// make sense; service and federated principals have their own.
fn names_iam_principal(statement: &Statement) -> bool {
    match statement.get("Principal") {
        Some(Value::Object(object)) => object.contains_key("AWS"),
        Some(Value::String(_)) => true,
        _ => false,
    }
}

/// One action name: `*`, a tabled service's real action or wildcard, or unknown.
fn action_name(lint: &mut Lint, path: &str, name: &str, explain_wildcards: bool) {
    // A template reference (`${local.read_actions}`) is filled in later: not judged here.
    if name == "*" || crate::hazard::filled_later(name) {
        return;
    }
    let Some((service, action)) = name.split_once(':') else {
        return lint.report(path, Problem::UnknownServiceAction { action: name.to_owned() });
    };
    if service.eq_ignore_ascii_case("s3") {
        if !name.contains(['*', '?']) {
            if let Err(problems) = S3Action::parse(name) {
                problems.into_iter().for_each(|problem| lint.report(path, problem));
            }
            return;
        }
        let expanded = S3Action::expand(name);
        if expanded.is_empty() {
            lint.report(path, Problem::UnknownAction { action: name.to_owned(), suggestion: None });
        } else if explain_wildcards && action != "*" {
            lint.report(
                path,
                Problem::ActionWildcardExpanded { pattern: name.to_owned(), actions: expanded },
            );
        }
    } else if known_service_action(service, action) == ServiceActionCheck::Unknown {
        lint.report(path, Problem::UnknownServiceAction { action: name.to_owned() });
    }
}

/// Which kinds of S3 resource an ARN pattern can match: `*` matches all; a bucket pattern with a
/// wildcard may also match objects, since `*` crosses `/`.
fn resource_kinds(arn: &str) -> Vec<ResourceKind> {
    use ResourceKind::*;
    if arn == "*" {
        return vec![Account, Bucket, Object, Other];
    }
    // An access point stands for its bucket, and `…/object/key` for objects through it.
    if let Some((_, point)) = arn.split_once(":accesspoint/").filter(|_| arn.contains(":s3:")) {
        return match point.split_once('/') {
            Some((_, "*")) => vec![Object],
            Some((_, rest)) if rest.starts_with("object/") => vec![Object],
            Some(_) => vec![],
            None if point.contains(['*', '?']) => vec![Bucket, Object],
            None => vec![Bucket],
        };
    }
    let Some(rest) = s3_path(arn) else {
        // Another ARN (a job, a KMS key): S3 actions of other kinds may act on it.
        return vec![Other];
    };
    if rest.contains('/') {
        vec![Object]
    } else if rest.contains(['*', '?']) {
        vec![Bucket, Object]
    } else {
        vec![Bucket]
    }
}

/// XMode's guard, `Deny` with `NotResource` of S3 ARNs only and actions that cover `kms:*`
/// (`"*"`, or a `NotAction` that spares only S3): with SSE-KMS it denies the key too.
pub(super) fn deny_blocks_kms(lint: &mut Lint, statements: &[Statement]) {
    let strings = |value: Option<&Value>| -> Vec<String> {
        match value {
            Some(Value::String(text)) => vec![text.clone()],
            Some(Value::Array(items)) => items.iter().filter_map(Value::as_str).map(str::to_owned).collect(),
            _ => vec![],
        }
    };
    let is_kms = |name: &String| name == "*" || name.to_ascii_lowercase().starts_with("kms:");
    let grants_kms = statements
        .iter()
        .any(|s| s.allow && strings(s.get("Action")).iter().any(|name| is_kms(name) && name != "*"));
    for statement in statements.iter().filter(|s| s.get("Effect").and_then(Value::as_str) == Some("Deny")) {
        let spared = strings(statement.get("NotResource"));
        let only_s3_spared = !spared.is_empty() && spared.iter().all(|arn| arn.contains(":s3:::"));
        let covers_kms = strings(statement.get("Action")).iter().any(is_kms)
            || (statement.get("NotAction").is_some()
                && !strings(statement.get("NotAction")).iter().any(is_kms));
        if only_s3_spared && covers_kms {
            lint.report(&statement.path, Problem::DenyBlocksKms { grants_kms });
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::policy::kind::DocKind;
    use crate::policy::lint::tests::check;

    fn permissions(statements: &str) -> Vec<String> {
        check(&format!(r#"{{"Version":"2012-10-17","Statement":[{statements}]}}"#), DocKind::Permissions)
    }

    #[test]
    fn each_s3_action_needs_a_resource_of_its_kind() {
        assert_eq!(
            permissions(
                r#"{"Effect":"Allow","Action":["s3:GetObject","s3:ListBucket"],"Resource":"arn:aws:s3:::b"}"#
            ),
            ["Statement[0].Action[0] action-resource-mismatch"]
        );
        assert_eq!(
            permissions(r#"{"Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::b/*"}"#),
            ["Statement[0].Action action-resource-mismatch"]
        );
        assert_eq!(
            permissions(
                r#"{"Effect":"Allow","Action":["s3:ListAllMyBuckets","s3:GetObject"],"Resource":"arn:aws-cn:s3:::*"}"#
            ),
            [
                "Statement[0].Action[0] action-resource-mismatch",
                "Statement[0].Resource s3-actions-on-every-bucket"
            ]
        );
        assert_eq!(
            permissions(r#"{"Effect":"Allow","Action":"s3:ListAllMyBuckets","Resource":"*"}"#),
            Vec::<String>::new()
        );
        let found = crate::policy::lint::lint(
            &serde_json::json!({"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::b/*"}}),
            DocKind::Permissions,
        );
        assert_eq!(
            found[0].to_string(),
            "'s3:ListBucket' acts on the bucket, but no resource of its statement is a bucket ARN, so it grants nothing; add arn:…:s3:::bucket without '/'."
        );
    }

    #[test]
    fn wildcards_are_spelled_out_and_names_checked() {
        let found = permissions(
            r#"{"Effect":"Allow","Action":["s3:*Object","s3:GetObject","s3:GetObject","s3:ListObject","kms:Decrpyt","GetObject","ec2:RunInstances"],"Resource":"arn:aws:s3:::b/*"}"#,
        );
        assert_eq!(
            found,
            [
                "Statement[0].Action[0] action-wildcard-expanded",
                "Statement[0].Action[1] redundant-action",
                "Statement[0].Action[2] redundant-action",
                "Statement[0].Action[3] invalid-action",
                "Statement[0].Action[4] invalid-action",
                "Statement[0].Action[5] invalid-action",
            ]
        );
        assert_eq!(
            permissions(r#"{"Effect":"Allow","Action":"s3:Nothing*","Resource":"*"}"#),
            ["Statement[0].Action invalid-action"]
        );
    }

    #[test]
    fn a_trust_policy_allows_only_assuming() {
        let json = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::366810793500:root"},"Action":["sts:AssumeRole","sts:TagSession","s3:GetObject"]}]}"#;
        assert_eq!(
            check(json, DocKind::Trust),
            [
                "Statement[0].Action[2] mismatched-action-for-principal",
                "Statement[0].Principal trust-without-external-id"
            ]
        );
    }

    #[test]
    fn a_deny_sparing_only_s3_blocks_kms() {
        let deny =
            r#"{"Effect":"Deny","NotAction":"s3:*","NotResource":["arn:aws:s3:::b","arn:aws:s3:::b/*"]}"#;
        assert_eq!(permissions(deny), ["Statement[0] deny-blocks-kms"]);
        let with_kms = format!(
            r#"{deny},{{"Effect":"Allow","Action":"kms:Decrypt","Resource":"arn:aws:kms:us-east-1:366810793500:key/k"}}"#
        );
        let found = crate::policy::lint::lint(
            &serde_json::from_str(&format!(r#"{{"Version":"2012-10-17","Statement":[{with_kms}]}}"#))
                .unwrap(),
            DocKind::Permissions,
        );
        assert_eq!(found[0].severity(), crate::finding::Severity::Error);
        let sparing_kms = r#"{"Effect":"Deny","NotAction":["s3:*","kms:*"],"NotResource":["arn:aws:s3:::b","arn:aws:s3:::b/*"]}"#;
        assert_eq!(permissions(sparing_kms), Vec::<String>::new());
    }
}
