//! S3 actions (aws-rules §10): the real ones, what resource each acts on, and which condition
//! keys it carries, so policies put every action on the right ARN and wildcards can be spelled out.
//! The facts come from AWS's own table (`aws_data.rs`, generated); this file reads them.

use std::fmt;

use super::aws_data::{ActionRow, S3 as ACTIONS, S3_CONDITION_KEYS, S3_RESOURCE_TYPES};
use super::glob;
use crate::finding::Problem;

/// The resource an action is authorised against.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ResourceKind {
    /// `arn:P:s3:::bucket` (or an access point)
    Bucket,
    /// `arn:P:s3:::bucket/key` (or an object through an access point)
    Object,
    /// `*` only: the action is not about one bucket.
    Account,
    /// Another kind of S3 resource (a batch job, an access grant, a Storage Lens configuration):
    /// not a bucket's data, so never part of a grant, and not checked here.
    Other,
}

/// The kind of resource an action of AWS's table acts on.
fn kind_of(row: &ActionRow) -> ResourceKind {
    let names = || row.resources.iter().map(|&index| S3_RESOURCE_TYPES[usize::from(index)]);
    if names().any(|name| name == "object") {
        ResourceKind::Object
    } else if names().any(|name| name == "bucket") {
        ResourceKind::Bucket
    } else if row.resources.is_empty() {
        ResourceKind::Account
    } else {
        ResourceKind::Other
    }
}

/// Names people write that are S3 API operations or typos rather than IAM actions.
const LOOKALIKES: &[(&str, &str)] = &[
    ("listobject", "ListBucket"),
    ("listobjects", "ListBucket"),
    ("listobjectsv2", "ListBucket"),
    ("headbucket", "ListBucket"),
    ("headobject", "GetObject"),
    ("getobjects", "GetObject"),
    ("deleteobjects", "DeleteObject"),
    ("copyobject", "PutObject"),
    ("createmultipartupload", "PutObject"),
    ("uploadpart", "PutObject"),
    ("completemultipartupload", "PutObject"),
    ("listbuckets", "ListAllMyBuckets"),
];

/// An S3 action. Invariant: a row of the action table, so its resource type is known.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct S3Action {
    index: usize,
}

impl S3Action {
    /// One exact action (`s3:GetObject`); IAM action names are case-insensitive. An unknown one
    /// comes back with the nearest real action, if any.
    pub fn parse(raw: &str) -> Result<S3Action, Vec<Problem>> {
        S3Action::named(raw)
            .ok_or_else(|| vec![Problem::UnknownAction { action: raw.to_owned(), suggestion: suggest(raw) }])
    }

    /// The action `raw` names exactly, without looking for a suggestion (for callers that only
    /// need to know, which a long paste calls many times).
    pub fn named(raw: &str) -> Option<S3Action> {
        let name = strip_service(raw)?;
        ACTIONS.iter().position(|info| info.name.eq_ignore_ascii_case(name)).map(|index| S3Action { index })
    }

    /// Every action an IAM pattern with `*` or `?` grants, in table order. Empty if none.
    pub fn expand(pattern: &str) -> Vec<S3Action> {
        let Some(name_pattern) = strip_service(pattern) else { return vec![] };
        (0..ACTIONS.len())
            .filter(|&index| glob::matches_ignoring_case(name_pattern, ACTIONS[index].name))
            .map(|index| S3Action { index })
            .collect()
    }

    /// `GetObject`, without the service prefix.
    pub fn name(self) -> &'static str {
        ACTIONS[self.index].name
    }

    /// What the action acts on: the bucket, its objects, or no resource (`*`).
    pub fn resource(self) -> ResourceKind {
        kind_of(&ACTIONS[self.index])
    }

    /// Whether the action manages the bucket, who may read its objects or another kind of S3
    /// resource (`s3:DeleteBucket`, `s3:PutObjectAcl`, `s3:GetDataAccess`) rather than reading or
    /// writing data: a wildcard must never reach one.
    pub fn manages(self) -> bool {
        let name = self.name();
        let reads = name.starts_with("Get") || name.starts_with("List");
        let kind = self.resource();
        kind == ResourceKind::Other || (kind != ResourceKind::Object && !reads) || self.writes_acl()
    }

    /// Whether the action sets who may read or write an object (`s3:PutObjectAcl`).
    pub fn writes_acl(self) -> bool {
        let name = self.name();
        name.starts_with("Put") && name.ends_with("Acl")
    }

    /// Whether the pattern names every S3 action (`*`, `s3:*`, `s3:**`).
    pub fn is_all(pattern: &str) -> bool {
        let name = strip_service(pattern).unwrap_or(pattern);
        !name.is_empty() && name.chars().all(|c| c == '*')
    }

    /// Whether requests for this action carry the condition key, so a condition on it can match.
    pub fn supports_key(self, key: &str) -> bool {
        ACTIONS[self.index]
            .condition_keys
            .iter()
            .any(|&k| S3_CONDITION_KEYS[usize::from(k)].eq_ignore_ascii_case(key))
    }

    /// `s3:GetBucketLocation`, which every preset grants: SDKs ask for the region first.
    pub const GET_BUCKET_LOCATION: S3Action = S3Action::known("GetBucketLocation");
    /// `s3:ListBucket`, on the bucket, limited to the prefix when there is one.
    pub const LIST_BUCKET: S3Action = S3Action::known("ListBucket");
    /// `s3:GetObject`.
    pub const GET_OBJECT: S3Action = S3Action::known("GetObject");
    /// `s3:PutObject`.
    pub const PUT_OBJECT: S3Action = S3Action::known("PutObject");
    /// `s3:AbortMultipartUpload`, so a failed upload leaves no parts behind.
    pub const ABORT_MULTIPART_UPLOAD: S3Action = S3Action::known("AbortMultipartUpload");
    /// `s3:DeleteObject`.
    pub const DELETE_OBJECT: S3Action = S3Action::known("DeleteObject");

    /// A table row by name, for the constants above; a misspelt name fails the build.
    const fn known(name: &str) -> S3Action {
        let mut index = 0;
        while index < ACTIONS.len() {
            if const_str_eq(ACTIONS[index].name, name) {
                return S3Action { index };
            }
            index += 1;
        }
        panic!("not in the S3 action table");
    }
}

impl fmt::Display for S3Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "s3:{}", self.name())
    }
}

impl fmt::Debug for S3Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// The action part after a case-insensitive `s3:`.
fn strip_service(raw: &str) -> Option<&str> {
    raw.get(..3).filter(|service| service.eq_ignore_ascii_case("s3:")).map(|_| &raw[3..])
}

/// The real action a wrong name most likely meant: a known look-alike, else one or two typos away.
fn suggest(raw: &str) -> Option<S3Action> {
    let name = strip_service(raw).unwrap_or(raw).to_ascii_lowercase();
    let by_name = |wanted: &str| ACTIONS.iter().position(|info| info.name == wanted);
    let lookalike = LOOKALIKES.iter().find(|(wrong, _)| *wrong == name).and_then(|(_, right)| by_name(right));
    let near = || {
        // Names more than two letters longer or shorter can't be two edits away: skipped unmeasured.
        (0..ACTIONS.len())
            .filter(|&index| ACTIONS[index].name.len().abs_diff(name.len()) <= 2)
            .map(|index| (edit_distance(&name, &ACTIONS[index].name.to_ascii_lowercase()), index))
            .filter(|(distance, _)| *distance <= 2)
            .min()
            .map(|(_, index)| index)
    };
    lookalike.or_else(near).map(|index| S3Action { index })
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}

const fn const_str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(actions: &[S3Action]) -> Vec<String> {
        actions.iter().map(S3Action::to_string).collect()
    }

    #[test]
    fn parses_case_insensitively_into_the_canonical_spelling() {
        assert_eq!(S3Action::parse("s3:getobject").unwrap().to_string(), "s3:GetObject");
        assert_eq!(S3Action::parse("S3:ListBucket").unwrap(), S3Action::LIST_BUCKET);
    }

    #[test]
    fn star_object_grants_exactly_the_five_aws_lists() {
        assert_eq!(
            names(&S3Action::expand("s3:*Object")),
            ["s3:DeleteObject", "s3:GetObject", "s3:PutObject", "s3:ReplicateObject", "s3:RestoreObject"]
        );
        assert_eq!(names(&S3Action::expand("s3:GetObjectVersion???")), ["s3:GetObjectVersionAcl"]);
        assert!(S3Action::expand("kms:*").is_empty());
        assert!(S3Action::expand("s3:Nothing*").is_empty());
    }

    #[test]
    fn unknown_actions_get_a_suggestion() {
        let suggestion = |raw: &str| match S3Action::parse(raw).unwrap_err().remove(0) {
            Problem::UnknownAction { suggestion, .. } => suggestion.map(|s| s.to_string()),
            other => panic!("unexpected {other:?}"),
        };
        assert_eq!(suggestion("s3:ListObject").as_deref(), Some("s3:ListBucket"));
        assert_eq!(suggestion("s3:GetObjekt").as_deref(), Some("s3:GetObject"));
        assert_eq!(suggestion("s3:Frobnicate"), None);
        assert_eq!(suggestion("kms:Decrypt"), None);
        assert_eq!(
            S3Action::parse("s3:ListObject").unwrap_err()[0].to_string(),
            "'s3:ListObject' is not an S3 action; did you mean 's3:ListBucket'?"
        );
    }

    #[test]
    fn resource_kinds_and_condition_keys_follow_the_table() {
        assert_eq!(S3Action::LIST_BUCKET.resource(), ResourceKind::Bucket);
        assert_eq!(S3Action::GET_OBJECT.resource(), ResourceKind::Object);
        assert_eq!(S3Action::parse("s3:ListAllMyBuckets").unwrap().resource(), ResourceKind::Account);
        assert!(S3Action::LIST_BUCKET.supports_key("s3:prefix"));
        assert!(!S3Action::GET_BUCKET_LOCATION.supports_key("s3:prefix"));
        assert!(S3Action::PUT_OBJECT.supports_key("s3:x-amz-acl"));
    }

    #[test]
    fn the_table_is_sorted_and_unique() {
        assert!(ACTIONS.windows(2).all(|pair| pair[0].name < pair[1].name));
    }
}
