//! `rolesmith`: Rolesmith's core on the command line, for vendors' backends (`build`: the page's
//! outputs for a share link and parameters, byte for byte) and for security teams' CI (`check`:
//! the policy checker's findings as text, JSON or SARIF). This crate reads arguments and files and
//! prints; every rule, output and message comes from `rolesmith-core`, as the page's do.

mod build;
mod check;
mod params;
mod sarif;

use std::fmt::Display;
use std::io::Write;
use std::process::ExitCode;

use clap::error::ErrorKind;
use clap::{CommandFactory, Parser, Subcommand};

/// Builds least-privilege IAM roles for S3 vendor access, and checks IAM policies, offline.
#[derive(Debug, Parser)]
#[command(name = "rolesmith", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Prints one of the page's outputs (the bash script by default) for a share link and
    /// parameters, byte for byte as the page shows it.
    Build(build::BuildArgs),
    /// Checks trust, permissions and bucket policies (also inside CloudFormation or Terraform)
    /// and prints each finding; exits 1 when any is an error.
    Check(check::CheckArgs),
}

/// How a run ends: the exit statuses of the contract (design.md, "Command line").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// Done: the output was printed, or `check` found no error.
    Success = 0,
    /// `check` found an error in a policy.
    ErrorFound = 1,
    /// Bad arguments, input that can't be read, or `build` with an error standing: nothing
    /// (or nothing more) on standard output, and why on standard error.
    Refused = 2,
}

fn main() -> ExitCode {
    let exit = match Cli::try_parse() {
        Ok(cli) => match &cli.command {
            Command::Build(args) => build::run(args),
            Command::Check(args) => check::run(args),
        },
        Err(error) => {
            // Help and the version go to stdout with status 0; a usage error to stderr with 2.
            let _ = error.print();
            return ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(Exit::Refused as u8));
        }
    };
    ExitCode::from(exit as u8)
}

/// Refuses arguments clap accepts one by one but not together, with the subcommand's usage, as
/// clap reports its own usage errors.
pub fn usage_error(subcommand: &str, message: impl Display) -> Exit {
    let mut command = Cli::command();
    command.build();
    let error = match command.find_subcommand_mut(subcommand) {
        Some(subcommand) => subcommand.error(ErrorKind::ArgumentConflict, message),
        None => Cli::command().error(ErrorKind::ArgumentConflict, message),
    };
    let _ = error.print();
    Exit::Refused
}

/// Writes `text` to standard output exactly as given. A failed write (a full disk, a closed
/// pipe) is said on standard error and refuses the run, so a script never takes a cut output
/// for a whole one.
pub fn print(text: &str) -> Exit {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        Ok(()) => Exit::Success,
        Err(error) => {
            complain(format_args!("can't write the output: {error}"));
            Exit::Refused
        }
    }
}

/// Writes `text` to standard error as given (findings, notes).
pub fn print_error(text: &str) {
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// Says on standard error why the run can't go on, prefixed like clap's own errors.
pub fn complain(message: impl Display) {
    print_error(&format!("error: {message}\n"));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn usage_errors_and_help_have_the_contract_s_statuses() {
        let error = Cli::try_parse_from(["rolesmith", "frobnicate"]).unwrap_err();
        assert_eq!(error.exit_code(), Exit::Refused as i32);
        let help = Cli::try_parse_from(["rolesmith", "build", "--help"]).unwrap_err();
        assert_eq!(help.exit_code(), Exit::Success as i32);
    }
}
