//! The request matrix every grant must pass, judged by evaluating requests against its own
//! documents (`support/eval.rs`): each granted action allowed exactly where the grant says, and
//! refused on another bucket, a sibling prefix and in another partition; uploads refused when
//! they grant access through headers; all of it for each bucket or folder of `locations`; every
//! action not granted refused; the KMS key usable only
//! through S3; the trust only for the vendor's principal with the external ID. The semantics
//! tests run it over every golden case, the property tests over generated specs. Use it with
//! `#[path = "support/eval.rs"] mod eval;` beside `#[path = "support/grants.rs"] mod grants;`.
// Each test file uses only part of this API.
#![allow(dead_code)]

use rolesmith_core::model::{Partition, Place as Target, PrincipalKind, ResourceKind, S3Action};
use rolesmith_core::plan::{Plan, VendorTrust};
use rolesmith_core::policy::permissions;
use serde_json::Value;

use crate::eval::{evaluate, Decision, Request};

/// The headers an upload can grant access with instead of a canned ACL.
const GRANT_HEADERS: [&str; 4] = [
    "s3:x-amz-grant-read",
    "s3:x-amz-grant-read-acp",
    "s3:x-amz-grant-write-acp",
    "s3:x-amz-grant-full-control",
];

/// A grantee that is in no vendor's documents, for the "everyone else" requests.
const GRANTEE_ALL_USERS: &str = "uri=\"http://acs.amazonaws.com/groups/global/AllUsers\"";

/// Runs the whole matrix on the plan's documents; panics naming the first request decided wrongly.
pub fn check(plan: &Plan) {
    let documents = plan.documents();
    let permissions: Value = serde_json::from_str(&documents.permissions.json).unwrap();
    let trust: Option<Value> =
        documents.trust.as_ref().map(|trust| serde_json::from_str(&trust.json).unwrap());
    check_documents(plan, &permissions, trust.as_ref());
}

/// The same on documents from elsewhere (read back from the emulator, say) that should grant
/// what the plan says.
pub fn check_documents(plan: &Plan, permissions: &Value, trust: Option<&Value>) {
    for target in plan.locations() {
        Matrix { plan, policy: permissions, target }.run();
    }
    if let Some(trust) = trust {
        trust_matrix(plan, trust);
    }
}

struct Matrix<'a> {
    plan: &'a Plan,
    policy: &'a Value,
    /// The bucket or folder the requests aim at.
    target: Target,
}

/// Where a request points, relative to the grant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    Granted,
    OtherBucket,
    SiblingFolder,
    OtherPartition,
}

impl Matrix<'_> {
    fn run(&self) {
        for action in S3Action::expand("s3:*") {
            if self.plan.actions.contains(&action) {
                self.granted(action);
            } else {
                self.refused(&self.request(action, Place::Granted), "an action not granted");
            }
        }
        for outside in ["s3:PutBucketPolicy", "s3:PutBucketAcl", "iam:CreateUser", "sts:AssumeRole"] {
            let request = Request::new(outside, "*");
            self.refused(&request, "an action outside the grant");
        }
        self.grant_headers();
        self.kms();
        self.self_assume();
    }

    /// A self-assuming role may assume itself, and no other role, even under the Deny guard.
    fn self_assume(&self) {
        let Some(own) = self.plan.self_assuming_arn() else { return };
        let own = own.to_string();
        assert_eq!(
            self.decide(&Request::new("sts:AssumeRole", &own)),
            Decision::Allow,
            "the role assumes itself"
        );
        let other = own.rsplit_once('/').map(|(head, _)| format!("{head}/another-role")).unwrap_or_default();
        self.refused(&Request::new("sts:AssumeRole", &other), "assuming another role");
        if self.plan.deny_outside_bucket {
            // A broader policy attached later must not let the role rewrite itself.
            let broader = serde_json::json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]});
            for action in ["iam:UpdateAssumeRolePolicy", "iam:PutRolePolicy", "iam:AttachRolePolicy"] {
                let request = Request::new(action, &own);
                assert_eq!(
                    self.decide(&request),
                    Decision::ExplicitDeny,
                    "the guard denies {action} on the role itself"
                );
                assert_eq!(
                    evaluate(&broader, &request),
                    Decision::Allow,
                    "the broader policy alone allows {action}"
                );
            }
        }
    }

    /// Allowed where granted (the bucket's account-wide actions are cancelled by the Deny
    /// guard, which the form warns about), refused anywhere else.
    fn granted(&self, action: S3Action) {
        let expected = if action.resource() == ResourceKind::Account && self.plan.deny_outside_bucket {
            Decision::ExplicitDeny
        } else {
            Decision::Allow
        };
        let request = self.request(action, Place::Granted);
        assert_eq!(self.decide(&request), expected, "{}: {request:?}", self.target);
        if action.resource() == ResourceKind::Account {
            return;
        }
        for place in [Place::OtherBucket, Place::SiblingFolder, Place::OtherPartition] {
            // Only objects and listings are about a folder; GetBucketLocation is the bucket's.
            let in_folder = action.resource() == ResourceKind::Object || action.supports_key("s3:prefix");
            if place == Place::SiblingFolder && (self.whole_bucket_granted() || !in_folder) {
                continue;
            }
            self.refused(&self.request(action, place), &format!("{place:?}"));
        }
        if !self.whole_bucket_granted() && action.supports_key("s3:prefix") {
            let mut whole_bucket = self.request(action, Place::Granted);
            whole_bucket.context.clear();
            self.refused(&whole_bucket, "listing the whole bucket");
        }
    }

    /// With Required ACL, an upload may leave the ACL out (a multipart part) or set the owner's,
    /// and nothing else: no other canned ACL, no grant header.
    fn grant_headers(&self) {
        if self.plan.required_acl.is_none() {
            return;
        }
        for action in self.plan.actions.iter().copied().filter(|action| action.supports_key("s3:x-amz-acl")) {
            if action.resource() != ResourceKind::Object {
                continue;
            }
            let mut public = self.request(action, Place::Granted);
            public.context.retain(|(key, _)| key != "s3:x-amz-acl");
            self.refused(&public.clone().with("s3:x-amz-acl", "public-read"), "another canned ACL");
            for header in GRANT_HEADERS {
                self.refused(&public.clone().with(header, GRANTEE_ALL_USERS), header);
            }
            if action == S3Action::PUT_OBJECT {
                assert_eq!(self.decide(&public), Decision::Allow, "UploadPart carries no ACL header");
            } else {
                self.refused(&public, "an ACL write without the canned ACL");
            }
        }
    }

    /// The key only through S3 in its region; without a key, no KMS at all.
    fn kms(&self) {
        let Some(key) = &self.plan.kms_key else {
            let key = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
            let request =
                Request::new("kms:Decrypt", key).with("kms:ViaService", "s3.us-east-1.amazonaws.com");
            return self.refused(&request, "KMS without a key");
        };
        let via = key.s3_via_services();
        let other_service = format!("ec2.{}.amazonaws.com", key.region());
        for action in permissions::kms_actions(&self.plan.actions) {
            let name = action.to_string();
            for service in &via {
                let request = Request::new(&name, key.as_str()).with("kms:ViaService", service);
                assert_eq!(self.decide(&request), Decision::Allow, "{request:?}");
            }
            self.refused(&Request::new(&name, key.as_str()), "KMS called directly");
            let elsewhere = Request::new(&name, key.as_str()).with("kms:ViaService", &other_service);
            self.refused(&elsewhere, "KMS through another service");
        }
    }

    /// Whether some place of the grant is the target's whole bucket: then its other folders
    /// and its whole listing are granted too.
    fn whole_bucket_granted(&self) -> bool {
        self.plan.locations().iter().any(|place| place.bucket == self.target.bucket && place.prefix.is_none())
    }

    /// A request for `action` at `place`, with the headers a well-behaved client sends: the
    /// owner's canned ACL where one is required, a listing prefix inside the folder.
    fn request(&self, action: S3Action, place: Place) -> Request {
        let partition = match place {
            Place::OtherPartition => other(self.plan.partition),
            _ => self.plan.partition,
        };
        let bucket = match place {
            Place::OtherBucket => format!("{}-other", self.target.bucket),
            _ => self.target.bucket.to_string(),
        };
        let folder = match place {
            Place::SiblingFolder => "zz-sibling/".to_owned(),
            _ => self.target.prefix.as_ref().map(|prefix| prefix.folder()).unwrap_or_default(),
        };
        let resource = match action.resource() {
            ResourceKind::Account => "*".to_owned(),
            ResourceKind::Bucket => format!("arn:{partition}:s3:::{bucket}"),
            ResourceKind::Object => format!("arn:{partition}:s3:::{bucket}/{folder}2026/data.csv"),
            ResourceKind::Other => format!("arn:{partition}:s3:us-east-1:111122223333:job/2026"),
        };
        let mut request = Request::new(&action.to_string(), &resource);
        if action.supports_key("s3:prefix") && self.target.prefix.is_some() {
            request = request.with("s3:prefix", &format!("{folder}2026/"));
        }
        if let Some(acl) = self.plan.required_acl {
            if action.resource() == ResourceKind::Object && action.supports_key("s3:x-amz-acl") {
                request = request.with("s3:x-amz-acl", acl.as_str());
            }
        }
        request
    }

    fn decide(&self, request: &Request) -> Decision {
        evaluate(self.policy, request)
    }

    fn refused(&self, request: &Request, why: &str) {
        assert_ne!(
            self.decide(request),
            Decision::Allow,
            "{}: {why} must be refused: {request:?}",
            self.target
        );
    }
}

/// The vendor (any identity of its account, for an account principal) with the external ID, and
/// no one else: not without the ID, not with another, not a stranger with it.
fn trust_matrix(plan: &Plan, trust: &Value) {
    let Some(VendorTrust { trusted, external_id }) = plan.vendor_trust() else { return };
    let vendor = match trusted.kind() {
        PrincipalKind::Root => format!("arn:{}:iam::{}:user/anyone", plan.partition, trusted.account()),
        PrincipalKind::User(_) | PrincipalKind::Role(_) => trusted.to_string(),
    };
    let stranger_account =
        if trusted.account().as_str() == "999999999999" { "111111111111" } else { "999999999999" };
    let stranger = vendor.replacen(trusted.account().as_str(), stranger_account, 1);
    let id = external_id.as_str();
    // AWS sets aws:PrincipalArn on every request.
    let decide = |caller: &str, id: Option<&str>| {
        let request = Request::assume_role(caller).with("aws:PrincipalArn", caller);
        evaluate(
            trust,
            &match id {
                Some(id) => request.with("sts:ExternalId", id),
                None => request,
            },
        )
    };
    assert_eq!(decide(&vendor, Some(id)), Decision::Allow, "the vendor with the external ID");
    assert_ne!(decide(&vendor, None), Decision::Allow, "the vendor without the external ID");
    assert_ne!(decide(&vendor, Some("not-the-id-9f8e7d")), Decision::Allow, "the vendor with another ID");
    assert_ne!(decide(&stranger, Some(id)), Decision::Allow, "a stranger with the external ID");
    // The role itself, only where it may assume itself; never another identity of its account.
    let Some(own) = plan.grantee_principal() else { return };
    let own = own.to_string();
    let expected = if plan.self_assuming_arn().is_some() { Decision::Allow } else { Decision::ImplicitDeny };
    assert_eq!(decide(&own, Some(id)), expected, "the role itself with the external ID");
    assert_ne!(decide(&own, None), Decision::Allow, "the role itself without the external ID");
    let sibling = own.rsplit_once('/').map(|(head, _)| format!("{head}/another-role")).unwrap_or_default();
    assert_ne!(
        decide(&sibling, Some(id)),
        Decision::Allow,
        "another role of the account with the external ID"
    );
}

fn other(partition: Partition) -> Partition {
    match partition {
        Partition::Aws => Partition::AwsCn,
        Partition::AwsCn | Partition::AwsUsGov => Partition::Aws,
    }
}
