//! The bash script: the [`steps`] written for bash. Pasted into CloudShell or saved and run, it
//! leaves the user's shell as it was: the work runs in a subshell (so `set -euo pipefail` and
//! `exit` stay inside it) and in a `mktemp -d` folder it removes, so no `trust.json` of the
//! user's is overwritten. Outside the standard partition every call names its region, which no
//! stale `AWS_REGION` can override.

use crate::lang::Lang;
use crate::plan::{access_key_notice, Grantee, KeyShownIn, Plan};
use crate::render::bash_call;
use crate::render::lines::{self, comment, each_line, line};
use crate::render::steps::{self, AwsCall, Step};
use crate::render::{ownership, quote};

/// The whole script, for either mode.
pub fn script(plan: &Plan) -> String {
    let mut out = String::with_capacity(lines::CAPACITY);
    line(&mut out, &["#!/usr/bin/env bash"]);
    comment(&mut out, &plan.purpose());
    comment(
        &mut out,
        "Run it in AWS CloudShell or a terminal signed in to the account that owns the bucket: paste it,",
    );
    line(
        &mut out,
        &[
            "# or save it and run `bash create-",
            plan.grantee_kind(),
            ".sh`. It works in a subshell and a temporary folder, so your",
        ],
    );
    comment(&mut out, "shell's settings and files stay as they are. It stops, changing nothing, if the role or policy exists.");
    if let Grantee::User { .. } = plan.grantee {
        for notice in access_key_notice(KeyShownIn::Terminal) {
            comment(&mut out, &notice.text(Lang::En));
        }
    }
    ownership::comments(plan, &mut out);
    wrapped(plan, out, &steps::setup(plan))
}

/// `update-trust` (`two_step`, once the vendor's values are in): the commands that put the
/// vendor's trust in place of the placeholder; `None` until then.
pub fn update_trust(plan: &Plan) -> Option<String> {
    let steps = steps::update_trust(plan)?;
    let mut out = String::with_capacity(lines::CAPACITY);
    line(&mut out, &["#!/usr/bin/env bash"]);
    line(
        &mut out,
        &[
            "# Step 2: puts ",
            plan.vendor_label(),
            "'s trust policy on the role ",
            plan.grantee_name().as_str(),
            ", in place of the placeholder.",
        ],
    );
    comment(&mut out, "Run it where you ran step 1, signed in to the same account; it works in a subshell and a temporary folder.");
    Some(wrapped(plan, out, &steps))
}

/// The script so far (`out`), then `steps` in a subshell and a temporary folder it removes.
fn wrapped(plan: &Plan, mut out: String, steps: &[Step]) -> String {
    each_line(
        &mut out,
        &[
            "(",
            "set -euo pipefail",
            "export AWS_PAGER=\"\"  # print, never page: a pager would wait for a key mid-script",
            "scratch=$(mktemp -d)",
            "trap 'rm -rf \"$scratch\"' EXIT",
            "cd \"$scratch\"",
        ],
    );
    for step in steps {
        if step.opens_section() {
            line(&mut out, &[]);
        }
        write(plan, step, &mut out);
    }
    line(&mut out, &[")"]);
    out
}

/// One step.
fn write(plan: &Plan, step: &Step, out: &mut String) {
    match step {
        // The quoted delimiter turns off every expansion, and pretty JSON never has a line that
        // is just `JSON`; the body and delimiter stay at the start of their lines.
        Step::WriteDocument { file, json } => line(out, &["cat > ", file, " <<'JSON'\n", json, "JSON"]),
        // `grep -ixF`: the whole line, ignoring case, as fixed text; `-e` because a name may
        // start with `-`. `|| true` keeps "no such name" from failing the pipeline, while a
        // failing `aws` call still fails it (pipefail).
        Step::StopIfAny { found, advice } => {
            for probe in found {
                out.extend([probe.var.bash(), "=$("]);
                bash_call::write(plan, &probe.list, out);
                line(out, &[" | { grep -ixF -e ", &quote::bash(&probe.name), " || true; })"]);
            }
            out.push_str("if [ -n \"");
            for probe in found {
                out.push('$');
                out.push_str(probe.var.bash());
            }
            line(out, &["\" ]; then"]);
            for probe in found {
                let var = probe.var.bash();
                line(
                    out,
                    &[
                        "  [ -z \"$",
                        var,
                        "\" ] || echo ",
                        &quote::bash(probe.noun),
                        " \"$",
                        var,
                        "\" ",
                        &quote::bash(steps::ALREADY_EXISTS),
                        " >&2",
                    ],
                );
            }
            stop(out, advice);
        }
        Step::Set(var, aws) => assign(plan, var.bash(), aws, out),
        Step::Run(aws) => {
            bash_call::write(plan, aws, out);
            line(out, &[]);
        }
        Step::Say(text) => line(out, &["echo ", &quote::bash(text)]),
        Step::StopUnlessAccount { account, advice } => {
            let var = steps::Var::CallerAccount.bash();
            assign(plan, var, &steps::caller_account(), out);
            line(out, &["if [ \"$", var, "\" != ", &quote::bash(account), " ]; then"]);
            stop(out, advice);
        }
    }
}

/// `VAR=$(call)`: what the call prints, kept in a variable.
fn assign(plan: &Plan, var: &str, aws: &AwsCall, out: &mut String) {
    out.extend([var, "=$("]);
    bash_call::write(plan, aws, out);
    line(out, &[")"]);
}

/// The end of an `if` that found something wrong: says `advice` and stops the script.
fn stop(out: &mut String, advice: &str) {
    line(out, &["  echo ", &quote::bash(advice), " >&2"]);
    line(out, &["  exit 1"]);
    line(out, &["fi"]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::Spec;

    #[test]
    fn other_partitions_name_their_region_on_every_call() {
        let query = "partition=aws-us-gov&account=366810793500&external_id=gc-7f3a9e2b41d84c6e&bucket=b-1";
        let plan = Spec::from_url(query, "").validate().0.expect("a valid plan");
        let script = script(&plan);
        let calls: Vec<&str> = script
            .lines()
            .filter(|line| {
                line.trim_start().starts_with("aws ") || line.contains("= aws ") || line.contains("$(aws ")
            })
            .collect();
        assert!(calls.len() >= 5, "{script}");
        for line in calls {
            assert!(line.contains("aws --region us-gov-west-1 iam"), "{line}");
        }
    }
}
