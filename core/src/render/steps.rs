//! The set-up as one list of steps that both scripts walk: `bash` and `powershell` differ only in
//! how they write a step, so they can never disagree on what gets created.
//!
//! Before changing anything, the scripts look for the role (or user) and the policy they would
//! create. If either exists (an earlier run, or someone else's of the same name), they say which,
//! change nothing and stop: updating it could hand these permissions to whatever else uses it,
//! and dying on `EntityAlreadyExists` half-way would leave a half-made grant. The probe lists
//! every name, one a line, and the shell looks for ours ignoring case, as IAM does (an existing
//! `Acme-Policy` blocks `acme-policy`); an absent name prints nothing, so neither shell reads an
//! error.

use crate::lang::Lang;
use crate::model::{BucketName, IamName, Partition};
use crate::plan::{access_key_notice, Grantee, KeyShownIn, Plan};
use crate::render::lines::{comment, line};

/// One step of the set-up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step<'a> {
    /// Write a JSON document to a file in the script's scratch folder, for `file://`.
    WriteDocument {
        /// The file name, such as [`TRUST_FILE`].
        file: &'static str,
        /// The document's text, as the plan holds it.
        json: &'a str,
    },
    /// Store the name each probe finds in its variable; if any found one, say what exists, then
    /// `advice`, and stop before anything is changed.
    StopIfAny {
        /// The lookups, one per name the set-up would create.
        found: Vec<Probe>,
        /// What to do instead, said after what exists.
        advice: String,
    },
    /// Store what a call prints in a variable.
    Set(Var, AwsCall),
    /// Run a call and let it print.
    Run(AwsCall),
    /// Print a line.
    Say(String),
    /// Store the account the shell is signed in to ([`caller_account`]); unless it is
    /// `account`, say `advice` and stop before anything is changed.
    StopUnlessAccount {
        /// The account the documents name.
        account: String,
        /// What went wrong and what to do.
        advice: String,
    },
}

impl Step<'_> {
    /// Whether the scripts set the step off with a blank line: documents and checks stand apart,
    /// the calls and messages that follow one another don't.
    pub fn opens_section(&self) -> bool {
        matches!(self, Step::WriteDocument { .. } | Step::StopIfAny { .. })
    }
}

/// A lookup of one name among those a `list-*` call prints, one a line, ignoring case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Probe {
    /// Where the name found (as IAM spells it) is kept; empty when there is none.
    pub var: Var,
    /// The `list-*` call that prints the names.
    pub list: AwsCall,
    /// The name looked for.
    pub name: String,
    /// What the name is, as the message says it: `Role`, `User`, `Policy`.
    pub noun: &'static str,
}

/// Said after the noun and the existing name when a probe finds one.
pub const ALREADY_EXISTS: &str = "already exists in this account (IAM names ignore case).";

/// A script variable; each shell spells it its own way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Var {
    /// The role or user found with the grantee's name.
    ExistingGrantee,
    /// The policy found with the policy's name.
    ExistingPolicy,
    /// The ARN `create-policy` printed, captured rather than built.
    PolicyArn,
    /// The account the shell is signed in to.
    CallerAccount,
}

impl Var {
    /// The variable as bash writes it.
    pub fn bash(self) -> &'static str {
        match self {
            Var::ExistingGrantee => "EXISTING_GRANTEE",
            Var::ExistingPolicy => "EXISTING_POLICY",
            Var::PolicyArn => "POLICY_ARN",
            Var::CallerAccount => "CALLER_ACCOUNT",
        }
    }

    /// The variable as PowerShell writes it.
    pub fn powershell(self) -> &'static str {
        match self {
            Var::ExistingGrantee => "$ExistingGrantee",
            Var::ExistingPolicy => "$ExistingPolicy",
            Var::PolicyArn => "$PolicyArn",
            Var::CallerAccount => "$CallerAccount",
        }
    }
}

/// `aws <service> <command> <args>`; the writer adds `--region` where the partition needs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AwsCall {
    /// `iam`, or `s3api` for the bucket's Object Ownership.
    pub service: &'static str,
    /// The command, such as `create-role`.
    pub command: &'static str,
    /// Its options, each `--name` and value, in order.
    pub args: Vec<(&'static str, Arg)>,
}

/// The value of an option.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// A value, quoted by the writer for its shell.
    Value(String),
    /// The value of a variable set by an earlier step.
    Var(Var),
    /// A flag without a value (`--set-as-default`).
    Flag,
}

impl AwsCall {
    /// An `aws iam` call.
    fn new(command: &'static str, args: Vec<(&'static str, Arg)>) -> AwsCall {
        AwsCall { service: "iam", command, args }
    }

    /// `aws iam list-roles`, as the scripts name a call in their messages.
    pub fn name(&self) -> String {
        format!("aws {} {}", self.service, self.command)
    }

    /// Writes the call with its options as a shell writes them (`option` writes each as
    /// `--name value`): on one line when short (or when there is no `continuation`), else one
    /// option a line after the shell's `continuation` character.
    /// Outside the standard partition the region is explicit, so no stale `AWS_REGION` (which
    /// beats `AWS_DEFAULT_REGION`) can send the call elsewhere.
    pub fn write(
        &self,
        out: &mut String,
        partition: Partition,
        continuation: Option<char>,
        option: impl Fn(&mut String, &'static str, &Arg),
    ) {
        out.push_str("aws");
        if let Some(region) = partition.cli_region() {
            out.push_str(" --region ");
            out.push_str(region);
        }
        for word in [self.service, self.command] {
            out.push(' ');
            out.push_str(word);
        }
        // On one line first, in place; written again a line each when they turn out too long.
        let start = out.len();
        for (name, arg) in &self.args {
            out.push(' ');
            option(out, name, arg);
        }
        let options_length = out.len() - start - self.args.len();
        let Some(continuation) = continuation.filter(|_| options_length > MAX_ONE_LINE) else { return };
        out.truncate(start);
        for (name, arg) in &self.args {
            out.push(' ');
            out.push(continuation);
            out.push_str("\n  ");
            option(out, name, arg);
        }
    }
}

/// Writes `--name value`, or `--name=value` when the value starts with `-`: the CLI's parser
/// would take a separate `-x` for an option of its own (an IAM name or external ID may start
/// with `-`).
pub fn option(out: &mut String, name: &str, value: &str, quoted: &str) {
    let joiner = if value.starts_with('-') { "=" } else { " " };
    out.extend([name, joiner, quoted]);
}

/// Options longer than this together go one a line.
const MAX_ONE_LINE: usize = 80;

/// `--name value` for a plain value.
fn value(option: &'static str, text: impl Into<String>) -> (&'static str, Arg) {
    (option, Arg::Value(text.into()))
}

/// The files the documents are written to, as both scripts and the CLI name them.
pub const TRUST_FILE: &str = "trust.json";
/// The file the permissions policy is written to.
pub const PERMISSIONS_FILE: &str = "permissions.json";

/// `aws sts get-caller-identity`, printing the account ID the shell is signed in to.
pub fn caller_account() -> AwsCall {
    AwsCall {
        service: "sts",
        command: "get-caller-identity",
        args: vec![value("--query", "Account"), value("--output", "text")],
    }
}

/// Where a document names the customer's own account (a self-assuming role, a two-step
/// placeholder), a check that the shell is signed in to it: a mistyped account would make the
/// role trust another account's role of the same name.
fn signed_in_to_own_account(plan: &Plan) -> Option<Step<'static>> {
    let account = plan.own_account_named()?;
    Some(Step::StopUnlessAccount {
        account: account.to_string(),
        advice: format!("Nothing was changed: this shell is signed in to another account than {account}, the one the trust policy names. Sign in to {account}, or correct your AWS account ID on the page."),
    })
}

/// The steps for the plan, in order.
pub fn setup(plan: &Plan) -> Vec<Step<'_>> {
    let name = plan.grantee_name().as_str().to_owned();
    let kind = plan.grantee_kind();
    let description = plan.description();
    let mut steps: Vec<Step> = signed_in_to_own_account(plan).into_iter().collect();
    let documents = plan.documents();
    if let Some(trust) = documents.created_with() {
        steps.push(Step::WriteDocument { file: TRUST_FILE, json: &trust.json });
    }
    steps.push(Step::WriteDocument { file: PERMISSIONS_FILE, json: &documents.permissions.json });
    let grantee_probe = match plan.grantee {
        Grantee::Role { .. } => {
            probe(Var::ExistingGrantee, "list-roles", "Roles", "Role", plan.grantee_name())
        }
        Grantee::User { .. } => {
            probe(Var::ExistingGrantee, "list-users", "Users", "User", plan.grantee_name())
        }
    };
    let mut policy_probe =
        probe(Var::ExistingPolicy, "list-policies", "Policies", "Policy", &plan.policy_name);
    policy_probe.list.args.insert(0, value("--scope", "Local"));
    steps.push(Step::StopIfAny {
        found: vec![grantee_probe, policy_probe],
        advice: format!(
            "Nothing was changed. If an earlier run left it, delete it (aws iam delete-{kind}, aws iam delete-policy) and run this again; otherwise choose other names."
        ),
    });
    steps.push(Step::Run(match plan.grantee {
        Grantee::Role { .. } => AwsCall::new(
            "create-role",
            vec![
                value("--role-name", &name),
                value("--assume-role-policy-document", file(TRUST_FILE)),
                value("--description", &description),
            ],
        ),
        Grantee::User { .. } => AwsCall::new("create-user", vec![value("--user-name", &name)]),
    }));
    steps.push(Step::Set(
        Var::PolicyArn,
        AwsCall::new(
            "create-policy",
            vec![
                value("--policy-name", plan.policy_name.as_str()),
                value("--policy-document", file(PERMISSIONS_FILE)),
                value("--description", &description),
                value("--query", "Policy.Arn"),
                value("--output", "text"),
            ],
        ),
    ));
    steps.push(Step::Run(AwsCall::new(
        match plan.grantee {
            Grantee::Role { .. } => "attach-role-policy",
            Grantee::User { .. } => "attach-user-policy",
        },
        vec![value(grantee_option(kind), &name), ("--policy-arn", Arg::Var(Var::PolicyArn))],
    )));
    match plan.grantee {
        Grantee::Role { .. } => {
            steps.push(Step::Say(format!("Role ARN to send to {}:", plan.vendor_label())));
            steps.push(Step::Run(AwsCall::new(
                "get-role",
                vec![value("--role-name", &name), value("--query", "Role.Arn"), value("--output", "text")],
            )));
        }
        Grantee::User { .. } => {
            steps.extend(
                access_key_notice(KeyShownIn::Terminal)[..2]
                    .iter()
                    .map(|line| Step::Say(line.text(Lang::En))),
            );
            steps.push(Step::Run(access_key(plan)));
        }
    }
    steps
}

/// With `two_step`, what a template says of its two steps (as `#` comments): it creates the
/// role with the placeholder trust; `again` is how it is applied a second time. Written at the
/// end of `out`; nothing without `two_step`.
pub fn two_step_comments(plan: &Plan, again: &str, out: &mut String) {
    if !plan.two_step() {
        return;
    }
    let vendor = plan.vendor_label();
    line(
        out,
        &["# Step 1 of 2: the role starts with a placeholder trust that no one can use, because ", vendor],
    );
    comment(
        out,
        "names its principal and external ID only once it has the role ARN. When it has, enter them on",
    );
    line(
        out,
        &["# the page: put the trust policy it then shows in place of the placeholder, and ", again, "."],
    );
}

/// Step 2 of `two_step`: the vendor's trust written and put on the role in place of the
/// placeholder; `None` until the vendor's values are in (or without `two_step`).
pub fn update_trust(plan: &Plan) -> Option<Vec<Step<'_>>> {
    let trust = plan.documents().trust.as_ref().filter(|_| plan.two_step())?;
    let check = signed_in_to_own_account(plan);
    Some(
        check
            .into_iter()
            .chain([
                Step::WriteDocument { file: TRUST_FILE, json: &trust.json },
                Step::Run(AwsCall::new(
                    "update-assume-role-policy",
                    vec![
                        value("--role-name", plan.grantee_name().as_str()),
                        value("--policy-document", file(TRUST_FILE)),
                    ],
                )),
                Step::Say(format!(
                    "The role {} now trusts {} with its external ID.",
                    plan.grantee_name(),
                    plan.vendor_label()
                )),
            ])
            .collect(),
    )
}

/// `aws s3api put-bucket-ownership-controls` for each bucket, when the plan requires an ACL:
/// "Bucket owner enforced" turns ACLs off, which closes the gap an ACL condition leaves (see
/// [`crate::render::ownership`]).
pub fn ownership_controls(bucket: &BucketName) -> AwsCall {
    AwsCall {
        service: "s3api",
        command: "put-bucket-ownership-controls",
        args: vec![
            value("--bucket", bucket.as_str()),
            value("--ownership-controls", "Rules=[{ObjectOwnership=BucketOwnerEnforced}]"),
        ],
    }
}

/// `aws iam create-access-key` for the plan's user, printing the key ID and secret on one line.
pub fn access_key(plan: &Plan) -> AwsCall {
    AwsCall::new(
        "create-access-key",
        vec![
            value("--user-name", plan.grantee_name().as_str()),
            value("--query", "AccessKey.[AccessKeyId,SecretAccessKey]"),
            value("--output", "text"),
        ],
    )
}

/// `--role-name` or `--user-name`.
fn grantee_option(kind: &str) -> &'static str {
    if kind == "role" {
        "--role-name"
    } else {
        "--user-name"
    }
}

fn file(name: &str) -> String {
    format!("file://{name}")
}

/// A probe for `name` among the `Roles`, `Users` or `Policies` a `list-*` call prints: each
/// name on a line of its own (`[].[Name]` in text output), so the shell compares whole lines.
fn probe(var: Var, command: &'static str, items: &str, noun: &'static str, name: &IamName) -> Probe {
    let query = format!("{items}[].[{noun}Name]");
    let list = AwsCall::new(command, vec![value("--query", query), value("--output", "text")]);
    Probe { var, list, name: name.as_str().to_owned(), noun }
}
