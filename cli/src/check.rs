//! `rolesmith check`: the page's policy checker on files, for CI. Each file is checked as the
//! page checks a paste ([`check::check`]); findings print like a compiler's diagnostics, as JSON
//! data or as SARIF, and the exit status says whether any is an error.

use std::io::Read;

use clap::{Args, ValueEnum};
use rolesmith_core::check::{self, Located, Report};
use rolesmith_core::finding::{Location, Severity};
use rolesmith_core::lang::Lang;
use rolesmith_core::policy::to_pretty_json;
use serde::Serialize;

use crate::{complain, print, sarif, Exit};

/// The name standard input goes by in what `check` prints.
pub const STDIN: &str = "<stdin>";

/// `rolesmith check [FILE|-]... [--format text|json|sarif] [--lang en|zh-CN]`.
#[derive(Args, Debug)]
pub struct CheckArgs {
    /// Policy files: JSON, YAML, CloudFormation or Terraform. `-`, or none, reads standard input.
    #[arg(value_name = "FILE")]
    files: Vec<String>,
    /// `text`: `file:line:column: severity code: message` lines; `json`: the findings as data;
    /// `sarif`: a SARIF 2.1.0 log for code scanning.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// The language of the messages, as the page's `lang`: `en` or `zh-CN`. SARIF rules keep
    /// their English descriptions.
    #[arg(long, value_name = "LANG", default_value = "en")]
    lang: Lang,
}

/// How `check` prints its findings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
    Sarif,
}

/// One file's name, as given (or [`STDIN`]), and what the checker found in it.
pub struct Checked {
    pub name: String,
    pub report: Report,
}

/// Every finding of every file, with the file's name.
fn located(checked: &[Checked]) -> Vec<(&str, &Located)> {
    checked
        .iter()
        .flat_map(|file| file.report.findings.iter().map(move |located| (file.name.as_str(), located)))
        .collect()
}

/// Checks every file and prints the findings: exit 1 when any is an error, else 0. A file that
/// can't be read stops the run before anything is printed (exit 2).
pub fn run(args: &CheckArgs) -> Exit {
    let names: Vec<&str> =
        if args.files.is_empty() { vec!["-"] } else { args.files.iter().map(String::as_str).collect() };
    let mut checked = Vec::with_capacity(names.len());
    for name in names {
        match read(name) {
            Ok(text) => checked.push(Checked {
                name: if name == "-" { STDIN.to_owned() } else { name.to_owned() },
                report: check::check(&text, None),
            }),
            Err(error) => {
                complain(format_args!("can't read {name}: {error}"));
                return Exit::Refused;
            }
        }
    }
    let printed = print(&match args.format {
        Format::Text => text(&checked, args.lang),
        Format::Json => to_pretty_json(&Files::of(&checked, args.lang)),
        Format::Sarif => to_pretty_json(&sarif::log(&located(&checked), args.lang)),
    });
    let any_error = checked
        .iter()
        .flat_map(|file| &file.report.findings)
        .any(|located| located.finding.severity() == Severity::Error);
    match printed {
        Exit::Success if any_error => Exit::ErrorFound,
        exit => exit,
    }
}

/// The text of a file, or of standard input for `-`. Bytes that aren't UTF-8 are read as U+FFFD
/// (the checker then says where), and a leading byte-order mark is dropped, as editors hide it.
fn read(name: &str) -> std::io::Result<String> {
    let mut bytes = Vec::new();
    if name == "-" {
        std::io::stdin().lock().read_to_end(&mut bytes)?;
    } else {
        bytes = std::fs::read(name)?;
    }
    let text = String::from_utf8(bytes)
        .unwrap_or_else(|error| String::from_utf8_lossy(error.as_bytes()).into_owned());
    Ok(text.strip_prefix('\u{feff}').map(str::to_owned).unwrap_or(text))
}

/// `file:line:column: severity code: message`, one finding a line, as compilers print them.
fn text(checked: &[Checked], lang: Lang) -> String {
    checked
        .iter()
        .flat_map(|file| {
            file.report.findings.iter().map(|located| {
                let finding = &located.finding;
                format!(
                    "{}:{}:{}: {} {}: {}\n",
                    file.name,
                    located.line,
                    located.column,
                    finding.severity().as_str(),
                    finding.code(),
                    finding.message().text(lang)
                )
            })
        })
        .collect()
}

/// `check --format json`: `{"files": [...]}`, one entry per file in the order given.
#[derive(Serialize)]
struct Files<'a> {
    files: Vec<File<'a>>,
}

#[derive(Serialize)]
struct File<'a> {
    file: &'a str,
    /// `trust`, `permissions` or `bucket`, when the text is JSON enough to tell.
    kind: Option<&'static str>,
    findings: Vec<FindingData<'a>>,
    /// The least-privilege equivalent the page offers to load into its form.
    #[serde(skip_serializing_if = "Option::is_none")]
    fix: Option<FixData<'a>>,
}

#[derive(Serialize)]
struct FindingData<'a> {
    line: usize,
    column: usize,
    severity: &'static str,
    code: &'static str,
    message: String,
    /// The JSON path in the policy (`Statement[0].Principal`), for findings about the policy.
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<&'a str>,
    /// The AWS page that states the rule.
    #[serde(skip_serializing_if = "Option::is_none")]
    help: Option<String>,
}

#[derive(Serialize)]
struct FixData<'a> {
    /// The share-link fragment that builds it: `rolesmith build '#…'`.
    link: String,
    /// The policy it builds, once the link holds enough to build one.
    policy: Option<&'a str>,
}

impl<'a> Files<'a> {
    fn of(checked: &'a [Checked], lang: Lang) -> Files<'a> {
        let files = checked
            .iter()
            .map(|file| File {
                file: &file.name,
                kind: file.report.kind.map(|kind| kind.as_str()),
                findings: file.report.findings.iter().map(|located| finding_data(located, lang)).collect(),
                fix: file
                    .report
                    .fix
                    .as_ref()
                    .map(|fix| FixData { link: fix.spec.share_link(""), policy: fix.text.as_deref() }),
            })
            .collect();
        Files { files }
    }
}

fn finding_data(located: &Located, lang: Lang) -> FindingData<'_> {
    let finding = &located.finding;
    FindingData {
        line: located.line,
        column: located.column,
        severity: finding.severity().as_str(),
        code: finding.code(),
        message: finding.message().text(lang),
        path: match &finding.at {
            Location::Document { path, .. } => Some(path.as_str()),
            _ => None,
        },
        help: finding.problem.source(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checked(name: &str, text: &str) -> Checked {
        Checked { name: name.to_owned(), report: check::check(text, None) }
    }

    const OPEN_TRUST: &str = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\",\n  \"Principal\": {\"AWS\": \"arn:aws:iam::366810793500:root\"}, \"Action\": \"sts:AssumeRole\"}]}\n";

    #[test]
    fn text_is_one_compiler_style_line_per_finding() {
        assert_eq!(
            text(&[checked("trust.json", OPEN_TRUST)], Lang::En),
            "trust.json:2:16: warning trust-without-external-id: Another account may assume this role without an external ID, so another customer of the vendor could get it to act on yours (the confused deputy); add the condition StringEquals sts:ExternalId with the ID the vendor issued.\n"
        );
    }

    #[test]
    fn json_holds_the_findings_as_data() {
        let files = [checked("trust.json", OPEN_TRUST), checked(STDIN, "{")];
        let json: serde_json::Value =
            serde_json::from_str(&to_pretty_json(&Files::of(&files, Lang::En))).unwrap();
        let finding = &json["files"][0]["findings"][0];
        assert_eq!(json["files"][0]["kind"], "trust");
        assert_eq!((finding["line"].as_u64(), finding["column"].as_u64()), (Some(2), Some(16)));
        assert_eq!(finding["path"], "Statement[0].Principal");
        assert_eq!(finding["help"], "https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html");
        assert_eq!(json["files"][1]["file"], "<stdin>");
        assert_eq!(json["files"][1]["kind"], serde_json::Value::Null);
        assert_eq!(json["files"][1]["findings"][0]["code"], "json-syntax-error");
    }
}
