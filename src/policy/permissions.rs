//! The permissions policy: the plan's S3 actions, each on the resource it acts on.
//!
//! Least privilege by construction (design.md, rules of output): bucket actions on the bucket ARN,
//! object actions on `bucket/prefix/*`, listing limited by `s3:prefix` when there is a prefix, and
//! `s3:GetBucketLocation` never under that condition because its requests don't carry the key.

use crate::model::{ResourceArn, ResourceKind, S3Action};
use crate::plan::Plan;
use crate::policy::doc::{
    Action, ConditionKey, Conditions, Effect, OneOrMany, Operator, PolicyDocument, Sid, Statement, Version,
};
use crate::spec::OWNER_ACL;

pub fn document(plan: &Plan) -> PolicyDocument {
    let of_kind = |kind: ResourceKind| plan.actions.iter().copied().filter(move |a| a.resource() == kind);
    let (listing, bucket_level): (Vec<S3Action>, Vec<S3Action>) = of_kind(ResourceKind::Bucket)
        .partition(|action| plan.prefix.is_some() && action.supports_key("s3:prefix"));
    let (acl_writes, object_level): (Vec<S3Action>, Vec<S3Action>) = of_kind(ResourceKind::Object)
        .partition(|action| plan.require_owner_acl && action.supports_key("s3:x-amz-acl"));
    let account_level: Vec<S3Action> = of_kind(ResourceKind::Account).collect();

    let mut statements = Vec::new();
    let allow = |sid, actions: Vec<S3Action>, resource: ResourceArn| {
        (!actions.is_empty())
            .then(|| Statement::allow(sid, actions.into_iter().map(Action::S3).collect(), vec![resource]))
    };
    statements.extend(allow("BucketLevel", bucket_level, plan.bucket_arn()));
    if let Some(prefix) = &plan.prefix {
        let folder = prefix.folder();
        let patterns = OneOrMany::Many(vec![folder.clone(), format!("{folder}*")]);
        statements.extend(
            allow("ListPrefix", listing, plan.bucket_arn())
                .map(|statement| statement.when(Operator::StringLike, ConditionKey::S3Prefix, patterns)),
        );
    }
    statements.extend(allow("ObjectLevel", object_level, plan.objects_arn()));
    statements.extend(allow("WriteWithOwnerAcl", acl_writes, plan.objects_arn()).map(|statement| {
        statement.when(Operator::StringEquals, ConditionKey::S3Acl, OneOrMany::One(OWNER_ACL.to_owned()))
    }));
    statements.extend(allow("AccountLevel", account_level, ResourceArn::any()));
    if plan.deny_outside_bucket {
        statements.push(Statement {
            sid: Sid("DenyOutsideBucket"),
            effect: Effect::Deny,
            action: vec![Action::All],
            resource: None,
            principal: None,
            not_resource: Some(vec![plan.bucket_arn(), plan.all_objects_arn()]),
            condition: Conditions::new(),
        });
    }
    PolicyDocument { version: Version::Current, statement: statements }
}
