//! Property tests across the core: every parser takes any string without panicking; every accepted
//! spec round-trips through the share link and through its generated JSON (the checker reads the
//! document back into the same document); every generated document lints clean and passes the
//! request matrix (`support/grants.rs`); the checker's fix of a pasted policy with Denies,
//! conditions and single objects allows nothing the pasted policy doesn't (`support/narrower.rs`). Strings come with control and format characters mixed in
//! (newline, CR, tab, ESC, NUL, zero-width space, right-to-left override, BOM), which
//! `any::<String>()` almost never yields.

#[path = "support/eval.rs"]
mod eval;
#[path = "support/grants.rs"]
mod grants;
#[path = "support/narrower.rs"]
mod narrower;

use proptest::prelude::*;
use rolesmith_core::check;
use rolesmith_core::finding::Severity;
use rolesmith_core::hazard::{self, Scope};
use rolesmith_core::lang::Lang;
use rolesmith_core::model::{
    AccountId, BucketName, ExternalId, IamName, KeyPrefix, NameKind, Partition, PathName, Principal, S3Action,
};
use rolesmith_core::output::{self, OutputName};
use rolesmith_core::param::Param;
use rolesmith_core::policy::kind::DocKind;
use rolesmith_core::policy::{lint::lint, permissions, to_pretty_json, trust};
use rolesmith_core::spec::Spec;

/// Text of any characters, with the ones that break naive code (controls, invisible and
/// bidirectional format characters, quotes, shell and template syntax) mixed in often.
fn any_text() -> impl Strategy<Value = String> {
    let special = prop::sample::select(vec![
        '\n', '\r', '\t', '\u{1b}', '\0', '\u{200B}', '\u{202E}', '\u{FEFF}', '\u{A0}', '"', '\'', '\\', '$',
        '`', '{', '}', '%', '&', '#',
    ]);
    let ch = prop_oneof![3 => any::<char>(), 2 => special, 2 => prop::char::range('a', 'z')];
    prop::collection::vec(ch, 0..40).prop_map(|chars| chars.into_iter().collect())
}

/// The region a key of the partition lives in.
fn region(partition: &str) -> impl Strategy<Value = &'static str> {
    let regions: &[&'static str] = match partition {
        "aws-cn" => &["cn-north-1", "cn-northwest-1"],
        "aws-us-gov" => &["us-gov-west-1", "us-gov-east-1"],
        _ => &["us-east-1", "eu-west-1", "ap-southeast-2"],
    };
    prop::sample::select(regions)
}

/// The vendor's principal, in each form the form takes it: an account with or without a user or
/// role (with or without a path), or the whole ARN.
#[derive(Clone, Debug)]
enum Vendor {
    Parts { user: Option<String>, role: Option<String> },
    Arn(String),
}

fn vendor(partition: &'static str, account: String) -> impl Strategy<Value = Vendor> {
    let name = "(([a-z][a-z0-9]{0,6}/){0,2})[A-Za-z0-9][A-Za-z0-9_+=,.@-]{0,20}";
    prop_oneof![
        Just(Vendor::Parts { user: None, role: None }),
        name.prop_map(|user| Vendor::Parts { user: Some(user), role: None }),
        name.prop_map(|role| Vendor::Parts { user: None, role: Some(role) }),
        (prop_oneof![
            Just("root".to_owned()),
            name.prop_map(|n| format!("role/{n}")),
            name.prop_map(|n| format!("user/{n}"))
        ])
        .prop_map(move |resource| Vendor::Arn(format!("arn:{partition}:iam::{account}:{resource}"))),
    ]
}

/// Data actions a grant names explicitly (never a management action, which the form refuses).
const DATA_ACTIONS: &[&str] = &[
    "s3:GetObject",
    "s3:GetObjectVersion",
    "s3:PutObject",
    "s3:PutObjectAcl",
    "s3:DeleteObject",
    "s3:AbortMultipartUpload",
    "s3:ListBucket",
    "s3:ListBucketVersions",
    "s3:ListMultipartUploadParts",
    "s3:GetBucketLocation",
];

/// Specs made of valid values, in every partition and mode, with every way of naming the
/// vendor, a preset access or explicit actions, and every option.
fn valid_spec() -> impl Strategy<Value = Spec> {
    prop_oneof![Just("aws"), Just("aws-cn"), Just("aws-us-gov")]
        .prop_flat_map(|partition| {
            let account = "[1-9][0-9]{11}";
            let grant = (
                account.prop_flat_map(move |account| {
                    vendor(partition, account.clone()).prop_map(move |v| (account.clone(), v))
                }),
                "[A-Za-z0-9][A-Za-z0-9_+=,.@:/-]{1,59}",
                // S3 reserves some prefixes and suffixes (`xn--`, `--x-s3`): those names are invalid.
                "[a-z0-9][a-z0-9-]{1,40}[a-z0-9]"
                    .prop_filter("a name S3 reserves", |b| BucketName::parse(b).is_ok()),
                prop_oneof![Just(None), "[a-z0-9]{1,8}(/[a-z0-9]{1,8}){0,2}".prop_map(Some)],
                prop_oneof![
                    prop_oneof![Just("read"), Just("write"), Just("read-write"), Just("read-write-delete")]
                        .prop_map(|access| (access, None)),
                    (prop::sample::subsequence(DATA_ACTIONS, 1..5), any::<bool>()).prop_map(
                        |(mut actions, all_buckets)| {
                            // Listing every bucket is account-wide: never a grant's only action here,
                            // since a document without the bucket can't be read back into a grant.
                            actions.extend(all_buckets.then_some("s3:ListAllMyBuckets"));
                            ("", Some(actions.join(",")))
                        }
                    ),
                ],
            );
            let options = (
                any::<bool>(),
                any::<bool>(),
                prop_oneof![Just(None), (region(partition), "[0-9]{12}").prop_map(Some)],
                prop_oneof![Just(None), "[1-9][0-9]{11}".prop_map(Some)],
                prop_oneof![3 => Just("role"), 1 => Just("user")],
            );
            (Just(partition), grant, options)
        })
        .prop_map(|(partition, grant, options)| {
            let ((account, vendor), external_id, bucket, prefix, (access, actions)) = grant;
            let (acl, deny, kms, customer_account, mode) = options;
            let mut spec = Spec::default();
            spec.set(Param::Mode, mode.to_owned());
            spec.set(Param::Partition, partition.to_owned());
            match vendor {
                Vendor::Parts { user, role } => {
                    spec.set(Param::Account, account);
                    spec.set(Param::User, user.unwrap_or_default());
                    spec.set(Param::Role, role.unwrap_or_default());
                }
                Vendor::Arn(arn) => spec.set(Param::Principal, arn),
            }
            spec.set(Param::ExternalId, external_id);
            spec.set(Param::Bucket, bucket);
            spec.set(Param::Prefix, prefix.map(|p| format!("{p}/")).unwrap_or_default());
            spec.set(Param::Access, access.to_owned());
            spec.set(Param::Actions, actions.unwrap_or_default());
            spec.set(Param::Acl, if acl { "bucket-owner-full-control".to_owned() } else { String::new() });
            spec.set(Param::DenyOutsideBucket, if deny { "true".to_owned() } else { String::new() });
            let key = kms.map(|(region, key_account)| {
                format!("arn:{partition}:kms:{region}:{key_account}:key/1234abcd-12ab-34cd-56ef-1234567890ab")
            });
            spec.set(Param::KmsKey, key.unwrap_or_default());
            spec.set(Param::CustomerAccount, customer_account.unwrap_or_default());
            spec
        })
}

/// A KMS key pasted policies name.
const KEY: &str = "arn:aws:kms:us-east-1:210987654321:key/1234abcd-12ab-34cd-56ef-1234567890ab";

/// One pasted statement's condition, or none.
fn pasted_condition() -> impl Strategy<Value = Option<serde_json::Value>> {
    use serde_json::json;
    prop::option::weighted(
        0.3,
        prop::sample::select(vec![
            json!({"StringLike": {"s3:prefix": ["in/*"]}}),
            json!({"StringEquals": {"s3:prefix": ["in/"]}}),
            json!({"StringEquals": {"s3:x-amz-acl": "bucket-owner-full-control"}}),
            json!({"StringEqualsIfExists": {"s3:x-amz-acl": "bucket-owner-full-control"}}),
            json!({"StringEqualsIfExists": {"s3:x-amz-acl": "public-read"}}),
            json!({"StringNotEquals": {"s3:x-amz-acl": "public-read"}}),
            json!({"Null": {"s3:x-amz-grant-read": "true"}}),
            json!({"StringEquals": {"aws:SourceVpce": "vpce-1a2b3c4d"}}),
            json!({"StringEquals": {"kms:ViaService": "s3.us-east-1.amazonaws.com"}}),
            json!({"StringEquals": {"sts:ExternalId": "gc-7f3a9e2b41d84c6e"}}),
            json!({"StringLike": {"sts:ExternalId": "gc-*"}}),
        ]),
    )
}

/// Permissions and trust policies as vendors publish them and people edit them: Allows and
/// Denies, wildcards, single objects, other buckets, conditions the form does and doesn't write.
fn pasted_policy() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::json;
    // The actions every fix is judged on, and wildcards over them.
    let named = narrower::ALWAYS.iter().copied().chain(["s3:*Object", "s3:Get*", "s3:*"]).collect::<Vec<_>>();
    let actions = prop::sample::subsequence(named, 1..4);
    // Whole-bucket ARNs twice, so most statements name only what the form can hold.
    let resources = prop::sample::subsequence(
        vec![
            "arn:aws:s3:::acme-logs",
            "arn:aws:s3:::acme-logs/*",
            "arn:aws:s3:::acme-logs",
            "arn:aws:s3:::acme-logs/*",
            "arn:aws:s3:::acme-logs/in/*",
            "arn:aws:s3:::acme-logs/report.csv",
            "arn:aws:s3:::acme-logs/*.csv",
            "arn:aws:s3:::other-bucket/*",
            "*",
            KEY,
        ],
        1..4,
    );
    // Mostly Allows on whole buckets and folders, so that many policies get a fix to judge.
    let permission = (
        prop::bool::weighted(0.8),
        any::<bool>(),
        actions,
        prop::bool::weighted(0.1),
        resources,
        pasted_condition(),
    )
        .prop_map(|(allow, not_action, actions, not_resource, resources, condition)| {
            let mut statement = json!({
                "Effect": if allow { "Allow" } else { "Deny" },
                (if not_action && !allow { "NotAction" } else { "Action" }): actions,
                (if not_resource { "NotResource" } else { "Resource" }): resources,
            });
            if let Some(condition) = condition {
                statement["Condition"] = condition;
            }
            statement
        });
    let principals = prop::sample::subsequence(
        vec!["arn:aws:iam::366810793500:root", "arn:aws:iam::366810793500:role/vendor", "366810793500", "*"],
        1..3,
    );
    let external_id =
        prop::option::weighted(0.7, Just(json!({"StringEquals": {"sts:ExternalId": "gc-7f3a9e2b41d84c6e"}})));
    let trust = (prop::bool::weighted(0.85), principals, external_id, pasted_condition()).prop_map(
        |(allow, principals, first, second)| {
            let mut statement = json!({
                "Effect": if allow { "Allow" } else { "Deny" },
                "Principal": {"AWS": principals},
                "Action": "sts:AssumeRole",
            });
            let mut condition = serde_json::Map::new();
            for block in [first, second].into_iter().flatten() {
                for (operator, keys) in block.as_object().unwrap() {
                    condition.insert(operator.clone(), keys.clone());
                }
            }
            if !condition.is_empty() {
                statement["Condition"] = serde_json::Value::Object(condition);
            }
            statement
        },
    );
    prop_oneof![prop::collection::vec(permission, 1..4), prop::collection::vec(trust, 1..3),]
        .prop_map(|statements| json!({"Version": "2012-10-17", "Statement": statements}))
}

/// A valid grant the arbitrary values are written over.
const BASE: &str =
    "account=366810793500&role=acme-reader&external_id=gc-7f3a9e2b41d84c6e&bucket=acme-data&vendor=Acme";

/// Any JSON value, nested a few levels, with the keys and strings policies use mixed in.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let word = prop_oneof![
        any_text(),
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
    fn parsers_never_panic(raw in any_text()) {
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

    /// Any JSON, compact or pretty: the lint and the checker never panic, every finding points at
    /// a line of the text and a column on it (or just past its end), and a fix the checker offers in full is a policy of its kind that
    /// lints without an error.
    #[test]
    fn lint_and_check_take_any_json_value(value in json_value(), pretty in any::<bool>()) {
        lint(&value, DocKind::Trust);
        lint(&value, DocKind::Permissions);
        let text = if pretty { serde_json::to_string_pretty(&value).unwrap() } else { value.to_string() };
        let report = check::check(&text, None);
        let lines = text.lines().count().max(1);
        for located in &report.findings {
            prop_assert!((1..=lines).contains(&located.line), "{:?} is not on a line of {}", located, text);
            let width = text.lines().nth(located.line - 1).map_or(0, |line| line.chars().count());
            prop_assert!((1..=width + 1).contains(&located.column), "{:?} is not on its line of {}", located, text);
        }
        if let (Some(kind), Some(fixed)) = (report.kind, report.fix.and_then(|fix| fix.text)) {
            let fixed: serde_json::Value = serde_json::from_str(&fixed).unwrap();
            let errors: Vec<_> = lint(&fixed, kind).into_iter().filter(|f| f.severity() == Severity::Error).collect();
            prop_assert!(errors.is_empty(), "the fix of {} has errors: {:?}", text, errors);
        }
    }

    /// Any value in any parameter, on top of a valid grant: validation never panics, a plan
    /// comes exactly when no finding is an error, and then every output the page shows exists,
    /// its documents are JSON and its PowerShell is ASCII; without a plan, the outputs list the
    /// errors instead.
    #[test]
    fn any_value_in_any_param(changes in prop::collection::vec((0..Param::ALL.len(), any_text()), 1..5)) {
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
                for (name, lang) in output::shown(&spec).into_iter().flat_map(|name| Lang::ALL.map(|lang| (name, lang))) {
                    let text = output::text(&plan, name, lang);
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
                let blocked = output::blocked(&findings, Lang::En);
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
        // The fix leaves out listing every bucket, which a one-bucket vendor doesn't need.
        let mut one_bucket = spec.clone();
        let actions = spec.get(Param::Actions).split(',').filter(|a| *a != "s3:ListAllMyBuckets").collect::<Vec<_>>();
        one_bucket.set(Param::Actions, actions.join(","));
        let one_bucket = one_bucket.validate().0.expect("valid without listing every bucket");
        let documents = [
            (DocKind::Permissions, Some(permissions::document(&plan)), Some(permissions::document(&one_bucket))),
            (DocKind::Trust, trust::for_plan(&plan), trust::for_plan(&plan)),
        ];
        for (doc, document, fixed) in documents {
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
            prop_assert_eq!(fix, fixed.as_ref().map(to_pretty_json));
        }
        grants::check(&plan);
    }

    #[test]
    fn a_fix_allows_nothing_the_pasted_policy_does_not(pasted in pasted_policy()) {
        let report = check::check(&pasted.to_string(), None);
        if let Some(fix) = report.fix.and_then(|fix| fix.text) {
            narrower::assert_no_broader(&serde_json::from_str(&fix).unwrap(), &pasted);
        }
    }
}
