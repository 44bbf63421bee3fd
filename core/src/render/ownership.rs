//! The advice that goes with Required ACL (`acl`), said in every way of creating the grant: the
//! gap an ACL condition leaves, and the command that closes it by turning the bucket's ACLs off
//! (aws-rules §10, "Object Ownership").

use std::sync::OnceLock;

use crate::lang::{msg, Lang, Message};
use crate::plan::Plan;
use crate::render::lines::{comment, line};
use crate::render::{bash_call, steps};

/// How wide the notice's comment lines are, `# ` aside: the scripts' comments have always
/// broken it there.
const COMMENT_WIDTH: usize = 96;

/// What the change applies to, for as many buckets as the grant has: the bucket's own setting,
/// not only this grant's.
pub fn applies(buckets: usize) -> Message {
    if buckets == 1 {
        msg::ownership_applies_whole_bucket()
    } else {
        msg::ownership_applies_each_bucket()
    }
}

/// The notice and the command as `#` comments, when the plan requires an ACL. The command is
/// the same text in bash and PowerShell (its one quoted value is in single quotes), and `#`
/// starts a comment in YAML and HCL too, so every script and template carries these lines,
/// in English as all of a script is. Written at the end of `out`, nothing when no ACL is required.
pub fn comments(plan: &Plan, out: &mut String) {
    let commands = commands(plan);
    if commands.is_empty() {
        return;
    }
    out.push_str(notice_lines());
    let command = if commands.len() == 1 { "The command" } else { "The commands" };
    line(out, &["# ", &applies(commands.len()).text(Lang::En), " ", command, ":"]);
    for command in &commands {
        line(out, &["#   ", command]);
    }
}

/// The notice as comment lines: the same English words whatever the plan, so wrapped once.
fn notice_lines() -> &'static str {
    static LINES: OnceLock<String> = OnceLock::new();
    LINES.get_or_init(|| {
        let notice = msg::ownership_notice().text(Lang::En);
        let mut out = String::new();
        wrap(&notice, COMMENT_WIDTH).iter().for_each(|text| comment(&mut out, text));
        out
    })
}

/// The words of `text` on lines of at most `width` characters (a longer word on its own line).
fn wrap(text: &str, width: usize) -> Vec<String> {
    // Each line with its length in characters.
    let mut lines: Vec<(String, usize)> = Vec::new();
    for word in text.split(' ') {
        let chars = word.chars().count();
        match lines.last_mut() {
            Some((line, length)) if *length + 1 + chars <= width => {
                line.push(' ');
                line.push_str(word);
                *length += 1 + chars;
            }
            _ => lines.push((word.to_owned(), chars)),
        }
    }
    lines.into_iter().map(|(line, _)| line).collect()
}

/// `aws s3api put-bucket-ownership-controls …` on one line per bucket, when the plan requires
/// an ACL; none otherwise.
pub fn commands(plan: &Plan) -> Vec<String> {
    if plan.required_acl.is_none() {
        return vec![];
    }
    plan.buckets()
        .iter()
        .map(|bucket| bash_call::one_line(plan, &steps::ownership_controls(bucket)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::Spec;

    #[test]
    fn only_a_required_acl_brings_the_advice() {
        let base = "account=366810793500&external_id=gc-7f3a9e2b41d84c6e&bucket=acme-logs&access=write";
        let plan = |extra: &str| Spec::from_url(&format!("{base}{extra}"), "").validate().0.expect("valid");
        let comments = |plan: &Plan| {
            let mut out = String::new();
            super::comments(plan, &mut out);
            out
        };
        assert_eq!(comments(&plan("")), "");
        let advice = comments(&plan("&acl=bucket-owner-full-control"));
        assert_eq!(
            advice.lines().last(),
            Some("#   aws s3api put-bucket-ownership-controls --bucket acme-logs --ownership-controls 'Rules=[{ObjectOwnership=BucketOwnerEnforced}]'")
        );
        let china = Spec::from_url(
            "partition=aws-cn&account=366810793500&external_id=gc-7f3a9e2b41d84c6e&bucket=acme-logs&acl=bucket-owner-full-control",
            "",
        )
        .validate()
        .0
        .expect("valid");
        assert!(comments(&china)
            .lines()
            .last()
            .is_some_and(|line| line.contains("aws --region cn-north-1 s3api")));
    }

    #[test]
    fn lines_break_between_words_within_the_width() {
        assert_eq!(wrap("a bb ccc dd", 4), ["a bb", "ccc", "dd"]);
        assert_eq!(wrap("abcdef g", 3), ["abcdef", "g"]);
        assert_eq!(wrap("", 3), [""]);
    }
}
