//! The bash script: the [`steps`] written for bash. Pasted into CloudShell or saved and run, it
//! leaves the user's shell as it was: the work runs in a subshell (so `set -euo pipefail` and
//! `exit` stay inside it) and in a `mktemp -d` folder it removes, so no `trust.json` of the
//! user's is overwritten. Outside the standard partition every call names its region, which no
//! stale `AWS_REGION` can override.

use crate::lang::Lang;
use crate::plan::{access_key_notice, Grantee, KeyShownIn, Plan};
use crate::render::bash_call::call;
use crate::render::steps::{self, Step};
use crate::render::{ownership, quote};

/// The whole script, for either mode.
pub fn script(plan: &Plan) -> String {
    let mut lines = vec![
        "#!/usr/bin/env bash".to_owned(),
        format!("# {}", plan.purpose()),
        "# Run it in AWS CloudShell or a terminal signed in to the account that owns the bucket: paste it,"
            .to_owned(),
        format!(
            "# or save it and run `bash create-{}.sh`. It works in a subshell and a temporary folder, so your",
            plan.grantee_kind()
        ),
        "# shell's settings and files stay as they are. It stops, changing nothing, if the role or policy exists.".to_owned(),
    ];
    if let Grantee::User { .. } = plan.grantee {
        lines.extend(
            access_key_notice(KeyShownIn::Terminal).iter().map(|line| format!("# {}", line.text(Lang::En))),
        );
    }
    lines.extend(ownership::comments(plan));
    wrapped(plan, lines, &steps::setup(plan))
}

/// `update-trust` (`two_step`, once the vendor's values are in): the commands that put the
/// vendor's trust in place of the placeholder; `None` until then.
pub fn update_trust(plan: &Plan) -> Option<String> {
    let steps = steps::update_trust(plan)?;
    let lines = vec![
        "#!/usr/bin/env bash".to_owned(),
        format!("# Step 2: puts {}'s trust policy on the role {}, in place of the placeholder.", plan.vendor_label(), plan.grantee_name()),
        "# Run it where you ran step 1, signed in to the same account; it works in a subshell and a temporary folder.".to_owned(),
    ];
    Some(wrapped(plan, lines, &steps))
}

/// `lines`, then `steps` in a subshell and a temporary folder it removes.
fn wrapped(plan: &Plan, mut lines: Vec<String>, steps: &[Step]) -> String {
    lines.extend([
        "(".to_owned(),
        "set -euo pipefail".to_owned(),
        "export AWS_PAGER=\"\"  # print, never page: a pager would wait for a key mid-script".to_owned(),
        "scratch=$(mktemp -d)".to_owned(),
        "trap 'rm -rf \"$scratch\"' EXIT".to_owned(),
        "cd \"$scratch\"".to_owned(),
    ]);
    for step in steps {
        if step.opens_section() {
            lines.push(String::new());
        }
        write(plan, step, "", &mut lines);
    }
    lines.push(")".to_owned());
    // An empty last line: the script ends with a newline, written by the join itself.
    lines.push(String::new());
    lines.join("\n")
}

/// One step, each line prefixed with `indent`.
fn write(plan: &Plan, step: &Step, indent: &str, lines: &mut Vec<String>) {
    match step {
        // The quoted delimiter turns off every expansion, and pretty JSON never has a line that
        // is just `JSON`; the body and delimiter stay at the start of their lines.
        Step::WriteDocument { file, json } => {
            lines.push([indent, "cat > ", file, " <<'JSON'\n", json, "JSON"].concat())
        }
        // `grep -ixF`: the whole line, ignoring case, as fixed text; `-e` because a name may
        // start with `-`. `|| true` keeps "no such name" from failing the pipeline, while a
        // failing `aws` call still fails it (pipefail).
        Step::StopIfAny { found, advice } => {
            for probe in found {
                lines.push(format!(
                    "{indent}{}=$({} | {{ grep -ixF -e {} || true; }})",
                    probe.var.bash(),
                    call(plan, &probe.list, indent),
                    quote::bash(&probe.name)
                ));
            }
            let any: String = found.iter().map(|probe| format!("${}", probe.var.bash())).collect();
            lines.push(format!("{indent}if [ -n \"{any}\" ]; then"));
            for probe in found {
                let var = probe.var.bash();
                lines.push(format!(
                    "{indent}  [ -z \"${var}\" ] || echo {} \"${var}\" {} >&2",
                    quote::bash(probe.noun),
                    quote::bash(steps::ALREADY_EXISTS)
                ));
            }
            lines.push(format!("{indent}  echo {} >&2", quote::bash(advice)));
            lines.push(format!("{indent}  exit 1"));
            lines.push(format!("{indent}fi"));
        }
        Step::Set(var, aws) => {
            lines.push([indent, var.bash(), "=$(", &call(plan, aws, indent), ")"].concat())
        }
        Step::Run(aws) => lines.push([indent, &call(plan, aws, indent)].concat()),
        Step::Say(text) => lines.push([indent, "echo ", &quote::bash(text)].concat()),
        Step::StopUnlessAccount { account, advice } => {
            let var = steps::Var::CallerAccount.bash();
            lines.push(format!("{indent}{var}=$({})", call(plan, &steps::caller_account(), indent)));
            lines.push(format!("{indent}if [ \"${var}\" != {} ]; then", quote::bash(account)));
            lines.push(format!("{indent}  echo {} >&2", quote::bash(advice)));
            lines.push(format!("{indent}  exit 1"));
            lines.push(format!("{indent}fi"));
        }
    }
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
