//! Property tests across the core: every parser takes any string without panicking; every accepted
//! spec round-trips through the share link and through its generated JSON (the checker reads the
//! document back into the same document); every generated document lints clean.

use proptest::prelude::*;
use rolesmith::check;
use rolesmith::finding::{DocKind, Severity};
use rolesmith::hazard::{self, Scope};
use rolesmith::model::{
    AccountId, BucketName, ExternalId, IamName, KeyPrefix, NameKind, Partition, PathName, PolicyArn,
    Principal, S3Action,
};
use rolesmith::param::Param;
use rolesmith::policy::{lint::lint, permissions, to_pretty_json, trust};
use rolesmith::spec::Spec;

/// Specs made of valid values, in every partition, mode of principal, access and option.
fn valid_spec() -> impl Strategy<Value = Spec> {
    (
        prop_oneof![Just("aws"), Just("aws-cn"), Just("aws-us-gov")],
        "[0-9]{12}",
        prop_oneof![Just(None), "[a-z][a-z0-9-]{0,20}".prop_map(Some)],
        "[A-Za-z0-9_+=,.@:/-]{2,60}",
        "[a-z0-9][a-z0-9-]{1,40}[a-z0-9]",
        prop_oneof![Just(None), "[a-z0-9]{1,8}(/[a-z0-9]{1,8}){0,2}".prop_map(Some)],
        prop_oneof![Just("read"), Just("write"), Just("read-write"), Just("read-write-delete")],
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(partition, account, role, external_id, bucket, prefix, access, acl, deny)| {
            let mut spec = Spec::default();
            spec.set(Param::Partition, partition.to_owned());
            spec.set(Param::Account, account);
            spec.set(Param::Role, role.unwrap_or_default());
            spec.set(Param::ExternalId, external_id);
            spec.set(Param::Bucket, bucket);
            spec.set(Param::Prefix, prefix.map(|p| format!("{p}/")).unwrap_or_default());
            spec.set(Param::Access, access.to_owned());
            spec.set(Param::Acl, if acl { "bucket-owner-full-control".to_owned() } else { String::new() });
            spec.set(Param::DenyOutsideBucket, if deny { "true".to_owned() } else { String::new() });
            spec
        })
}

proptest! {
    #[test]
    fn parsers_never_panic(raw in "\\PC{0,80}") {
        let _ = AccountId::parse(&raw);
        let _ = BucketName::parse(&raw);
        let _ = ExternalId::parse(&raw);
        let _ = IamName::parse(&raw, NameKind::Role);
        let _ = PathName::parse(&raw, NameKind::User);
        let _ = KeyPrefix::parse(&raw);
        let _ = Partition::parse(&raw);
        let _ = Principal::parse(&raw, Partition::Aws);
        let _ = PolicyArn::parse(&raw);
        let _ = S3Action::parse(&raw);
        let _ = S3Action::expand(&raw);
        let _ = hazard::scan(&raw, Scope::Value);
        let _ = Spec::from_url(&raw, &raw).validate();
        let _ = check::check(&raw, None);
    }

    #[test]
    fn lint_takes_any_json_shape(json in "[{}\\[\\]\",:0-9a-zA-Z*]{0,60}") {
        if let Ok(value) = serde_json::from_str::<serde_json::Value>(&json) {
            lint(&value, DocKind::Trust);
            lint(&value, DocKind::Permissions);
        }
    }

    #[test]
    fn valid_specs_round_trip_and_their_documents_lint_clean(spec in valid_spec()) {
        let (plan, form_findings) = spec.validate();
        let Some(plan) = plan else { return Ok(()) };
        prop_assert_eq!(&Spec::from_url("", &spec.to_fragment()), &spec);
        let documents = [
            (DocKind::Permissions, Some(permissions::document(&plan))),
            (DocKind::Trust, trust::for_plan(&plan)),
        ];
        for (doc, document) in documents {
            let Some(document) = document else { continue };
            let text = to_pretty_json(&document);
            let value: serde_json::Value = serde_json::from_str(&text).unwrap();
            for finding in lint(&value, doc) {
                let from_input = form_findings.iter().any(|form| form.problem == finding.problem);
                prop_assert!(finding.severity() == Severity::Suggestion || from_input, "{:?}", finding);
            }
            let report = check::check(&text, Some(doc));
            prop_assert_eq!(report.kind, Some(doc));
            let fix = report.fix.and_then(|fix| fix.text);
            prop_assert_eq!(fix.as_deref(), Some(text.as_str()));
        }
    }
}
