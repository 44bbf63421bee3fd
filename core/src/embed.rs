//! The vendor kit (`view=vendor`): a vendor's constants in, everything it needs to embed the
//! builder in its docs out. [`Kit`] holds the typed inputs; `snippets.rs` writes each snippet,
//! escaped for its format, and `headers.rs` what the host of the page must send.
//!
//! Everything goes in the link's fragment, which browsers never send to a server: the vendor's
//! constants, `lock`, and `embed=1` for the frame.

mod headers;
mod snippets;

use serde::Serialize;

use crate::finding::{Finding, Location, Problem, Severity};
use crate::lang::{msg, Message};
use crate::param::Param;
use crate::query;
use crate::spec::Spec;

pub use headers::{cloudfront_policy, netlify_headers};
pub use snippets::{hugo, iframe, markdown, mdx, readme};

/// The kit's outputs, each a `data-output` of the public contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KitOutput {
    /// `embed-link`: the builder's address with the vendor's constants in its fragment.
    Link,
    /// `embed-iframe`: an HTML frame for any page that takes HTML.
    Iframe,
    /// `embed-markdown`: a Markdown button that opens the builder.
    Markdown,
    /// `embed-mdx`: the frame as MDX (Docusaurus, Mintlify).
    Mdx,
    /// `embed-readme`: the frame in ReadMe's HTMLBlock.
    Readme,
    /// `embed-hugo`: a Hugo shortcode.
    Hugo,
    /// `host-headers`: the headers the builder's host must send.
    HostHeaders,
}

impl KitOutput {
    /// Every kit output, in the kit's order.
    pub const ALL: [KitOutput; 7] = [
        KitOutput::Link,
        KitOutput::Iframe,
        KitOutput::Markdown,
        KitOutput::Mdx,
        KitOutput::Readme,
        KitOutput::Hugo,
        KitOutput::HostHeaders,
    ];

    /// The `data-output` name.
    pub fn as_str(self) -> &'static str {
        match self {
            KitOutput::Link => "embed-link",
            KitOutput::Iframe => "embed-iframe",
            KitOutput::Markdown => "embed-markdown",
            KitOutput::Mdx => "embed-mdx",
            KitOutput::Readme => "embed-readme",
            KitOutput::Hugo => "embed-hugo",
            KitOutput::HostHeaders => "host-headers",
        }
    }

    /// The panel's heading: where the snippet goes.
    pub fn title(self) -> Message {
        match self {
            KitOutput::Link => msg::kit_output_link(),
            KitOutput::Iframe => msg::kit_output_iframe(),
            KitOutput::Markdown => msg::kit_output_markdown(),
            KitOutput::Mdx => msg::kit_output_mdx(),
            KitOutput::Readme => msg::kit_output_readme(),
            KitOutput::Hugo => msg::kit_output_hugo(),
            KitOutput::HostHeaders => msg::kit_output_host_headers(),
        }
    }

    /// What its copy button copies, for the button's accessible name.
    pub fn what(self) -> Message {
        match self {
            KitOutput::Link => msg::kit_copies_link(),
            KitOutput::Iframe => msg::kit_copies_iframe(),
            KitOutput::Markdown => msg::kit_copies_markdown(),
            KitOutput::Mdx => msg::kit_copies_mdx(),
            KitOutput::Readme => msg::kit_copies_readme(),
            KitOutput::Hugo => msg::kit_copies_hugo(),
            KitOutput::HostHeaders => msg::kit_copies_host_headers(),
        }
    }

    /// The output's text for `kit`: what its copy button copies.
    pub fn text(self, kit: &Kit) -> String {
        match self {
            KitOutput::Link => format!("{}\n", kit.link()),
            KitOutput::Iframe => iframe(kit),
            KitOutput::Markdown => markdown(kit),
            KitOutput::Mdx => mdx(kit),
            KitOutput::Readme => readme(kit),
            KitOutput::Hugo => hugo(kit),
            KitOutput::HostHeaders => format!(
                "{}\n# CloudFront: a response headers policy (aws cloudfront create-response-headers-policy --response-headers-policy-config file://policy.json):\n{}",
                netlify_headers(kit),
                cloudfront_policy(kit)
            ),
        }
    }
}

/// The parameters a vendor fixes in the kit, in form order: who the vendor is, what the grant
/// may do, and how the page looks and speaks; never the customer's own bucket or names (more
/// `locations` only where the vendor's flow fixes them).
pub const KIT_PARAMS: [Param; 22] = [
    Param::Vendor,
    Param::Mode,
    Param::Partition,
    Param::Site,
    Param::Account,
    Param::User,
    Param::Role,
    Param::Principal,
    Param::ExternalId,
    Param::Locations,
    Param::Access,
    Param::Actions,
    Param::Acl,
    Param::DenyOutsideBucket,
    Param::SelfAssume,
    Param::TwoStep,
    Param::KmsKey,
    Param::Followup,
    Param::How,
    Param::Theme,
    Param::Accent,
    Param::Lang,
];

/// The message the embedded page posts to its parent whenever its height changes (design.md,
/// public contract), serialized as `{type: "rolesmith:height", height: N}`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct HeightMessage {
    /// Always [`HeightMessage::KIND`].
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// CSS pixels.
    pub height: f64,
}

impl HeightMessage {
    /// The message's `type`, which hosts check before trusting its height.
    pub const KIND: &'static str = "rolesmith:height";

    /// The message for a height in CSS pixels.
    pub fn new(height: f64) -> HeightMessage {
        HeightMessage { kind: HeightMessage::KIND, height }
    }
}

/// A web origin (`https://docs.example.com`): scheme, host and an optional port, nothing else.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin(String);

impl Origin {
    /// `https://` anything, or `http://` for a local host (a preview); no path, query or space.
    /// Kept as browsers write `event.origin`: lower case, without the scheme's default port.
    pub fn parse(raw: &str) -> Result<Origin, Vec<Problem>> {
        let lowered = raw.trim_end_matches('/').to_ascii_lowercase();
        let raw =
            lowered.strip_suffix(":443").filter(|_| lowered.starts_with("https://")).unwrap_or(&lowered);
        let raw = raw.strip_suffix(":80").filter(|_| raw.starts_with("http://")).unwrap_or(raw);
        let host = raw.strip_prefix("https://").or_else(|| {
            raw.strip_prefix("http://").filter(|host| {
                ["localhost", "127.0.0.1"].contains(&host.split(':').next().unwrap_or_default())
            })
        });
        let valid = host.is_some_and(|host| {
            !host.is_empty()
                && host.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
        });
        if valid {
            Ok(Origin(raw.to_owned()))
        } else {
            Err(vec![Problem::OriginShape { value: raw.to_owned() }])
        }
    }

    /// The origin as browsers write `event.origin`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What the vendor entered in the kit, checked: where the builder lives, who may frame it, and
/// the builder's parameters it fixes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kit {
    /// The builder's own address, as the vendor will link to it.
    pub page: String,
    /// The builder's origin, which the host page's listener checks messages against.
    pub page_origin: Origin,
    /// The vendor's docs sites, allowed to frame the builder.
    pub docs_origins: Vec<Origin>,
    /// The constants, in form order, with `lock` naming those the customer can't change.
    pub params: Vec<(Param, String)>,
    /// The frame's title and the link's text, in the builder's language (English when the
    /// reader's browser chooses it: the snippet is one text for every reader).
    pub title: String,
}

impl Kit {
    /// The kit for the vendor's `constants` (a spec of what it fixes, `lock` included), the
    /// builder at `page` and the docs at `docs_origins` (comma-separated). Findings are the
    /// constants' own (what the customer is still to fill is no problem here) and the kit's.
    pub fn build(constants: &Spec, page: &str, docs_origins: &str) -> (Option<Kit>, Vec<Finding>) {
        let (_, findings) = constants.validate();
        let locked = constants.locked();
        let required =
            |param: Param| findings.iter().any(|finding| finding.problem == Problem::Missing { param });
        // A locked field the vendor left empty: a required one would face every customer with an
        // error they can't fix; an optional one is one they can't set, which the kit says.
        let locked_empty: Vec<Finding> = locked
            .iter()
            .filter(|&&param| param.is_field() && constants.get(param).trim().is_empty())
            .map(|&param| {
                let problem = if required(param) {
                    Problem::LockedMissing { param }
                } else {
                    Problem::LockedEmpty { param }
                };
                Finding::field(param, problem)
            })
            .collect();
        let mut findings: Vec<Finding> = findings
            .into_iter()
            .filter(|finding| !matches!(finding.problem, Problem::Missing { .. }))
            .filter(|finding| finding.at != Location::Url)
            .collect();
        findings.extend(locked_empty);
        let page = page.trim();
        let page_origin = page_origin(page);
        if page_origin.is_none() {
            findings.push(Finding {
                at: Location::Url,
                problem: Problem::OriginShape { value: page.to_owned() },
            });
        }
        let mut origins = Vec::new();
        for raw in docs_origins.split(',').map(str::trim).filter(|raw| !raw.is_empty()) {
            match Origin::parse(raw) {
                Ok(origin) => origins.push(origin),
                Err(problems) => findings
                    .extend(problems.into_iter().map(|problem| Finding { at: Location::Url, problem })),
            }
        }
        if origins.is_empty() {
            findings.push(Finding { at: Location::Url, problem: Problem::NoDocsSites });
        }
        let blocked = findings.iter().any(|finding| finding.severity() == Severity::Error);
        let vendor = constants.get(Param::Vendor).trim();
        let title =
            if vendor.is_empty() { msg::kit_frame_title_any_vendor() } else { msg::kit_frame_title(vendor) };
        let title = title.text(constants.lang([]));
        // Snippets carry the kit's own fields and their locks, nothing it didn't show: a bucket or
        // a customer's account from the address would otherwise reach every customer, locked.
        let shown = |param: &Param| KIT_PARAMS.contains(param) && constants.offers(*param);
        let dropped: Vec<&str> = Param::ALL
            .into_iter()
            .filter(|param| !shown(param) && !matches!(param, Param::Lock | Param::Embed | Param::View))
            .filter(|&param| !constants.get(param).trim().is_empty())
            .map(Param::as_str)
            .collect();
        if !dropped.is_empty() {
            findings.push(Finding { at: Location::Url, problem: Problem::KitDropped { params: dropped } });
        }
        let locks: Vec<&str> = constants.locked().into_iter().filter(shown).map(Param::as_str).collect();
        let params = KIT_PARAMS
            .into_iter()
            .filter(shown)
            .filter_map(|param| {
                let value = constants.get(param).trim();
                (!value.is_empty()).then(|| (param, value.to_owned()))
            })
            .chain((!locks.is_empty()).then(|| (Param::Lock, locks.join(","))))
            .collect();
        let kit = page_origin.filter(|_| !blocked).map(|page_origin| Kit {
            page: page.to_owned(),
            page_origin,
            docs_origins: origins,
            params,
            title,
        });
        (kit, findings)
    }

    /// The plain link to the builder with the constants: what GitBook, Notion and Confluence take.
    pub fn link(&self) -> String {
        self.address(false)
    }

    /// The frame's address: the link, embedded.
    pub fn frame_src(&self) -> String {
        self.address(true)
    }

    fn address(&self, embedded: bool) -> String {
        let mut pairs: Vec<(&str, &str)> =
            self.params.iter().map(|(param, value)| (param.as_str(), value.as_str())).collect();
        if embedded {
            pairs.push((Param::Embed.as_str(), "1"));
        }
        format!("{}#{}", self.page, query::encode(pairs))
    }
}

/// The origin of an `http(s)://host[:port]/path` address whose path needs no escaping in any
/// snippet (no space, quote, parenthesis, angle bracket or `#`).
fn page_origin(page: &str) -> Option<Origin> {
    if page
        .contains(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '(' | ')' | '<' | '>' | '#' | '`'))
    {
        return None;
    }
    let (scheme, rest) = page.split_once("://")?;
    let host = rest.split(['/', '?', '#']).next()?;
    Origin::parse(&format!("{scheme}://{host}")).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn logzio() -> Kit {
        let constants =
            Spec::from_url("vendor=Logz.io&account=406095609952&access=read&lock=vendor,account,access", "");
        let (kit, findings) =
            Kit::build(&constants, "https://rolesmith.example/app/", "https://docs.logz.io");
        kit.unwrap_or_else(|| panic!("{findings:?}"))
    }

    #[test]
    fn the_link_carries_the_constants_in_the_fragment() {
        let kit = logzio();
        assert_eq!(kit.link(), "https://rolesmith.example/app/#vendor=Logz.io&account=406095609952&access=read&lock=vendor,account,access");
        assert!(kit.frame_src().ends_with("&embed=1"));
        assert_eq!(kit.page_origin.as_str(), "https://rolesmith.example");
        let round_trip = Spec::from_url("", kit.frame_src().split_once('#').unwrap().1);
        assert_eq!(round_trip.get(Param::Account), "406095609952");
        assert!(round_trip.embedded());
    }

    #[test]
    fn the_kit_carries_only_what_it_shows() {
        let opened = "vendor=Logz.io&account=406095609952&access=read&customer_account=210987654321&prefix=logs/&lock=vendor,account,prefix";
        let (kit, findings) =
            Kit::build(&Spec::from_url("", opened), "https://rolesmith.example/", "https://docs.logz.io");
        assert_eq!(
            kit.unwrap().link(),
            "https://rolesmith.example/#vendor=Logz.io&account=406095609952&access=read&lock=vendor,account"
        );
        assert_eq!(
            findings.iter().map(|f| f.to_string()).collect::<Vec<_>>(),
            ["The kit carries only the fields it shows, so prefix, customer_account from its address are left out of the snippets."]
        );
    }

    #[test]
    fn the_kit_drops_what_a_lock_or_the_vendor_makes_it_hide() {
        let opened = "vendor=Acme&account=111122223333&access=read&actions=s3:PutObject&site=US1&lock=access";
        let (kit, findings) = Kit::build(&Spec::from_url("", opened), "https://rolesmith.example/", "");
        assert_eq!(
            kit.unwrap().link(),
            "https://rolesmith.example/#vendor=Acme&account=111122223333&access=read&lock=access"
        );
        assert!(findings.iter().any(|f| f.to_string().contains("site, actions")), "{findings:?}");
    }

    #[test]
    fn origins_are_https_or_a_local_preview() {
        assert!(Origin::parse("https://docs.logz.io/").is_ok());
        assert!(Origin::parse("http://localhost:3000").is_ok());
        assert_eq!(
            Origin::parse("https://Docs.Logz.IO:443/").map(|origin| origin.0),
            Ok("https://docs.logz.io".to_owned())
        );
        assert!(page_origin("https://x.example/my docs/").is_none());
        assert!(page_origin("https://x.example/a#b").is_none());
        for bad in [
            "http://docs.logz.io",
            "docs.logz.io",
            "https://docs.logz.io/path",
            "https://a b",
            "javascript:alert(1)",
        ] {
            assert!(Origin::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_bad_constant_or_origin_blocks_the_kit() {
        let constants = Spec::from_url("account=12", "");
        let (kit, findings) = Kit::build(&constants, "https://rolesmith.example/", "");
        assert!(kit.is_none());
        assert!(findings.iter().any(|f| f.code() == "account-digits"));
        let (kit, findings) = Kit::build(&Spec::default(), "https://rolesmith.example/", "docs.example.com");
        assert!(kit.is_none() && findings.iter().any(|f| f.code() == "origin-shape"), "{findings:?}");
    }

    #[test]
    fn the_height_message_has_the_contract_shape() {
        let json = serde_json::to_string(&HeightMessage::new(812.5)).unwrap();
        assert_eq!(json, r#"{"type":"rolesmith:height","height":812.5}"#);
    }

    #[test]
    fn the_builder_s_language_is_a_constant_that_names_the_frame_too() {
        let constants = Spec::from_url("vendor=Logz.io&account=406095609952&lang=zh-CN", "");
        let (kit, findings) = Kit::build(&constants, "https://rolesmith.example/", "https://docs.logz.io");
        let kit = kit.unwrap_or_else(|| panic!("{findings:?}"));
        assert!(kit.link().ends_with("&lang=zh-CN"), "{}", kit.link());
        assert_eq!(kit.title, "授予 Logz.io 访问您的 S3 存储桶的权限");
        assert_eq!(logzio().title, "Grant Logz.io access to your S3 bucket");
    }

    #[test]
    fn a_locked_empty_field_says_so_and_no_docs_site_warns() {
        let opened = "vendor=Acme&kms_key=&lock=vendor,account,kms_key";
        let (kit, findings) = Kit::build(&Spec::from_url("", opened), "https://rolesmith.example/", "");
        assert!(kit.is_none());
        let codes: Vec<&str> = findings.iter().map(Finding::code).collect();
        assert_eq!(codes, ["locked-missing", "locked-empty", "no-docs-sites"], "{findings:?}");
        assert_eq!(findings[0].at, Location::Field(Param::Account));
        assert_eq!(findings[1].to_string(), "'kms_key' is locked empty: customers can't set it.");
    }
}
