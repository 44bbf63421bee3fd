//! The least-privilege equivalent of a pasted policy: what the form would need to build it, and
//! the document the form then builds.

use serde_json::Value;

use crate::check::Fix;
use crate::hazard;
use crate::model::{Access, CannedAcl, ExternalId, KmsKeyArn, Partition, Principal, S3Action};
use crate::param::Param;
use crate::policy::json::{s3_path, statements, strings};
use crate::policy::kind::DocKind;
use crate::policy::{permissions, to_pretty_json, trust};
use crate::spec::Spec;

/// Actions a data vendor never performs, dropped when only a wildcard granted them: replication
/// is S3's own role's work, restore is for archived objects (aws-rules §10).
fn needed_by_vendors(action: S3Action) -> bool {
    !(action.name().starts_with("Replicate") || action.name().starts_with("Restore"))
}

/// What the form would need to build the least-privilege equivalent, and that document.
pub fn fix(value: &Value, kind: DocKind) -> Option<Fix> {
    let usable = |text: &str| !hazard::explains(text);
    let all_strings = statements(value);
    let partition = all_strings
        .iter()
        .flat_map(|s| s.values())
        .flat_map(|v| collect_strings(v))
        .find_map(hazard::arn_partition)
        .unwrap_or_default();
    let mut spec = Spec::default();
    if partition != Partition::Aws {
        spec.set(Param::Partition, partition.as_str().to_owned());
    }
    match kind {
        DocKind::Trust => {
            let principal = all_strings
                .iter()
                .filter_map(|s| s.get("Principal").and_then(|p| p.get("AWS")))
                .flat_map(|aws| strings(Some(aws)))
                .find(|text| usable(text) && Principal::parse(text, partition).is_ok())?;
            spec.set(Param::Principal, principal.to_owned());
            let external_id = condition_values(&all_strings, "sts:ExternalId")
                .find(|text| usable(text) && ExternalId::parse(text).is_ok());
            if let Some(external_id) = external_id {
                spec.set(Param::ExternalId, external_id.to_owned());
            }
            let text = match (Principal::parse(principal, partition), external_id.map(ExternalId::parse)) {
                (Ok(principal), Some(Ok(external_id))) => {
                    Some(to_pretty_json(&trust::document(&principal, &external_id)))
                }
                _ => None,
            };
            Some(Fix { spec, text })
        }
        DocKind::Permissions => {
            permissions_spec(&all_strings, &mut spec, usable);
            // The permissions policy doesn't depend on who is trusted, so it is built in user
            // mode, which needs nothing about the vendor.
            let mut user_mode = spec.clone();
            user_mode.set(Param::Mode, "user".to_owned());
            let text = user_mode.validate().0.map(|plan| to_pretty_json(&permissions::document(&plan)));
            Some(Fix { spec, text })
        }
    }
}

/// Bucket, prefix, actions, ACL and the deny guard of a permissions policy, as form values.
fn permissions_spec(
    statements: &[&serde_json::Map<String, Value>],
    spec: &mut Spec,
    usable: impl Fn(&str) -> bool,
) {
    let allows: Vec<_> = statements
        .iter()
        .copied()
        .filter(|s| s.get("Effect").and_then(Value::as_str) == Some("Allow"))
        .collect();
    let s3_paths: Vec<&str> = allows
        .iter()
        .flat_map(|s| strings(s.get("Resource")))
        .filter(|arn| usable(arn))
        .filter_map(|arn| s3_path(arn))
        .collect();
    if let Some(bucket) = s3_paths
        .iter()
        .map(|path| path.split('/').next().unwrap_or(""))
        .find(|b| !b.contains(['*', '?']) && !b.is_empty())
    {
        spec.set(Param::Bucket, bucket.to_owned());
        // The folder of the objects, or else the one listing is limited to (a grant that only
        // lists): losing it would widen the listing to the whole bucket.
        let listed = condition_values(&allows, "s3:prefix")
            .map(|value| value.trim_end_matches('*'))
            .filter(|folder| folder.ends_with('/'));
        let prefix = s3_paths
            .iter()
            .filter_map(|path| path.strip_prefix(bucket)?.strip_prefix('/')?.strip_suffix('*'))
            .chain(listed)
            .find(|folder| !folder.is_empty() && !folder.contains(['*', '?']));
        if let Some(prefix) = prefix {
            spec.set(Param::Prefix, prefix.to_owned());
        }
    }
    let mut actions: Vec<S3Action> = Vec::new();
    for name in allows.iter().flat_map(|s| strings(s.get("Action"))) {
        match S3Action::parse(name) {
            Ok(action) => actions.push(action),
            Err(_) if name.contains(['*', '?']) && !name.ends_with(":*") && name != "*" => {
                actions.extend(S3Action::expand(name).into_iter().filter(|&action| needed_by_vendors(action)))
            }
            Err(_) => {}
        }
    }
    actions.sort();
    actions.dedup();
    if !actions.is_empty() {
        match Access::NAMES
            .iter()
            .filter_map(|name| Access::parse(name).ok())
            .find(|access| access.actions() == actions)
        {
            Some(access) => spec.set(Param::Access, access.as_str().to_owned()),
            None => spec
                .set(Param::Actions, actions.iter().map(S3Action::to_string).collect::<Vec<_>>().join(",")),
        }
    }
    let owner_acl = allows
        .iter()
        .filter_map(|s| s.get("Condition"))
        .any(|c| c.to_string().contains(CannedAcl::BucketOwnerFullControl.as_str()));
    if owner_acl {
        spec.set(Param::Acl, CannedAcl::BucketOwnerFullControl.as_str().to_owned());
    }
    // The key of an SSE-KMS bucket, where an Allow names one; the form then grants only what the
    // S3 actions need of it, through S3.
    let key =
        allows.iter().flat_map(|s| strings(s.get("Resource"))).find(|arn| KmsKeyArn::parse(arn).is_ok());
    if let Some(key) = key.filter(|key| usable(key)) {
        spec.set(Param::KmsKey, key.to_owned());
    }
    let deny_guard = statements
        .iter()
        .any(|s| s.get("Effect").and_then(Value::as_str) == Some("Deny") && s.contains_key("NotResource"));
    if deny_guard {
        spec.set(Param::DenyOutsideBucket, "true".to_owned());
    }
}

/// Every value a condition `key` is compared with, under any operator, in any of the statements.
fn condition_values<'a>(
    statements: &'a [&'a serde_json::Map<String, Value>],
    key: &'a str,
) -> impl Iterator<Item = &'a str> + 'a {
    statements
        .iter()
        .filter_map(|s| s.get("Condition").and_then(Value::as_object))
        .flat_map(|operators| operators.values().filter_map(Value::as_object))
        .flat_map(move |keys| keys.iter().filter(move |(name, _)| name.eq_ignore_ascii_case(key)))
        .flat_map(|(_, values)| strings(Some(values)))
}

/// Every string inside a value.
fn collect_strings(value: &Value) -> Vec<&str> {
    match value {
        Value::String(text) => vec![text],
        Value::Array(items) => items.iter().flat_map(collect_strings).collect(),
        Value::Object(object) => object.values().flat_map(collect_strings).collect(),
        _ => vec![],
    }
}
