//! One AWS CLI call in bash's syntax: as the bash scripts write it, continued over lines, and on
//! one line, as the other outputs quote it (the Object Ownership command in every script's
//! comments, the access-key command in the console and the template).

use crate::plan::Plan;
use crate::render::quote;
use crate::render::steps::{self, Arg, AwsCall};

/// Writes a call as the bash scripts write it, a line per option.
pub fn write(plan: &Plan, aws: &AwsCall, out: &mut String) {
    aws.write(out, plan.partition, Some('\\'), option);
}

/// The same call on one line, for a comment in another file.
pub fn one_line(plan: &Plan, aws: &AwsCall) -> String {
    let mut out = String::new();
    aws.write(&mut out, plan.partition, None, option);
    out
}

/// `--name value`, with the value quoted for bash.
fn option(out: &mut String, name: &str, arg: &Arg) {
    match arg {
        Arg::Value(text) => steps::option(out, name, text, &quote::bash(text)),
        Arg::Var(var) => out.extend([name, " \"$", var.bash(), "\""]),
        Arg::Flag => out.push_str(name),
    }
}
