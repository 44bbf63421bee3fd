//! The README stays true: every vendor link it prints prefills and locks a flow with no error of
//! its own (what the customer is still to fill is no error), and the kit builds from it; the
//! known vendors it lists are the core's table (those that publish a principal); its parameter
//! table has a row for every parameter.

use rolesmith_core::embed::Kit;
use rolesmith_core::finding::{Problem, Severity};
use rolesmith_core::model::KNOWN_VENDORS;
use rolesmith_core::spec::Spec;

#[test]
fn every_vendor_link_in_the_readme_is_valid_and_locked() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md")).unwrap();
    let links: Vec<&str> = readme
        .lines()
        .filter_map(|line| line.split("| `#").nth(1))
        .filter_map(|rest| rest.split_once("` |").map(|(link, _)| link))
        .filter(|link| link.contains("lock="))
        .collect();
    assert_eq!(links.len(), 8, "the five seed vendors, Datadog, Snowflake and Databricks: {links:?}");
    for link in links {
        let spec = Spec::from_url("", link);
        let (_, findings) = spec.validate();
        let errors: Vec<_> = findings
            .iter()
            .filter(|f| f.severity() == Severity::Error && !matches!(f.problem, Problem::Missing { .. }))
            .collect();
        assert!(errors.is_empty(), "{link}: {errors:?}");
        assert!(spec.locked().len() >= 3, "{link} locks the vendor's constants");
        let (kit, findings) = Kit::build(&spec, "https://rolesmith.example/", "https://docs.example.com");
        assert!(kit.is_some(), "{link}: {findings:?}");
    }
}

#[test]
fn the_known_vendors_listed_are_the_table() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md")).unwrap();
    let listed = readme.split("Known vendors: ").nth(1).and_then(|rest| rest.split_once(". ")).unwrap().0;
    let listed: Vec<&str> = listed.split(", ").collect();
    let table: Vec<&str> = KNOWN_VENDORS
        .iter()
        .filter(|vendor| !vendor.principals.is_empty())
        .map(|vendor| vendor.name)
        .collect();
    assert_eq!(listed, table);
}

#[test]
fn the_parameter_table_names_every_parameter() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md")).unwrap();
    let rows: Vec<&str> = readme.lines().filter(|line| line.starts_with("| `")).collect();
    for param in rolesmith_core::param::Param::ALL {
        let named = format!("`{param}`");
        assert!(
            rows.iter().any(|row| row.split(" | ").next().unwrap_or("").contains(&named)),
            "{param} has no row"
        );
    }
}
