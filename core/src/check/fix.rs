//! The least-privilege equivalent of a pasted policy: what the form would need to build it, and
//! the document the form then builds. The fix is a form state, so it is offered only when it
//! allows nothing the pasted policy doesn't: what the form can't hold blocks it
//! (`obstacle.rs`), and a built document must pass the proof in `cover.rs`.

use serde_json::{Map, Value};

use super::cover::broadening;
use super::obstacle::obstacles;
use crate::check::Fix;
use crate::finding::{Finding, Location, Problem};
use crate::hazard;
use crate::model::{CannedAcl, ExternalId, KmsKeyArn, Partition, Principal, ResourceKind, S3Action};
use crate::param::Param;
use crate::policy::json::{located_statements, s3_path, statements, strings};
use crate::policy::kind::DocKind;
use crate::policy::lint::MAX_STRING;
use crate::policy::{permissions, to_pretty_json, trust};
use crate::spec::Spec;

/// Actions a data vendor never performs, dropped when only a wildcard granted them: replication
/// is S3's own role's work, restore is for archived objects (aws-rules §10).
fn needed_by_vendors(action: S3Action) -> bool {
    !(action.name().starts_with("Replicate") || action.name().starts_with("Restore"))
}

type Statements<'a> = [(String, &'a Map<String, Value>)];

/// The fix, or nothing, and what the checker says about either.
pub fn fix(value: &Value, kind: DocKind) -> (Option<Fix>, Vec<Finding>) {
    let usable =
        |text: &str| text.len() <= MAX_STRING && !hazard::explains(text) && !hazard::filled_later(text);
    let statements = located_statements(value);
    let partition = statements
        .iter()
        .flat_map(|(_, s)| s.values())
        .flat_map(|v| collect_strings(v))
        .find_map(hazard::arn_partition)
        .unwrap_or_default();
    let mut spec = Spec::default();
    if partition != Partition::Aws {
        spec.set(Param::Partition, partition.as_str().to_owned());
    }
    let mut notes = Vec::new();
    let text = match kind {
        DocKind::Trust => {
            let Some(text) = trust_spec(&statements, &mut spec, partition, usable) else {
                return (None, vec![]);
            };
            text
        }
        // The form builds a role's policies, not the bucket's.
        DocKind::Bucket => return (None, vec![]),
        DocKind::Permissions => {
            notes = permissions_spec(&statements, &mut spec, usable);
            // The permissions policy doesn't depend on who is trusted, so it is built in user
            // mode, which needs nothing about the vendor.
            let mut user_mode = spec.clone();
            user_mode.set(Param::Mode, "user".to_owned());
            user_mode.validate().0.map(|plan| to_pretty_json(&permissions::document(&plan)))
        }
    };
    // A policy that says nothing the form can hold (only other services' actions) has no fix,
    // nor has one granting no S3 action the form can name (the form's default access would).
    if spec.to_fragment().is_empty() || (kind == DocKind::Permissions && spec.get(Param::Actions).is_empty())
    {
        return (None, vec![]);
    }
    let blocked = obstacles(value, kind);
    if !blocked.is_empty() {
        return (None, blocked);
    }
    // The proof runs on the document the fix builds, or, while the spec still lacks a bucket (a
    // placeholder was pasted), on the one it builds for a stand-in bucket put in both. A permissions
    // fix that can't be proven is not offered; a trust fix only ever adds the external ID.
    let proof = match (&text, kind) {
        (Some(text), _) => serde_json::from_str(text).ok().map(|built| (built, value.clone())),
        (None, DocKind::Permissions) => stand_in(&spec, value),
        (None, _) => None,
    };
    match proof {
        Some((built, pasted)) => {
            if let Some(mut broader) = broadening(&built, &pasted, kind) {
                // Said of the bucket as pasted, not of the stand-in.
                if let Problem::FixWouldBroaden { target, .. } = &mut broader.problem {
                    *target = target.replace(STAND_IN, named_bucket(value).unwrap_or("<bucket>"));
                }
                return (None, vec![broader]);
            }
        }
        None if kind == DocKind::Permissions => return (None, vec![]),
        None => {}
    }
    let notes = notes
        .into_iter()
        .map(|(path, problem)| Finding { at: Location::Document { doc: kind, path }, problem });
    (Some(Fix { spec, text }), notes.collect())
}

/// The principal and external ID of a trust policy, as form values, and the document they build
/// once both are usable; `None` when no principal is.
fn trust_spec(
    statements: &Statements,
    spec: &mut Spec,
    partition: Partition,
    usable: impl Fn(&str) -> bool,
) -> Option<Option<String>> {
    let principal = statements
        .iter()
        .filter_map(|(_, s)| s.get("Principal").and_then(|p| p.get("AWS")))
        .flat_map(|aws| strings(Some(aws)))
        .find(|text| usable(text) && Principal::parse(text, partition).is_ok())?;
    spec.set(Param::Principal, principal.to_owned());
    let external_id = condition_values(statements, "sts:ExternalId")
        .find(|text| usable(text) && ExternalId::parse(text).is_ok());
    if let Some(external_id) = external_id {
        spec.set(Param::ExternalId, external_id.to_owned());
    }
    Some(match (Principal::parse(principal, partition), external_id.map(ExternalId::parse)) {
        (Ok(principal), Some(Ok(external_id))) => {
            Some(to_pretty_json(&trust::document(&principal, &external_id)))
        }
        _ => None,
    })
}

/// Bucket, prefix, exact actions, ACL, KMS key and the deny guard of a permissions policy, as form
/// values; and a note at each action the fix leaves out.
fn permissions_spec(
    statements: &Statements,
    spec: &mut Spec,
    usable: impl Fn(&str) -> bool,
) -> Vec<(String, Problem)> {
    let allows: Vec<_> = statements
        .iter()
        .filter(|(_, s)| s.get("Effect").and_then(Value::as_str) == Some("Allow"))
        .cloned()
        .collect();
    let s3_paths: Vec<&str> =
        allows.iter().flat_map(|(_, s)| strings(s.get("Resource"))).filter_map(s3_path).collect();
    let bucket = s3_paths
        .iter()
        .map(|path| bucket_of(path))
        .find(|b| !b.is_empty() && !b.contains(['*', '?']) && usable(b));
    if let Some(bucket) = bucket {
        spec.set(Param::Bucket, bucket.to_owned());
    }
    // The folder of the objects (in the bucket, or in the one a placeholder names), or else the
    // one listing is limited to (a grant that only lists): losing it would widen the grant.
    let listed = condition_values(&allows, "s3:prefix")
        .map(|value| value.trim_end_matches('*'))
        .filter(|folder| folder.ends_with('/'));
    let prefix = s3_paths
        .iter()
        .filter(|path| bucket.is_none_or(|bucket| bucket_of(path) == bucket))
        .filter_map(|path| path.split_once('/')?.1.strip_suffix('*'))
        .chain(listed)
        .find(|folder| !folder.is_empty() && !folder.contains(['*', '?']) && usable(folder));
    if let Some(prefix) = prefix {
        spec.set(Param::Prefix, prefix.to_owned());
    }
    let mut notes = Vec::new();
    let mut actions: Vec<S3Action> = Vec::new();
    for (path, statement) in &allows {
        // An action on a resource it can't act on grants nothing (the lint says so): left out.
        let acts_on = |kind: ResourceKind| {
            strings(statement.get("Resource")).iter().any(|arn| {
                *arn == "*"
                    || s3_path(arn).is_some_and(|path| match kind {
                        // `*` reaches across the `/` between bucket and key.
                        ResourceKind::Object => path.contains(['/', '*']),
                        ResourceKind::Bucket => !path.contains('/'),
                        ResourceKind::Account | ResourceKind::Other => false,
                    })
            })
        };
        let listed = match statement.get("Action") {
            Some(Value::Array(_)) => strings(statement.get("Action"))
                .into_iter()
                .enumerate()
                .map(|(i, a)| (format!("{path}.Action[{i}]"), a))
                .collect(),
            _ => strings(statement.get("Action"))
                .into_iter()
                .map(|a| (format!("{path}.Action"), a))
                .collect::<Vec<_>>(),
        };
        for (at, name) in listed {
            match S3Action::named(name) {
                // Listing every bucket of the account: no vendor working in one bucket needs it.
                Some(action) if action.resource() == ResourceKind::Account => {
                    notes.push((at, Problem::FixDropsAccountAction { action }))
                }
                Some(action) if acts_on(action.resource()) => actions.push(action),
                None if name.contains(['*', '?']) && !S3Action::is_all(name) => {
                    actions.extend(S3Action::expand(name).into_iter().filter(|&action| {
                        needed_by_vendors(action)
                            && action.resource() != ResourceKind::Account
                            && acts_on(action.resource())
                    }))
                }
                Some(_) | None => {}
            }
        }
    }
    actions.sort();
    actions.dedup();
    // Exact actions, never an access level: a level may add actions the pasted policy lacks.
    if !actions.is_empty() {
        spec.set(Param::Actions, actions.iter().map(S3Action::to_string).collect::<Vec<_>>().join(","));
    }
    let owner_acl = CannedAcl::BucketOwnerFullControl.as_str();
    if condition_values(&allows, "s3:x-amz-acl").any(|acl| acl == owner_acl) {
        spec.set(Param::Acl, owner_acl.to_owned());
    }
    // The key of an SSE-KMS bucket, where an Allow names one; the form then grants only what the
    // S3 actions need of it, through S3.
    let key =
        allows.iter().flat_map(|(_, s)| strings(s.get("Resource"))).find(|arn| KmsKeyArn::parse(arn).is_ok());
    if let Some(key) = key.filter(|key| usable(key)) {
        spec.set(Param::KmsKey, key.to_owned());
    }
    let deny_guard = statements.iter().any(|(_, s)| {
        s.get("Effect").and_then(Value::as_str) == Some("Deny") && s.contains_key("NotResource")
    });
    if deny_guard {
        spec.set(Param::DenyOutsideBucket, "true".to_owned());
    }
    notes
}

/// The bucket part of an S3 path (`bucket/key`).
fn bucket_of(path: &str) -> &str {
    path.split('/').next().unwrap_or_default()
}

/// The bucket a stand-in takes the place of in an unfinished fix's proof.
const STAND_IN: &str = "rolesmith-stand-in-bucket";

/// The document an unfinished permissions fix builds with a stand-in bucket, and the pasted policy
/// with that bucket in place of the one it names (the first an Allow names, whatever its text).
fn stand_in(spec: &Spec, pasted: &Value) -> Option<(Value, Value)> {
    let named = named_bucket(pasted);
    let mut proof = spec.clone();
    proof.set(Param::Mode, "user".to_owned());
    proof.set(Param::Bucket, STAND_IN.to_owned());
    let plan = proof.validate().0?;
    let built = serde_json::to_value(permissions::document(&plan)).ok()?;
    // A pasted policy on every bucket (`arn:aws:s3:::*`) covers the stand-in as it is.
    Some((built, named.map_or_else(|| pasted.clone(), |named| with_bucket(pasted, named))))
}

/// The first bucket an Allow of the pasted policy names, whatever its text (a placeholder too).
fn named_bucket(pasted: &Value) -> Option<&str> {
    statements(pasted)
        .into_iter()
        .filter(|s| s.get("Effect").and_then(Value::as_str) == Some("Allow"))
        .flat_map(|s| strings(s.get("Resource")))
        .filter_map(s3_path)
        .map(bucket_of)
        .find(|bucket| !bucket.is_empty() && !bucket.contains(['*', '?']))
}

/// `value` with every S3 ARN of bucket `named` moved to the stand-in bucket.
fn with_bucket(value: &Value, named: &str) -> Value {
    match value {
        Value::String(text) => match s3_path(text) {
            Some(path) if bucket_of(path) == named => {
                let head = &text[..text.len() - path.len()];
                Value::String(format!("{head}{STAND_IN}{}", &path[named.len()..]))
            }
            _ => value.clone(),
        },
        Value::Array(items) => Value::Array(items.iter().map(|item| with_bucket(item, named)).collect()),
        Value::Object(map) => {
            Value::Object(map.iter().map(|(k, v)| (k.clone(), with_bucket(v, named))).collect())
        }
        other => other.clone(),
    }
}

/// Every value a condition `key` is compared with, under any operator, in any of the statements.
fn condition_values<'a>(statements: &'a Statements<'a>, key: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    statements
        .iter()
        .filter_map(|(_, s)| s.get("Condition").and_then(Value::as_object))
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
