//! A serde model of the IAM policy documents Rolesmith writes.
//!
//! Keys come out in field order, which is AWS's order (`Version, Statement`; `Sid, Effect,
//! Principal, Action, Resource, Condition`); maps are `BTreeMap`s, so the same plan always gives
//! the same bytes. `Action` and `Resource` are always arrays, so adding one is a one-line diff.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Serialize, Serializer};

use crate::model::{Principal, ResourceArn, S3Action};

/// A whole policy document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct PolicyDocument {
    /// The policy language version.
    pub version: Version,
    /// The statements, in the order the builders add them.
    pub statement: Vec<Statement>,
}

/// The policy language version; only the current one is ever written (aws-rules §6).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Version {
    /// `2012-10-17`.
    #[serde(rename = "2012-10-17")]
    Current,
}

/// One statement, its keys in AWS's order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Statement {
    /// Names the statement, so a reader (and a finding) can point at it.
    pub sid: Sid,
    /// Allow or Deny.
    pub effect: Effect,
    /// Who the statement applies to: trust policies only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub principal: Option<PrincipalBlock>,
    /// What it allows or denies; left out where `not_action` says it instead.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub action: Vec<Action>,
    /// Everything but these: only the guard on a self-assuming role's own ARN.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_action: Option<Vec<Action>>,
    /// What it acts on: permissions policies only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource: Option<Vec<ResourceArn>>,
    /// Everything but these: only the Deny guard outside the bucket.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_resource: Option<Vec<ResourceArn>>,
    /// When it applies; left out when empty.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub condition: Conditions,
}

/// A statement ID. Invariant: ASCII letters and digits only, as IAM requires; builders make them
/// from literals (and a number, `ListPrefix2`), and the lint tests check every generated one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Sid(pub String);

impl Sid {
    /// A literal Sid.
    pub fn of(sid: &str) -> Sid {
        Sid(sid.to_owned())
    }
}

/// Whether a statement allows or denies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Effect {
    /// Allows what it names.
    Allow,
    /// Denies what it names, whatever else allows it.
    Deny,
}

/// `"Principal": {"AWS": "arn:..."}`; trust policies here name exactly one vendor principal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PrincipalBlock {
    /// The one trusted principal.
    #[serde(rename = "AWS", serialize_with = "as_text")]
    pub aws: Principal,
}

/// An action a generated document may name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Action {
    /// `sts:AssumeRole`, in trust policies.
    AssumeRole,
    /// An S3 action.
    S3(S3Action),
    /// `kms:GenerateDataKey`: encrypting new objects in an SSE-KMS bucket (aws-rules §10).
    KmsGenerateDataKey,
    /// `kms:Decrypt`: reading SSE-KMS objects, and completing multipart uploads of them.
    KmsDecrypt,
    /// Every action; only ever in a Deny.
    All,
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Action::AssumeRole => f.write_str("sts:AssumeRole"),
            Action::S3(action) => action.fmt(f),
            Action::KmsGenerateDataKey => f.write_str("kms:GenerateDataKey"),
            Action::KmsDecrypt => f.write_str("kms:Decrypt"),
            Action::All => f.write_str("*"),
        }
    }
}

impl Serialize for Action {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// `{"StringEquals": {"sts:ExternalId": "..."}}`: operators, then keys, each sorted.
pub type Conditions = BTreeMap<Operator, BTreeMap<ConditionKey, OneOrMany>>;

/// A condition operator the builders use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Operator {
    /// Exact match: the external ID, `kms:ViaService`, the canned ACL on ACL writes.
    StringEquals,
    /// Matches when the key is absent too: for headers only some requests of an action carry.
    StringEqualsIfExists,
    /// A match with wildcards: `s3:prefix` under the prefix.
    StringLike,
    /// `"true"`: the request must not carry the key at all.
    Null,
    /// An ARN match (IAM honours `*` and `?` here as in ArnLike; a role's ARN can't hold them, so
    /// it pins exactly a self-assuming role's own ARN).
    ArnEquals,
}

/// A condition key the builders use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum ConditionKey {
    /// `s3:prefix`: which keys `ListBucket` may list.
    #[serde(rename = "s3:prefix")]
    S3Prefix,
    /// `s3:x-amz-acl`: the canned ACL a write sets.
    #[serde(rename = "s3:x-amz-acl")]
    S3Acl,
    /// `s3:x-amz-grant-full-control`.
    #[serde(rename = "s3:x-amz-grant-full-control")]
    S3GrantFullControl,
    /// `s3:x-amz-grant-read`.
    #[serde(rename = "s3:x-amz-grant-read")]
    S3GrantRead,
    /// `s3:x-amz-grant-read-acp`.
    #[serde(rename = "s3:x-amz-grant-read-acp")]
    S3GrantReadAcp,
    /// `s3:x-amz-grant-write-acp`.
    #[serde(rename = "s3:x-amz-grant-write-acp")]
    S3GrantWriteAcp,
    /// `sts:ExternalId`: the confused-deputy guard in trust policies.
    #[serde(rename = "sts:ExternalId")]
    ExternalId,
    /// `kms:ViaService`: KMS only through S3.
    #[serde(rename = "kms:ViaService")]
    KmsViaService,
    /// `aws:PrincipalArn`: who asks, for the self-assuming role's own statement.
    #[serde(rename = "aws:PrincipalArn")]
    PrincipalArn,
}

/// IAM's string-or-array value; the builder picks the form on purpose.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum OneOrMany {
    /// A single value.
    One(String),
    /// Several values, any of which matches.
    Many(Vec<String>),
}

impl ConditionKey {
    /// The headers an upload can grant access with instead of a canned ACL (aws-rules §10).
    pub const S3_GRANTS: [ConditionKey; 4] = [
        ConditionKey::S3GrantFullControl,
        ConditionKey::S3GrantRead,
        ConditionKey::S3GrantReadAcp,
        ConditionKey::S3GrantWriteAcp,
    ];
}

impl OneOrMany {
    /// One value as a string, several as an array.
    pub fn of(mut values: Vec<String>) -> OneOrMany {
        match values.len() {
            1 => OneOrMany::One(values.remove(0)),
            _ => OneOrMany::Many(values),
        }
    }
}

impl Statement {
    /// An Allow of `actions` on `resources`, without conditions.
    pub fn allow(sid: &str, actions: Vec<Action>, resources: Vec<ResourceArn>) -> Statement {
        Statement {
            sid: Sid::of(sid),
            effect: Effect::Allow,
            principal: None,
            action: actions,
            not_action: None,
            resource: Some(resources),
            not_resource: None,
            condition: Conditions::new(),
        }
    }

    /// The same statement under one more condition.
    pub fn when(mut self, operator: Operator, key: ConditionKey, value: OneOrMany) -> Statement {
        self.condition.entry(operator).or_default().insert(key, value);
        self
    }
}

fn as_text<T: fmt::Display, S: Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(value)
}
