//! Validation: a [`Spec`] into a [`Plan`] and every [`Finding`].
//!
//! Every field is read once, up front: trimmed, scanned for copy-paste hazards and late-bound
//! syntax, and held to the chosen partition if it starts like an ARN. After that, building the
//! plan only looks values up and parses each with its model type once, so no finding is made
//! twice and none has to be removed afterwards.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::finding::{Finding, Location, Problem, Severity};
use crate::form::PrincipalChoice;
use crate::hazard::{self, Scope};
use crate::lang::Lang;
use crate::model::{
    known_vendor, parse_flag, Accent, Access, AccountId, BucketName, CannedAcl, ExternalId, How, IamName,
    KeyPrefix, KmsKeyArn, Mode, NameKind, Partition, PathName, Place, Principal, PrincipalKind, ResourceKind,
    S3Action, Standing, Theme, VendorName,
};
use crate::param::Param;
use crate::plan::{Grantee, Plan, VendorTrust};
use crate::policy::size::Quota;
use crate::spec::published;
use crate::spec::{list, Spec, TooLong, Unknown, VENDOR_VIEW};

/// How many errors a list (`actions`) reports before it counts the rest of its entries unchecked.
const ERRORS_PER_LIST: usize = 10;

/// A notice per unknown parameter the link names one by one, and one counting the rest (or saying
/// there were more than are counted).
fn unknown_params(unknown: &Unknown) -> impl Iterator<Item = Finding> + '_ {
    let named = unknown.named.iter().map(|name| Problem::UnknownParam { name: name.clone() });
    let counted = match unknown {
        Unknown { past_counting: true, .. } => {
            Some(Problem::UnknownParamsPastCounting { counted: unknown.more })
        }
        Unknown { more: 0, .. } => None,
        Unknown { more, .. } => Some(Problem::UnknownParamsMore { count: *more }),
    };
    named.chain(counted).map(|problem| Finding { at: Location::Url, problem })
}

/// Checks every input. The plan is `None` exactly when a finding is an error.
pub fn validate(spec: &Spec) -> (Option<Plan>, Vec<Finding>) {
    let mut check = Check::read(spec);
    let plan = check.plan();
    let mut findings = check.findings;
    findings.extend(unknown_params(&spec.unknown));
    findings.extend(keys_left_out(&findings));
    findings.sort_by(|a, b| (&a.at, a.severity(), a.code()).cmp(&(&b.at, b.severity(), b.code())));
    let blocked = findings.iter().any(|finding| finding.severity() == Severity::Error);
    (plan.filter(|_| !blocked), findings)
}

/// A notice for each field whose value the share link leaves out as key-shaped: the fields where
/// reading found a key (every value is read, so none is scanned twice).
fn keys_left_out(findings: &[Finding]) -> Vec<Finding> {
    let mut fields: Vec<Param> = findings
        .iter()
        .filter_map(|finding| match (&finding.at, &finding.problem) {
            (Location::Field(param), Problem::AccessKeyId | Problem::SecretKeyShaped) => Some(*param),
            _ => None,
        })
        .collect();
    // In the parameters' order, once each (a value may hold both kinds of key).
    fields.sort_unstable();
    fields.dedup();
    let notice = |param| Finding { at: Location::Url, problem: Problem::KeyLeftOutOfLink { param } };
    fields.into_iter().map(notice).collect()
}

/// Validation in progress: the values read, the findings so far.
struct Check<'a> {
    spec: &'a Spec,
    findings: Vec<Finding>,
    /// Each non-empty field, trimmed.
    values: BTreeMap<Param, &'a str>,
    /// Fields whose value a hazard or a wrong partition already explains as an error: the one rule
    /// that keeps a second, generic message from repeating it.
    explained: Vec<Param>,
    partition: Partition,
}

impl<'a> Check<'a> {
    /// Reads every field once: the partition first, because every ARN is held to it.
    fn read(spec: &'a Spec) -> Check<'a> {
        let mut check = Check {
            spec,
            findings: Vec::new(),
            values: BTreeMap::new(),
            explained: Vec::new(),
            partition: Partition::Aws,
        };
        check.read_field(Param::Partition);
        check.partition = check.parsed(Param::Partition, Partition::parse).unwrap_or_default();
        for param in Param::ALL.into_iter().filter(|&param| param != Param::Partition) {
            check.read_field(param);
        }
        // A lock can't be undone sideways: what a lock makes moot (actions under a locked access,
        // more locations beside a locked bucket) is ignored, with a notice, never used unseen.
        let locked = spec.locked();
        for param in Param::ALL {
            let Some(lock) = published::overridden_by(&locked, param) else { continue };
            if check.values.remove(&param).is_some() {
                let problem = Problem::IgnoredUnderLock { param, lock };
                check.findings.push(Finding { at: Location::Url, problem });
            }
        }
        check
    }

    /// One field: surrounding whitespace, hazards, late-bound syntax and an ARN's partition.
    fn read_field(&mut self, param: Param) {
        let raw: &'a str = self.spec.get(param);
        let trimmed = raw.trim();
        if let Some(part) = super::too_long(param, raw) {
            self.report_all(param, hazard::scan(raw, Scope::FreeText));
            let max = hazard::LONGEST_VALUE;
            self.report(
                param,
                match part {
                    TooLong::Value(value) => Problem::FieldTooLong { chars: value.chars().count(), max },
                    TooLong::Entry(entry) => Problem::EntryTooLong { chars: entry.chars().count(), max },
                },
            );
            self.explained.push(param);
            self.values.insert(param, trimmed);
            return;
        }
        if trimmed.len() != raw.len() && !trimmed.is_empty() {
            self.report(param, Problem::SurroundingWhitespace);
        }
        // Text over several lines is scanned for keys here, and entry by entry where it is parsed.
        let scope =
            if matches!(param, Param::Followup | Param::Locations) { Scope::FreeText } else { Scope::Value };
        let mut problems = hazard::scan(raw, scope);
        // A bucket's URL is not read as a page to fetch: the bucket's own rule offers its name.
        if !(param == Param::Bucket && BucketName::in_address(trimmed).is_some()) {
            problems.extend(hazard::late_bound(raw, scope));
        }
        if hazard::explained_by(&problems) {
            self.explained.push(param);
        }
        self.report_all(param, problems);
        let found = hazard::arn_partition(trimmed).filter(|&found| found != self.partition);
        if let (Some(found), false) = (found, param == Param::Partition) {
            self.explained.push(param);
            self.report(param, Problem::PartitionMismatch { found, chosen: self.partition });
        }
        if !trimmed.is_empty() {
            self.values.insert(param, trimmed);
        }
    }

    fn plan(&mut self) -> Option<Plan> {
        let mode = self.parsed(Param::Mode, Mode::parse).unwrap_or_default();
        let partition = self.partition;
        let vendor = self.parsed(Param::Vendor, VendorName::parse);
        let grantee = match mode {
            Mode::Role => self.role(partition),
            Mode::User => self.user(),
        };
        let bucket = self.bucket();
        let prefix = self.prefix();
        let first = bucket.clone().map(|bucket| Place { bucket, prefix: prefix.clone() });
        let more_locations = self.locations(first.as_ref());
        let actions = self.actions();
        let required_acl = self.parsed(Param::Acl, CannedAcl::parse);
        if required_acl.is_none() && self.text(Param::Acl).is_none() {
            let acl_writes = actions.iter().flatten().filter(|action| action.writes_acl());
            let problems = acl_writes.map(|&action| Problem::AclWriteWithoutAcl { action }).collect();
            self.report_all(Param::Actions, problems);
        }
        let deny_outside_bucket = self.parsed(Param::DenyOutsideBucket, parse_flag).unwrap_or(false);
        let kms_key = self.kms_key();
        if deny_outside_bucket {
            let cancelled =
                actions.iter().flatten().filter(|action| action.resource() == ResourceKind::Account);
            let problems = cancelled.map(|&action| Problem::DenyCancelsAccountAction { action }).collect();
            self.report_all(Param::DenyOutsideBucket, problems);
            if self.text(Param::KmsKey).is_none() {
                self.report(Param::DenyOutsideBucket, Problem::DenyGuardWithoutKmsKey);
            }
        }
        self.page_options();
        let customer_account = self.account(Param::CustomerAccount);
        // The role's own ARN, which a self-assuming role trusts and may assume and a two-step
        // role's placeholder names, holds the account: then it is required, like the bucket.
        let names_itself = [Param::SelfAssume, Param::TwoStep].into_iter().any(|flag| self.spec.flag(flag));
        if mode == Mode::Role && names_itself && self.text(Param::CustomerAccount).is_none() {
            self.report(Param::CustomerAccount, Problem::Missing { param: Param::CustomerAccount });
        }
        self.lock();
        let policy_name = self.name(Param::PolicyName, NameKind::Policy);
        let plan = Plan {
            partition,
            grantee: grantee?,
            bucket: bucket?,
            prefix,
            more_locations: more_locations?,
            actions: actions?,
            required_acl,
            deny_outside_bucket,
            customer_account,
            policy_name: policy_name?,
            vendor,
            kms_key,
            followup: self.text(Param::Followup).map(str::to_owned),
            documents: OnceLock::new(),
        };
        self.followup_values(&plan);
        self.permissions_size(&plan);
        Some(plan)
    }

    /// Many `locations` can make the permissions policy larger than IAM takes: said here, on the
    /// field that grew it, before AWS refuses it.
    fn permissions_size(&mut self, plan: &Plan) {
        if plan.more_locations.is_empty() {
            return;
        }
        let size = plan.documents().permissions.size(Quota::ManagedPolicy);
        if !size.fits() {
            self.report(Param::Locations, Problem::PolicySize { chars: size.chars, quota: size.quota });
        }
    }

    /// A value filled into the vendor's follow-up text that holds a quote or backslash, which
    /// could break the SQL or command around its placeholder.
    fn followup_values(&mut self, plan: &Plan) {
        let Some(template) = &plan.followup else { return };
        let problems = plan
            .followup_values()
            .into_iter()
            .filter(|(placeholder, _)| template.contains(placeholder))
            .filter_map(|(placeholder, value)| {
                let ch = value?.chars().find(|ch| matches!(ch, '\'' | '"' | '\\' | '`'))?;
                Some(Problem::FollowupValueQuoting { placeholder, ch })
            })
            .collect();
        self.report_all(Param::Followup, problems);
    }

    fn role(&mut self, partition: Partition) -> Option<Grantee> {
        let role_name = self.name(Param::RoleName, NameKind::Role);
        let self_assume = self.parsed(Param::SelfAssume, parse_flag).unwrap_or(false);
        let two_step = self.parsed(Param::TwoStep, parse_flag).unwrap_or(false);
        // With `two_step` the vendor names its principal and external ID after the role exists:
        // nothing of them yet is no error. Once either is given, both are needed, as usual.
        let vendor_fields = [Param::Account, Param::User, Param::Role, Param::Principal, Param::ExternalId];
        let vendor = if two_step && vendor_fields.iter().all(|&param| self.text(param).is_none()) {
            self.site();
            None
        } else {
            Some(self.vendor_trust(partition)?)
        };
        Some(Grantee::Role { vendor, two_step, role_name: role_name?, self_assume })
    }

    /// The vendor's principal (weighed against what a known vendor publishes) and external ID.
    fn vendor_trust(&mut self, partition: Partition) -> Option<VendorTrust> {
        let trusted = self.trusted(partition);
        if let Some(principal) = &trusted {
            self.published(principal, partition);
        }
        let external_id = self.required(Param::ExternalId, ExternalId::parse);
        if let Some(id) = &external_id {
            let example = Problem::DocExample { text: id.to_string() };
            let explained = self.findings.contains(&Finding::field(Param::ExternalId, example));
            if hazard::is_guessable(id.as_str()) && !explained {
                self.report(Param::ExternalId, Problem::ExternalIdGuessable { value: id.to_string() });
            }
        }
        Some(VendorTrust { trusted: trusted?, external_id: external_id? })
    }

    fn user(&mut self) -> Option<Grantee> {
        let user_name = self.name(Param::UserName, NameKind::User);
        Some(Grantee::User { user_name: user_name? })
    }

    /// A principal under a known vendor's name that the vendor doesn't publish: a warning on the
    /// field that holds it (a link can put any account under any name), or a suggestion where it
    /// is the account root of a published user or role. Never blocking.
    fn published(&mut self, principal: &Principal, partition: Partition) {
        let Some(known) = self.text(Param::Vendor).and_then(known_vendor) else { return };
        let field = if self.text(Param::Principal).is_some() { Param::Principal } else { Param::Account };
        let (vendor, found) = (known.name, principal.to_string());
        match known.standing(principal, partition, self.spec.get(Param::Site)) {
            Some(Standing::Stranger(row)) => self.report(
                field,
                Problem::PrincipalNotPublished {
                    vendor,
                    found,
                    published: row.principal,
                    source: row.source,
                },
            ),
            Some(Standing::Broader(row)) => self.report(
                field,
                Problem::PrincipalBroaderThanPublished {
                    vendor,
                    published: row.principal,
                    source: row.source,
                },
            ),
            Some(Standing::Published) | None => {}
        }
    }

    /// A known vendor with an account per site needs the site (unless the principal is given),
    /// and one it publishes; a principal the page filled in is said so.
    fn site(&mut self) {
        let sites = self.spec.sites();
        let Some(vendor) = known_vendor(self.spec.get(Param::Vendor)).map(|known| known.name) else { return };
        let given = [Param::Account, Param::User, Param::Role, Param::Principal]
            .iter()
            .any(|&p| self.text(p).is_some());
        match self.text(Param::Site) {
            // A site where the vendor has none is no control on the page: ignored with a notice.
            Some(site) if sites.is_empty() => {
                let problem = Problem::PageOptionIgnored { param: Param::Site, value: site.to_owned() };
                self.findings.push(Finding { at: Location::Url, problem });
            }
            Some(site) if !sites.iter().any(|known| known.eq_ignore_ascii_case(site)) => {
                let problem = Problem::UnknownSite { vendor, site: site.to_owned(), sites: sites.clone() };
                self.report(Param::Site, problem);
            }
            None if !sites.is_empty() && !given && self.spec.published().is_none() => {
                self.report(Param::Site, Problem::SiteNeeded { vendor, sites: sites.clone() })
            }
            _ => {}
        }
        if let (Some(row), Some(_)) = (self.spec.published(), self.spec.filled_principal()) {
            let field = if self.text(Param::Principal).is_some() { Param::Principal } else { Param::Account };
            self.report(
                field,
                Problem::PrincipalFilled { vendor, published: row.principal, source: row.source },
            );
        }
    }

    /// The vendor principal, from `principal` or from `account` with `user` or `role`.
    fn trusted(&mut self, partition: Partition) -> Option<Principal> {
        self.site();
        let parts_given = [Param::Account, Param::User, Param::Role].iter().any(|&p| self.text(p).is_some());
        if self.text(Param::Principal).is_some() {
            if parts_given {
                self.report(Param::Principal, Problem::PrincipalConflict);
                return None;
            }
            return self.parsed(Param::Principal, |raw| Principal::parse(raw, partition));
        }
        if self.spec.principal_choice() == PrincipalChoice::Arn {
            self.report(Param::Principal, Problem::Missing { param: Param::Principal });
            return None;
        }
        if self.text(Param::Account).is_none() {
            self.report(Param::Account, Problem::Missing { param: Param::Account });
        }
        let account = self.account(Param::Account);
        // Chosen, but not typed yet: an empty name must not quietly trust the whole account.
        for name in [Param::User, Param::Role] {
            if self.spec.principal_choice().params().contains(&name) && self.text(name).is_none() {
                self.report(name, Problem::Missing { param: name });
            }
        }
        if self.text(Param::User).is_some() && self.text(Param::Role).is_some() {
            self.report(Param::Role, Problem::UserAndRole);
        }
        let user = self.parsed(Param::User, |raw| PathName::parse(raw, NameKind::User));
        let role = self.parsed(Param::Role, |raw| PathName::parse(raw, NameKind::Role));
        let named = [Param::User, Param::Role]
            .into_iter()
            .any(|name| self.text(name).is_some() || self.spec.principal_choice().params().contains(&name));
        let kind = match (user, role) {
            (Some(user), None) => PrincipalKind::User(user),
            (None, Some(role)) => PrincipalKind::Role(role),
            _ if named => return None,
            _ => PrincipalKind::Root,
        };
        Some(Principal::new(partition, account?, kind))
    }

    /// The SSE-KMS key (its partition was checked when it was read), with the reminder that its
    /// key policy must agree.
    fn kms_key(&mut self) -> Option<KmsKeyArn> {
        let key = self.parsed(Param::KmsKey, KmsKeyArn::parse)?;
        self.report(Param::KmsKey, Problem::KmsKeyPolicyNeeded);
        Some(key)
    }

    fn bucket(&mut self) -> Option<BucketName> {
        let bucket = self.required(Param::Bucket, BucketName::parse)?;
        let advice = self.bucket_advice(&bucket);
        self.report_all(Param::Bucket, advice);
        Some(bucket)
    }

    /// Advice on a valid bucket name, wherever it is given: a vendor that refuses dots says so by
    /// name, in place of the general advice.
    fn bucket_advice(&self, bucket: &BucketName) -> Vec<Problem> {
        let refusal = known_vendor(self.spec.get(Param::Vendor))
            .and_then(|vendor| Some((vendor.name, vendor.refuses_dotted_buckets?)))
            .filter(|_| bucket.as_str().contains('.'));
        match refusal {
            Some((vendor, source)) => vec![Problem::VendorRefusesDots { vendor, source }],
            None => bucket.advice(),
        }
    }

    /// `locations`, one per line or comma: each entry checked on its own and named in its error;
    /// one already granted (by the bucket above or another entry) is used once, with a warning.
    fn locations(&mut self, first: Option<&Place>) -> Option<Vec<Place>> {
        if self.too_long(Param::Locations) {
            return None;
        }
        let Some(raw) = self.text(Param::Locations) else { return Some(Vec::new()) };
        let mut kept: Vec<Place> = Vec::new();
        let mut failed = false;
        for entry in raw.split(['\n', ',']).map(str::trim).filter(|entry| !entry.is_empty()) {
            let mut problems = hazard::scan(entry, Scope::Value);
            problems.extend(hazard::late_bound(entry, Scope::Value));
            let blocked = problems.iter().any(|problem| problem.severity() == Severity::Error);
            let parsed =
                if blocked { None } else { Place::parse(entry).map_err(|more| problems.extend(more)).ok() };
            // Each entry's bucket gets the advice the bucket field gets (a vendor refusing dots).
            problems.extend(parsed.iter().flat_map(|place| self.bucket_advice(&place.bucket)));
            for problem in problems {
                let (entry, reason) = (entry.to_owned(), Box::new(problem));
                self.report(Param::Locations, Problem::LocationInvalid { entry, reason });
            }
            let Some(location) = parsed else {
                failed = true;
                continue;
            };
            if let Some(by) = first.into_iter().chain(&kept).find(|place| place.covers(&location)) {
                let (entry, by) = (entry.to_owned(), by.to_string());
                self.report(Param::Locations, Problem::LocationCovered { entry, by });
                continue;
            }
            // The bucket and folder above stay as typed; an entry granting all of it says so.
            if let Some(first) = first.filter(|first| location.covers(first)) {
                let (entry, by) = (first.to_string(), location.to_string());
                self.report(Param::Locations, Problem::LocationCovered { entry, by });
            }
            let (covered, rest): (Vec<Place>, Vec<Place>) =
                kept.into_iter().partition(|earlier| location.covers(earlier));
            for earlier in covered {
                let (entry, by) = (earlier.to_string(), location.to_string());
                self.report(Param::Locations, Problem::LocationCovered { entry, by });
            }
            kept = rest;
            kept.push(location);
        }
        (!failed).then_some(kept)
    }

    /// A folder with the slashes around it dropped: a leading `/` with a warning, a missing
    /// trailing `/` with a note of what the policy will cover.
    fn prefix(&mut self) -> Option<KeyPrefix> {
        let raw = self.text(Param::Prefix).filter(|_| !self.too_long(Param::Prefix))?;
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

    /// `actions` when given (wildcards spelled out, never to everything or to management), else
    /// the `access` preset.
    fn actions(&mut self) -> Option<Vec<S3Action>> {
        let access = self.parsed(Param::Access, Access::parse).unwrap_or_default();
        if self.too_long(Param::Actions) {
            return None;
        }
        let Some(raw) = self.text(Param::Actions) else {
            return Some(access.actions());
        };
        let mut actions = Vec::new();
        let mut problems: Vec<Problem> = Vec::new();
        let mut failed = false;
        let (mut errors, mut counted) = (0, 0);
        let mut items = list(raw);
        // Ten wrong actions say enough; the rest are counted unchecked, so a paste of 10,000
        // costs ten "did you mean" searches, not 10,000.
        while let Some(item) = items.next() {
            errors +=
                problems[counted..].iter().filter(|problem| problem.severity() == Severity::Error).count();
            counted = problems.len();
            if errors >= ERRORS_PER_LIST {
                problems.push(Problem::EntriesUnchecked { count: 1 + items.count() });
                break;
            }
            let pattern = || item.to_owned();
            if S3Action::is_all(item) {
                problems.push(Problem::ActionsAll { pattern: pattern() });
                failed = true;
            } else if item.contains(['*', '?']) {
                let expanded = S3Action::expand(item);
                if let Some(&action) = expanded.iter().find(|action| action.manages()) {
                    problems.push(Problem::ActionWildcardManages { pattern: pattern(), action });
                    failed = true;
                } else if expanded.is_empty() {
                    problems.push(Problem::UnknownAction { action: pattern(), suggestion: None });
                    failed = true;
                } else {
                    problems.push(Problem::ActionWildcardExpanded {
                        pattern: pattern(),
                        actions: expanded.clone(),
                    });
                    actions.extend(expanded);
                }
            } else {
                match S3Action::parse(item) {
                    // A job or an access grant can't be placed in a grant of one bucket's data.
                    Ok(action) if action.resource() == ResourceKind::Other => {
                        problems.push(Problem::ActionNotForData { action });
                        failed = true;
                    }
                    Ok(action) => actions.push(action),
                    Err(found) => {
                        problems.extend(found);
                        failed = true;
                    }
                }
            }
        }
        if actions.is_empty() && !failed {
            problems.push(Problem::NoActions);
        }
        self.report_all(Param::Actions, problems);
        actions.sort();
        actions.dedup();
        (!failed && !actions.is_empty()).then_some(actions)
    }

    /// An account ID; console-style `1234-5678-9012` is accepted with a warning.
    fn account(&mut self, param: Param) -> Option<AccountId> {
        let raw = self.text(param)?;
        // Separators are dropped inside the parse, which a value already explained never reaches
        // (a megabyte pasted by mistake is not copied to be found too long again).
        let digits = |raw: &str| raw.chars().filter(|c| !matches!(c, '-' | ' ')).collect::<String>();
        let account = self.parse_into(param, raw, |raw| AccountId::parse(&digits(raw)))?;
        if account.as_str() != raw {
            self.report(param, Problem::AccountNormalised { digits: account.to_string() });
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

    /// The parameters that shape the page rather than the grant: a value they can't use is
    /// ignored with a notice, and never blocks the outputs.
    fn page_options(&mut self) {
        type Usable = fn(&str) -> bool;
        let checks: [(Param, Usable); 6] = [
            (Param::Embed, |raw| parse_flag(raw).is_ok()),
            (Param::How, |raw| How::parse(raw).is_ok()),
            (Param::View, |raw| raw == VENDOR_VIEW),
            (Param::Theme, |raw| Theme::parse(raw).is_ok()),
            (Param::Accent, |raw| Accent::parse(raw).is_ok()),
            (Param::Lang, |raw| Lang::parse(raw).is_ok()),
        ];
        for (param, usable) in checks {
            if let Some(raw) = self.text(param).filter(|raw| !usable(raw)) {
                let problem = Problem::PageOptionIgnored { param, value: raw.to_owned() };
                self.findings.push(Finding { at: Location::Url, problem });
            }
        }
    }

    fn lock(&mut self) {
        let unknown: Vec<Problem> = list(self.spec.get(Param::Lock))
            .filter(|name| Param::from_name(name).is_none())
            .map(|name| Problem::UnknownLockedParam { name: name.to_owned() })
            .collect();
        self.report_all(Param::Lock, unknown);
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
        // A value a hazard already explains as an error is not parsed: its problems, and any
        // advice on it, would only repeat or contradict that explanation.
        if self.explained.contains(&param) {
            return None;
        }
        parse(raw).map_err(|problems| self.report_all(param, problems)).ok()
    }

    /// A value longer than its field takes, which is not parsed.
    fn too_long(&self, param: Param) -> bool {
        super::too_long(param, self.spec.get(param)).is_some()
    }

    /// The trimmed value as read, or `None` when empty.
    fn text(&self, param: Param) -> Option<&'a str> {
        self.values.get(&param).copied()
    }

    fn report(&mut self, param: Param, problem: Problem) {
        self.findings.push(Finding::field(param, problem));
    }

    fn report_all(&mut self, param: Param, problems: Vec<Problem>) {
        for problem in problems {
            self.report(param, problem);
        }
    }
}
