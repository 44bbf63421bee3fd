//! One AWS CLI call in bash's syntax: as the bash scripts write it, continued over lines, and on
//! one line, as the other outputs quote it (the Object Ownership command in every script's
//! comments, the access-key command in the console and the template).

use crate::plan::Plan;
use crate::render::quote;
use crate::render::steps::{self, Arg, AwsCall};

/// A call as the bash scripts write it, a line per option.
pub fn call(plan: &Plan, aws: &AwsCall, indent: &str) -> String {
    aws.written(plan.partition, Some('\\'), indent, option)
}

/// The same call on one line, for a comment in another file.
pub fn one_line(plan: &Plan, aws: &AwsCall) -> String {
    aws.written(plan.partition, None, "", option)
}

fn option(name: &str, arg: &Arg) -> String {
    match arg {
        Arg::Value(text) => steps::option(name, text, &quote::bash(text)),
        Arg::Var(var) => format!("{name} \"${}\"", var.bash()),
        Arg::Flag => name.to_owned(),
    }
}
