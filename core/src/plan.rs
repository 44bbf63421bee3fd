//! A [`Plan`]: every input checked and typed, with the facts all outputs share computed once.

use std::sync::OnceLock;

use crate::lang::{msg, Message};
use crate::model::{
    AccountId, BucketName, CannedAcl, ExternalId, IamName, KeyPrefix, KmsKeyArn, NameKind, Partition,
    PathName, Place, Principal, PrincipalKind, S3Action, VendorName,
};
use crate::policy::written::Documents;

/// What the customer creates for the vendor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Grantee {
    /// An IAM role the vendor's principal may assume when it presents the external ID.
    Role {
        /// Whom the trust names, and the ID it requires; `None` only with `two_step` until the
        /// vendor has named them.
        vendor: Option<VendorTrust>,
        /// The role is created first with a placeholder trust, replaced once the vendor's values
        /// are in (`two_step`).
        two_step: bool,
        /// The role's name.
        role_name: IamName,
        /// The role may assume itself (`self_assume`): its own ARN is trusted and may be assumed.
        self_assume: bool,
    },
    /// An IAM user with an access key, for vendors that cannot assume a role.
    User {
        /// The user's name.
        user_name: IamName,
    },
}

/// The vendor's half of a role's trust: its principal and the external ID it must present.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VendorTrust {
    /// The vendor's principal the trust policy names.
    pub trusted: Principal,
    /// The external ID the trust policy requires.
    pub external_id: ExternalId,
}

/// Everything the generators need, already validated; renderers see only this.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    /// The partition of every ARN in every output.
    pub partition: Partition,
    /// The role or user the customer creates.
    pub grantee: Grantee,
    /// The bucket granted.
    pub bucket: BucketName,
    /// The key prefix the grant stops at, if any.
    pub prefix: Option<KeyPrefix>,
    /// More buckets or folders (`locations`), none covered by another or by the first.
    pub more_locations: Vec<Place>,
    /// Sorted and free of duplicates.
    pub actions: Vec<S3Action>,
    /// The canned ACL every write that sets one must set (`x-amz-acl`).
    pub required_acl: Option<CannedAcl>,
    /// Add a Deny for every resource outside the bucket.
    pub deny_outside_bucket: bool,
    /// The customer's own account, which makes the role ARN known.
    pub customer_account: Option<AccountId>,
    /// The name of the customer-managed permissions policy.
    pub policy_name: IamName,
    /// The vendor's display name, for headings, default names and descriptions.
    pub vendor: Option<VendorName>,
    /// The key of an SSE-KMS bucket, in the plan's partition.
    pub kms_key: Option<KmsKeyArn>,
    /// The vendor's follow-up text with its `{role_arn}`-style placeholders, as given; only ever
    /// substituted as plain text.
    pub followup: Option<String>,
    /// The documents, built on first use and kept: see [`Plan::documents`], which `policy` defines.
    pub documents: OnceLock<Documents>,
}

/// Where the customer sees a new secret access key: it decides how the access-key notice begins.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyShownIn {
    /// A script's or Terraform's output.
    Terminal,
    /// The console's "Retrieve access keys" page, with its .csv download.
    Console,
}

/// Said wherever an access key is created: where the secret shows (once), that Rolesmith never
/// sees it, how to hand it over, and that a role is safer. Scripts and templates say it in
/// English, as `#` comments; the console walk-through in the page's language.
pub fn access_key_notice(shown_in: KeyShownIn) -> [Message; 3] {
    let shown = match shown_in {
        KeyShownIn::Terminal => msg::access_key_shown_in_terminal(),
        KeyShownIn::Console => msg::access_key_shown_in_console(),
    };
    let [send, prefer] = access_key_advice();
    [shown, send, prefer]
}

/// How to hand an access key over, and why a role is better: said with every access key.
pub fn access_key_advice() -> [Message; 2] {
    [msg::access_key_send_securely(), msg::access_key_prefer_a_role()]
}

/// Said after every set-up: IAM is eventually consistent.
pub const PROPAGATION_NOTE: &str =
    "IAM changes take a few seconds to propagate; if a first check is denied, wait ten seconds and try again.";

impl Plan {
    /// Every place the grant covers: the bucket (and folder) first, then `locations`.
    pub fn locations(&self) -> Vec<Place> {
        let first = Place { bucket: self.bucket.clone(), prefix: self.prefix.clone() };
        std::iter::once(first).chain(self.more_locations.iter().cloned()).collect()
    }

    /// Each bucket the grant touches once, in the order they first appear.
    pub fn buckets(&self) -> Vec<BucketName> {
        let mut buckets: Vec<BucketName> = Vec::new();
        for location in self.locations() {
            if !buckets.contains(&location.bucket) {
                buckets.push(location.bucket);
            }
        }
        buckets
    }

    /// The ARN of the role to hand back, when the customer's account is known.
    pub fn role_arn(&self) -> Option<String> {
        match &self.grantee {
            Grantee::Role { .. } => self.grantee_arn(),
            Grantee::User { .. } => None,
        }
    }

    /// The role's own ARN when it may assume itself (`self_assume`): what its trust and
    /// permissions name, and the Deny guard spares. Validation guarantees the account is known.
    pub fn self_assuming_arn(&self) -> Option<Principal> {
        match &self.grantee {
            Grantee::Role { self_assume: true, .. } => self.grantee_principal(),
            _ => None,
        }
    }

    /// The customer's own account where a document names it (a self-assuming role, a two-step
    /// placeholder): a mistyped one would make the role trust another account's role of the same
    /// name, so every way of creating checks it is signed in to this account first.
    pub fn own_account_named(&self) -> Option<&AccountId> {
        self.customer_account.as_ref().filter(|_| self.self_assuming_arn().is_some() || self.two_step())
    }

    /// Whether the role is created first with a placeholder trust (`two_step`).
    pub fn two_step(&self) -> bool {
        matches!(self.grantee, Grantee::Role { two_step: true, .. })
    }

    /// The vendor's principal and external ID, once known (role mode).
    pub fn vendor_trust(&self) -> Option<&VendorTrust> {
        match &self.grantee {
            Grantee::Role { vendor, .. } => vendor.as_ref(),
            Grantee::User { .. } => None,
        }
    }

    /// The ARN of the role or user the customer creates, when the customer's account is known.
    pub fn grantee_arn(&self) -> Option<String> {
        self.grantee_principal().map(|principal| principal.to_string())
    }

    /// The role or user the customer creates, as a principal a key policy can name; needs the
    /// customer's account.
    pub fn grantee_principal(&self) -> Option<Principal> {
        let account = self.customer_account.clone()?;
        let name = PathName::parse(self.grantee_name().as_str(), NameKind::Role).ok()?;
        let kind = match &self.grantee {
            Grantee::Role { .. } => PrincipalKind::Role(name),
            Grantee::User { .. } => PrincipalKind::User(name),
        };
        Some(Principal::new(self.partition, account, kind))
    }

    /// The name of the role or user the customer creates.
    pub fn grantee_name(&self) -> &IamName {
        match &self.grantee {
            Grantee::Role { role_name, .. } => role_name,
            Grantee::User { user_name } => user_name,
        }
    }

    /// `role` or `user`, as IAM ARNs and commands spell it.
    pub fn grantee_kind(&self) -> &'static str {
        match &self.grantee {
            Grantee::Role { .. } => "role",
            Grantee::User { .. } => "user",
        }
    }

    /// The external ID the vendor must present, in role mode once it is known.
    pub fn external_id(&self) -> Option<&ExternalId> {
        match &self.grantee {
            Grantee::Role { vendor, .. } => vendor.as_ref().map(|vendor| &vendor.external_id),
            Grantee::User { .. } => None,
        }
    }

    /// The first comment line of every script and template: what it creates, for whom.
    pub fn purpose(&self) -> String {
        let then = match &self.grantee {
            Grantee::Role { .. } => "prints its ARN",
            Grantee::User { .. } => "creates its access key",
        };
        format!(
            "Creates the IAM {} {} for {} and {then}.",
            self.grantee_kind(),
            self.grantee_name(),
            self.vendor_label()
        )
    }

    /// A CloudFormation stack name (`[A-Za-z][A-Za-z0-9-]*`, at most 128) from the grantee's name.
    pub fn stack_name(&self) -> String {
        let name: String = self
            .grantee_name()
            .as_str()
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect();
        let name =
            if name.starts_with(|c: char| c.is_ascii_alphabetic()) { name } else { format!("iam-{name}") };
        name.chars().take(128).collect()
    }

    /// `Bucket: s3://bucket/prefix/`, or `Buckets:` and each place, as people write them.
    pub fn places_line(&self) -> Message {
        let places: Vec<String> = self.locations().iter().map(Place::s3_uri).collect();
        let line = if places.len() == 1 { msg::handback_bucket } else { msg::handback_buckets };
        // Joined the same in every language: the vendor pastes these into its own form.
        line(places.join(", "))
    }

    /// What each placeholder of the vendor's follow-up text stands for; `None` where the value is
    /// not known (the role ARN without the customer's account, the external ID in user mode).
    pub fn followup_values(&self) -> [(&'static str, Option<String>); 4] {
        [
            ("{role_arn}", self.role_arn()),
            ("{external_id}", self.external_id().map(ExternalId::to_string)),
            ("{bucket}", Some(self.bucket.to_string())),
            ("{prefix}", Some(self.prefix.as_ref().map(KeyPrefix::folder).unwrap_or_default())),
        ]
    }

    /// The vendor's name, or a neutral word when none was given: the English of scripts and
    /// templates. Prose for a person uses [`Plan::naming_vendor`].
    pub fn vendor_label(&self) -> &str {
        self.vendor.as_ref().map_or("the vendor", VendorName::as_str)
    }

    /// A sentence about the vendor: `named` with its name, or `unnamed` when none was given. Two
    /// sentences, not a name or a word in one: languages word them differently (Chinese sets a
    /// Latin name apart with spaces, and "the vendor" not).
    pub fn naming_vendor(&self, named: impl FnOnce(&str) -> Message, unnamed: Message) -> Message {
        self.vendor.as_ref().map_or(unnamed, |vendor| named(vendor.as_str()))
    }

    /// One line for IAM descriptions: who may do what, on which bucket. The prefix is left out
    /// because role descriptions only hold Latin-1 (aws-rules §3) and a prefix may hold anything.
    pub fn description(&self) -> String {
        let verbs: Vec<&str> = [
            (
                "read",
                self.actions.iter().any(|a| a.name().starts_with("Get") || a.name().starts_with("List")),
            ),
            ("write", self.actions.iter().any(|a| a.name().starts_with("Put"))),
            ("delete", self.actions.iter().any(|a| a.name().starts_with("Delete"))),
        ]
        .into_iter()
        .filter_map(|(verb, granted)| granted.then_some(verb))
        .collect();
        let more = match self.buckets().len() {
            1 => String::new(),
            n => format!(" and {} more bucket{}", n - 1, if n == 2 { "" } else { "s" }),
        };
        format!("Lets {} {} s3://{}{more}", self.vendor_label(), verbs.join("/"), self.bucket)
    }
}
