//! What the generated documents allow and deny, judged by evaluating requests against them (the
//! evaluator in `support/eval.rs`), not by how their JSON is spelled: the ACL requirement, KMS
//! through S3 only, the Deny guard, the prefix and the external ID each do what they promise, and
//! every golden case passes the whole request matrix (`support/grants.rs`).

#[path = "support/cases.rs"]
mod cases;
#[path = "support/eval.rs"]
mod eval;
#[path = "support/grants.rs"]
mod grants;

use eval::{evaluate, Decision, Request};
use rolesmith_core::lang::Lang;
use rolesmith_core::output::{self, OutputName};
use rolesmith_core::spec::Spec;
use serde_json::Value;

const KEY: &str = "arn:aws:kms:eu-west-1:210987654321:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const OTHER_KEY: &str = "arn:aws:kms:eu-west-1:210987654321:key/99999999-12ab-34cd-56ef-1234567890ab";
const VENDOR: &str = "arn:aws:iam::366810793500:user/xmode-data-transfer";
const BASE: &str =
    "account=366810793500&user=xmode-data-transfer&external_id=gc-7f3a9e2b41d84c6e&bucket=acme-data";

/// The permissions and trust documents generated for `params` (appended to [`BASE`]).
fn documents(params: &str) -> (Value, Value) {
    let (plan, findings) = Spec::from_url(&format!("{BASE}&{params}"), "").validate();
    let plan = plan.unwrap_or_else(|| panic!("{params}: {findings:?}"));
    let json = |name| {
        serde_json::from_str(&output::text(&plan, name, Lang::En).expect("shown in role mode")).unwrap()
    };
    (json(OutputName::PermissionsPolicy), json(OutputName::TrustPolicy))
}

#[test]
fn the_owner_acl_is_required_wherever_an_acl_can_be_set() {
    let (policy, _) = documents(
        "actions=s3:PutObject,s3:PutObjectAcl,s3:PutObjectVersionAcl&acl=bucket-owner-full-control",
    );
    let object = "arn:aws:s3:::acme-data/in/file.csv";
    let put = |action| Request::new(action, object);
    // Uploads: a multipart part carries no ACL header and must pass; a wrong canned ACL must not.
    assert_eq!(evaluate(&policy, &put("s3:PutObject")), Decision::Allow, "UploadPart has no x-amz-acl");
    assert_eq!(
        evaluate(&policy, &put("s3:PutObject").with("s3:x-amz-acl", "bucket-owner-full-control")),
        Decision::Allow
    );
    assert_eq!(
        evaluate(&policy, &put("s3:PutObject").with("s3:x-amz-acl", "public-read")),
        Decision::ImplicitDeny
    );
    // ACL writes: a grant through x-amz-grant-* headers or an XML body has no x-amz-acl, and must
    // be denied, or the vendor could share objects with any account.
    for action in ["s3:PutObjectAcl", "s3:PutObjectVersionAcl"] {
        assert_eq!(evaluate(&policy, &put(action)), Decision::ImplicitDeny, "{action} with grant headers");
        assert_eq!(
            evaluate(&policy, &put(action).with("s3:x-amz-acl", "public-read")),
            Decision::ImplicitDeny,
            "{action}"
        );
        assert_eq!(
            evaluate(&policy, &put(action).with("s3:x-amz-acl", "bucket-owner-full-control")),
            Decision::Allow,
            "{action}"
        );
    }
}

#[test]
fn every_golden_grant_passes_the_request_matrix() {
    // A case whose inputs are refused has no documents to judge.
    let cases: Vec<_> =
        cases::cases().into_iter().filter(|case| case.join("permissions-policy.json").is_file()).collect();
    assert!(cases.len() >= 7, "golden cases went missing: {cases:?}");
    for case in cases {
        let (plan, findings) = cases::spec_of(&case).validate();
        let plan = plan.unwrap_or_else(|| panic!("{}: {findings:?}", case.display()));
        grants::check(&plan);
    }
}

/// The reproduction: an upload that grants everyone read through a header, without any
/// `x-amz-acl`, is refused; the owner's canned ACL and a multipart part (no header) pass.
#[test]
fn an_upload_cant_grant_access_with_grant_headers() {
    let (policy, _) = documents("access=write&acl=bucket-owner-full-control");
    let put = || Request::new("s3:PutObject", "arn:aws:s3:::acme-data/report.csv");
    assert_eq!(evaluate(&policy, &put()), Decision::Allow, "UploadPart carries no header");
    assert_eq!(evaluate(&policy, &put().with("s3:x-amz-acl", "bucket-owner-full-control")), Decision::Allow);
    let everyone = "uri=\"http://acs.amazonaws.com/groups/global/AllUsers\"";
    for header in [
        "s3:x-amz-grant-read",
        "s3:x-amz-grant-read-acp",
        "s3:x-amz-grant-write-acp",
        "s3:x-amz-grant-full-control",
    ] {
        assert_eq!(evaluate(&policy, &put().with(header, everyone)), Decision::ImplicitDeny, "{header}");
    }
}

/// In China both names S3 may send as `kms:ViaService` pass; nothing else does.
#[test]
fn the_kms_key_in_china_is_usable_through_either_s3_name() {
    let key = "arn:aws-cn:kms:cn-north-1:210987654321:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    let query = format!(
        "partition=aws-cn&principal=arn:aws-cn:iam::588271335135:user/guance&external_id=gc-7f3a9e2b41d84c6e&bucket=guance-logs&customer_account=210987654321&kms_key={key}"
    );
    let plan = Spec::from_url(&query, "").validate().0.expect("a valid plan");
    let policy: Value =
        serde_json::from_str(&output::text(&plan, OutputName::PermissionsPolicy, Lang::En).unwrap()).unwrap();
    let through = |service| Request::new("kms:Decrypt", key).with("kms:ViaService", service);
    assert_eq!(evaluate(&policy, &through("s3.cn-north-1.amazonaws.com")), Decision::Allow);
    assert_eq!(evaluate(&policy, &through("s3.cn-north-1.amazonaws.com.cn")), Decision::Allow);
    assert_eq!(evaluate(&policy, &through("ec2.cn-north-1.amazonaws.com.cn")), Decision::ImplicitDeny);
    assert_eq!(evaluate(&policy, &through("s3.cn-northwest-1.amazonaws.com.cn")), Decision::ImplicitDeny);
    let verify = output::text(&plan, OutputName::Verify, Lang::En).unwrap();
    assert!(verify.contains("\"s3.cn-north-1.amazonaws.com.cn\""), "the key-policy statement too:\n{verify}");
}

#[test]
fn the_kms_key_is_usable_only_through_s3_in_its_region() {
    let (policy, _) = documents(&format!("access=read-write&kms_key={KEY}"));
    for action in ["kms:Decrypt", "kms:GenerateDataKey"] {
        let through = |service| Request::new(action, KEY).with("kms:ViaService", service);
        assert_eq!(evaluate(&policy, &through("s3.eu-west-1.amazonaws.com")), Decision::Allow, "{action}");
        assert_eq!(
            evaluate(&policy, &Request::new(action, KEY)),
            Decision::ImplicitDeny,
            "{action} called directly"
        );
        assert_eq!(
            evaluate(&policy, &through("ec2.eu-west-1.amazonaws.com")),
            Decision::ImplicitDeny,
            "{action}"
        );
        assert_eq!(
            evaluate(&policy, &through("s3.us-east-1.amazonaws.com")),
            Decision::ImplicitDeny,
            "{action}"
        );
        let other_key = Request::new(action, OTHER_KEY).with("kms:ViaService", "s3.eu-west-1.amazonaws.com");
        assert_eq!(evaluate(&policy, &other_key), Decision::ImplicitDeny, "{action} on another key");
    }
}

#[test]
fn the_deny_guard_spares_exactly_the_bucket_and_its_key() {
    let (policy, _) = documents(&format!("access=read-write&deny_outside_bucket=true&kms_key={KEY}"));
    let s3 = |action, resource| evaluate(&policy, &Request::new(action, resource));
    assert_eq!(s3("s3:GetObject", "arn:aws:s3:::acme-data/a.csv"), Decision::Allow);
    assert_eq!(s3("s3:ListBucket", "arn:aws:s3:::acme-data"), Decision::Allow);
    assert_eq!(s3("s3:GetObject", "arn:aws:s3:::other-bucket/a.csv"), Decision::ExplicitDeny);
    assert_eq!(s3("s3:ListBucket", "arn:aws:s3:::acme-data-2"), Decision::ExplicitDeny);
    assert_eq!(s3("sqs:SendMessage", "arn:aws:sqs:eu-west-1:210987654321:queue"), Decision::ExplicitDeny);
    let via_s3 = Request::new("kms:Decrypt", KEY).with("kms:ViaService", "s3.eu-west-1.amazonaws.com");
    assert_eq!(evaluate(&policy, &via_s3), Decision::Allow, "the guard must not deny the bucket's key");
    let other = Request::new("kms:Decrypt", OTHER_KEY).with("kms:ViaService", "s3.eu-west-1.amazonaws.com");
    assert_eq!(evaluate(&policy, &other), Decision::ExplicitDeny);

    // Without kms_key the guard denies every KMS call: that is what the field's warning says.
    let (without_key, _) = documents("access=read-write&deny_outside_bucket=true");
    let aws_s3_key = Request::new("kms:Decrypt", KEY).with("kms:ViaService", "s3.eu-west-1.amazonaws.com");
    assert_eq!(evaluate(&without_key, &aws_s3_key), Decision::ExplicitDeny);
    let (_, findings) = Spec::from_url(&format!("{BASE}&deny_outside_bucket=true"), "").validate();
    assert!(findings.iter().any(|finding| finding.code() == "deny-guard-without-kms-key"), "{findings:?}");
}

#[test]
fn a_prefix_limits_objects_and_listing_but_not_the_bucket_location() {
    let (policy, _) = documents("access=read&prefix=exports/");
    let decide = |request: Request| evaluate(&policy, &request);
    assert_eq!(decide(Request::new("s3:GetObject", "arn:aws:s3:::acme-data/exports/a.csv")), Decision::Allow);
    assert_eq!(
        decide(Request::new("s3:GetObject", "arn:aws:s3:::acme-data/private/a.csv")),
        Decision::ImplicitDeny
    );
    let list = |prefix| Request::new("s3:ListBucket", "arn:aws:s3:::acme-data").with("s3:prefix", prefix);
    assert_eq!(decide(list("exports/2026/")), Decision::Allow);
    assert_eq!(decide(list("private/")), Decision::ImplicitDeny);
    assert_eq!(decide(Request::new("s3:ListBucket", "arn:aws:s3:::acme-data")), Decision::ImplicitDeny);
    assert_eq!(decide(Request::new("s3:GetBucketLocation", "arn:aws:s3:::acme-data")), Decision::Allow);
    assert_eq!(
        decide(Request::new("s3:PutObject", "arn:aws:s3:::acme-data/exports/a.csv")),
        Decision::ImplicitDeny
    );
    assert_eq!(decide(Request::new("s3:DeleteBucket", "arn:aws:s3:::acme-data")), Decision::ImplicitDeny);
}

#[test]
fn only_the_vendor_with_the_external_id_may_assume_the_role() {
    let (_, trust) = documents("access=read");
    let assume = |principal| Request::assume_role(principal);
    assert_eq!(
        evaluate(&trust, &assume(VENDOR).with("sts:ExternalId", "gc-7f3a9e2b41d84c6e")),
        Decision::Allow
    );
    assert_eq!(
        evaluate(&trust, &assume(VENDOR)),
        Decision::ImplicitDeny,
        "no external ID: the confused deputy"
    );
    assert_eq!(
        evaluate(&trust, &assume(VENDOR).with("sts:ExternalId", "someone-else")),
        Decision::ImplicitDeny
    );
    let stranger = "arn:aws:iam::111122223333:user/xmode-data-transfer";
    assert_eq!(
        evaluate(&trust, &assume(stranger).with("sts:ExternalId", "gc-7f3a9e2b41d84c6e")),
        Decision::ImplicitDeny
    );
}
