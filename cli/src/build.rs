//! `rolesmith build`: the page's outputs for a share link and `--PARAM` flags, byte for byte. The
//! spec is read as the page reads its address ([`Spec::from_link`]) and each text comes from the
//! functions that fill the page's `data-output` elements, so the two can't drift apart. The prose
//! for a person is in the spec's language (`lang`, `--lang`); a terminal has no browser language
//! to fall back on, so without one it is English.

use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Args, ValueEnum};
use rolesmith_core::finding::{Finding, Location};
use rolesmith_core::lang::Lang;
use rolesmith_core::output::{self, OutputName, SHARE_LINK};
use rolesmith_core::policy::to_pretty_json;
use rolesmith_core::spec::Spec;
use serde::ser::{Serialize, Serializer};

use crate::params::ParamFlags;
use crate::{complain, print, print_error, usage_error, Exit};

/// The `--output` value that asks for every output at once.
const ALL: &str = "all";

/// `rolesmith build [LINK] [--PARAM VALUE]... [--output NAME] [--format text|json]`.
#[derive(Args, Debug)]
pub struct BuildArgs {
    /// A share link (`https://…/#bucket=…`) or just its `#…` fragment; the flags below win over it.
    link: Option<String>,
    /// The output to print, by its `data-output` name on the page (default: cli-bash); `all`
    /// prints every output, with `--format json`.
    #[arg(long, value_name = "NAME", value_parser = output_names())]
    output: Option<Wanted>,
    /// `text`: the output exactly as the page shows it; `json`: an object of output names and
    /// texts.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    #[command(flatten)]
    params: ParamFlags,
}

/// How `build` prints what it made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
}

/// What `--output` asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Wanted {
    Output(OutputName),
    ShareLink,
    All,
}

/// The names `--output` takes: the page's outputs, `share-link` and `all`.
fn output_names() -> impl TypedValueParser<Value = Wanted> {
    let names = OutputName::ALL.into_iter().map(OutputName::as_str).chain([SHARE_LINK, ALL]);
    PossibleValuesParser::new(names).try_map(|name| match OutputName::from_name(&name) {
        Some(output) => Ok(Wanted::Output(output)),
        None if name == SHARE_LINK => Ok(Wanted::ShareLink),
        None if name == ALL => Ok(Wanted::All),
        None => Err(format!("'{name}' is not an output")),
    })
}

/// Prints the output asked for, or, while an error stands, the findings on stderr and nothing on
/// stdout (exit 2). Warnings go to stderr either way: they never block, as on the page.
pub fn run(args: &BuildArgs) -> Exit {
    let wanted = args.output.unwrap_or(Wanted::Output(OutputName::CliBash));
    if wanted == Wanted::All && args.format != Format::Json {
        return usage_error(
            "build",
            "`--output all` prints every output as one JSON object; add `--format json`",
        );
    }
    let spec = Spec::from_link(args.link.as_deref().unwrap_or_default(), &args.params.0);
    let lang = spec.lang([]);
    let (plan, findings) = spec.validate();
    if !findings.is_empty() {
        print_error(&describe(&findings, args.format, lang));
    }
    let Some(plan) = plan else { return Exit::Refused };
    let shown = output::shown_texts(&spec, &plan, lang);
    let share_link = || (SHARE_LINK, spec.share_link(""));
    let texts: Vec<(&str, String)> = match wanted {
        Wanted::All => {
            shown.into_iter().map(|(name, text)| (name.as_str(), text)).chain([share_link()]).collect()
        }
        Wanted::ShareLink => vec![share_link()],
        Wanted::Output(name) => match shown.iter().find(|(output, _)| *output == name) {
            Some((_, text)) => vec![(name.as_str(), text.clone())],
            None => {
                let names: Vec<&str> = shown.iter().map(|(output, _)| output.as_str()).collect();
                complain(format_args!(
                    "the page shows no '{name}' output for these parameters; it shows {} and {SHARE_LINK}",
                    names.join(", "),
                    name = name.as_str(),
                ));
                return Exit::Refused;
            }
        },
    };
    match args.format {
        Format::Text => print(&texts.into_iter().map(|(_, text)| text).collect::<String>()),
        Format::Json => print(&to_pretty_json(&Outputs(&texts))),
    }
}

/// Outputs as one JSON object, `{"name": "text", …}`, in page order.
struct Outputs<'a>(&'a [(&'a str, String)]);

impl Serialize for Outputs<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(name, text)| (name, text)))
    }
}

/// A finding of the form, as data: the field (URL parameter) it concerns, or `url`.
#[derive(serde::Serialize)]
struct FieldFinding {
    at: String,
    severity: &'static str,
    code: &'static str,
    message: String,
}

#[derive(serde::Serialize)]
struct FieldFindings {
    findings: Vec<FieldFinding>,
}

/// The findings for stderr: `field: severity code: message` lines, or one JSON object.
fn describe(findings: &[Finding], format: Format, lang: Lang) -> String {
    let findings: Vec<FieldFinding> = findings
        .iter()
        .map(|finding| FieldFinding {
            at: match &finding.at {
                Location::Field(param) => param.as_str().to_owned(),
                Location::Url => "url".to_owned(),
                Location::Document { doc, path } => format!("{doc} policy {path}"),
                Location::Text { line, column } => format!("{line}:{column}"),
            },
            severity: finding.severity().as_str(),
            code: finding.code(),
            message: finding.message().text(lang),
        })
        .collect();
    match format {
        Format::Text => findings
            .iter()
            .map(|finding| {
                format!("{}: {} {}: {}\n", finding.at, finding.severity, finding.code, finding.message)
            })
            .collect(),
        Format::Json => to_pretty_json(&FieldFindings { findings }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rolesmith_core::param::Param;

    #[test]
    fn every_output_name_and_share_link_and_all_are_accepted() {
        let command = clap::Command::new("t").arg(clap::Arg::new("o").long("o").value_parser(output_names()));
        let wanted = |name: &str| {
            command
                .clone()
                .try_get_matches_from(["t", "--o", name])
                .map(|m| *m.get_one::<Wanted>("o").unwrap())
        };
        for name in OutputName::ALL {
            assert_eq!(wanted(name.as_str()).unwrap(), Wanted::Output(name));
        }
        assert_eq!(wanted("share-link").unwrap(), Wanted::ShareLink);
        assert_eq!(wanted("all").unwrap(), Wanted::All);
        assert!(wanted("trust_policy").is_err());
    }

    #[test]
    fn form_findings_are_described_by_field() {
        let (_, findings) =
            Spec::from_link("#bucket=Bad&bogus=1", &[(Param::Account, "1".into())]).validate();
        let text = describe(&findings, Format::Text, Lang::En);
        assert!(
            text.contains("\nbucket: error bucket-name-char: Bucket names can't contain 'B'; "),
            "{text}"
        );
        assert!(text.contains("\nurl: warning unknown-param: "), "{text}");
        let json: serde_json::Value =
            serde_json::from_str(&describe(&findings, Format::Json, Lang::En)).unwrap();
        assert_eq!(json["findings"][0]["at"], "account");
        assert_eq!(json["findings"][0]["code"], "account-digits");
    }

    #[test]
    fn outputs_serialize_in_the_order_given() {
        let texts = [("trust-policy", "{}\n".to_owned()), ("cli-bash", "#!".to_owned())];
        assert_eq!(
            to_pretty_json(&Outputs(&texts)),
            "{\n  \"trust-policy\": \"{}\\n\",\n  \"cli-bash\": \"#!\"\n}\n"
        );
    }
}
