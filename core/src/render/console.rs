//! `console-steps`: the AWS console walk-through, in the console's current wording (aws-rules,
//! "Consoles per partition"), as numbered steps of typed pieces: text, a value to paste or type
//! (the page gives each its own copy button), a link into the IAM console of the plan's
//! partition, and the policy documents themselves.
//!
//! [`ConsoleSteps::text`] is the output's text; the page renders the same pieces, so its
//! `data-output="console-steps"` element holds exactly this text.
//!
//! The words are in the interface's language, each sentence one message whose links and values
//! go in its slots, and name the console's labels as that language's console shows them; the
//! links, values and documents are the same in every language.

use crate::lang::{msg, Arg, Lang, Message, Part};
use crate::model::{BucketName, Partition, PrincipalKind};
use crate::plan::{access_key_notice, Grantee, KeyShownIn, Plan};
use crate::policy::kind::DocKind;
use crate::policy::size::{Quota, Size};
use crate::policy::written::Written;
use crate::render::steps::access_key;
use crate::render::{bash_call, cloudformation, lines, ownership};

/// The whole walk-through.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConsoleSteps {
    /// The numbered steps.
    pub steps: Vec<ConsoleStep>,
    /// Said after the steps: what to do when a link lands somewhere else.
    pub note: String,
    /// The language of its words, in which its headings and sizes are said too.
    pub lang: Lang,
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
    /// The piece's text as the page shows it, written at the end of `out`; a document's size is
    /// said in `lang`.
    fn write(&self, lang: Lang, out: &mut String) {
        match self {
            Piece::Text(text) | Piece::Value { text, .. } | Piece::Link { text, .. } => out.push_str(text),
            Piece::Draft { json, .. } => out.push_str(json),
            Piece::Document { json, size, .. } => {
                out.push_str(json);
                out.push_str(&size.line(lang));
                out.push('\n');
            }
        }
    }
}

impl ConsoleSteps {
    /// What the output's copy button copies: each step's number and title on a line, then its
    /// pieces; the note last.
    pub fn text(&self) -> String {
        let mut text = String::with_capacity(lines::CAPACITY);
        for (index, step) in self.steps.iter().enumerate() {
            text.push_str(&step.heading(index, self.lang));
            step.pieces.iter().for_each(|piece| piece.write(self.lang, &mut text));
        }
        text.push_str(&self.note);
        text
    }
}

impl ConsoleStep {
    /// `Step 1. Create the permissions policy` and a line break, in `lang`.
    pub fn heading(&self, index: usize, lang: Lang) -> String {
        msg::console_step_heading(index + 1, self.title.as_str()).text(lang) + "\n"
    }
}

/// The walk-through for the plan, in `lang`.
pub fn steps(plan: &Plan, lang: Lang) -> ConsoleSteps {
    let console = Console { partition: plan.partition, lang };
    let documents = plan.documents();
    let policy_name = console.value(msg::console_value_policy_name(), plan.policy_name.as_str());
    let mut steps = vec![console.step(
        msg::console_step_permissions_policy(),
        [
            console.line(
                msg::console_open_policies(Arg::Slot),
                [console.link(msg::console_link_policies(), "policies")],
            ),
            console.line(msg::console_policy_editor(), []),
            vec![Piece::Document {
                kind: DocKind::Permissions,
                json: documents.permissions.json.clone(),
                size: documents.permissions.size(Quota::ManagedPolicy),
            }],
            console.line(msg::console_policy_name(Arg::Slot), [policy_name.clone()]),
            console.line(msg::console_choose_create_policy(), []),
        ]
        .concat(),
    )];
    match &plan.grantee {
        Grantee::Role { role_name, .. } => {
            let mut trust = vec![];
            // The trust names the customer's own account: a mistyped one would trust another's.
            if let Some(account) = plan.own_account_named() {
                trust.extend(console.line(msg::console_check_account(account.to_string()), []));
            }
            trust.extend(console.line(
                msg::console_open_roles(Arg::Slot),
                [console.link(msg::console_link_roles(), "roles")],
            ));
            trust.extend(console.line(msg::console_custom_trust(), []));
            match (&documents.placeholder, plan.vendor_trust()) {
                (Some(placeholder), _) => {
                    let why = plan.naming_vendor(
                        |vendor| msg::console_placeholder_trust(vendor),
                        msg::console_placeholder_trust_unnamed(),
                    );
                    trust.extend(console.line(why, []));
                    trust.extend(console.line(msg::console_replace_trust(), []));
                    trust.push(Piece::Draft {
                        label: msg::console_value_placeholder_trust().text(lang),
                        json: placeholder.json.clone(),
                    });
                }
                (None, Some(vendor)) => {
                    trust.extend(console.line(other_account_path(vendor.trusted.kind()), []));
                    if plan.self_assuming_arn().is_some() {
                        trust.extend(console.line(msg::console_self_assume(), []));
                    }
                    trust.extend(console.line(msg::console_replace_trust(), []));
                    trust.extend(documents.trust.as_ref().map(trust_piece));
                }
                (None, None) => {}
            }
            trust.extend(console.line(msg::console_attach_policy(Arg::Slot), [policy_name]));
            trust.extend(console.line(
                msg::console_role_name(Arg::Slot),
                [console.value(msg::console_value_role_name(), role_name.as_str())],
            ));
            trust.extend(console.line(msg::console_choose_create_role(), []));
            steps.push(console.step(msg::console_step_role(), trust));
            let arn = match plan.role_arn() {
                Some(role_arn) => console.line(
                    msg::console_role_arn_known(Arg::Slot, Arg::Slot),
                    [
                        console.role_link(role_name.as_str()),
                        console.value(msg::output_copies_role_arn(), &role_arn),
                    ],
                ),
                None => console
                    .line(msg::console_role_arn_unknown(Arg::Slot), [console.role_link(role_name.as_str())]),
            };
            steps.push(console.step(send_the_arn(plan), arn));
            if plan.two_step() {
                steps.push(replace_trust(plan, &console, role_name.as_str()));
            }
        }
        Grantee::User { user_name } => {
            let user_name = user_name.as_str();
            steps.push(
                console.step(
                    msg::console_step_user(),
                    [
                        console.line(
                            msg::console_open_users(Arg::Slot),
                            [console.link(msg::console_link_users(), "users")],
                        ),
                        console.line(
                            msg::console_user_name(Arg::Slot),
                            [console.value(msg::console_value_user_name(), user_name)],
                        ),
                        console.line(msg::console_no_console_access(), []),
                        console.line(msg::console_attach_policy_to_user(Arg::Slot), [policy_name]),
                    ]
                    .concat(),
                ),
            );
            let user = console.link(msg::console_link_user(user_name), &format!("users/details/{user_name}"));
            let mut key = console.line(msg::console_open_security_credentials(Arg::Slot), [user]);
            key.extend(console.line(msg::console_third_party_use_case(), []));
            key.extend(
                access_key_notice(KeyShownIn::Console).into_iter().flat_map(|line| console.line(line, [])),
            );
            steps.push(console.step(msg::console_step_access_key(), key));
        }
    }
    let commands = ownership::commands(plan);
    if !commands.is_empty() {
        let buckets = plan.buckets();
        let title = if buckets.len() == 1 {
            msg::console_step_acls_off()
        } else {
            msg::console_step_acls_off_buckets()
        };
        let links = buckets.iter().map(|bucket| console.bucket_link(bucket)).collect();
        let mut pieces = console.line(msg::ownership_notice(), []);
        pieces.extend(console.sentence(
            msg::console_acls_off(ownership::applies(buckets.len()), Arg::Slot),
            vec![console.list(links)],
        ));
        pieces.push(line_break());
        for command in commands {
            pieces.extend([console.value(msg::console_value_command(), &command), line_break()]);
        }
        steps.push(console.step(title, pieces));
    }
    ConsoleSteps { steps, note: console.note(msg::console_iam()), lang }
}

/// The title of the step that sends the vendor the role ARN, in the console and the stack's steps.
fn send_the_arn(plan: &Plan) -> Message {
    plan.naming_vendor(|vendor| msg::console_step_send_arn(vendor), msg::console_step_send_arn_unnamed())
}

/// The trust policy output, to paste.
fn trust_piece(trust: &Written) -> Piece {
    Piece::Document { kind: DocKind::Trust, json: trust.json.clone(), size: trust.size(Quota::TrustPolicy) }
}

/// Step 2 of `two_step`: once the vendor has named its principal and external ID, its trust
/// replaces the placeholder.
fn replace_trust(plan: &Plan, console: &Console, role_name: &str) -> ConsoleStep {
    let pieces = match &plan.documents().trust {
        Some(trust) => {
            let mut pieces = console.line(msg::console_edit_trust(Arg::Slot), [console.role_link(role_name)]);
            if plan.self_assuming_arn().is_some() {
                pieces.extend(console.line(msg::console_self_assume(), []));
            }
            pieces.push(trust_piece(trust));
            pieces
        }
        None => console.line(
            plan.naming_vendor(
                |vendor| msg::console_awaiting_vendor(vendor),
                msg::console_awaiting_vendor_unnamed(),
            ),
            [],
        ),
    };
    let title = plan.naming_vendor(
        |vendor| msg::console_step_replace_trust(vendor),
        msg::console_step_replace_trust_unnamed(),
    );
    console.step(title, pieces)
}

/// How the custom trust policy relates to the console's "AWS account" path, which vendors' docs
/// describe: the same for an account, broader than this policy for a user or role.
fn other_account_path(trusted: &PrincipalKind) -> Message {
    let path = msg::console_account_path();
    match trusted {
        PrincipalKind::Root => msg::console_same_as_account_path(path),
        PrincipalKind::User(name) => msg::console_not_account_path_user(path, name.to_string()),
        PrincipalKind::Role(name) => msg::console_not_account_path_role(path, name.to_string()),
    }
}

/// Creating the stack from `template.yaml` in the CloudFormation console (the CloudFormation
/// tab's walk-through), with the same commands in CloudShell as an alternative, in `lang`.
pub fn stack_steps(plan: &Plan, lang: Lang) -> ConsoleSteps {
    let console = Console { partition: plan.partition, lang };
    let create_stack =
        console.page_link(msg::console_link_create_stack(), "cloudformation/home#/stacks/create");
    let mut steps = vec![
        console.step(
            msg::console_step_upload_template(),
            console.line(msg::console_upload_template(Arg::Slot), [create_stack]),
        ),
        console.step(
            msg::console_step_name_stack(),
            [
                console.line(
                    msg::console_stack_name(Arg::Slot),
                    [console.value(msg::console_value_stack_name(), &plan.stack_name())],
                ),
                console.line(msg::console_stack_options(), []),
            ]
            .concat(),
        ),
        console.step(msg::console_step_capabilities(), console.line(msg::console_capabilities(), [])),
    ];
    match &plan.grantee {
        Grantee::Role { .. } => {
            steps.push(console.step(send_the_arn(plan), console.line(msg::console_stack_role_arn(), [])))
        }
        Grantee::User { .. } => {
            let command = bash_call::one_line(plan, &access_key(plan));
            let mut key = console.line(
                msg::console_stack_access_key(Arg::Slot),
                [console.value(msg::console_value_access_key_command(), &command)],
            );
            key.extend(
                access_key_notice(KeyShownIn::Terminal).into_iter().flat_map(|line| console.line(line, [])),
            );
            steps.push(console.step(msg::console_step_access_key(), key));
        }
    }
    if plan.two_step() {
        let title = plan.naming_vendor(
            |vendor| msg::console_step_stack_trust(vendor),
            msg::console_step_stack_trust_unnamed(),
        );
        steps.push(console.step(title, console.line(msg::console_stack_trust(), [])));
    }
    steps.push(console.step(
        msg::console_step_deploy(),
        console.line(
            msg::console_deploy(Arg::Slot, Arg::Slot),
            [
                console.value(msg::console_value_deploy_command(), &cloudformation::deploy_command(plan)),
                console.value(msg::console_value_outputs_command(), &cloudformation::outputs_command(plan)),
            ],
        ),
    ));
    ConsoleSteps { steps, note: console.note(msg::console_cloudformation()), lang }
}

/// The end of a line of the walk-through.
fn line_break() -> Piece {
    Piece::Text("\n".to_owned())
}

/// The console of one partition, as the walk-through describes it in one language.
struct Console {
    partition: Partition,
    lang: Lang,
}

impl Console {
    fn host(&self) -> &'static str {
        match self.partition {
            Partition::Aws => "console.aws.amazon.com",
            Partition::AwsCn => "console.amazonaws.cn",
            Partition::AwsUsGov => "console.amazonaws-us-gov.com",
        }
    }

    /// A step titled `title`, its pieces in order, the words between links and values joined
    /// into one piece.
    fn step(&self, title: Message, pieces: Vec<Piece>) -> ConsoleStep {
        let mut joined: Vec<Piece> = Vec::new();
        for piece in pieces {
            match piece {
                Piece::Text(text) => match joined.last_mut() {
                    Some(Piece::Text(before)) => before.push_str(&text),
                    _ => joined.push(Piece::Text(text)),
                },
                piece => joined.push(piece),
            }
        }
        ConsoleStep { title: title.text(self.lang), pieces: joined }
    }

    /// A sentence as pieces: its words, and `slots[n]` where its `n`th [`Arg::Slot`] goes. One
    /// template a sentence, so each language puts the links and values where its grammar wants.
    fn sentence(&self, message: Message, slots: Vec<Vec<Piece>>) -> Vec<Piece> {
        let mut pieces = Vec::new();
        message.each_part(self.lang, &mut |part| match part {
            Part::Text(text) => pieces.push(Piece::Text(text)),
            Part::Slot(index) => pieces.extend(slots.get(index).cloned().unwrap_or_default()),
        });
        pieces
    }

    /// A sentence on a line of its own, with one piece in each of its slots.
    fn line<const N: usize>(&self, message: Message, slots: [Piece; N]) -> Vec<Piece> {
        let mut pieces = self.sentence(message, slots.into_iter().map(|slot| vec![slot]).collect());
        match pieces.last_mut() {
            Some(Piece::Text(text)) => text.push('\n'),
            _ => pieces.push(line_break()),
        }
        pieces
    }

    /// Links in a row, joined as the language joins a list: `a, b and c`.
    fn list(&self, links: Vec<Piece>) -> Vec<Piece> {
        let last = links.len().saturating_sub(1);
        let mut joined = Vec::new();
        for (index, link) in links.into_iter().enumerate() {
            joined = match index {
                0 => vec![link],
                _ if index == last => {
                    self.sentence(msg::console_links_and(Arg::Slot, Arg::Slot), vec![joined, vec![link]])
                }
                _ => self.sentence(msg::console_links_comma(Arg::Slot, Arg::Slot), vec![joined, vec![link]]),
            };
        }
        joined
    }

    /// A value to paste or type, with `label` to name it on its copy button.
    fn value(&self, label: Message, text: &str) -> Piece {
        Piece::Value { label: label.text(self.lang), text: text.to_owned() }
    }

    /// The Permissions tab of a bucket in the S3 console.
    fn bucket_link(&self, bucket: &BucketName) -> Piece {
        Piece::Link {
            text: msg::console_link_bucket(bucket.as_str()).text(self.lang),
            url: format!("https://{}/s3/buckets/{bucket}?tab=permissions", self.host()),
        }
    }

    /// The role's page in the IAM console.
    fn role_link(&self, role_name: &str) -> Piece {
        self.link(msg::console_link_role(role_name), &format!("roles/details/{role_name}"))
    }

    /// A link to an IAM console page (`roles`, `policies`, `roles/details/NAME`).
    fn link(&self, text: Message, page: &str) -> Piece {
        self.page_link(text, &format!("iam/home#/{page}"))
    }

    /// A link to any page of the console (`cloudformation/home#/stacks/create`).
    fn page_link(&self, text: Message, page: &str) -> Piece {
        Piece::Link { text: text.text(self.lang), url: format!("https://{}/{page}", self.host()) }
    }

    /// What to do when a link into `console` lands on a sign-in page or another account.
    fn note(&self, console: Message) -> String {
        msg::console_note(console, format!("https://{}/", self.host())).text(self.lang) + "\n"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::Spec;

    fn steps_of(query: &str) -> ConsoleSteps {
        steps(&Spec::from_url(query, "").validate().0.expect("a valid plan"), Lang::En)
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
        let text = steps(&plan, Lang::En).text();
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
        let stack = stack_steps(&plan, Lang::En);
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

    /// What a walk-through holds besides words: links, values and documents, the same in every
    /// language (a link's words aside).
    fn not_words(steps: &ConsoleSteps) -> Vec<String> {
        let pieces = steps.steps.iter().flat_map(|step| &step.pieces);
        pieces
            .filter_map(|piece| match piece {
                Piece::Text(_) => None,
                Piece::Link { url, .. } => Some(url.clone()),
                Piece::Value { text, .. }
                | Piece::Draft { json: text, .. }
                | Piece::Document { json: text, .. } => Some(text.clone()),
            })
            .collect()
    }

    #[test]
    fn every_language_has_the_same_links_values_and_documents() {
        for query in [
            "partition=aws-cn&principal=arn:aws-cn:iam::588271335135:user/guance&external_id=gc-7f3a9e2b41d84c6e&bucket=guance-logs",
            "mode=user&bucket=acme-logs&vendor=Guance&acl=bucket-owner-full-control",
            "two_step=true&customer_account=210987654321&bucket=a-b-c&locations=x-y-z,q-r-s&acl=bucket-owner-full-control",
        ] {
            let plan = Spec::from_url(query, "").validate().0.expect("a valid plan");
            for walk_through in [steps, stack_steps] {
                let [english, chinese] = Lang::ALL.map(|lang| walk_through(&plan, lang));
                assert_eq!(english.steps.len(), chinese.steps.len(), "{query}");
                assert_eq!(not_words(&english), not_words(&chinese), "{query}");
                assert_ne!(english.text(), chinese.text(), "{query}");
            }
        }
    }

    #[test]
    fn chinese_puts_links_and_values_where_its_sentences_want_them() {
        let plan = Spec::from_url(
            "vendor=Guance&two_step=true&customer_account=210987654321&bucket=a-b-c&locations=x-y-z,q-r-s&acl=bucket-owner-full-control",
            "",
        )
        .validate()
        .0
        .expect("a valid plan");
        let chinese = steps(&plan, Lang::ZhCn);
        let first = &chinese.steps[0];
        assert_eq!(first.heading(0, Lang::ZhCn), "第 1 步：创建权限策略\n");
        assert_eq!(first.pieces[0], Piece::Text("打开 ".to_owned()));
        assert!(matches!(&first.pieces[1], Piece::Link { text, .. } if text == "IAM 控制台的“策略”页面"));
        assert!(
            matches!(&first.pieces[2], Piece::Text(text) if text.starts_with("，选择“创建策略”。\n在“指定权限”下"))
        );
        let text = chinese.text();
        assert!(text.contains("第 3 步：将角色 ARN 发送给 Guance\n打开角色 guance-s3-access，其“摘要”中显示要发送的 ARN，即 arn:aws:iam::210987654321:role/guance-s3-access。\n"), "{text}");
        assert!(text.contains("打开 S3 控制台中的存储桶 a-b-c、S3 控制台中的存储桶 x-y-z 和 S3 控制台中的存储桶 q-r-s，在“对象所有权”下"), "{text}");
        assert!(text.contains("大小：") && text.ends_with("然后重新打开链接。\n"), "{text}");
        let english = steps(&plan, Lang::En).text();
        assert!(english.contains("Open the bucket a-b-c in the S3 console, the bucket x-y-z in the S3 console and the bucket q-r-s in the S3 console, and under Object Ownership"), "{english}");
    }
}
