//! The principals vendors publish (`reference/vendors.md`), one table with the source beside each
//! row, so the page can tell a vendor's own account from a stranger's under the vendor's name.
//! Add a vendor with a row per partition and site, and where it was published.

use super::{Partition, Principal, PrincipalKind};

/// A vendor that publishes the principal its customers trust.
pub struct KnownVendor {
    /// The vendor's name as the page writes it.
    pub name: &'static str,
    /// Other names it goes by, matched like the name.
    pub aliases: &'static [&'static str],
    /// What it publishes, per partition and site.
    pub principals: &'static [Published],
    /// Where the vendor says it refuses bucket names with dots, if it does.
    pub refuses_dotted_buckets: Option<&'static str>,
}

/// One principal a vendor publishes, for a partition and (where it has several) a site.
#[derive(Debug, PartialEq, Eq)]
pub struct Published {
    /// `None` for the vendor's default in the partition.
    pub site: Option<&'static str>,
    /// The partition the principal is in.
    pub partition: Partition,
    /// The principal's ARN.
    pub principal: &'static str,
    /// Where the vendor published it.
    pub source: &'static str,
}

const fn row(
    site: Option<&'static str>,
    partition: Partition,
    principal: &'static str,
    source: &'static str,
) -> Published {
    Published { site, partition, principal, source }
}

const DATADOG_SITES: &str = "Datadog docs, AWS integration, per-site account table";

/// Every known vendor (`reference/vendors.md`, checked 2026-12).
pub const KNOWN_VENDORS: &[KnownVendor] = &[
    KnownVendor {
        name: "Logz.io",
        aliases: &[],
        principals: &[row(
            None,
            Partition::Aws,
            "arn:aws:iam::406095609952:root",
            "Logz.io docs, \"Give AWS access with IAM roles\"",
        )],
        refuses_dotted_buckets: None,
    },
    KnownVendor {
        name: "XMode",
        aliases: &[],
        principals: &[row(
            None,
            Partition::Aws,
            "arn:aws:iam::366810793500:user/xmode-data-transfer",
            "XMode's console and CLI instructions",
        )],
        refuses_dotted_buckets: None,
    },
    KnownVendor {
        name: "Guance",
        aliases: &["观测云"],
        principals: &[row(
            None,
            Partition::AwsCn,
            "arn:aws-cn:iam::588271335135:user/guance-s3-bakcuplog",
            "Guance's role set-up guide (\"a fixed configuration\")",
        )],
        refuses_dotted_buckets: None,
    },
    KnownVendor {
        name: "Datadog",
        aliases: &[],
        principals: &[
            row(
                Some("US1"),
                Partition::Aws,
                "arn:aws:iam::464622532012:root",
                "DataDog/cloudformation-template, DdAWSAccountId",
            ),
            row(
                Some("US3"),
                Partition::Aws,
                "arn:aws:iam::464622532012:root",
                "DataDog/cloudformation-template, DdAWSAccountId",
            ),
            row(
                Some("US5"),
                Partition::Aws,
                "arn:aws:iam::464622532012:root",
                "DataDog/cloudformation-template, DdAWSAccountId",
            ),
            row(
                Some("EU1"),
                Partition::Aws,
                "arn:aws:iam::464622532012:root",
                "DataDog/cloudformation-template, DdAWSAccountId",
            ),
            row(Some("AP1"), Partition::Aws, "arn:aws:iam::417141415827:root", DATADOG_SITES),
            row(Some("AP2"), Partition::Aws, "arn:aws:iam::412381753143:root", DATADOG_SITES),
            row(Some("US1-FED"), Partition::AwsUsGov, "arn:aws-us-gov:iam::065115117704:root", DATADOG_SITES),
            row(Some("US1-FED"), Partition::Aws, "arn:aws:iam::392588925713:root", DATADOG_SITES),
        ],
        refuses_dotted_buckets: None,
    },
    KnownVendor {
        name: "Databricks",
        aliases: &["Databricks Unity Catalog"],
        principals: &[
            row(
                None,
                Partition::Aws,
                "arn:aws:iam::414351767826:role/unity-catalog-prod-UCMasterRole-14S5ZJVKOTYTL",
                "databricks/terraform-provider-databricks, aws/constants.go",
            ),
            row(
                None,
                Partition::AwsUsGov,
                "arn:aws-us-gov:iam::044793339203:role/unity-catalog-prod-UCMasterRole-1QRFA8SGY15OJ",
                "databricks/terraform-provider-databricks, aws/constants.go",
            ),
            row(
                Some("DoD"),
                Partition::AwsUsGov,
                "arn:aws-us-gov:iam::170661010020:role/unity-catalog-prod-UCMasterRole-1DI6DL6ZP26AS",
                "databricks/terraform-provider-databricks, aws/constants.go",
            ),
        ],
        refuses_dotted_buckets: Some("Databricks docs, storage credentials"),
    },
    KnownVendor {
        name: "Fivetran",
        aliases: &[],
        principals: &[row(
            None,
            Partition::Aws,
            "arn:aws:iam::834469178297:root",
            "Fivetran, AWS S3 Setup Guide",
        )],
        refuses_dotted_buckets: None,
    },
    KnownVendor {
        name: "Sumo Logic",
        // "SumoLogic" matches the name already: spaces and punctuation are ignored.
        aliases: &[],
        principals: &[row(
            None,
            Partition::Aws,
            "arn:aws:iam::926226587429:root",
            "Sumo Logic docs, \"Configuring Your AWS Source with CloudFormation\"",
        )],
        refuses_dotted_buckets: None,
    },
    KnownVendor {
        name: "Airbyte",
        aliases: &[],
        principals: &[row(
            None,
            Partition::Aws,
            "arn:aws:iam::094410056844:user/delegated_access_user",
            "airbytehq/airbyte, S3 Data Lake destination docs",
        )],
        refuses_dotted_buckets: None,
    },
    KnownVendor {
        name: "Snowflake",
        aliases: &[],
        // Its principal is an IAM user per storage integration (`DESC INTEGRATION`): none to vouch for.
        principals: &[],
        refuses_dotted_buckets: Some("Snowflake docs, external volumes for S3"),
    },
];

/// A name as names are compared: lowercase letters and digits only (`Logz.io` = `LOGZ IO`).
/// Compared as it is read, so looking a name up allocates nothing: the page does it on every
/// keystroke.
fn key(name: &str) -> impl Iterator<Item = char> + '_ {
    name.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase)
}

/// Whether two names are the same by their [`key`]s. Two ASCII names, as nearly all are, compare
/// byte by byte, the same without Unicode's tables: the page compares a name with every known
/// one several times a keystroke.
fn same_name(a: &str, b: &str) -> bool {
    fn ascii_key(name: &str) -> impl Iterator<Item = u8> + '_ {
        name.bytes().filter(u8::is_ascii_alphanumeric).map(|byte| byte.to_ascii_lowercase())
    }
    if a.is_ascii() && b.is_ascii() {
        ascii_key(a).eq(ascii_key(b))
    } else {
        key(a).eq(key(b))
    }
}

/// The known vendor a name means, if any.
pub fn known_vendor(name: &str) -> Option<&'static KnownVendor> {
    // Every name and alias is a few words: a long paste is no vendor, and is not normalised.
    if name.len() > 256 {
        return None;
    }
    key(name).next()?;
    KNOWN_VENDORS.iter().find(|vendor| {
        std::iter::once(vendor.name).chain(vendor.aliases.iter().copied()).any(|known| same_name(known, name))
    })
}

/// How a principal stands against what the vendor publishes in its partition.
#[derive(Debug, PartialEq, Eq)]
pub enum Standing {
    /// A published principal, or a user or role inside a published account.
    Published,
    /// The account root where the vendor publishes a user or role in it: broader than needed.
    Broader(&'static Published),
    /// Outside every account the vendor publishes for the partition.
    Stranger(&'static Published),
}

impl KnownVendor {
    /// What the vendor publishes for the partition.
    pub fn published(&self, partition: Partition) -> impl Iterator<Item = &'static Published> + '_ {
        let principals: &'static [Published] = self.principals;
        principals.iter().filter(move |row| row.partition == partition)
    }

    /// The sites it publishes separate principals for in the partition (Datadog's US1, AP1, …).
    pub fn sites(&self, partition: Partition) -> Vec<&'static str> {
        self.published(partition).filter_map(|row| row.site).collect()
    }

    /// The principal it publishes for the partition and site: the default one when no site is
    /// given, `None` when it has no default there or no such site.
    /// A site given for a vendor without sites there is ignored.
    pub fn principal_for(&self, partition: Partition, site: &str) -> Option<&'static Published> {
        let mut published = self.published(partition);
        match site.trim() {
            site if site.is_empty() || self.sites(partition).is_empty() => {
                published.find(|row| row.site.is_none())
            }
            site => published.find(|row| row.site.is_some_and(|known| known.eq_ignore_ascii_case(site))),
        }
    }

    /// Whether `principal` is one the vendor publishes (for `site`, when one is given); `None`
    /// when it publishes none there.
    pub fn standing(&self, principal: &Principal, partition: Partition, site: &str) -> Option<Standing> {
        let site = if self.sites(partition).is_empty() { "" } else { site.trim() };
        let published: Vec<&'static Published> = self
            .published(partition)
            .filter(|row| site.is_empty() || row.site.is_some_and(|known| known.eq_ignore_ascii_case(site)))
            .collect();
        let first = *published.first()?;
        let in_account = |row: &&&'static Published| {
            Principal::parse(row.principal, partition)
                .is_ok_and(|theirs| theirs.account() == principal.account())
        };
        Some(match published.iter().find(in_account).copied() {
            None => Standing::Stranger(first),
            Some(row) if *principal.kind() == PrincipalKind::Root && !row.principal.ends_with(":root") => {
                Standing::Broader(row)
            }
            Some(_) => Standing::Published,
        })
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #[test]
        fn ascii_names_compare_as_their_keys_do(
            flips in prop::collection::vec(any::<bool>(), 24),
            noise in "[ .-]{0,2}",
            at in 0usize..24,
            other in "[A-Za-z0-9 .-]{0,10}",
        ) {
            for known in KNOWN_VENDORS.iter().flat_map(|v| std::iter::once(v.name).chain(v.aliases.iter().copied())) {
                // The name as someone might type it: its letters' case changed, a space or dot
                // put in; and a name of nothing like it.
                let mut typed: String = known
                    .chars()
                    .zip(flips.iter().chain(std::iter::repeat(&false)))
                    .map(|(c, &flip)| if flip { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() })
                    .collect();
                let at = typed.char_indices().map(|(i, _)| i).nth(at).unwrap_or(typed.len());
                typed.insert_str(at, &noise);
                for name in [&typed, &other] {
                    prop_assert_eq!(same_name(known, name), key(known).eq(key(name)));
                }
            }
        }
    }

    #[test]
    fn every_published_principal_parses_in_its_partition() {
        for vendor in KNOWN_VENDORS {
            for row in vendor.principals {
                assert!(
                    Principal::parse(row.principal, row.partition).is_ok(),
                    "{}: {}",
                    vendor.name,
                    row.principal
                );
                assert!(!row.source.is_empty());
            }
        }
    }

    #[test]
    fn names_are_unique_and_match_loosely() {
        let mut keys: Vec<String> = KNOWN_VENDORS
            .iter()
            .flat_map(|v| std::iter::once(v.name).chain(v.aliases.iter().copied()))
            .map(|name| key(name).collect())
            .collect();
        let count = keys.len();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), count, "two vendors share a name");
        assert_eq!(known_vendor("LOGZ IO").map(|v| v.name), Some("Logz.io"));
        assert_eq!(known_vendor("sumologic").map(|v| v.name), Some("Sumo Logic"));
        assert!(known_vendor("Acme").is_none() && known_vendor("...").is_none());
    }

    #[test]
    fn a_principal_stands_as_published_broader_or_a_stranger() {
        let logzio = known_vendor("Logz.io").unwrap();
        let principal = |arn: &str| Principal::parse(arn, Partition::Aws).unwrap();
        assert_eq!(
            logzio.standing(&principal("arn:aws:iam::406095609952:root"), Partition::Aws, ""),
            Some(Standing::Published)
        );
        assert!(matches!(
            logzio.standing(&principal("arn:aws:iam::999999999999:root"), Partition::Aws, ""),
            Some(Standing::Stranger(row)) if row.principal == "arn:aws:iam::406095609952:root"
        ));
        let xmode = known_vendor("xmode").unwrap();
        assert!(matches!(
            xmode.standing(&principal("arn:aws:iam::366810793500:root"), Partition::Aws, ""),
            Some(Standing::Broader(_))
        ));
        assert_eq!(logzio.standing(&principal("arn:aws:iam::406095609952:root"), Partition::AwsCn, ""), None);
        // Against the chosen site's account only: AP1's account is a stranger on US1.
        let datadog = known_vendor("Datadog").unwrap();
        assert!(matches!(
            datadog.standing(&principal("arn:aws:iam::417141415827:root"), Partition::Aws, "US1"),
            Some(Standing::Stranger(_))
        ));
    }
}
