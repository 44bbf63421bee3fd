//! All inputs as entered ([`Spec`]), to and from URL parameters, and their validation into a
//! [`Plan`] plus every [`Finding`].
//!
//! This is the only place raw strings meet the model's types. Validation never fails and never
//! rewrites what was typed: it returns what it could build and all it found. Normalisations
//! (trimming, console-style account IDs, slashes around a prefix) happen here, each with a warning.

use std::cell::OnceCell;
use std::collections::BTreeMap;

use crate::finding::{DocKind, Finding, Location, Problem, Severity};
use crate::hazard::{self, Scope};
use crate::model::{
    Access, AccountId, BucketName, ExternalId, IamName, KeyPrefix, KmsKeyArn, NameKind, Partition, PathName,
    Principal, PrincipalKind, ResourceKind, S3Action, VendorName,
};
use crate::param::Param;
use crate::plan::{Grantee, Plan};
use crate::query;

/// The only canned ACL a vendor grant can require (XMode's condition).
pub const OWNER_ACL: &str = "bucket-owner-full-control";

/// Role mode (the default) or user mode.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    #[default]
    Role,
    User,
}

impl Mode {
    pub const NAMES: &'static [&'static str] = &["role", "user"];

    /// The form fields that matter in this mode, in form order. `lock` and `embed` are for the
    /// embedding page, not the user, so they are never fields.
    pub fn fields(self) -> Vec<Param> {
        let role_only =
            [Param::Account, Param::User, Param::Role, Param::Principal, Param::ExternalId, Param::RoleName];
        Param::ALL
            .into_iter()
            .filter(|param| !matches!(param, Param::Lock | Param::Embed))
            .filter(|param| match self {
                Mode::Role => *param != Param::UserName,
                Mode::User => !role_only.contains(param),
            })
            .collect()
    }
}

/// Every input exactly as typed or as it came in the URL, keyed by [`Param`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Spec {
    values: BTreeMap<Param, String>,
    /// Names in the URL that are not parameters, kept to tell the user.
    unknown: Vec<String>,
}

impl Spec {
    /// Reads the page's query string and fragment (each without `?`/`#`); the fragment wins.
    pub fn from_url(query_string: &str, fragment: &str) -> Spec {
        let mut spec = Spec::default();
        for (name, value) in query::parse(query_string).into_iter().chain(query::parse(fragment)) {
            match Param::from_name(&name) {
                Some(param) => spec.set(param, value),
                None if !spec.unknown.contains(&name) => spec.unknown.push(name),
                None => {}
            }
        }
        spec
    }

    /// The parameters with a value, in form order, as a fragment for a share link. A value that
    /// looks like an AWS key is left out (`validate` says so with [`Problem::KeyLeftOutOfLink`]):
    /// keys must never travel in links.
    pub fn to_fragment(&self) -> String {
        query::encode(
            self.values
                .iter()
                .filter(|(_, value)| !hazard::contains_key(value))
                .map(|(param, value)| (param.as_str(), value.as_str())),
        )
    }

    /// The value as typed, or `""`.
    pub fn get(&self, param: Param) -> &str {
        self.values.get(&param).map_or("", String::as_str)
    }

    pub fn set(&mut self, param: Param, value: String) {
        if value.is_empty() {
            self.values.remove(&param);
        } else {
            self.values.insert(param, value);
        }
    }

    /// Takes over what a checked policy of `kind` describes from `fix` (clearing what it leaves
    /// out, so no stale prefix survives), keeping `locked` parameters and everything else as typed.
    pub fn load_fix(&mut self, fix: &Spec, kind: DocKind, locked: &[Param]) {
        let described: &[Param] = match kind {
            DocKind::Trust => &[
                Param::Partition,
                Param::Account,
                Param::User,
                Param::Role,
                Param::Principal,
                Param::ExternalId,
            ],
            DocKind::Permissions => &[
                Param::Partition,
                Param::Bucket,
                Param::Prefix,
                Param::Access,
                Param::Actions,
                Param::Acl,
                Param::DenyOutsideBucket,
                Param::KmsKey,
            ],
        };
        for &param in described.iter().filter(|param| !locked.contains(param)) {
            self.set(param, fix.get(param).to_owned());
        }
    }

    /// The parameters named by `lock`: shown to the user but not editable.
    pub fn locked(&self) -> Vec<Param> {
        list(self.get(Param::Lock)).filter_map(Param::from_name).collect()
    }

    /// `embed=1`: the compact layout for an iframe.
    pub fn embedded(&self) -> bool {
        matches!(self.get(Param::Embed).trim(), "1" | "true")
    }

    /// The name used when the field is left empty, shown as the field's placeholder.
    pub fn default_value(&self, param: Param) -> Option<String> {
        let vendor = VendorName::parse(self.get(Param::Vendor).trim()).ok();
        let grantee_default = |mode: Mode| match mode {
            Mode::Role => default_name(vendor.as_ref(), "s3-access"),
            Mode::User => default_name(vendor.as_ref(), "s3-user"),
        };
        match param {
            Param::RoleName => Some(grantee_default(Mode::Role)),
            Param::UserName => Some(grantee_default(Mode::User)),
            Param::PolicyName => {
                let grantee_param = if self.mode() == Mode::Role { Param::RoleName } else { Param::UserName };
                let typed = self.get(grantee_param).trim();
                let grantee = if typed.is_empty() { grantee_default(self.mode()) } else { typed.to_owned() };
                Some(format!("{grantee}-policy"))
            }
            _ => None,
        }
    }

    pub fn mode(&self) -> Mode {
        if self.get(Param::Mode).trim() == "user" {
            Mode::User
        } else {
            Mode::Role
        }
    }

    /// Checks every input. The plan is `None` exactly when a finding is an error.
    pub fn validate(&self) -> (Option<Plan>, Vec<Finding>) {
        let mut check = Check {
            spec: self,
            findings: Vec::new(),
            hazardous: Vec::new(),
            partition: Partition::default(),
        };
        let plan = check.plan();
        let mut findings = check.findings;
        findings.extend(self.unknown.iter().map(|name| Finding {
            at: Location::Url,
            problem: Problem::UnknownParam { name: name.clone() },
        }));
        findings.extend(self.values.iter().filter(|(_, value)| hazard::contains_key(value)).map(
            |(param, _)| Finding { at: Location::Url, problem: Problem::KeyLeftOutOfLink { param: *param } },
        ));
        findings.sort_by(|a, b| (&a.at, a.severity(), a.code()).cmp(&(&b.at, b.severity(), b.code())));
        let blocked = findings.iter().any(|finding| finding.severity() == Severity::Error);
        (plan.filter(|_| !blocked), findings)
    }
}

/// Validation in progress: reads fields, collects findings.
struct Check<'a> {
    spec: &'a Spec,
    findings: Vec<Finding>,
    /// Fields with a copy-paste hazard that is an error; their parse problems would only repeat it.
    hazardous: Vec<Param>,
    /// The chosen partition, once read; every ARN typed in any field must be in it.
    partition: Partition,
}

impl<'a> Check<'a> {
    fn plan(&mut self) -> Option<Plan> {
        let mode = self.choice(Param::Mode, Mode::NAMES).map_or(Mode::Role, |name| {
            if name == "user" {
                Mode::User
            } else {
                Mode::Role
            }
        });
        let partition = self.parsed(Param::Partition, Partition::parse).unwrap_or_default();
        self.partition = partition;
        let vendor = self.parsed(Param::Vendor, VendorName::parse);
        let grantee = match mode {
            Mode::Role => self.role(partition),
            Mode::User => self.user(),
        };
        let bucket = self.bucket();
        let prefix = self.prefix();
        let actions = self.actions();
        let require_owner_acl = self.choice(Param::Acl, &[OWNER_ACL]).is_some();
        let deny_outside_bucket = self.flag(Param::DenyOutsideBucket);
        if deny_outside_bucket {
            let cancelled =
                actions.iter().flatten().filter(|action| action.resource() == ResourceKind::Account);
            let problems = cancelled.map(|&action| Problem::DenyCancelsAccountAction { action }).collect();
            self.report_all(Param::DenyOutsideBucket, problems);
        }
        let kms_key = self.kms_key(partition);
        if deny_outside_bucket && self.text(Param::KmsKey).is_none() {
            self.report(Param::DenyOutsideBucket, Problem::DenyGuardWithoutKmsKey);
        }
        self.flag(Param::Embed);
        let customer_account = self.account(Param::CustomerAccount);
        self.lock();
        for param in Param::ALL {
            self.text(param);
        }
        let policy_name = self.name(Param::PolicyName, NameKind::Policy);
        Some(Plan {
            partition,
            grantee: grantee?,
            bucket: bucket?,
            prefix,
            actions: actions?,
            require_owner_acl,
            deny_outside_bucket,
            customer_account,
            policy_name: policy_name?,
            vendor,
            kms_key,
            followup: self.text(Param::Followup).map(str::to_owned),
            documents: OnceCell::new(),
        })
    }

    fn role(&mut self, partition: Partition) -> Option<Grantee> {
        let trusted = self.trusted(partition);
        let external_id = self.required(Param::ExternalId, ExternalId::parse);
        if let Some(id) = &external_id {
            let example = Finding::field(Param::ExternalId, Problem::DocExample { text: id.to_string() });
            if hazard::is_guessable(id.as_str()) && !self.findings.contains(&example) {
                self.report(Param::ExternalId, Problem::ExternalIdGuessable { value: id.to_string() });
            }
        }
        let role_name = self.name(Param::RoleName, NameKind::Role);
        Some(Grantee::Role { trusted: trusted?, external_id: external_id?, role_name: role_name? })
    }

    fn user(&mut self) -> Option<Grantee> {
        let user_name = self.name(Param::UserName, NameKind::User);
        Some(Grantee::User { user_name: user_name? })
    }

    /// The vendor principal, from `principal` or from `account` with `user` or `role`.
    fn trusted(&mut self, partition: Partition) -> Option<Principal> {
        let parts_given =
            [Param::Account, Param::User, Param::Role].iter().any(|&p| !self.spec.get(p).trim().is_empty());
        if let Some(raw) = self.text(Param::Principal) {
            if parts_given {
                self.report(Param::Principal, Problem::PrincipalConflict);
                return None;
            }
            let principal = Principal::parse(raw, partition)
                .map_err(|problems| self.report_all(Param::Principal, problems))
                .ok()?;
            if principal.partition() != partition {
                self.report(
                    Param::Principal,
                    Problem::PartitionMismatch { found: principal.partition(), chosen: partition },
                );
                return None;
            }
            return Some(principal);
        }
        let account = self.account(Param::Account);
        if account.is_none() && self.text(Param::Account).is_none() {
            self.report(Param::Account, Problem::Missing { param: Param::Account });
        }
        if self.text(Param::User).is_some() && self.text(Param::Role).is_some() {
            self.report(Param::Role, Problem::UserAndRole);
        }
        let user = self.parsed(Param::User, |raw| PathName::parse(raw, NameKind::User));
        let role = self.parsed(Param::Role, |raw| PathName::parse(raw, NameKind::Role));
        let kind = match (user, role) {
            (Some(user), None) => PrincipalKind::User(user),
            (None, Some(role)) => PrincipalKind::Role(role),
            _ if self.text(Param::User).is_some() || self.text(Param::Role).is_some() => return None,
            _ => PrincipalKind::Root,
        };
        Some(Principal::new(partition, account?, kind))
    }

    /// The SSE-KMS key, in the chosen partition, with the reminder that its key policy must agree.
    fn kms_key(&mut self, partition: Partition) -> Option<KmsKeyArn> {
        let key = self.parsed(Param::KmsKey, KmsKeyArn::parse)?;
        if key.partition() != partition {
            self.report(
                Param::KmsKey,
                Problem::PartitionMismatch { found: key.partition(), chosen: partition },
            );
            return None;
        }
        self.report(Param::KmsKey, Problem::KmsKeyPolicyNeeded);
        Some(key)
    }

    fn bucket(&mut self) -> Option<BucketName> {
        let bucket = self.required(Param::Bucket, BucketName::parse)?;
        let advice = bucket.advice();
        self.report_all(Param::Bucket, advice);
        Some(bucket)
    }

    /// A folder with the slashes around it dropped: a leading `/` with a warning, a missing
    /// trailing `/` with a note of what the policy will cover.
    fn prefix(&mut self) -> Option<KeyPrefix> {
        let raw = self.text(Param::Prefix)?;
        let folder = raw.trim_start_matches('/');
        if folder.len() != raw.len() {
            self.report(Param::Prefix, Problem::PrefixLeadingSlash);
        }
        let folder_without_slash = folder.strip_suffix('/').unwrap_or(folder);
        if folder_without_slash.is_empty() {
            return None;
        }
        let prefix = self.parse_into(Param::Prefix, folder_without_slash, KeyPrefix::parse)?;
        if !folder.ends_with('/') {
            self.report(Param::Prefix, Problem::PrefixTrailingSlashAdded { prefix: prefix.folder() });
        }
        Some(prefix)
    }

    /// `actions` when given (wildcards spelled out), else the `access` preset.
    fn actions(&mut self) -> Option<Vec<S3Action>> {
        let access = self.parsed(Param::Access, Access::parse).unwrap_or_default();
        let Some(raw) = self.text(Param::Actions) else {
            return Some(access.actions());
        };
        let mut actions = Vec::new();
        let mut failed = false;
        for item in list(raw) {
            if S3Action::is_all(item) {
                self.report(Param::Actions, Problem::ActionsAll { pattern: item.to_owned() });
                failed = true;
            } else if item.contains(['*', '?']) {
                let expanded = S3Action::expand(item);
                if let Some(&action) = expanded.iter().find(|action| action.manages()) {
                    self.report(
                        Param::Actions,
                        Problem::ActionWildcardManages { pattern: item.to_owned(), action },
                    );
                    failed = true;
                } else if expanded.is_empty() {
                    self.report(
                        Param::Actions,
                        Problem::UnknownAction { action: item.to_owned(), suggestion: None },
                    );
                    failed = true;
                } else {
                    self.report(
                        Param::Actions,
                        Problem::ActionWildcardExpanded {
                            pattern: item.to_owned(),
                            actions: expanded.clone(),
                        },
                    );
                    actions.extend(expanded);
                }
            } else {
                match S3Action::parse(item) {
                    Ok(action) => actions.push(action),
                    Err(problems) => {
                        self.report_all(Param::Actions, problems);
                        failed = true;
                    }
                }
            }
        }
        if actions.is_empty() && !failed {
            self.report(Param::Actions, Problem::NoActions);
        }
        actions.sort();
        actions.dedup();
        (!failed && !actions.is_empty()).then_some(actions)
    }

    /// An account ID; console-style `1234-5678-9012` is accepted with a warning.
    fn account(&mut self, param: Param) -> Option<AccountId> {
        let raw = self.text(param)?;
        let digits: String = raw.chars().filter(|c| !matches!(c, '-' | ' ')).collect();
        let account = self.parse_into(param, &digits, AccountId::parse)?;
        if digits != raw {
            self.report(param, Problem::AccountNormalised { digits });
        }
        Some(account)
    }

    /// An IAM name, or the default when the field is empty.
    fn name(&mut self, param: Param, kind: NameKind) -> Option<IamName> {
        match self.text(param) {
            Some(raw) => self.parse_into(param, raw, |raw| IamName::parse(raw, kind)),
            None => IamName::parse(&self.spec.default_value(param)?, kind).ok(),
        }
    }

    fn lock(&mut self) {
        let unknown: Vec<Problem> = list(self.spec.get(Param::Lock))
            .filter(|name| Param::from_name(name).is_none())
            .map(|name| Problem::UnknownLockedParam { name: name.to_owned() })
            .collect();
        self.report_all(Param::Lock, unknown);
    }

    /// `true`, `false` or empty.
    fn flag(&mut self, param: Param) -> bool {
        self.choice(param, &["true", "false", "1", "0"]).is_some_and(|value| matches!(value, "true" | "1"))
    }

    /// A value from a fixed list, reported when it is not on it.
    fn choice(&mut self, param: Param, allowed: &'static [&'static str]) -> Option<&'static str> {
        let raw = self.text(param)?;
        let found = allowed.iter().copied().find(|name| *name == raw);
        if found.is_none() {
            self.report(param, Problem::NotOneOf { value: raw.to_owned(), allowed });
        }
        found
    }

    fn required<T>(
        &mut self,
        param: Param,
        parse: impl FnOnce(&str) -> Result<T, Vec<Problem>>,
    ) -> Option<T> {
        if self.text(param).is_none() {
            self.report(param, Problem::Missing { param });
        }
        self.parsed(param, parse)
    }

    fn parsed<T>(&mut self, param: Param, parse: impl FnOnce(&str) -> Result<T, Vec<Problem>>) -> Option<T> {
        let raw = self.text(param)?;
        self.parse_into(param, raw, parse)
    }

    fn parse_into<T>(
        &mut self,
        param: Param,
        raw: &str,
        parse: impl FnOnce(&str) -> Result<T, Vec<Problem>>,
    ) -> Option<T> {
        let explained = self.hazardous.contains(&param);
        parse(raw)
            .map_err(|problems| {
                if !explained {
                    self.report_all(param, problems)
                }
            })
            .ok()
    }

    /// The trimmed value, or `None` when empty: the one path every field is read through, so
    /// every field gets the copy-paste checks (`hazard::scan`), an ARN in any field is held to
    /// the chosen partition, and surrounding whitespace is warned about once.
    fn text(&mut self, param: Param) -> Option<&'a str> {
        let raw: &'a str = self.spec.get(param);
        let trimmed = raw.trim();
        if trimmed.len() != raw.len() && !trimmed.is_empty() {
            self.report(param, Problem::SurroundingWhitespace);
        }
        let scope = if param == Param::Followup { Scope::FreeText } else { Scope::Value };
        for problem in hazard::scan(raw, scope).into_iter().chain(hazard::late_bound(raw, scope)) {
            if problem.severity() == Severity::Error && !self.hazardous.contains(&param) {
                self.hazardous.push(param);
            }
            self.report(param, problem);
        }
        if let Some(found) = hazard::arn_partition(trimmed).filter(|&found| found != self.partition) {
            self.report(param, Problem::PartitionMismatch { found, chosen: self.partition });
        }
        (!trimmed.is_empty()).then_some(trimmed)
    }

    fn report(&mut self, param: Param, problem: Problem) {
        let finding = Finding::field(param, problem);
        if !self.findings.contains(&finding) {
            self.findings.push(finding);
        }
    }

    fn report_all(&mut self, param: Param, problems: Vec<Problem>) {
        for problem in problems {
            self.report(param, problem);
        }
    }
}

/// The items of a comma-separated list, trimmed, without empty ones.
fn list(raw: &str) -> impl Iterator<Item = &str> {
    raw.split(',').map(str::trim).filter(|item| !item.is_empty())
}

/// `logz-io-s3-access`, or `vendor-s3-access` without a usable vendor name.
fn default_name(vendor: Option<&VendorName>, suffix: &str) -> String {
    let slug = vendor.map(VendorName::slug).filter(|slug| !slug.is_empty());
    format!("{}-{suffix}", slug.as_deref().unwrap_or("vendor"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `severity code` of each finding for `query`, at its field.
    fn check(query: &str) -> Vec<String> {
        let (_, findings) = Spec::from_url(query, "").validate();
        findings
            .iter()
            .map(|finding| {
                let at = match &finding.at {
                    Location::Field(param) => param.as_str().to_owned(),
                    other => format!("{other:?}"),
                };
                format!("{at} {}", finding.code())
            })
            .collect()
    }

    const BASE: &str = "account=366810793500&external_id=gc-7f3a9e2b41d84c6e&bucket=acme-logs";

    #[test]
    fn a_clean_spec_has_no_findings() {
        assert_eq!(check(BASE), Vec::<String>::new());
    }

    #[test]
    fn a_hazard_replaces_the_generic_parse_error() {
        let query = "account=366810793500&external_id=gc-7f3a9e2b41d84c6e&bucket=%E2%80%9Cacme-logs%E2%80%9D";
        assert_eq!(check(query), ["bucket curly-quote"]);
        let query = "account=366810793500&external_id=gc-7f3a9e2b41d84c6e&bucket=acme%C2%A0logs";
        assert_eq!(check(query), ["bucket invisible-space"]);
        let query = "account=%3CAuthorized+Account+ID%3E&external_id=gc-7f3a9e2b41d84c6e&bucket=acme-logs";
        assert_eq!(check(query), ["account placeholder"]);
    }

    #[test]
    fn every_field_is_scanned_even_unused_ones() {
        let key = "AKIAIOSFODNN7EXAMPLE";
        let found = check(&format!("{BASE}&kms_key={key}&followup=use+{{role_arn}}+%3Cnow%3E"));
        assert_eq!(found, ["kms_key access-key-id", "Url key-left-out-of-link"]);
    }

    #[test]
    fn keys_never_reach_the_share_link() {
        let secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
        let mut spec = Spec::from_url(BASE, "");
        spec.set(Param::ExternalId, secret.to_owned());
        let fragment = spec.to_fragment();
        assert!(!fragment.contains("wJalr"), "{fragment}");
        assert_eq!(Spec::from_url("", &fragment).get(Param::ExternalId), "");
        let (plan, findings) = spec.validate();
        assert!(plan.is_none());
        let notice = findings.iter().find(|f| f.at == Location::Url).unwrap();
        assert_eq!(
            notice.to_string(),
            "The share link leaves out 'external_id' because its value looks like an AWS key; keys must never travel in links."
        );
    }

    #[test]
    fn arns_in_any_field_must_share_the_partition() {
        let query = format!("{BASE}&partition=aws-cn&kms_key=arn:aws:kms:us-east-1:366810793500:key/1234abcd-12ab-34cd-56ef-1234567890ab");
        assert_eq!(check(&query), ["kms_key invalid-partition"]);
        let query = "partition=aws-cn&principal=arn:aws:iam::366810793500:root&external_id=gc-7f3a9e2b41d84c6e&bucket=b-1";
        assert_eq!(check(query), ["principal invalid-partition"]);
    }

    #[test]
    fn made_up_external_ids_warn_and_doc_examples_warn_once() {
        let query = "account=366810793500&external_id=AcmeCorp&bucket=acme-logs";
        assert_eq!(check(query), ["external_id external-id-guessable"]);
        let query = "account=366810793500&external_id=my-external-id-123&bucket=acme-logs";
        assert_eq!(check(query), ["external_id documentation-example"]);
        let (plan, _) = Spec::from_url(query, "").validate();
        assert!(plan.is_some(), "warnings never block");
    }

    #[test]
    fn loading_a_fix_replaces_only_what_the_policy_describes() {
        let mut spec = Spec::from_url(
            "vendor=Acme&bucket=old-bucket&prefix=old/&external_id=keep-me-123&lock=prefix",
            "",
        );
        let fix = Spec::from_url("bucket=new-bucket&access=read&mode=user", "");
        spec.load_fix(&fix, DocKind::Permissions, &spec.locked());
        assert_eq!(spec.get(Param::Bucket), "new-bucket");
        assert_eq!(spec.get(Param::Access), "read");
        assert_eq!(spec.get(Param::Prefix), "old/", "locked by the vendor");
        assert_eq!(
            spec.get(Param::ExternalId),
            "keep-me-123",
            "a permissions policy says nothing about trust"
        );
        assert_eq!(spec.get(Param::Mode), "", "the mode stays the user's choice");
        assert_eq!(spec.get(Param::Vendor), "Acme");
    }

    #[test]
    fn the_deny_guard_warns_when_it_cancels_an_account_wide_grant() {
        let query = "account=406095609952&external_id=logzio-4f9c2a7e&bucket=acme-logs&actions=s3:GetObject,s3:ListAllMyBuckets&deny_outside_bucket=true";
        let (plan, findings) = Spec::from_url(query, "").validate();
        assert!(plan.is_some(), "a warning never blocks");
        let warning = findings.iter().find(|f| f.code() == "deny-cancels-allow").expect("the warning");
        assert_eq!(warning.at, Location::Field(Param::DenyOutsideBucket));
        assert_eq!(
            warning.to_string(),
            "The Deny guard also denies s3:ListAllMyBuckets, which acts on every bucket, so that grant does nothing; turn the guard off if the vendor needs it."
        );
    }
}
