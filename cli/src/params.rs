//! The `--PARAM VALUE` flags of `rolesmith build`: one for each URL parameter of the contract,
//! made from `Param::ALL`, so a parameter the core adds is a flag at once and no second list of
//! names is kept here. `--external-id` and `--external_id` are the same flag.

use clap::{Arg, ArgAction, ArgMatches, Args, Command, FromArgMatches};
use rolesmith_core::form;
use rolesmith_core::param::Param;

/// The parameters given as flags, in form order, each with its value as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParamFlags(pub Vec<(Param, String)>);

const HEADING: &str = "URL parameters (each wins over the same parameter in LINK)";

impl Args for ParamFlags {
    fn augment_args(command: Command) -> Command {
        Param::ALL.into_iter().fold(command, |command, param| command.arg(flag(param)))
    }

    fn augment_args_for_update(command: Command) -> Command {
        ParamFlags::augment_args(command)
    }
}

impl FromArgMatches for ParamFlags {
    fn from_arg_matches(matches: &ArgMatches) -> Result<ParamFlags, clap::Error> {
        let given = Param::ALL
            .into_iter()
            .filter_map(|param| Some((param, matches.get_one::<String>(param.as_str())?.clone())));
        Ok(ParamFlags(given.collect()))
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        *self = ParamFlags::from_arg_matches(matches)?;
        Ok(())
    }
}

/// `--bucket VALUE`; a name with underscores is spelt with hyphens too (`--external-id`). A value
/// may start with `-`, as an IAM name or a prefix can; an empty one clears the link's value.
fn flag(param: Param) -> Arg {
    let name = param.as_str();
    let hyphenated = name.replace('_', "-");
    let mut flag = Arg::new(name)
        .long(hyphenated.clone())
        .value_name("VALUE")
        .action(ArgAction::Set)
        .allow_hyphen_values(true)
        .help_heading(HEADING);
    if hyphenated != name {
        flag = flag.visible_alias(name);
    }
    match form::choices(param) {
        Some(choices) => {
            let values: Vec<&str> =
                choices.options.iter().map(|(value, _)| *value).filter(|value| !value.is_empty()).collect();
            flag.help(format!("One of: {}", values.join(", ")))
        }
        None => flag,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<ParamFlags, clap::Error> {
        let command = ParamFlags::augment_args(Command::new("build").no_binary_name(true));
        ParamFlags::from_arg_matches(&command.try_get_matches_from(args)?)
    }

    #[test]
    fn every_parameter_is_a_flag_in_both_spellings() {
        for param in Param::ALL {
            let underscored = format!("--{}", param.as_str());
            let hyphenated = underscored.replace('_', "-");
            for flag in [underscored, hyphenated] {
                assert_eq!(
                    parse(&[&flag, "x"]).unwrap(),
                    ParamFlags(vec![(param, "x".to_owned())]),
                    "{flag}"
                );
            }
        }
    }

    #[test]
    fn flags_come_out_in_form_order_with_values_as_typed() {
        let flags = parse(&["--prefix", "-logs/", "--bucket", "b", "--external-id", ""]).unwrap();
        assert_eq!(
            flags.0,
            [
                (Param::ExternalId, String::new()),
                (Param::Bucket, "b".to_owned()),
                (Param::Prefix, "-logs/".to_owned())
            ]
        );
    }

    #[test]
    fn an_unknown_flag_is_a_usage_error() {
        let error = parse(&["--bukcet", "b"]).unwrap_err();
        assert_eq!(error.kind(), clap::error::ErrorKind::UnknownArgument);
        assert!(error.to_string().contains("--bucket"), "suggests the parameter: {error}");
    }
}
