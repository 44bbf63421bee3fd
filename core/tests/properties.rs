//! Property tests across the core: every parser takes any string without panicking; every accepted
//! spec round-trips through the share link and through its generated JSON (the checker reads the
//! document back into the same document); every generated document lints clean.

use proptest::prelude::*;
use rolesmith_core::check;
use rolesmith_core::finding::Severity;
use rolesmith_core::hazard::{self, Scope};
use rolesmith_core::model::{
    AccountId, BucketName, ExternalId, IamName, KeyPrefix, NameKind, Partition, PathName, Principal, S3Action,
};
use rolesmith_core::output::{self, OutputName};
use rolesmith_core::param::Param;
use rolesmith_core::policy::kind::DocKind;
use rolesmith_core::policy::{lint::lint, permissions, to_pretty_json, trust};
use rolesmith_core::spec::Spec;

/// Specs made of valid values, in every partition, mode of principal, access and option.
fn valid_spec() -> impl Strategy<Value = Spec> {
    (
        prop_oneof![Just("aws"), Just("aws-cn"), Just("aws-us-gov")],
        "[0-9]{12}",
        prop_oneof![Just(None), "[a-z][a-z0-9-]{0,20}".prop_map(Some)],
        "[A-Za-z0-9][A-Za-z0-9_+=,.@-]{1,59}",
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

/// A valid grant the arbitrary values are written over.
const BASE: &str =
    "account=366810793500&role=acme-reader&external_id=gc-7f3a9e2b41d84c6e&bucket=acme-data&vendor=Acme";

/// Any JSON value, nested a few levels, with the keys and strings policies use mixed in.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let word = prop_oneof![
        any::<String>(),
        prop::sample::select(vec![
            "Version",
            "Statement",
            "Effect",
            "Allow",
            "Deny",
            "Action",
            "NotAction",
            "Resource",
            "Principal",
            "Condition",
            "AWS",
            "*",
            "s3:GetObject",
            "s3:*",
            "sts:AssumeRole",
            "arn:aws:s3:::b/*",
            "2012-10-17",
        ])
        .prop_map(str::to_owned),
    ];
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<f64>().prop_map(serde_json::Value::from),
        word.clone().prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(4, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::from),
            prop::collection::vec((word.clone(), inner), 0..6)
                .prop_map(|pairs| serde_json::Value::Object(pairs.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

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
        let _ = S3Action::parse(&raw);
        let _ = S3Action::expand(&raw);
        let _ = hazard::scan(&raw, Scope::Value);
        let _ = Spec::from_url(&raw, &raw).validate();
        let _ = check::check(&raw, None);
    }

    #[test]
    fn lint_and_check_take_any_json_value(value in json_value()) {
        lint(&value, DocKind::Trust);
        lint(&value, DocKind::Permissions);
        let report = check::check(&value.to_string(), None);
        prop_assert!(report.kind.is_some() || !report.findings.is_empty(), "{value}: neither a kind nor a finding");
    }

    /// Any value in any parameter, on top of a valid grant: validation never panics, a plan
    /// comes exactly when no finding is an error, and then every output the page shows exists,
    /// its documents are JSON and its PowerShell is ASCII; without a plan, the outputs list the
    /// errors instead.
    #[test]
    fn any_value_in_any_param(changes in prop::collection::vec((0..Param::ALL.len(), any::<String>()), 1..5)) {
        let mut spec = Spec::from_url(BASE, "");
        for (index, value) in changes {
            spec.set(Param::ALL[index], value);
        }
        let (plan, findings) = spec.validate();
        let errors = findings.iter().filter(|finding| finding.severity() == Severity::Error).count();
        for (index, finding) in findings.iter().enumerate() {
            prop_assert!(!findings[..index].contains(finding), "said twice: {:?}", finding);
        }
        prop_assert_eq!(plan.is_some(), errors == 0, "{:?}", findings);
        match plan {
            Some(plan) => {
                for name in output::shown(&spec) {
                    let text = output::text(&plan, name);
                    prop_assert!(text.is_some() || name == OutputName::RoleArn, "{} is missing", name.as_str());
                    let text = text.unwrap_or_default();
                    match name {
                        OutputName::TrustPolicy | OutputName::PermissionsPolicy => {
                            prop_assert!(serde_json::from_str::<serde_json::Value>(&text).is_ok(), "{}", text);
                        }
                        OutputName::CliPowershell => prop_assert!(text.is_ascii(), "{}", text),
                        _ => {}
                    }
                }
            }
            None => {
                let blocked = output::blocked(&findings);
                for finding in findings.iter().filter(|finding| finding.severity() == Severity::Error) {
                    prop_assert!(blocked.contains(&finding.to_string()), "{} leaves out {}", blocked, finding);
                }
            }
        }
    }

    #[test]
    fn valid_specs_round_trip_and_their_documents_lint_clean(spec in valid_spec()) {
        let (plan, form_findings) = spec.validate();
        prop_assert!(plan.is_some(), "a valid spec must give a plan: {:?}", form_findings);
        let plan = plan.unwrap();
        let fragment = spec.to_fragment();
        prop_assert_eq!(Spec::from_url("", &fragment).to_fragment(), fragment);
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
