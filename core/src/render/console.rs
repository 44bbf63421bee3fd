//! `console-steps`: the AWS console walk-through, in the console's current wording (aws-rules,
//! "Consoles per partition"), as numbered steps of typed pieces: text, a value to paste or type
//! (the page gives each its own copy button), a link into the IAM console of the plan's
//! partition, and the policy documents themselves.
//!
//! [`ConsoleSteps::text`] is the output's text; the page renders the same pieces, so its
//! `data-output="console-steps"` element holds exactly this text.

use crate::model::{BucketName, Partition, PrincipalKind};
use crate::plan::{access_key_notice, Grantee, KeyShownIn, Plan};
use crate::policy::kind::DocKind;
use crate::policy::size::{Quota, Size};
use crate::render::steps::access_key;
use crate::render::{bash, cloudformation, ownership};

/// The whole walk-through.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConsoleSteps {
    /// The numbered steps.
    pub steps: Vec<ConsoleStep>,
    /// Said after the steps: what to do when a link lands somewhere else.
    pub note: String,
}

/// One numbered step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConsoleStep {
    /// The step's heading, without its number.
    pub title: String,
    /// What the step says, in order.
    pub pieces: Vec<Piece>,
}

/// A piece of a step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// Words to read.
    Text(String),
    /// A value to paste or type; `label` names it for the copy button ("Copy the policy name").
    Value {
        /// What the value is, for its copy button.
        label: String,
        /// The value itself.
        text: String,
    },
    /// A link into the IAM console, opened in a new tab.
    Link {
        /// The link's words.
        text: String,
        /// The console address, in the plan's partition.
        url: String,
    },
    /// A policy document to paste, with its JSON and its size against the IAM quota.
    Document {
        /// Trust or permissions.
        kind: DocKind,
        /// The document's text, as the other outputs hold it.
        json: String,
        /// Its size against its IAM quota.
        size: Size,
    },
    /// A document to paste that is no output of its own (`two_step`'s placeholder trust).
    Draft {
        /// What it is, for its copy button.
        label: String,
        /// The document's text.
        json: String,
    },
}

impl Piece {
    /// The piece's text as the page shows it.
    pub fn text(&self) -> String {
        match self {
            Piece::Text(text) | Piece::Value { text, .. } | Piece::Link { text, .. } => text.clone(),
            Piece::Draft { json, .. } => json.clone(),
            Piece::Document { json, size, .. } => format!("{json}{}\n", size.line()),
        }
    }
}

impl ConsoleSteps {
    /// What the output's copy button copies: each step's number and title on a line, then its
    /// pieces; the note last.
    pub fn text(&self) -> String {
        let mut text = String::new();
        for (index, step) in self.steps.iter().enumerate() {
            text.push_str(&step.heading(index));
            step.pieces.iter().for_each(|piece| text.push_str(&piece.text()));
        }
        text + &self.note
    }
}

impl ConsoleStep {
    /// `Step 1. Create the permissions policy` and a line break.
    pub fn heading(&self, index: usize) -> String {
        format!("Step {}. {}\n", index + 1, self.title)
    }
}

/// The walk-through for the plan.
pub fn steps(plan: &Plan) -> ConsoleSteps {
    let console = Console(plan.partition);
    let documents = plan.documents();
    let policy_name = plan.policy_name.to_string();
    let text = |text: &str| Piece::Text(text.to_owned());
    let value = |label: &str, text: &str| Piece::Value { label: label.to_owned(), text: text.to_owned() };
    let mut steps = vec![ConsoleStep {
        title: "Create the permissions policy".to_owned(),
        pieces: vec![
            text("Open "),
            console.link("IAM, Policies", "policies"),
            text(" and choose Create policy.\nUnder Specify permissions, switch the Policy editor to JSON, replace everything in it with this policy, and choose Next:\n"),
            Piece::Document {
                kind: DocKind::Permissions,
                json: documents.permissions.json.clone(),
                size: Size::of(&documents.permissions.json, Quota::ManagedPolicy),
            },
            text("Policy name: "),
            value("the policy name", &policy_name),
            text("\nChoose Create policy.\n"),
        ],
    }];
    match &plan.grantee {
        Grantee::Role { role_name, .. } => {
            let role_name = role_name.to_string();
            let mut trust = vec![];
            // The trust names the customer's own account: a mistyped one would trust another's.
            if plan.self_assuming_arn().is_some() || plan.two_step() {
                if let Some(account) = &plan.customer_account {
                    trust.push(text(&format!("First check that the account ID under your name at the top right is {account}: the trust policy names it.\n")));
                }
            }
            trust.extend([
                text("Open "),
                console.link("IAM, Roles", "roles"),
                text(" and choose Create role.\nUnder Select trusted entity, choose Custom trust policy.\n"),
            ]);
            match (&documents.placeholder, plan.vendor_trust()) {
                (Some(placeholder), _) => trust.extend([
                    text(&format!("{} names its principal only once it has the role ARN, so the role starts with a trust that no one can use: it names your own account, but only this very role as the caller. Step 4 puts the vendor's trust in its place.\nReplace the policy in the editor with this one, and choose Next:\n", plan.vendor_label())),
                    Piece::Draft { label: "the placeholder trust policy".to_owned(), json: placeholder.json.clone() },
                ]),
                (None, Some(vendor)) => {
                    trust.push(text(&format!("{}\n", other_account_path(vendor.trusted.kind()))));
                    trust.push(text(if plan.self_assuming_arn().is_some() { SELF_ASSUME_NOTE } else { "" }));
                    trust.push(text("Replace the policy in the editor with this one, and choose Next:\n"));
                    trust.extend(documents.trust.as_ref().map(|trust| trust_piece(&trust.json)));
                }
                (None, None) => {}
            }
            trust.extend([
                text("Under Add permissions, search for "),
                value("the policy name", &policy_name),
                text(", tick it, and choose Next.\nRole name: "),
                value("the role name", &role_name),
                text("\nChoose Create role.\n"),
            ]);
            steps.push(ConsoleStep { title: "Create the role".to_owned(), pieces: trust });
            let mut arn = vec![
                text("Open "),
                console.link(&format!("the role {role_name}"), &format!("roles/details/{role_name}")),
            ];
            match plan.role_arn() {
                Some(role_arn) => arn.extend([
                    text("; its Summary shows the ARN to send, which is "),
                    value("the role ARN", &role_arn),
                    text(".\n"),
                ]),
                None => arn
                    .push(text("; copy the ARN its Summary shows, and send it with the hand-back below.\n")),
            }
            steps.push(ConsoleStep {
                title: format!("Send {} the role ARN", plan.vendor_label()),
                pieces: arn,
            });
            if plan.two_step() {
                steps.push(replace_trust(plan, &console, &role_name));
            }
        }
        Grantee::User { user_name } => {
            let user_name = user_name.to_string();
            steps.push(ConsoleStep {
                title: "Create the user".to_owned(),
                pieces: vec![
                    text("Open "),
                    console.link("IAM, Users", "users"),
                    text(" and choose Create user.\nUser name: "),
                    value("the user name", &user_name),
                    text("\nLeave console access off, and choose Next.\nUnder Set permissions, choose Attach policies directly, search for "),
                    value("the policy name", &policy_name),
                    text(", tick it, choose Next, then Create user.\n"),
                ],
            });
            let mut key = vec![
                text("Open "),
                console.link(&format!("the user {user_name}"), &format!("users/details/{user_name}")),
                text(", choose the Security credentials tab, then Create access key.\nChoose Third-party service as the use case, confirm, choose Next, then Create access key.\n"),
            ];
            key.extend(access_key_notice(KeyShownIn::Console).iter().map(|line| text(&format!("{line}\n"))));
            steps.push(ConsoleStep { title: "Create the access key".to_owned(), pieces: key });
        }
    }
    let commands = ownership::commands(plan);
    if !commands.is_empty() {
        let buckets = plan.buckets();
        let title = if buckets.len() == 1 {
            "Turn off ACLs on the bucket (recommended)"
        } else {
            "Turn off ACLs on the buckets (recommended)"
        };
        let applies = ownership::applies(buckets.len());
        let mut pieces = vec![text(&format!("{}\n{applies} Open ", ownership::NOTICE.join(" ")))];
        for (index, bucket) in buckets.iter().enumerate() {
            if index > 0 {
                pieces.push(text(if index + 1 == buckets.len() { " and " } else { ", " }));
            }
            pieces.push(console.bucket_link(bucket));
        }
        pieces.push(text(", and under Object Ownership choose Edit, then ACLs disabled (recommended), then Save changes. Or run this in CloudShell:\n"));
        for command in commands {
            pieces.extend([value("the command", &command), text("\n")]);
        }
        steps.push(ConsoleStep { title: title.to_owned(), pieces });
    }
    ConsoleSteps { steps, note: console.note("IAM console") }
}

/// Said where a self-assuming role's trust is pasted.
const SELF_ASSUME_NOTE: &str = "Its second statement lets the role assume itself, as the vendor requires: it trusts your own account only when the caller is this very role (aws:PrincipalArn), because a role can't name itself as a principal before it exists.\n";

/// The trust policy output, to paste.
fn trust_piece(json: &str) -> Piece {
    Piece::Document { kind: DocKind::Trust, json: json.to_owned(), size: Size::of(json, Quota::TrustPolicy) }
}

/// Step 2 of `two_step`: once the vendor has named its principal and external ID, its trust
/// replaces the placeholder.
fn replace_trust(plan: &Plan, console: &Console, role_name: &str) -> ConsoleStep {
    let text = |text: &str| Piece::Text(text.to_owned());
    let vendor = plan.vendor_label();
    let pieces = match &plan.documents().trust {
        Some(trust) => {
            let mut pieces = vec![
                text("Open "),
                console.link(&format!("the role {role_name}"), &format!("roles/details/{role_name}")),
                text(", choose the Trust relationships tab, then Edit trust policy. Replace the policy with this one, and choose Update policy:\n"),
            ];
            pieces.push(text(if plan.self_assuming_arn().is_some() { SELF_ASSUME_NOTE } else { "" }));
            pieces.push(trust_piece(&trust.json));
            pieces
        }
        None => vec![text(&format!(
            "Once {vendor} has the role ARN it shows its principal and external ID: enter them in this form, and this step shows the trust policy to put in place of the placeholder.\n"
        ))],
    };
    ConsoleStep { title: format!("Put {vendor}'s trust in place"), pieces }
}

/// How the custom trust policy relates to the console's "AWS account" path, which vendors' docs
/// describe: the same for an account, broader than this policy for a user or role.
fn other_account_path(trusted: &PrincipalKind) -> String {
    let path = "AWS account, then Another AWS account with Require external ID";
    match trusted {
        PrincipalKind::Root => {
            format!("(Vendors' docs may say {path}: that path gives the same trust as this policy.)")
        }
        PrincipalKind::User(name) | PrincipalKind::Role(name) => {
            let kind = if matches!(trusted, PrincipalKind::User(_)) { "user" } else { "role" };
            format!("(Not {path}, which vendors' docs may describe: that path trusts the vendor's whole account, and this policy trusts only its {kind} {name}.)")
        }
    }
}

/// Creating the stack from `template.yaml` in the CloudFormation console (the CloudFormation
/// tab's walk-through), with the same commands in CloudShell as an alternative.
pub fn stack_steps(plan: &Plan) -> ConsoleSteps {
    let console = Console(plan.partition);
    let text = |text: &str| Piece::Text(text.to_owned());
    let value = |label: &str, text: &str| Piece::Value { label: label.to_owned(), text: text.to_owned() };
    let mut steps = vec![
        ConsoleStep {
            title: "Upload the template".to_owned(),
            pieces: vec![
                text("Open "),
                console.page_link("CloudFormation, Create stack", "cloudformation/home#/stacks/create"),
                text(". Under Prepare template choose Choose an existing template, then Upload a template file; choose the template.yaml downloaded above, and choose Next.\n"),
            ],
        },
        ConsoleStep {
            title: "Name the stack".to_owned(),
            pieces: vec![
                text("Stack name: "),
                value("the stack name", &plan.stack_name()),
                text("\nChoose Next, then Next again on Configure stack options.\n"),
            ],
        },
        ConsoleStep {
            title: "Acknowledge IAM capabilities".to_owned(),
            pieces: vec![text("Under Capabilities, tick I acknowledge that AWS CloudFormation might create IAM resources with custom names, and choose Submit.\n")],
        },
    ];
    match &plan.grantee {
        Grantee::Role { .. } => steps.push(ConsoleStep {
            title: format!("Send {} the role ARN", plan.vendor_label()),
            pieces: vec![text("When the stack shows CREATE_COMPLETE, open its Outputs tab: RoleArn is the ARN to send, as the hand-back below says.\n")],
        }),
        Grantee::User { .. } => {
            let mut key = vec![
                text("When the stack shows CREATE_COMPLETE, run this in CloudShell (the template makes no access key, so the secret is in no stack output):\n"),
                value("the access key command", &bash::one_line(plan, &access_key(plan))),
                text("\n"),
            ];
            key.extend(access_key_notice(KeyShownIn::Terminal).iter().map(|line| text(&format!("{line}\n"))));
            steps.push(ConsoleStep { title: "Create the access key".to_owned(), pieces: key });
        }
    }
    if plan.two_step() {
        steps.push(ConsoleStep {
            title: format!("Later: put {}'s trust in place", plan.vendor_label()),
            pieces: vec![text("Once the vendor has named its principal and external ID and they are entered above, replace the document under AssumeRolePolicyDocument in template.yaml with the trust policy (JSON is YAML too), then choose the stack, Update, Replace existing template, upload it, and submit.\n")],
        });
    }
    steps.push(ConsoleStep {
        title: "Or deploy it from CloudShell".to_owned(),
        pieces: vec![
            text("Upload template.yaml to CloudShell (Actions, Upload file), then run:\n"),
            value("the deploy command", &cloudformation::deploy_command(plan)),
            text("\nand read its outputs with:\n"),
            value("the outputs command", &cloudformation::outputs_command(plan)),
            text("\n"),
        ],
    });
    ConsoleSteps { steps, note: console.note("CloudFormation console") }
}

/// The IAM console of one partition.
struct Console(Partition);

impl Console {
    fn host(&self) -> &'static str {
        match self.0 {
            Partition::Aws => "console.aws.amazon.com",
            Partition::AwsCn => "console.amazonaws.cn",
            Partition::AwsUsGov => "console.amazonaws-us-gov.com",
        }
    }

    /// The Permissions tab of a bucket in the S3 console.
    fn bucket_link(&self, bucket: &BucketName) -> Piece {
        Piece::Link {
            text: format!("the bucket {bucket} in the S3 console"),
            url: format!("https://{}/s3/buckets/{bucket}?tab=permissions", self.host()),
        }
    }

    /// A link to an IAM console page (`roles`, `policies`, `roles/details/NAME`).
    fn link(&self, text: &str, page: &str) -> Piece {
        self.page_link(text, &format!("iam/home#/{page}"))
    }

    /// A link to any page of the console (`cloudformation/home#/stacks/create`).
    fn page_link(&self, text: &str, page: &str) -> Piece {
        Piece::Link { text: text.to_owned(), url: format!("https://{}/{page}", self.host()) }
    }

    /// What to do when a link lands on a sign-in page or another account.
    fn note(&self, which: &str) -> String {
        format!(
            "Each link opens the {which} in a new tab. If it shows a sign-in page or another account, sign in to the account that owns the bucket at https://{}/ and follow the link again.\n",
            self.host()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::Spec;

    fn steps_of(query: &str) -> ConsoleSteps {
        steps(&Spec::from_url(query, "").validate().0.expect("a valid plan"))
    }

    #[test]
    fn links_go_to_the_console_of_the_partition() {
        let guance = steps_of("partition=aws-cn&principal=arn:aws-cn:iam::588271335135:user/guance&external_id=gc-7f3a9e2b41d84c6e&bucket=guance-logs");
        let links: Vec<&str> = guance
            .steps
            .iter()
            .flat_map(|step| &step.pieces)
            .filter_map(|piece| match piece {
                Piece::Link { url, .. } => Some(url.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(links.len(), 3);
        assert!(
            links.iter().all(|url| url.starts_with("https://console.amazonaws.cn/iam/home#/")),
            "{links:?}"
        );
        assert!(guance.note.contains("console.amazonaws.cn"));
    }

    #[test]
    fn the_documents_in_the_steps_are_the_outputs() {
        let query = "account=406095609952&external_id=logzio-4f9c2a7e-acme&bucket=acme-elb-logs&customer_account=210987654321";
        let plan = Spec::from_url(query, "").validate().0.expect("a valid plan");
        let text = steps(&plan).text();
        let documents = plan.documents();
        assert!(text.contains(&documents.permissions.json));
        assert!(text.contains(&documents.trust.as_ref().expect("role mode").json));
        assert!(text.contains("Step 3. Send the vendor the role ARN\n"), "{text}");
        assert!(text.contains("arn:aws:iam::210987654321:role/vendor-s3-access"), "{text}");
    }

    #[test]
    fn user_mode_walks_through_the_user_and_its_key() {
        let text = steps_of("mode=user&bucket=acme-logs&vendor=Guance").text();
        assert!(
            text.contains("Step 2. Create the user\n") && text.contains("Step 3. Create the access key\n"),
            "{text}"
        );
        assert!(text.contains("Rolesmith never sees it"), "{text}");
        assert!(!text.contains("trust policy"), "{text}");
    }

    #[test]
    fn user_mode_on_the_console_finds_the_secret_on_retrieve_access_keys() {
        let text = steps_of("mode=user&bucket=acme-logs&vendor=Guance").text();
        assert!(
            text.contains("on Retrieve access keys: copy it there or choose Download .csv file"),
            "{text}"
        );
        assert!(!text.contains("terminal"), "{text}");
    }

    #[test]
    fn the_custom_trust_policy_is_tied_to_the_path_vendors_describe() {
        let account =
            steps_of("account=406095609952&external_id=logzio-4f9c2a7e-acme&bucket=acme-elb-logs").text();
        assert!(account.contains("Custom trust policy.\n(Vendors' docs may say AWS account, then Another AWS account with Require external ID: that path gives the same trust"), "{account}");
        let user = steps_of(
            "account=366810793500&user=xmode-data-transfer&external_id=AcmeCorp-XMode-2026&bucket=acme-xmode",
        )
        .text();
        assert!(user.contains("that path trusts the vendor's whole account, and this policy trusts only its user xmode-data-transfer.)"), "{user}");
    }

    #[test]
    fn the_stack_steps_upload_acknowledge_and_read_the_outputs() {
        let plan = Spec::from_url(
            "account=406095609952&external_id=logzio-4f9c2a7e-acme&bucket=acme-elb-logs&vendor=Logz.io",
            "",
        )
        .validate()
        .0
        .expect("a valid plan");
        let stack = stack_steps(&plan);
        let titles: Vec<&str> = stack.steps.iter().map(|step| step.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Upload the template",
                "Name the stack",
                "Acknowledge IAM capabilities",
                "Send Logz.io the role ARN",
                "Or deploy it from CloudShell"
            ]
        );
        let text = stack.text();
        assert!(
            text.contains("Upload a template file")
                && text.contains(
                    "I acknowledge that AWS CloudFormation might create IAM resources with custom names"
                ),
            "{text}"
        );
        assert!(text.contains("Outputs tab: RoleArn"), "{text}");
        let deploy = Piece::Value {
            label: "the deploy command".to_owned(),
            text: cloudformation::deploy_command(&plan),
        };
        assert!(stack.steps[4].pieces.contains(&deploy), "{:?}", stack.steps[4]);
        assert!(cloudformation::template(&plan).contains(&cloudformation::deploy_command(&plan)));
    }
}
