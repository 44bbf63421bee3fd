//! The advice that goes with Required ACL (`acl`), said in every way of creating the grant: the
//! gap an ACL condition leaves, and the command that closes it by turning the bucket's ACLs off
//! (aws-rules §10, "Object Ownership").

use crate::plan::Plan;
use crate::render::{bash, steps};

/// Why the bucket's ACLs are better off, one comment line each.
pub const NOTICE: [&str; 4] = [
    "IAM can't tell a single-part upload from a part of a multipart one, so an upload that sends no",
    "ACL header still passes the Required ACL rule (the object then gets the default private ACL).",
    "Turning ACLs off on the bucket, Object Ownership \"Bucket owner enforced\" (the default for new",
    "buckets since April 2023), makes every object the bucket owner's whatever an upload sends.",
];

/// Said before the change: it is the bucket's, not only this grant's.
const WHOLE_BUCKET: &str = "It applies to the whole bucket, so check that nothing else there relies on ACLs.";

/// The same, where the grant spans several buckets.
const EACH_BUCKET: &str = "It applies to each whole bucket, so check that nothing else there relies on ACLs.";

/// What the change applies to, for as many buckets as the grant has.
pub fn applies(buckets: usize) -> &'static str {
    if buckets == 1 {
        WHOLE_BUCKET
    } else {
        EACH_BUCKET
    }
}

/// The notice and the command as `#` comments, when the plan requires an ACL. The command is
/// the same text in bash and PowerShell (its one quoted value is in single quotes), and `#`
/// starts a comment in YAML and HCL too, so every script and template carries these lines.
pub fn comments(plan: &Plan) -> Vec<String> {
    let commands = commands(plan);
    if commands.is_empty() {
        return vec![];
    }
    let mut lines: Vec<String> = NOTICE.iter().map(|line| format!("# {line}")).collect();
    let command = if commands.len() == 1 { "The command" } else { "The commands" };
    lines.push(format!("# {} {command}:", applies(commands.len())));
    lines.extend(commands.iter().map(|command| format!("#   {command}")));
    lines
}

/// `aws s3api put-bucket-ownership-controls …` on one line per bucket, when the plan requires
/// an ACL; none otherwise.
pub fn commands(plan: &Plan) -> Vec<String> {
    if plan.required_acl.is_none() {
        return vec![];
    }
    plan.buckets().iter().map(|bucket| bash::one_line(plan, &steps::ownership_controls(bucket))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::Spec;

    #[test]
    fn only_a_required_acl_brings_the_advice() {
        let base = "account=366810793500&external_id=gc-7f3a9e2b41d84c6e&bucket=acme-logs&access=write";
        let plan = |extra: &str| Spec::from_url(&format!("{base}{extra}"), "").validate().0.expect("valid");
        assert_eq!(comments(&plan("")), Vec::<String>::new());
        let lines = comments(&plan("&acl=bucket-owner-full-control"));
        assert_eq!(
            lines.last().map(String::as_str),
            Some("#   aws s3api put-bucket-ownership-controls --bucket acme-logs --ownership-controls 'Rules=[{ObjectOwnership=BucketOwnerEnforced}]'")
        );
        let china = Spec::from_url(
            "partition=aws-cn&account=366810793500&external_id=gc-7f3a9e2b41d84c6e&bucket=acme-logs&acl=bucket-owner-full-control",
            "",
        )
        .validate()
        .0
        .expect("valid");
        assert!(comments(&china).last().is_some_and(|line| line.contains("aws --region cn-north-1 s3api")));
    }
}
