//! The permissions policy: the plan's S3 actions, each on the resource it acts on.
//!
//! Least privilege by construction (design.md, rules of output): bucket actions on the bucket ARN,
//! object actions on `bucket/prefix/*`, listing limited by `s3:prefix` when there is a prefix, and
//! `s3:GetBucketLocation` never under that condition because its requests don't carry the key.

use crate::model::{BucketName, CannedAcl, KeyPrefix, KmsKeyArn, ResourceArn, ResourceKind, S3Action};
use crate::plan::Plan;
use crate::policy::doc::{
    Action, ConditionKey, Conditions, Effect, OneOrMany, Operator, PolicyDocument, Sid, Statement, Version,
};

/// The KMS actions the S3 actions need on an SSE-KMS bucket's key (aws-rules §10): writing makes a
/// data key, reading decrypts one, and a multipart upload of a write decrypts too.
pub fn kms_actions(actions: &[S3Action]) -> Vec<Action> {
    let writes = actions.iter().any(|a| matches!(a.name(), "PutObject" | "ReplicateObject"));
    let reads = actions.iter().any(|a| matches!(a.name(), "GetObject" | "GetObjectVersion"));
    let mut kms = Vec::new();
    if writes {
        kms.push(Action::KmsGenerateDataKey);
    }
    if reads || writes {
        kms.push(Action::KmsDecrypt);
    }
    kms
}

/// The statement limited to calls S3 makes with the key on the caller's behalf, in the key's
/// region (`kms:ViaService`, aws-rules §10): the key can't then decrypt anything directly.
pub fn through_s3(statement: Statement, key: &KmsKeyArn) -> Statement {
    statement.when(Operator::StringEquals, ConditionKey::KmsViaService, OneOrMany::of(key.s3_via_services()))
}

/// The least-privilege permissions policy for the plan: bucket-level actions on the bucket
/// (listing limited to the prefix), object actions on the objects under it, the KMS key only
/// through S3, and the Deny guard when asked for.
pub fn document(plan: &Plan) -> PolicyDocument {
    let places = plan.locations();
    let buckets = plan.buckets();
    // A bucket is listed under `s3:prefix` when every place in it is a folder: its folders.
    let folders: Vec<(&BucketName, Vec<String>)> = buckets
        .iter()
        .filter_map(|bucket| {
            let in_bucket = places.iter().filter(|place| place.bucket == *bucket);
            let folders: Option<Vec<String>> =
                in_bucket.map(|place| place.prefix.as_ref().map(KeyPrefix::folder)).collect();
            Some((bucket, folders?))
        })
        .collect();
    let whole: Vec<&BucketName> =
        buckets.iter().filter(|bucket| !folders.iter().any(|(foldered, _)| foldered == bucket)).collect();
    let of_kind = |kind: ResourceKind| plan.actions.iter().copied().filter(move |a| a.resource() == kind);
    let (listing, bucket_level): (Vec<S3Action>, Vec<S3Action>) = of_kind(ResourceKind::Bucket)
        .partition(|action| !folders.is_empty() && action.supports_key("s3:prefix"));
    let (acl_bound, object_level): (Vec<S3Action>, Vec<S3Action>) = of_kind(ResourceKind::Object)
        .partition(|action| plan.required_acl.is_some() && action.supports_key("s3:x-amz-acl"));
    let (uploads, acl_writes): (Vec<S3Action>, Vec<S3Action>) =
        acl_bound.into_iter().partition(|&action| action == S3Action::PUT_OBJECT);
    let account_level: Vec<S3Action> = of_kind(ResourceKind::Account).collect();

    let bucket_arn = |bucket: &BucketName| ResourceArn::bucket(plan.partition, bucket);
    let objects: Vec<ResourceArn> = places.iter().map(|place| place.objects_arn(plan.partition)).collect();
    let mut statements = Vec::new();
    let allow = |sid: &str, actions: Vec<S3Action>, resources: Vec<ResourceArn>| {
        (!actions.is_empty())
            .then(|| Statement::allow(sid, actions.into_iter().map(Action::S3).collect(), resources))
    };
    statements.extend(allow("BucketLevel", bucket_level, buckets.iter().map(bucket_arn).collect()));
    if !whole.is_empty() {
        statements.extend(allow(
            "ListWholeBucket",
            listing.clone(),
            whole.into_iter().map(bucket_arn).collect(),
        ));
    }
    // One listing statement per bucket of folders, so no bucket lists another one's folders.
    for (index, (bucket, folders)) in folders.iter().enumerate() {
        let sid = if index == 0 { "ListPrefix".to_owned() } else { format!("ListPrefix{}", index + 1) };
        let patterns = folders.iter().flat_map(|folder| [folder.clone(), format!("{folder}*")]).collect();
        statements.extend(allow(&sid, listing.clone(), vec![bucket_arn(bucket)]).map(|statement| {
            statement.when(Operator::StringLike, ConditionKey::S3Prefix, OneOrMany::Many(patterns))
        }));
    }
    statements.extend(allow("ObjectLevel", object_level, objects.clone()));
    let owner_acl =
        || OneOrMany::One(plan.required_acl.map(CannedAcl::as_str).unwrap_or_default().to_owned());
    statements.extend(allow("WriteWithOwnerAcl", uploads, objects.clone()).map(|statement| {
        // IfExists: UploadPart and CompleteMultipartUpload are authorised as s3:PutObject but carry
        // no x-amz-acl header, so a plain StringEquals would deny every multipart upload (the
        // missing-key pitfall, aws-rules §6). Any request that does set an ACL must set this one,
        // and none may grant access through x-amz-grant-* headers instead, which IfExists alone
        // would let through (multipart parts carry none of them either, aws-rules §10).
        let statement = statement.when(Operator::StringEqualsIfExists, ConditionKey::S3Acl, owner_acl());
        ConditionKey::S3_GRANTS.into_iter().fold(statement, |statement, grant| {
            statement.when(Operator::Null, grant, OneOrMany::One("true".to_owned()))
        })
    }));
    statements.extend(allow("SetOwnerAclOnly", acl_writes, objects).map(|statement| {
        // Plain StringEquals: PutObjectAcl can grant through x-amz-grant-* headers or an XML body
        // with no x-amz-acl header at all, which IfExists would let through (aws-rules §10).
        statement.when(Operator::StringEquals, ConditionKey::S3Acl, owner_acl())
    }));
    statements.extend(allow("AccountLevel", account_level, vec![ResourceArn::any()]));
    let own = plan.self_assuming_arn().map(|own| ResourceArn::principal(&own));
    statements.extend(
        own.clone().map(|own| Statement::allow("AssumeThisRoleItself", vec![Action::AssumeRole], vec![own])),
    );
    let kms = kms_actions(&plan.actions);
    // A key only matters to a grant whose actions need it (a grant that only lists needs none).
    let used_key = plan.kms_key.as_ref().filter(|_| !kms.is_empty());
    if let Some(key) = used_key {
        let use_key = Statement::allow("UseBucketKey", kms, vec![ResourceArn::kms_key(key)]);
        statements.push(through_s3(use_key, key));
    }
    if plan.deny_outside_bucket {
        // The key is exempt too when the grant uses it: denying every action elsewhere would deny
        // the KMS calls that reading and writing an SSE-KMS bucket make on the caller's behalf.
        let mut allowed: Vec<ResourceArn> = buckets
            .iter()
            .flat_map(|bucket| [bucket_arn(bucket), ResourceArn::objects(plan.partition, bucket, None)])
            .collect();
        allowed.extend(used_key.map(ResourceArn::kms_key));
        allowed.extend(own.clone());
        statements.push(Statement {
            sid: Sid::of("DenyOutsideBucket"),
            effect: Effect::Deny,
            action: vec![Action::All],
            not_action: None,
            resource: None,
            principal: None,
            not_resource: Some(allowed),
            condition: Conditions::new(),
        });
        // The guard spares a self-assuming role's own ARN for assuming it, and nothing else: a
        // broader policy attached later must not let the role rewrite its own trust or policies.
        statements.extend(own.map(|own| Statement {
            sid: Sid::of("DenyOnThisRoleButAssumingIt"),
            effect: Effect::Deny,
            action: vec![],
            not_action: Some(vec![Action::AssumeRole]),
            resource: Some(vec![own]),
            principal: None,
            not_resource: None,
            condition: Conditions::new(),
        }));
    }
    PolicyDocument { version: Version::Current, statement: statements }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::to_pretty_json;
    use crate::spec::Spec;

    const KEY: &str = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    fn statements(params: &str) -> Vec<serde_json::Value> {
        let (plan, findings) = Spec::from_url(params, "").validate();
        let plan = plan.unwrap_or_else(|| panic!("{findings:?}"));
        let json: serde_json::Value = serde_json::from_str(&to_pretty_json(&document(&plan))).unwrap();
        json["Statement"].as_array().unwrap().clone()
    }

    fn sid<'a>(statements: &'a [serde_json::Value], sid: &str) -> &'a serde_json::Value {
        statements.iter().find(|s| s["Sid"] == sid).unwrap_or_else(|| panic!("no {sid}"))
    }

    #[test]
    fn kms_actions_follow_reads_and_writes() {
        let base = format!("account=123456789012&external_id=abc123&bucket=b-1&kms_key={KEY}");
        let kms = |access: &str| sid(&statements(&format!("{base}&access={access}")), "UseBucketKey").clone();
        assert_eq!(kms("read")["Action"], serde_json::json!(["kms:Decrypt"]));
        assert_eq!(kms("write")["Action"], serde_json::json!(["kms:GenerateDataKey", "kms:Decrypt"]));
        assert_eq!(kms("read-write")["Resource"], serde_json::json!([KEY]));
    }

    #[test]
    fn the_deny_guard_exempts_exactly_the_bucket_and_the_key() {
        let all = statements(&format!(
            "account=123456789012&external_id=abc123&bucket=b-1&prefix=in&deny_outside_bucket=true&kms_key={KEY}"
        ));
        assert_eq!(
            sid(&all, "DenyOutsideBucket")["NotResource"],
            serde_json::json!(["arn:aws:s3:::b-1", "arn:aws:s3:::b-1/*", KEY])
        );
        let without_key =
            statements("account=123456789012&external_id=abc123&bucket=b-1&deny_outside_bucket=true");
        assert_eq!(
            sid(&without_key, "DenyOutsideBucket")["NotResource"],
            serde_json::json!(["arn:aws:s3:::b-1", "arn:aws:s3:::b-1/*"])
        );
    }

    #[test]
    fn a_key_from_another_partition_is_refused() {
        let (plan, findings) = Spec::from_url(
            &format!("partition=aws-cn&account=123456789012&external_id=abc123&bucket=b-1&kms_key={KEY}"),
            "",
        )
        .validate();
        assert!(plan.is_none());
        assert!(findings.iter().any(|f| f.code() == "invalid-partition"), "{findings:?}");
    }

    #[test]
    fn guance_user_grant_is_scoped_to_the_bucket_except_listing_all_buckets() {
        let all = statements(
            "mode=user&partition=aws-cn&bucket=guance-backup&actions=s3:PutObject,s3:GetObject,s3:CreateBucket,s3:ListAllMyBuckets,s3:ListBucket",
        );
        assert_eq!(
            sid(&all, "BucketLevel")["Resource"],
            serde_json::json!(["arn:aws-cn:s3:::guance-backup"])
        );
        assert_eq!(
            sid(&all, "ObjectLevel")["Resource"],
            serde_json::json!(["arn:aws-cn:s3:::guance-backup/*"])
        );
        assert_eq!(sid(&all, "AccountLevel")["Action"], serde_json::json!(["s3:ListAllMyBuckets"]));
        assert_eq!(sid(&all, "AccountLevel")["Resource"], serde_json::json!(["*"]));
    }
}
