//! `check --format sarif`: the findings as a SARIF 2.1.0 log (the OASIS standard code-scanning
//! services read), typed as serde structs like every document Rolesmith writes. One rule per
//! finding code, described by the problem's own documentation with its AWS page as `helpUri`;
//! each result points at its file, line and column.

use std::collections::BTreeMap;

use rolesmith_core::check::Located;
use rolesmith_core::finding::{Location, Severity};
use rolesmith_core::lang::Lang;
use serde::Serialize;

/// The schema the log declares: SARIF 2.1.0 as OASIS publishes it (errata 01).
pub const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// A SARIF log with one run of `rolesmith check`.
#[derive(Serialize)]
pub struct Log {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run {
    tool: Tool,
    /// Columns count characters (Unicode code points), as the checker counts them.
    column_kind: &'static str,
    results: Vec<SarifResult>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    rules: Vec<Rule>,
}

/// A `reportingDescriptor`: one finding code.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: &'static str,
    full_description: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    help_uri: Option<String>,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: [SarifLocation; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifLocation {
    physical_location: PhysicalLocation,
    /// The JSON path in the policy (`Statement[0].Principal`), where the finding has one.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    logical_locations: Vec<LogicalLocation>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: Region,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct LogicalLocation {
    fully_qualified_name: String,
}

/// The log for every finding, each with its file's name, rules sorted by code, results'
/// messages in `lang`.
pub fn log(findings: &[(&str, &Located)], lang: Lang) -> Log {
    // Each code's rule: described by its first finding's problem, at the gravest level it has here
    // (a few problems are graver in some cases, such as a Deny that blocks a granted KMS key).
    let mut by_code: BTreeMap<&'static str, (&Located, Severity)> = BTreeMap::new();
    for (_, located) in findings {
        let severity = located.finding.severity();
        by_code
            .entry(located.finding.code())
            .and_modify(|(_, gravest)| *gravest = (*gravest).min(severity))
            .or_insert((located, severity));
    }
    let rules: Vec<Rule> = by_code
        .iter()
        .map(|(code, (located, gravest))| Rule {
            id: code,
            full_description: Text { text: located.finding.problem.explanation() },
            help_uri: located.finding.problem.source(),
            default_configuration: Configuration { level: level(*gravest) },
        })
        .collect();
    let index: BTreeMap<&str, usize> =
        by_code.keys().enumerate().map(|(index, code)| (*code, index)).collect();
    let results = findings
        .iter()
        .map(|(file, located)| {
            let finding = &located.finding;
            SarifResult {
                rule_id: finding.code(),
                rule_index: index.get(finding.code()).copied().unwrap_or_default(),
                level: level(finding.severity()),
                message: Text { text: finding.message().text(lang) },
                locations: [SarifLocation {
                    physical_location: PhysicalLocation {
                        artifact_location: ArtifactLocation { uri: uri_reference(file) },
                        region: Region { start_line: located.line, start_column: located.column },
                    },
                    logical_locations: match &finding.at {
                        Location::Document { path, .. } if !path.is_empty() => {
                            vec![LogicalLocation { fully_qualified_name: path.clone() }]
                        }
                        _ => vec![],
                    },
                }],
            }
        })
        .collect();
    let driver = Driver { name: "rolesmith", version: env!("CARGO_PKG_VERSION"), rules };
    Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: [Run { tool: Tool { driver }, column_kind: "unicodeCodePoints", results }],
    }
}

/// SARIF's levels: a suggestion is a `note`.
fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Suggestion => "note",
    }
}

/// A file name as a URI reference: relative as given (code scanning resolves it against the
/// checkout), absolute as a `file://` URI; every byte but unreserved characters and `/` escaped.
fn uri_reference(name: &str) -> String {
    let mut uri = String::from(if name.starts_with('/') { "file://" } else { "" });
    for byte in name.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~' | b'/') {
            uri.push(char::from(byte));
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    uri
}

#[cfg(test)]
mod tests {
    use super::*;
    use rolesmith_core::check::check;
    use rolesmith_core::policy::to_pretty_json;

    #[test]
    fn file_names_become_uri_references() {
        assert_eq!(uri_reference("policies/trust policy.json"), "policies/trust%20policy.json");
        assert_eq!(uri_reference("/srv/a#b.json"), "file:///srv/a%23b.json");
        assert_eq!(uri_reference("stra\u{df}e.tf"), "stra%C3%9Fe.tf");
    }

    #[test]
    fn one_rule_per_code_and_each_result_points_at_its_rule_and_place() {
        let policy = "{\"Version\": \"2012-10-17\", \"Statement\": [\n  {\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::b\"},\n  {\"Effect\": \"Allow\", \"Action\": \"s3:PutObject\", \"Resource\": \"arn:aws:s3:::b\"}]}";
        let report = check(policy, None);
        let findings: Vec<(&str, &Located)> =
            report.findings.iter().map(|located| ("p.json", located)).collect();
        let log: serde_json::Value =
            serde_json::from_str(&to_pretty_json(&log(&findings, Lang::En))).unwrap();
        let run = &log["runs"][0];
        let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
        let ids: Vec<&str> = rules.iter().map(|rule| rule["id"].as_str().unwrap()).collect();
        let mut unique = ids.clone();
        unique.dedup();
        assert_eq!(ids, unique, "rules are sorted and unique");
        let results = run["results"].as_array().unwrap();
        assert!(results.len() > ids.len(), "two findings share a code: {results:?}");
        for result in results {
            let rule = &rules[result["ruleIndex"].as_u64().unwrap() as usize];
            assert_eq!(rule["id"], result["ruleId"]);
            let location = &result["locations"][0]["physicalLocation"];
            assert_eq!(location["artifactLocation"]["uri"], "p.json");
            assert!(location["region"]["startLine"].as_u64().unwrap() >= 2, "{result}");
        }
        assert_eq!(log["$schema"], SCHEMA);
    }
}
