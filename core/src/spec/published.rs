//! What a known vendor publishes, brought into the form: in role mode, the vendor's name alone
//! fills its published principal for the partition (and site) into the fields that hold it, as if
//! typed; a vendor with an account per site asks for the site first.

use super::Spec;
use crate::finding::{Finding, Location, Problem, Severity};
use crate::form::PrincipalChoice;
use crate::lang::{msg, Message};
use crate::model::{known_vendor, Mode, Partition, Principal, PrincipalKind, Published};
use crate::param::Param;

/// The fields a principal is given in.
const PRINCIPAL_FIELDS: [Param; 4] = [Param::Account, Param::User, Param::Role, Param::Principal];

impl Spec {
    /// Sets `param` as typed; a change of vendor, mode, partition or site fills the vendor's
    /// published principal again (never an edit of the principal itself, which is the user's).
    pub fn edit(&mut self, param: Param, value: String) {
        self.set(param, value);
        if PRINCIPAL_FIELDS.contains(&param) {
            self.filled = None;
        } else if matches!(param, Param::Vendor | Param::Mode | Param::Partition | Param::Site) {
            self.fill_published();
        }
    }

    /// Fills the published principal where the principal fields are empty or still hold what
    /// was filled before; takes a filled one back when it no longer applies.
    pub fn fill_published(&mut self) {
        let untouched = PRINCIPAL_FIELDS.iter().all(|&param| {
            let value = self.get(param).trim();
            value.is_empty()
                || self
                    .filled
                    .as_ref()
                    .is_some_and(|filled| filled.values.contains(&(param, value.to_owned())))
        });
        // A locked principal the link gave (or one filled before) stays as it is.
        let locked = self.locked();
        let fixed = PRINCIPAL_FIELDS.iter().any(|p| locked.contains(p) && !self.get(*p).trim().is_empty());
        if !untouched || fixed {
            return;
        }
        let row = self.published();
        let principal = row.and_then(|row| Principal::parse(row.principal, row.partition).ok());
        for param in PRINCIPAL_FIELDS {
            self.values.remove(&param);
        }
        self.filled = None;
        let Some((row, principal)) = row.zip(principal) else { return };
        let account = principal.account().to_string();
        let (choice, values) = match principal.kind() {
            PrincipalKind::Root => (PrincipalChoice::Account, vec![(Param::Account, account)]),
            PrincipalKind::User(name) => {
                (PrincipalChoice::User, vec![(Param::Account, account), (Param::User, name.to_string())])
            }
            PrincipalKind::Role(name) => {
                (PrincipalChoice::Role, vec![(Param::Account, account), (Param::Role, name.to_string())])
            }
        };
        self.values.extend(values.iter().cloned());
        self.principal_choice = Some(choice);
        self.filled = Some(Filled { principal: row.principal, values });
    }

    /// The principal the vendor named in the spec publishes for its partition and site, in role
    /// mode.
    pub fn published(&self) -> Option<&'static Published> {
        if self.mode() != Mode::Role {
            return None;
        }
        let partition = Partition::parse(self.get(Param::Partition).trim()).unwrap_or_default();
        known_vendor(self.get(Param::Vendor))?.principal_for(partition, self.get(Param::Site))
    }

    /// The sites the vendor publishes an account for in the spec's partition (empty for most).
    pub fn sites(&self) -> Vec<&'static str> {
        let partition = Partition::parse(self.get(Param::Partition).trim()).unwrap_or_default();
        known_vendor(self.get(Param::Vendor)).map_or_else(Vec::new, |vendor| vendor.sites(partition))
    }

    /// Whether the form offers `param` for this spec: `site` only where the vendor has sites, and
    /// no control that would undo a lock sideways.
    pub fn offers(&self, param: Param) -> bool {
        let site = param != Param::Site || (self.mode() == Mode::Role && !self.sites().is_empty());
        site && self.overridden_by_lock(param).is_none()
    }

    /// The locked parameter that makes `param` moot: `actions` would widen a locked `access`,
    /// and `access` has no effect under locked `actions`.
    pub fn overridden_by_lock(&self, param: Param) -> Option<Param> {
        overridden_by(&self.locked(), param)
    }

    /// The published principal the fields hold because the page filled them, if they still do.
    pub fn filled_principal(&self) -> Option<&'static str> {
        let filled = self.filled.as_ref()?;
        filled
            .values
            .iter()
            .all(|(param, value)| self.get(*param).trim() == value)
            .then_some(filled.principal)
    }
}

impl Spec {
    /// What the lock card says of a known vendor's principal where no warning does: that it is
    /// the one the vendor publishes. `None` for other vendors, or when a finding says otherwise.
    pub fn published_note(&self, findings: &[Finding]) -> Option<Message> {
        let vendor = known_vendor(self.get(Param::Vendor))?;
        let partition = Partition::parse(self.get(Param::Partition).trim()).unwrap_or_default();
        // Only where the vendor publishes a principal: elsewhere no finding could doubt it.
        vendor.published(partition).next()?;
        let given = PRINCIPAL_FIELDS.iter().any(|&param| !self.get(param).trim().is_empty());
        let doubted = findings.iter().any(|finding| {
            matches!(
                finding.problem,
                Problem::PrincipalNotPublished { .. } | Problem::PrincipalBroaderThanPublished { .. }
            ) || PRINCIPAL_FIELDS
                .iter()
                .any(|&param| finding.at == Location::Field(param) && finding.severity() == Severity::Error)
        });
        (self.mode() == Mode::Role && given && !doubted).then(|| msg::published_note(vendor.name))
    }
}

/// What the page filled in, to tell it from what the user typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Filled {
    principal: &'static str,
    values: Vec<(Param, String)>,
}

/// [`Spec::overridden_by_lock`] among the `locked` parameters, read once by a caller that asks
/// of every parameter.
pub(super) fn overridden_by(locked: &[Param], param: Param) -> Option<Param> {
    match param {
        Param::Actions if locked.contains(&Param::Access) && !locked.contains(&Param::Actions) => {
            Some(Param::Access)
        }
        Param::Access if locked.contains(&Param::Actions) => Some(Param::Actions),
        // More places beside a bucket or folder the vendor fixed, only if the vendor locked them.
        Param::Locations if !locked.contains(&Param::Locations) => {
            [Param::Bucket, Param::Prefix].into_iter().find(|param| locked.contains(param))
        }
        _ => None,
    }
}
