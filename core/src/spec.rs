//! All inputs as entered ([`Spec`]), to and from URL parameters; `validate` (in `spec/validate.rs`)
//! turns them into a [`Plan`] plus every [`Finding`].
//!
//! This is the only place raw strings meet the model's types. Validation never fails and never
//! rewrites what was typed: it returns what it could build and all it found. Normalisations
//! (trimming, console-style account IDs, slashes around a prefix) happen there, each with a warning.

mod published;
mod validate;

use std::borrow::Cow;
use std::collections::BTreeMap;

use crate::finding::Finding;
use crate::form::PrincipalChoice;
use crate::hazard;
use crate::lang::{msg, Lang, Message};
use crate::model::{parse_flag, Accent, How, IamName, Mode, NameKind, Theme, VendorName};
use crate::param::Param;
use crate::plan::Plan;
use crate::policy::kind::DocKind;
use crate::query;

/// `view=vendor`: the vendor kit instead of the builder.
pub const VENDOR_VIEW: &str = "vendor";

/// The form fields that matter in `mode`, in form order.
pub fn fields(mode: Mode) -> Vec<Param> {
    let role_only = [
        Param::SelfAssume,
        Param::TwoStep,
        Param::Site,
        Param::Account,
        Param::User,
        Param::Role,
        Param::Principal,
        Param::ExternalId,
        Param::RoleName,
    ];
    Param::ALL
        .into_iter()
        .filter(|param| param.is_field())
        .filter(|param| match mode {
            Mode::Role => *param != Param::UserName,
            Mode::User => !role_only.contains(param),
        })
        .collect()
}

/// How many unknown parameters are named one by one; the rest are counted, up to
/// [`UNKNOWN_COUNTED`].
const UNKNOWN_NAMED: usize = 10;

/// How many unknown parameters after the named ones are counted. Past them a link is no vendor's
/// but junk (a tool's mangling, or one made to be slow), and the notice says "more than": so the
/// set that tells names apart stays small, and no further name is looked up in it.
const UNKNOWN_COUNTED: usize = 1_000;

/// The names in a link that are no parameters: the first few, which the notice names, in the
/// order they came, and how many others. Only those few are kept, so a link with 100,000 of them
/// makes no Spec of 100,000 strings.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Unknown {
    named: Vec<String>,
    /// Other names, each counted once, up to [`UNKNOWN_COUNTED`].
    more: usize,
    /// Whether there were more than that, which are not counted.
    past_counting: bool,
}

/// Every input exactly as typed or as it came in the URL, keyed by [`Param`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Spec {
    values: BTreeMap<Param, String>,
    /// Names in the URL that are not parameters, kept to tell the user.
    unknown: Unknown,
    /// How the vendor's principal is given, once the user chose it; until then it follows from
    /// the values. Not a parameter: a link carries the values, which imply it.
    principal_choice: Option<PrincipalChoice>,
    /// Values a change of that choice set aside, so switching back restores them: nothing the
    /// user typed is lost.
    set_aside: BTreeMap<Param, String>,
    /// The known vendor's published principal the page filled in, until the user types over it.
    filled: Option<published::Filled>,
}

/// The part of a value with more characters than its field ever takes
/// ([`hazard::LONGEST_VALUE`]): a paste gone wrong, which validation doesn't parse and the share
/// link leaves out.
#[derive(Debug, PartialEq)]
enum TooLong<'a> {
    /// The whole value of a single-valued field.
    Value(&'a str),
    /// The first such entry of a list (`actions`, `locations`). A list may be long, as each of
    /// its entries is checked up to a number of errors; one entry that long is a paste gone wrong.
    Entry(&'a str),
}

/// What of `value` is too long for `param`, if anything. Characters, as the field's error counts
/// them: a follow-up in Chinese takes three bytes a character.
fn too_long(param: Param, value: &str) -> Option<TooLong<'_>> {
    // No text of that many bytes has more characters.
    if value.len() <= hazard::LONGEST_VALUE {
        return None;
    }
    match param {
        // Byte by byte, as the separators are ASCII: a pasted list of 10,000 actions is read on
        // every keystroke, and splitting it by a set of characters was the slowest part of that.
        // A character starts at every byte but a UTF-8 continuation byte.
        Param::Actions | Param::Locations => {
            let mut entry = 0;
            let at = value.bytes().position(|byte| {
                entry = match byte {
                    b',' | b'\n' => 0,
                    _ if byte & 0xC0 == 0x80 => entry,
                    _ => entry + 1,
                };
                entry > hazard::LONGEST_VALUE
            })?;
            // Found, which is rare: the entry around `at`, the first byte of a character.
            let separator = |byte: &u8| matches!(byte, b',' | b'\n');
            let bytes = value.as_bytes();
            let start = bytes[..at].iter().rposition(separator).map_or(0, |before| before + 1);
            let end = bytes[at..].iter().position(separator).map_or(value.len(), |after| at + after);
            Some(TooLong::Entry(&value[start..end]))
        }
        _ => value.chars().nth(hazard::LONGEST_VALUE).map(|_| TooLong::Value(value)),
    }
}

impl Spec {
    /// Reads the page's query string and fragment (each without `?`/`#`); the fragment wins.
    pub fn from_url(query_string: &str, fragment: &str) -> Spec {
        Spec::from_pairs(query::parse(query_string).chain(query::parse(fragment)))
    }

    /// Reads a link as the page would open it (a whole address, `?query`, `#fragment` or a bare
    /// query string; see [`query::split_link`]), then `overrides`, which win over the link as
    /// the fragment wins over the query string. An empty override clears the link's value.
    pub fn from_link(link: &str, overrides: &[(Param, String)]) -> Spec {
        let (query_string, fragment) = query::split_link(link);
        let overrides = overrides
            .iter()
            .map(|(param, value)| (Cow::Borrowed(param.as_str()), Cow::Borrowed(value.as_str())));
        Spec::from_pairs(query::parse(query_string).chain(query::parse(fragment)).chain(overrides))
    }

    /// Takes `name=value` pairs in order, a later value of a name replacing an earlier one.
    fn from_pairs<'a>(pairs: impl IntoIterator<Item = (Cow<'a, str>, Cow<'a, str>)>) -> Spec {
        let mut spec = Spec::default();
        // The names told apart, as they came: a name without escapes is borrowed from the link.
        // An ordered set, not a hash set: no hasher's seed is secret in wasm, so a link could
        // make names collide, and repeat them. Holding at most the names counted, each look-up
        // is a few comparisons whatever the names, and past counting there are none.
        let mut seen = std::collections::BTreeSet::new();
        for (name, value) in pairs {
            match Param::from_name(&name) {
                Some(param) => spec.put(param, value.into_owned()),
                None if spec.unknown.past_counting => {}
                None if seen.insert(name.clone()) => {
                    let unknown = &mut spec.unknown;
                    if unknown.named.len() < UNKNOWN_NAMED {
                        unknown.named.push(name.into_owned());
                    } else if unknown.more < UNKNOWN_COUNTED {
                        unknown.more += 1;
                    } else {
                        unknown.past_counting = true;
                    }
                }
                None => {}
            }
        }
        // A known vendor's name alone brings its published principal, as if the link had it.
        spec.fill_published();
        spec
    }

    /// The parameters with a value, in form order, as a fragment for a share link. A value that
    /// looks like an AWS key is left out (`validate` says so with [`Problem::KeyLeftOutOfLink`](crate::finding::Problem::KeyLeftOutOfLink)):
    /// keys must never travel in links. So is a value too long for its field, whose error says so
    /// (`field-too-long`, or `entry-too-long` for a whole list): a megabyte pasted by mistake would
    /// make a link no one can send.
    pub fn to_fragment(&self) -> String {
        query::encode(
            self.values
                .iter()
                // Length first: a megabyte is not scanned for keys to be left out anyway.
                .filter(|(param, value)| too_long(**param, value).is_none() && !hazard::contains_key(value))
                .map(|(param, value)| (param.as_str(), value.as_str())),
        )
    }

    /// The share link for the page at `address` (`https://host/path`, or `""` for the `#…`
    /// fragment alone): what the page's `data-output="share-link"` shows.
    pub fn share_link(&self, address: &str) -> String {
        format!("{address}#{}", self.to_fragment())
    }

    /// The value as typed, or `""`.
    pub fn get(&self, param: Param) -> &str {
        self.values.get(&param).map_or("", String::as_str)
    }

    /// Sets a value as the user typed it. Editing any part of the vendor's principal keeps the
    /// choice of how it is given as it stands: clearing a field to retype it must not switch it.
    pub fn set(&mut self, param: Param, value: String) {
        if PrincipalChoice::ALL.iter().any(|choice| choice.params().contains(&param)) {
            self.principal_choice = Some(self.principal_choice());
        }
        self.put(param, value);
    }

    /// Sets a value, an empty one removing it.
    fn put(&mut self, param: Param, value: String) {
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
            DocKind::Bucket => &[],
        };
        for &param in described.iter().filter(|param| !locked.contains(param)) {
            self.set(param, fix.get(param).to_owned());
        }
        if kind == DocKind::Trust {
            self.principal_choice = None;
        }
    }

    /// How the vendor's principal is given: as chosen, or as the values imply.
    pub fn principal_choice(&self) -> PrincipalChoice {
        self.principal_choice
            .unwrap_or_else(|| PrincipalChoice::implied(|param| !self.get(param).trim().is_empty()))
    }

    /// Switches how the principal is given. Values the new choice doesn't use are set aside and
    /// come back when a choice that uses them returns; a user or role name carries over between
    /// the user and role choices.
    pub fn choose_principal(&mut self, choice: PrincipalChoice) {
        let all = [Param::Account, Param::User, Param::Role, Param::Principal];
        for param in all.into_iter().filter(|param| !choice.params().contains(param)) {
            if let Some(value) = self.values.remove(&param) {
                self.set_aside.insert(param, value);
            }
        }
        let carried = match choice {
            PrincipalChoice::User => Some((Param::User, Param::Role)),
            PrincipalChoice::Role => Some((Param::Role, Param::User)),
            PrincipalChoice::Account | PrincipalChoice::Arn => None,
        };
        for &param in choice.params() {
            if !self.values.contains_key(&param) {
                let from = carried.filter(|(to, _)| *to == param).map_or(param, |(_, from)| from);
                let value = self.set_aside.remove(&param).or_else(|| self.set_aside.remove(&from));
                self.values.extend(value.map(|value| (param, value)));
            }
        }
        self.principal_choice = Some(choice);
    }

    /// Adds `param` to `lock`, or takes it out (the vendor kit's lock checkboxes).
    pub fn set_locked(&mut self, param: Param, locked: bool) {
        let mut names: Vec<Param> = self.locked().into_iter().filter(|&known| known != param).collect();
        if locked {
            names.push(param);
            names.sort();
        }
        let list: Vec<&str> = names.iter().map(|param| param.as_str()).collect();
        self.put(Param::Lock, list.join(","));
    }

    /// The parameters named by `lock`: shown to the user but not editable.
    pub fn locked(&self) -> Vec<Param> {
        list(self.get(Param::Lock)).filter_map(Param::from_name).collect()
    }

    /// `embed=1`: the compact layout for an iframe.
    pub fn embedded(&self) -> bool {
        self.flag(Param::Embed)
    }

    /// Whether a yes/no parameter is yes (a malformed value is no, and gets its error from
    /// `validate`).
    pub fn flag(&self, param: Param) -> bool {
        parse_flag(self.get(param).trim()).unwrap_or(false)
    }

    /// Whether an empty `param` stands for a name of its own, its [`default_value`](Spec::default_value):
    /// the page follows the default only for these.
    pub fn has_default(param: Param) -> bool {
        matches!(param, Param::RoleName | Param::UserName | Param::PolicyName)
    }

    /// The name used when the field is left empty, shown as the field's placeholder. The policy
    /// is named after the role or user once its name is one IAM takes (never after a paste gone
    /// wrong, which would become a megabyte placeholder).
    pub fn default_value(&self, param: Param) -> Option<String> {
        // The vendor is read only where a default is made of it.
        let grantee_default = |mode: Mode| match mode {
            Mode::Role => default_name(self.vendor().as_ref(), "s3-access"),
            Mode::User => default_name(self.vendor().as_ref(), "s3-user"),
        };
        match param {
            Param::RoleName => Some(grantee_default(Mode::Role)),
            Param::UserName => Some(grantee_default(Mode::User)),
            Param::PolicyName => {
                let (grantee_param, kind) = match self.mode() {
                    Mode::Role => (Param::RoleName, NameKind::Role),
                    Mode::User => (Param::UserName, NameKind::User),
                };
                let typed = IamName::parse(self.get(grantee_param).trim(), kind).ok();
                let grantee = typed.map_or_else(|| grantee_default(self.mode()), |name| name.to_string());
                Some(format!("{grantee}-policy"))
            }
            _ => None,
        }
    }

    /// The way of creating shown first (`how`); a malformed one is the default, with a notice.
    pub fn how(&self) -> How {
        How::parse(self.get(Param::How).trim()).unwrap_or_default()
    }

    /// The page's heading: it names the vendor once the name is one a vendor can have, never a
    /// paste gone wrong (a megabyte in the heading would freeze the page).
    pub fn heading(&self) -> Message {
        match self.vendor() {
            Some(vendor) => msg::page_heading(vendor.as_str()),
            None => msg::page_heading_any_vendor(),
        }
    }

    /// The question the principal choice asks, naming the vendor as the heading does.
    pub fn whom(&self) -> Message {
        match self.vendor() {
            Some(vendor) => msg::form_whom(vendor.as_str()),
            None => msg::form_whom_any_vendor(),
        }
    }

    /// The vendor's name, once it is one a vendor can have.
    fn vendor(&self) -> Option<VendorName> {
        VendorName::parse(self.get(Param::Vendor).trim()).ok()
    }

    /// `view=vendor`: the vendor kit instead of the builder.
    pub fn vendor_view(&self) -> bool {
        self.get(Param::View).trim() == VENDOR_VIEW
    }

    /// The page's theme; a malformed one is the default, with a notice.
    pub fn theme(&self) -> Theme {
        Theme::parse(self.get(Param::Theme).trim()).unwrap_or_default()
    }

    /// The interface's language: `lang` when usable, else the first of the browser's languages
    /// that Rolesmith offers, else English.
    pub fn lang<'a>(&self, browser: impl IntoIterator<Item = &'a str>) -> Lang {
        Lang::parse(self.get(Param::Lang).trim())
            .ok()
            .or_else(|| Lang::from_browser(browser))
            .unwrap_or_default()
    }

    /// The vendor's accent colour, if a usable one was given.
    pub fn accent(&self) -> Option<Accent> {
        Accent::parse(self.get(Param::Accent).trim()).ok()
    }

    /// The mode entered; a malformed one counts as the default, and gets its error from `validate`.
    pub fn mode(&self) -> Mode {
        Mode::parse(self.get(Param::Mode).trim()).unwrap_or_default()
    }

    /// Checks every input. The plan is `None` exactly when a finding is an error.
    pub fn validate(&self) -> (Option<Plan>, Vec<Finding>) {
        validate::validate(self)
    }
}

/// The items of a comma-separated list, trimmed, without empty ones or repeats.
fn list(raw: &str) -> impl Iterator<Item = &str> {
    let mut seen = std::collections::BTreeSet::new();
    raw.split(',').map(str::trim).filter(move |item| !item.is_empty() && seen.insert(*item))
}

/// `logz-io-s3-access`, or `vendor-s3-access` without a usable vendor name.
fn default_name(vendor: Option<&VendorName>, suffix: &str) -> String {
    let slug = vendor.map(VendorName::slug).filter(|slug| !slug.is_empty());
    format!("{}-{suffix}", slug.as_deref().unwrap_or("vendor"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::{Location, Problem};
    use crate::output;
    use proptest::prelude::*;

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
    fn a_follow_up_in_chinese_is_too_long_by_its_characters_not_its_bytes() {
        // 2,000 characters, 6,000 bytes.
        let followup = "观测云".repeat(666) + "观测";
        let mut spec = Spec::from_url(BASE, "");
        spec.set(Param::Followup, followup);
        let (_, findings) = spec.validate();
        assert!(!findings.iter().any(|finding| finding.code() == "field-too-long"));
        let longer = "观".repeat(hazard::LONGEST_VALUE + 1);
        assert_eq!(too_long(Param::Followup, &longer), Some(TooLong::Value(&longer)));
    }

    proptest! {
        #[test]
        fn a_value_is_too_long_by_its_characters_a_list_by_one_entry(
            entries in prop::collection::vec((4090usize..4100, "[eé]", "[a,\n]"), 0..4),
        ) {
            // Entries around the limit, in one-byte or in two-byte characters.
            let value: String = entries.iter().map(|(len, letter, end)| letter.repeat(*len) + end).collect();
            let longest = |text: &str| text.chars().count() > hazard::LONGEST_VALUE;
            let entry = value.split([',', '\n']).find(|entry| longest(entry));
            prop_assert_eq!(too_long(Param::Actions, &value), entry.map(TooLong::Entry));
            prop_assert_eq!(too_long(Param::Bucket, &value), longest(&value).then_some(TooLong::Value(&value)));
        }
    }

    #[test]
    fn a_hundred_thousand_unknown_names_are_eleven_notices() {
        let link: Vec<String> = (0..100_000).map(|n| format!("x{n}=1")).collect();
        let (_, findings) = Spec::from_url(&link.join("&"), "").validate();
        let notices: Vec<&Finding> = findings.iter().filter(|finding| finding.at == Location::Url).collect();
        let codes: Vec<&str> = notices.iter().map(|finding| finding.code()).collect();
        assert_eq!(codes, [["unknown-param"; 10].as_slice(), &["unknown-params-past-counting"]].concat());
        assert_eq!(
            notices[10].to_string(),
            "The link has more than 1000 other parameters that Rolesmith doesn't know; Rolesmith \
             stopped counting and ignored them all."
        );
    }

    #[test]
    fn ten_thousand_wrong_actions_are_ten_errors_and_a_count() {
        let actions: Vec<String> = (0..10_000).map(|n| format!("s3:GetObjec{n}")).collect();
        let link = format!("{BASE}&actions={}", actions.join(","));
        let (plan, findings) = Spec::from_url(&link, "").validate();
        assert!(plan.is_none());
        let codes: Vec<&str> = findings.iter().map(Finding::code).collect();
        assert_eq!(codes, [["invalid-action"; 10].as_slice(), &["entries-unchecked"]].concat());
        assert_eq!(findings[10].to_string(), "9990 more entries weren't checked; fix the ones above first.");
    }

    #[test]
    fn unknown_names_are_kept_once_in_the_order_they_came() {
        let spec = Spec::from_url("zeta=1&bukcet=a&zeta=2&alpha=3", "bukcet=b");
        assert_eq!(spec.unknown.named, ["zeta", "bukcet", "alpha"]);
        let many: String = (0..1000).map(|i| format!("&x{}=1&x{}=2", i % 500, i % 500)).collect();
        let spec = Spec::from_url(&many, "");
        assert_eq!(spec.unknown.named.len(), UNKNOWN_NAMED);
        assert_eq!(spec.unknown.more, 500 - UNKNOWN_NAMED);
        // Counted exactly up to the limit, repeats and all; one more is past counting.
        let names = |count: usize| (0..count).map(|i| format!("x{i}=1&x{i}=2&")).collect::<String>();
        let spec = Spec::from_url(&names(UNKNOWN_NAMED + UNKNOWN_COUNTED), "");
        assert_eq!((spec.unknown.more, spec.unknown.past_counting), (UNKNOWN_COUNTED, false));
        let spec = Spec::from_url(&names(UNKNOWN_NAMED + UNKNOWN_COUNTED + 1), "");
        assert_eq!((spec.unknown.more, spec.unknown.past_counting), (UNKNOWN_COUNTED, true));
    }

    #[test]
    fn locations_are_named_in_their_errors_merged_once_and_sized() {
        let warned = "account=366810793500&external_id=gc-7f3a9e2b41d84c6e&bucket=acme-logs&locations=doc-example-bucket/x";
        assert_eq!(check(warned), ["locations location-invalid"], "a warning about an entry stays a warning");
        let dotted = "vendor=Snowflake&principal=arn:aws:iam::210987654321:user/sf-integration&external_id=gc-7f3a9e2b41d84c6e&bucket=acme-logs&locations=my.data";
        let (_, findings) = Spec::from_url(dotted, "").validate();
        assert_eq!(findings.iter().map(ToString::to_string).collect::<Vec<_>>(), ["'my.data': Snowflake refuses bucket names with dots (Snowflake docs, external volumes for S3); use a bucket whose name has none."]);
        let wider = "account=366810793500&external_id=gc-7f3a9e2b41d84c6e&bucket=acme-logs&prefix=elb/&locations=acme-logs";
        assert_eq!(
            check(wider),
            ["locations location-duplicate"],
            "an entry granting the whole of the first place says so"
        );
        assert!(Spec::from_url(warned, "").validate().0.is_some());
        let base = "account=366810793500&external_id=gc-7f3a9e2b41d84c6e&bucket=acme-logs&prefix=elb/";
        assert_eq!(
            check(&format!(
                "{base}&locations=acme-archive/logs%0Aacme-archive/logs/2026,acme-logs/elb/old,acme-archive"
            )),
            ["locations location-duplicate", "locations location-duplicate", "locations location-duplicate"]
        );
        let (plan, findings) =
            Spec::from_url(&format!("{base}&locations=acme-archive/logs%0Aacme-archive"), "").validate();
        let plan = plan.expect("a plan");
        assert_eq!(plan.more_locations.iter().map(ToString::to_string).collect::<Vec<_>>(), ["acme-archive"]);
        assert_eq!(
            findings[0].to_string(),
            "'acme-archive/logs/' is already granted by 'acme-archive', so it is used once."
        );
        let (_, findings) = Spec::from_url(&format!("{base}&locations=good-one,Bad_One/x"), "").validate();
        assert_eq!(findings.len(), 1, "{findings:?}");
        assert_eq!(
            findings[0].to_string(),
            "'Bad_One/x': Bucket names can't contain 'B'; use lowercase letters, digits, '.' and '-'."
        );
        let many: Vec<String> = (0..120).map(|n| format!("acme-archive-{n:03}/logs/{n}")).collect();
        assert_eq!(
            check(&format!("{base}&locations={}", many.join(","))),
            ["locations policy-size-exceeds-identity-policy-quota"]
        );
    }

    #[test]
    fn locations_beside_a_locked_bucket_are_ignored_unless_locked_too() {
        let base = "account=366810793500&external_id=gc-7f3a9e2b41d84c6e&bucket=acme-logs";
        let (plan, findings) =
            Spec::from_url(&format!("{base}&locations=acme-payroll&lock=bucket"), "").validate();
        assert!(plan.expect("a plan").more_locations.is_empty());
        assert_eq!(findings.iter().map(Finding::code).collect::<Vec<_>>(), ["ignored-under-lock"]);
        let (plan, _) =
            Spec::from_url(&format!("{base}&locations=acme-eu&lock=bucket,locations"), "").validate();
        assert_eq!(plan.expect("a plan").more_locations.len(), 1);
    }

    #[test]
    fn a_two_step_role_waits_for_the_vendor_then_replaces_its_placeholder() {
        let base = "vendor=Snowflake&two_step=true&bucket=acme-stage&customer_account=210987654321&role_name=sf-stage";
        assert_eq!(check(base), Vec::<String>::new(), "no principal or external ID yet is no error");
        let (plan, _) = Spec::from_url(base, "").validate();
        let plan = plan.expect("a plan");
        let documents = plan.documents();
        assert!(documents.trust.is_none());
        let placeholder = documents.placeholder.as_ref().expect("a placeholder");
        assert!(placeholder
            .json
            .contains("\"aws:PrincipalArn\": \"arn:aws:iam::210987654321:role/sf-stage\""));
        assert!(!placeholder.json.contains("ExternalId"), "no dummy external ID");
        assert_eq!(output::text(&plan, output::OutputName::UpdateTrust, Lang::En), None);
        assert!(output::text(&plan, output::OutputName::CliBash, Lang::En)
            .unwrap()
            .contains(&placeholder.json));
        // Half of the vendor's values is the usual error; both give the final trust and step 2.
        assert_eq!(
            check(&format!("{base}&principal=arn:aws:iam::519876543210:user/k7m2")),
            ["external_id missing-value"]
        );
        let both = format!(
            "{base}&principal=arn:aws:iam::519876543210:user/k7m2&external_id=ACME_SFCRole%3D2_a7f3c9d2e1b84"
        );
        let (plan, _) = Spec::from_url(&both, "").validate();
        let plan = plan.expect("a plan");
        let trust = plan.documents().trust.as_ref().expect("the final trust");
        let step_2 = output::text(&plan, output::OutputName::UpdateTrust, Lang::En).expect("step 2");
        assert!(
            step_2.contains(&trust.json) && step_2.contains("update-assume-role-policy --role-name sf-stage"),
            "{step_2}"
        );
        // Still created with the placeholder: step 1 doesn't change once the vendor's values are in.
        assert!(!output::text(&plan, output::OutputName::CliBash, Lang::En).unwrap().contains(&trust.json));
        assert_eq!(
            check("vendor=Snowflake&two_step=true&bucket=acme-stage"),
            ["customer_account missing-value"]
        );
    }

    #[test]
    fn a_self_assuming_role_needs_the_customer_account_and_names_itself_everywhere() {
        let base = "vendor=Databricks&external_id=4a2f5d6e-8b1c-4c3d-9e0f-1a2b3c4d5e6f&bucket=acme-uc&self_assume=true&role_name=uc-access";
        assert_eq!(
            check(base),
            ["account principal-filled", "customer_account missing-value"],
            "the account is asked for calmly, like the bucket"
        );
        let (plan, _) = Spec::from_url(&format!("{base}&customer_account=210987654321"), "").validate();
        let plan = plan.expect("a plan");
        let own = "arn:aws:iam::210987654321:role/uc-access";
        assert_eq!(plan.self_assuming_arn().map(|arn| arn.to_string()).as_deref(), Some(own));
        let documents = plan.documents();
        let trust = documents.trust.as_ref().expect("a trust policy");
        assert!(trust.json.contains(&format!("\"aws:PrincipalArn\": \"{own}\"")), "{}", trust.json);
        assert!(trust.json.contains("\"AWS\": \"arn:aws:iam::210987654321:root\""), "{}", trust.json);
        assert!(documents.permissions.json.contains(own), "{}", documents.permissions.json);
        // User mode has no role to assume: the flag is not a field there, and asks for nothing.
        assert_eq!(check("mode=user&bucket=acme-uc&self_assume=true"), Vec::<String>::new());
    }

    #[test]
    fn a_vendor_that_refuses_dotted_buckets_says_so_by_name() {
        let dotted =
            "principal=arn:aws:iam::210987654321:user/sf-integration&external_id=gc-7f3a9e2b41d84c6e&bucket=my.data";
        assert_eq!(check(&format!("vendor=Snowflake&{dotted}")), ["bucket vendor-refuses-dotted-bucket"]);
        assert!(check(&format!("vendor=databricks&{dotted}"))
            .contains(&"bucket vendor-refuses-dotted-bucket".to_owned()));
        assert_eq!(check(&format!("vendor=Acme&{dotted}")), ["bucket bucket-name-dots"]);
        assert_eq!(check("vendor=Snowflake&principal=arn:aws:iam::210987654321:user/sf-integration&external_id=gc-7f3a9e2b41d84c6e&bucket=my-data"), Vec::<String>::new());
    }

    #[test]
    fn a_bucket_address_is_one_finding_that_offers_the_name() {
        for address in ["s3://acme-app-logs/", "https%3A%2F%2Facme-app-logs.s3.amazonaws.com%2F"] {
            let query = format!("account=366810793500&external_id=gc-7f3a9e2b41d84c6e&bucket={address}");
            assert_eq!(check(&query), ["bucket bucket-name-address"], "{address}");
            let (_, findings) = Spec::from_url(&query, "").validate();
            assert_eq!(findings[0].problem.replacement(), Some("acme-app-logs"));
        }
    }

    #[test]
    fn a_known_vendor_s_name_on_another_account_warns_and_never_blocks() {
        let logzio = "vendor=Logz.io&external_id=gc-7f3a9e2b41d84c6e&bucket=acme-logs";
        assert_eq!(check(&format!("{logzio}&account=999999999999")), ["account principal-not-published"]);
        assert!(Spec::from_url(&format!("{logzio}&account=999999999999"), "").validate().0.is_some());
        let (_, findings) = Spec::from_url(&format!("{logzio}&account=999999999999"), "").validate();
        assert_eq!(
            findings[0].to_string(),
            "Logz.io publishes its principal as arn:aws:iam::406095609952:root (Logz.io docs, \"Give AWS access with IAM roles\"), not arn:aws:iam::999999999999:root; check that this link came from Logz.io before you grant it access."
        );
        assert_eq!(check(&format!("{logzio}&account=406095609952")), Vec::<String>::new());
        let stranger = "vendor=logz%20io&principal=arn:aws:iam::999999999999:role/x&external_id=gc-7f3a9e2b41d84c6e&bucket=b1b";
        assert_eq!(check(stranger), ["principal principal-not-published"]);
        let whole_account =
            "vendor=XMode&account=366810793500&external_id=gc-7f3a9e2b41d84c6e&bucket=acme-logs";
        assert_eq!(check(whole_account), ["account principal-broader-than-published"]);
        assert_eq!(
            check("vendor=Fivetran&account=834469178297&external_id=gc-7f3a9e2b41d84c6e&bucket=acme-logs"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_known_vendor_s_name_alone_fills_its_published_principal() {
        let rest = "&external_id=gc-7f3a9e2b41d84c6e&bucket=acme-logs";
        let logzio = Spec::from_url(&format!("vendor=Logz.io{rest}"), "");
        assert_eq!(logzio.get(Param::Account), "406095609952");
        assert_eq!(check(&format!("vendor=Logz.io{rest}")), ["account principal-filled"]);
        let xmode = Spec::from_url(&format!("vendor=xmode{rest}"), "");
        assert_eq!(
            (xmode.get(Param::Account), xmode.get(Param::User)),
            ("366810793500", "xmode-data-transfer")
        );
        assert_eq!(check(&format!("vendor=Datadog{rest}")), ["site site-needed", "account missing-value"]);
        assert_eq!(
            Spec::from_url(&format!("vendor=Datadog&site=ap1{rest}"), "").get(Param::Account),
            "417141415827"
        );
        assert_eq!(
            check(&format!("vendor=Datadog&site=XX{rest}")),
            ["site unknown-site", "account missing-value"]
        );
        assert_eq!(Spec::from_url(&format!("vendor=Logz.io&mode=user{rest}"), "").get(Param::Account), "");
        // A new vendor or site refills what the page filled, never what the user typed.
        let mut spec = logzio.clone();
        spec.edit(Param::Vendor, "Datadog".to_owned());
        assert_eq!(spec.get(Param::Account), "");
        spec.edit(Param::Site, "US1".to_owned());
        assert_eq!(spec.get(Param::Account), "464622532012");
        spec.edit(Param::Account, "111122223333".to_owned());
        spec.edit(Param::Site, "AP1".to_owned());
        assert_eq!(spec.get(Param::Account), "111122223333");
        assert!(spec.offers(Param::Site) && !logzio.offers(Param::Site));
    }

    #[test]
    fn what_a_known_vendor_publishes_is_judged_for_the_partition_site_and_locks() {
        let rest = "&external_id=gc-7f3a9e2b41d84c6e&bucket=acme-logs";
        // No published principal in China: the card can't vouch for one.
        let china = Spec::from_url(
            &format!("vendor=Logz.io&partition=aws-cn&account=111122223333{rest}&lock=vendor,account"),
            "",
        );
        assert_eq!(china.published_note(&china.validate().1), None);
        // Another site's account is a stranger on the chosen site.
        assert_eq!(
            check(&format!("vendor=Datadog&site=US1&account=417141415827{rest}")),
            ["account principal-not-published"]
        );
        // A site where the vendor has none is ignored with a notice, never a stuck error.
        let (plan, findings) = Spec::from_url(&format!("vendor=Logz.io&site=US1{rest}"), "").validate();
        assert!(
            plan.is_some()
                && findings.iter().any(|f| f.at == Location::Url && f.code() == "page-option-ignored")
        );
        // A locked principal is never refilled by a change elsewhere.
        let mut spec = Spec::from_url(&format!("vendor=Datadog&site=US1{rest}&lock=vendor,account"), "");
        assert_eq!(spec.get(Param::Account), "464622532012");
        spec.edit(Param::Site, "AP1".to_owned());
        assert_eq!(spec.get(Param::Account), "464622532012");
    }

    #[test]
    fn a_lock_is_not_undone_sideways() {
        let locked_read = "account=366810793500&external_id=gc-7f3a9e2b41d84c6e&bucket=acme-logs&access=read&actions=s3:PutObject&lock=access";
        let spec = Spec::from_url(locked_read, "");
        assert!(!spec.offers(Param::Actions) && spec.offers(Param::Access));
        let (plan, findings) = spec.validate();
        assert!(findings.iter().any(|f| f.code() == "ignored-under-lock"));
        assert_eq!(plan.unwrap().actions, crate::model::Access::Read.actions());
        let locked_actions = Spec::from_url("actions=s3:GetObject&lock=actions", "");
        assert!(!locked_actions.offers(Param::Access));
    }

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
    fn the_link_says_it_left_out_exactly_the_values_that_hold_a_key() {
        let key_id = "AKIAIOSFODNN7EXAMPLE";
        let secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
        let too_long_with_key = format!("{}{key_id}", "x".repeat(5_000));
        let values = [
            ("vendor", key_id),
            ("followup", secret),
            ("bucket", &too_long_with_key),
            ("theme", key_id),
            ("prefix", "logs/"),
        ];
        for (name, value) in values {
            let param = Param::from_name(name).expect("a parameter");
            let spec = Spec::from_url(&format!("{BASE}&{name}={value}"), "");
            let (_, findings) = spec.validate();
            let said = findings.iter().any(|finding| finding.problem == Problem::KeyLeftOutOfLink { param });
            assert_eq!(said, hazard::contains_key(value), "{name}");
            assert_eq!(spec.share_link("").contains(value), !said && name == "prefix", "{name}");
        }
    }

    #[test]
    fn a_link_reads_as_the_page_opens_it_and_overrides_win() {
        let link = "https://rolesmith.example/?bucket=from-query&prefix=q#bucket=from-fragment&prefix=logs";
        let spec = Spec::from_link(link, &[]);
        assert_eq!((spec.get(Param::Bucket), spec.get(Param::Prefix)), ("from-fragment", "logs"));
        let overrides = [(Param::Bucket, "from-flag".to_owned()), (Param::Prefix, String::new())];
        let spec = Spec::from_link(link, &overrides);
        assert_eq!((spec.get(Param::Bucket), spec.get(Param::Prefix)), ("from-flag", ""));
        // The page fills a known vendor's principal after everything is read, overrides included.
        let spec = Spec::from_link("#bucket=b", &[(Param::Vendor, "Logz.io".to_owned())]);
        assert_eq!(spec.get(Param::Account), "406095609952");
        assert_eq!(Spec::from_link(&format!("?{BASE}"), &[]), Spec::from_url(BASE, ""));
        assert_eq!(spec.share_link(""), format!("#{}", spec.to_fragment()));
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

    #[test]
    fn an_acl_write_without_a_required_acl_warns_on_actions() {
        let query = format!("{BASE}&actions=s3:GetObject,s3:PutObjectAcl,s3:PutObjectVersionAcl");
        let (plan, findings) = Spec::from_url(&query, "").validate();
        assert!(plan.is_some(), "a warning never blocks");
        assert_eq!(check(&query), ["actions acl-write-without-acl", "actions acl-write-without-acl"]);
        assert_eq!(
            findings[0].to_string(),
            "'s3:PutObjectAcl' lets the vendor set any ACL on your objects, even make them public; choose bucket-owner-full-control under Required ACL on uploads to allow only that one, or remove the action."
        );
        assert_eq!(check(&format!("{query}&acl=bucket-owner-full-control")), Vec::<String>::new());
        assert_eq!(check(&format!("{BASE}&actions=s3:GetObject,s3:PutObject")), Vec::<String>::new());
    }

    #[test]
    fn the_heading_names_a_vendor_only_by_a_name_a_vendor_can_have() {
        let heading = |vendor: &str| Spec::from_url(&format!("vendor={vendor}"), "").heading().to_string();
        assert_eq!(heading("Logz.io"), "Give Logz.io access to your S3 bucket");
        assert_eq!(heading(""), "Give a data vendor access to your S3 bucket");
        assert_eq!(heading(&"x".repeat(1_000_000)), "Give a data vendor access to your S3 bucket");
        let whom = |vendor: &str| Spec::from_url(&format!("vendor={vendor}"), "").whom().to_string();
        assert!(whom("Logz.io").contains("Logz.io"), "{}", whom("Logz.io"));
        assert_eq!(whom(&"x".repeat(1_000_000)), whom(""));
    }

    #[test]
    fn a_parameter_has_a_default_value_exactly_when_it_says_so() {
        for spec in [Spec::default(), Spec::from_url("vendor=Logz.io&mode=user", "")] {
            for param in Param::ALL {
                assert_eq!(spec.default_value(param).is_some(), Spec::has_default(param), "{param}");
            }
        }
    }

    #[test]
    fn the_policy_is_named_after_the_role_once_its_name_is_one_iam_takes() {
        let policy = |role: &str| {
            Spec::from_url(&format!("vendor=Logz.io&role_name={role}"), "").default_value(Param::PolicyName)
        };
        assert_eq!(policy("acme-ingest").as_deref(), Some("acme-ingest-policy"));
        assert_eq!(policy("").as_deref(), Some("logz-io-s3-access-policy"));
        assert_eq!(policy(&"x".repeat(1_000_000)).as_deref(), Some("logz-io-s3-access-policy"));
    }

    #[test]
    fn a_value_longer_than_any_field_takes_gets_one_error_and_no_parse() {
        let at_most = "x".repeat(crate::hazard::LONGEST_VALUE);
        assert_eq!(check(&format!("{BASE}&followup={at_most}")), Vec::<String>::new());
        for param in ["followup", "bucket", "prefix", "external_id", "role_name"] {
            let longer = format!("{at_most}x");
            assert_eq!(check(&format!("{BASE}&{param}={longer}")), [format!("{param} field-too-long")]);
        }
        // Keys are still found, and kept out of the share link.
        let with_key = format!("{at_most}AKIAIOSFODNN7EXAMPLE");
        let found = check(&format!("{BASE}&bucket={with_key}"));
        assert!(found.contains(&"bucket field-too-long".to_owned()), "{found:?}");
        assert!(found.iter().any(|finding| finding.contains("access-key")), "{found:?}");
        // The link leaves the value out, and keeps every other.
        let link = Spec::from_url(&format!("{BASE}&followup={at_most}x"), "").share_link("");
        assert_eq!(link, Spec::from_url(BASE, "").share_link(""));
        // A list may be long; one entry that long is a paste gone wrong.
        let list = format!("{BASE}&actions={}", ["s3:GetObject"; 400].join(","));
        assert!(Spec::from_url(&list, "").share_link("").len() > at_most.len(), "a list keeps its entries");
        assert_eq!(check(&list), Vec::<String>::new());
        for param in ["actions", "locations"] {
            let entry = format!("{BASE}&{param}=s3:GetObject,{at_most}x");
            assert_eq!(check(&entry), [format!("{param} entry-too-long")]);
            assert!(!Spec::from_url(&entry, "").share_link("").contains(&at_most));
        }
        // Its error counts that entry, as the limit is on each entry, not the whole list.
        let list =
            format!("{BASE}&actions={},{}x,s3:PutObject", ["s3:GetObject"; 400].join(","), "é".repeat(5_000));
        let (_, findings) = Spec::from_url(&list, "").validate();
        let said: Vec<String> = findings.iter().map(|finding| finding.message().text(Lang::En)).collect();
        assert!(
            said.iter().any(|text| text.starts_with("One entry here is 5001 characters long")),
            "{said:?}"
        );
    }

    #[test]
    fn a_quote_filled_into_the_followup_warns_and_stays_literal() {
        let followup = "followup=COPY+INTO+t+FROM+%27s3://{bucket}/{prefix}%27";
        assert_eq!(check(&format!("{BASE}&prefix=it%27s/&{followup}")), ["followup followup-value-quoting"]);
        assert_eq!(check(&format!("{BASE}&prefix=a%5Cb/&{followup}")), ["followup followup-value-quoting"]);
        assert_eq!(check(&format!("{BASE}&prefix=its/&{followup}")), Vec::<String>::new());
        // Only a placeholder the text uses matters.
        assert_eq!(check(&format!("{BASE}&prefix=it%27s/&followup=see+{{bucket}}")), Vec::<String>::new());
        let (plan, findings) = Spec::from_url(&format!("{BASE}&prefix=it%27s/&{followup}"), "").validate();
        assert_eq!(
            findings[0].to_string(),
            "The value for {prefix} has a single quote in it, which can break the vendor's text around it (SQL or a command); check the follow-up before you run it."
        );
        let text = crate::render::handback::followup(&plan.expect("a warning never blocks"));
        assert_eq!(text.as_deref(), Some("COPY INTO t FROM 's3://acme-logs/it's/'\n"));
    }

    #[test]
    fn switching_how_the_principal_is_given_loses_nothing() {
        let mut spec = Spec::from_url("account=366810793500&user=xmode-data-transfer", "");
        assert_eq!(spec.principal_choice(), PrincipalChoice::User);
        spec.choose_principal(PrincipalChoice::Role);
        assert_eq!((spec.get(Param::Role), spec.get(Param::User)), ("xmode-data-transfer", ""));
        spec.choose_principal(PrincipalChoice::Arn);
        assert_eq!((spec.get(Param::Account), spec.get(Param::Role)), ("", ""));
        spec.set(Param::Principal, "arn:aws:iam::366810793500:root".into());
        spec.choose_principal(PrincipalChoice::User);
        assert_eq!(spec.get(Param::Account), "366810793500");
        assert_eq!(spec.get(Param::User), "xmode-data-transfer");
        assert_eq!(spec.get(Param::Principal), "");
        spec.choose_principal(PrincipalChoice::Arn);
        assert_eq!(spec.get(Param::Principal), "arn:aws:iam::366810793500:root");
        assert_eq!(Spec::from_url("", &spec.to_fragment()).principal_choice(), PrincipalChoice::Arn);
    }

    #[test]
    fn a_chosen_but_empty_name_never_trusts_the_whole_account() {
        let mut spec = Spec::from_url(BASE, "");
        spec.choose_principal(PrincipalChoice::Role);
        let (plan, findings) = spec.validate();
        assert!(plan.is_none());
        assert!(findings
            .contains(&Finding::field(Param::Role, crate::finding::Problem::Missing { param: Param::Role })));
    }
}
