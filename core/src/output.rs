//! The outputs of the public contract: which ones a spec shows, what each contains, and the file
//! name it downloads as. The UI renders whatever this lists, so a new output is added here only.

use crate::finding::{Finding, Severity};
use crate::lang::{msg, Lang, Message};
use crate::model::{How, Mode};
use crate::param::Param;
use crate::plan::Plan;
use crate::policy::kind::DocKind;
use crate::policy::size::Quota;
use crate::render::{bash, cloudformation, console, handback, powershell, terraform, verify};
use crate::spec::Spec;

/// One output panel; the `data-output` name is its contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum OutputName {
    /// `console-steps`: the AWS console walk-through, step by step.
    ConsoleSteps,
    /// `trust-policy`: the role's trust policy (role mode only).
    TrustPolicy,
    /// `permissions-policy`: the least-privilege permissions policy.
    PermissionsPolicy,
    /// `cli-bash`: the AWS CLI commands as a bash script (`create-role.sh`).
    CliBash,
    /// `cli-powershell`: the same in PowerShell, pure ASCII (`create-role.ps1`).
    CliPowershell,
    /// `update-trust`: with `two_step`, once the vendor's values are in, the CloudShell commands
    /// that put its trust on the role (step 2).
    UpdateTrust,
    /// `update-trust-powershell`: the same in PowerShell.
    UpdateTrustPowershell,
    /// `cloudformation`: a CloudFormation template (`template.yaml`).
    Cloudformation,
    /// `terraform`: a Terraform configuration (`main.tf`).
    Terraform,
    /// `role-arn`: the role's ARN, once the customer's account is known.
    RoleArn,
    /// `handback`: what to send the vendor.
    Handback,
    /// `verify`: commands that check the result.
    Verify,
    /// `followup`: the vendor's next step, its placeholders filled in.
    Followup,
}

impl OutputName {
    /// Every output, in page order.
    pub const ALL: [OutputName; 13] = [
        OutputName::ConsoleSteps,
        OutputName::TrustPolicy,
        OutputName::PermissionsPolicy,
        OutputName::CliBash,
        OutputName::CliPowershell,
        OutputName::UpdateTrust,
        OutputName::UpdateTrustPowershell,
        OutputName::Cloudformation,
        OutputName::Terraform,
        OutputName::RoleArn,
        OutputName::Handback,
        OutputName::Verify,
        OutputName::Followup,
    ];

    /// The `data-output` / `data-copy-for` / `data-download-for` value.
    pub fn as_str(self) -> &'static str {
        match self {
            OutputName::ConsoleSteps => "console-steps",
            OutputName::TrustPolicy => "trust-policy",
            OutputName::PermissionsPolicy => "permissions-policy",
            OutputName::CliBash => "cli-bash",
            OutputName::CliPowershell => "cli-powershell",
            OutputName::UpdateTrust => "update-trust",
            OutputName::UpdateTrustPowershell => "update-trust-powershell",
            OutputName::Cloudformation => "cloudformation",
            OutputName::Terraform => "terraform",
            OutputName::RoleArn => "role-arn",
            OutputName::Handback => "handback",
            OutputName::Verify => "verify",
            OutputName::Followup => "followup",
        }
    }

    /// The output with this exact `data-output` name, if there is one.
    pub fn from_name(name: &str) -> Option<OutputName> {
        OutputName::ALL.into_iter().find(|output| output.as_str() == name)
    }

    /// The panel's heading.
    pub fn title(self) -> Message {
        match self {
            OutputName::ConsoleSteps => msg::output_title_console_steps(),
            OutputName::TrustPolicy => msg::output_title_trust_policy(),
            OutputName::PermissionsPolicy => msg::output_title_permissions_policy(),
            OutputName::CliBash => msg::output_title_cli_bash(),
            OutputName::CliPowershell => msg::output_title_cli_powershell(),
            OutputName::UpdateTrust => msg::output_title_update_trust(),
            OutputName::UpdateTrustPowershell => msg::output_title_update_trust_powershell(),
            OutputName::Cloudformation => msg::output_title_cloudformation(),
            OutputName::Terraform => msg::output_title_terraform(),
            OutputName::RoleArn => msg::output_title_role_arn(),
            OutputName::Handback => msg::output_title_handback(),
            OutputName::Verify => msg::output_title_verify(),
            OutputName::Followup => msg::output_title_followup(),
        }
    }

    /// What its copy button copies, for the button's accessible name ("Copy the trust policy").
    pub fn what(self) -> Message {
        match self {
            OutputName::ConsoleSteps => msg::output_copies_console_steps(),
            OutputName::TrustPolicy => msg::output_copies_trust_policy(),
            OutputName::PermissionsPolicy => msg::output_copies_permissions_policy(),
            OutputName::CliBash => msg::output_copies_cli_bash(),
            OutputName::CliPowershell => msg::output_copies_cli_powershell(),
            OutputName::UpdateTrust => msg::output_copies_update_trust(),
            OutputName::UpdateTrustPowershell => msg::output_copies_update_trust_powershell(),
            OutputName::Cloudformation => msg::output_copies_cloudformation(),
            OutputName::Terraform => msg::output_copies_terraform(),
            OutputName::RoleArn => msg::output_copies_role_arn(),
            OutputName::Handback => msg::output_copies_handback(),
            OutputName::Verify => msg::output_copies_verify(),
            OutputName::Followup => msg::output_copies_followup(),
        }
    }

    /// The fixed file name its download button saves, if it has one.
    pub fn file_name(self, mode: Mode) -> Option<&'static str> {
        match (self, mode) {
            (OutputName::TrustPolicy, _) => Some("trust-policy.json"),
            (OutputName::PermissionsPolicy, _) => Some("permissions-policy.json"),
            (OutputName::CliBash, Mode::Role) => Some("create-role.sh"),
            (OutputName::CliBash, Mode::User) => Some("create-user.sh"),
            (OutputName::CliPowershell, Mode::Role) => Some("create-role.ps1"),
            (OutputName::CliPowershell, Mode::User) => Some("create-user.ps1"),
            (OutputName::Cloudformation, _) => Some("template.yaml"),
            (OutputName::Terraform, _) => Some("main.tf"),
            (
                OutputName::ConsoleSteps
                | OutputName::UpdateTrust
                | OutputName::UpdateTrustPowershell
                | OutputName::RoleArn
                | OutputName::Handback
                | OutputName::Verify
                | OutputName::Followup,
                _,
            ) => None,
        }
    }

    /// What its download saves: the text itself, except that PowerShell scripts start with a UTF-8
    /// byte-order mark. The script is pure ASCII already; the mark keeps Windows PowerShell 5.1
    /// reading it as UTF-8 even if someone edits a non-ASCII letter in later. Copying always
    /// takes the text unchanged.
    pub fn file_contents(self, text: &str) -> String {
        match self {
            OutputName::CliPowershell => format!("\u{feff}{text}"),
            _ => text.to_owned(),
        }
    }

    /// The way of creating it belongs to, whose tab shows it; `None` for what every way shares
    /// (the hand-back, the checks, the vendor's next step).
    pub fn how(self) -> Option<How> {
        match self {
            OutputName::ConsoleSteps | OutputName::TrustPolicy | OutputName::PermissionsPolicy => {
                Some(How::Console)
            }
            OutputName::CliBash | OutputName::UpdateTrust => Some(How::Bash),
            OutputName::CliPowershell | OutputName::UpdateTrustPowershell => Some(How::PowerShell),
            OutputName::Cloudformation => Some(How::CloudFormation),
            OutputName::Terraform => Some(How::Terraform),
            OutputName::RoleArn | OutputName::Handback | OutputName::Verify | OutputName::Followup => None,
        }
    }

    /// The output that holds a policy document of this kind; Rolesmith writes no bucket policy.
    pub fn document(kind: DocKind) -> Option<OutputName> {
        match kind {
            DocKind::Trust => Some(OutputName::TrustPolicy),
            DocKind::Permissions => Some(OutputName::PermissionsPolicy),
            DocKind::Bucket => None,
        }
    }

    /// The IAM size quota the output counts against, for policy documents.
    pub fn quota(self) -> Option<Quota> {
        match self {
            OutputName::TrustPolicy => Some(Quota::TrustPolicy),
            OutputName::PermissionsPolicy => Some(Quota::ManagedPolicy),
            _ => None,
        }
    }
}

/// The `data-output` name of the share link, which every spec shows (outside the vendor kit):
/// [`Spec::share_link`] for the page's address.
pub const SHARE_LINK: &str = "share-link";

/// The outputs that apply to what was entered, in page order. Shown even while errors block
/// their content, so the page doesn't jump while the user types.
pub fn shown(spec: &Spec) -> Vec<OutputName> {
    let mut names = vec![OutputName::ConsoleSteps];
    if spec.mode() == Mode::Role {
        names.push(OutputName::TrustPolicy);
    }
    names.extend([OutputName::PermissionsPolicy, OutputName::CliBash, OutputName::CliPowershell]);
    if spec.mode() == Mode::Role && spec.flag(Param::TwoStep) {
        names.extend([OutputName::UpdateTrust, OutputName::UpdateTrustPowershell]);
    }
    names.extend([OutputName::Cloudformation, OutputName::Terraform]);
    if spec.mode() == Mode::Role && !spec.get(Param::CustomerAccount).trim().is_empty() {
        names.push(OutputName::RoleArn);
    }
    names.extend([OutputName::Handback, OutputName::Verify]);
    if !spec.get(Param::Followup).trim().is_empty() {
        names.push(OutputName::Followup);
    }
    names
}

/// The text of one output for a valid plan; `None` if it does not apply to this plan. Only the
/// prose for a person (`console-steps`, `handback`) is in `lang`: documents, scripts and
/// templates are the same bytes in every language.
pub fn text(plan: &Plan, name: OutputName, lang: Lang) -> Option<String> {
    match name {
        OutputName::ConsoleSteps => Some(console::steps(plan, lang).text()),
        OutputName::TrustPolicy => plan.documents().trust.as_ref().map(|trust| trust.json.clone()),
        OutputName::PermissionsPolicy => Some(plan.documents().permissions.json.clone()),
        OutputName::CliBash => Some(bash::script(plan)),
        OutputName::CliPowershell => Some(powershell::script(plan)),
        OutputName::UpdateTrust => bash::update_trust(plan),
        OutputName::UpdateTrustPowershell => powershell::update_trust(plan),
        OutputName::Cloudformation => Some(cloudformation::template(plan)),
        OutputName::Terraform => Some(terraform::configuration(plan)),
        OutputName::RoleArn => plan.role_arn(),
        OutputName::Handback => Some(handback::handback(plan, lang)),
        OutputName::Verify => Some(verify::commands(plan)),
        OutputName::Followup => handback::followup(plan),
    }
}

/// Each output `spec` shows with its text for `plan` (the plan `spec` validates to), in page
/// order, in `lang`: the `data-output` texts of the page once no error stands.
pub fn shown_texts(spec: &Spec, plan: &Plan, lang: Lang) -> Vec<(OutputName, String)> {
    shown(spec).into_iter().filter_map(|name| Some((name, text(plan, name, lang)?))).collect()
}

/// What an output shows instead of a policy while errors stand, in `lang`: each error to fix,
/// one a line.
pub fn blocked(findings: &[Finding], lang: Lang) -> String {
    let errors: Vec<String> = findings
        .iter()
        .filter(|finding| finding.severity() == Severity::Error)
        .map(|finding| format!("- {}", finding.message().text(lang)))
        .collect();
    format!("{}\n{}\n", msg::output_blocked().text(lang), errors.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(url: &str) -> Vec<&'static str> {
        shown(&Spec::from_url(url, "")).into_iter().map(OutputName::as_str).collect()
    }

    const COMMON: [&str; 5] =
        ["permissions-policy", "cli-bash", "cli-powershell", "cloudformation", "terraform"];

    #[test]
    fn role_arn_is_shown_only_when_the_customer_account_is_known() {
        let role = |tail: &[&'static str]| [&["console-steps", "trust-policy"][..], &COMMON, tail].concat();
        assert_eq!(names(""), role(&["handback", "verify"]));
        assert_eq!(names("customer_account=111122223333"), role(&["role-arn", "handback", "verify"]));
    }

    #[test]
    fn blocked_outputs_list_only_the_errors() {
        let (_, findings) = Spec::from_url("bucket=Bad&account=1234-5678-9012", "").validate();
        expect_test::expect![[r#"
            Nothing to copy yet. Fix the form first:
            - Enter the external ID the vendor gave you.
            - Bucket names can't contain 'B'; use lowercase letters, digits, '.' and '-'.
        "#]]
        .assert_eq(&blocked(&findings, Lang::En));
    }

    #[test]
    fn user_mode_has_no_trust_policy_and_followup_shows_only_when_given() {
        let user = |tail: &[&'static str]| [&["console-steps"][..], &COMMON, tail].concat();
        assert_eq!(names("mode=user&customer_account=111122223333"), user(&["handback", "verify"]));
        assert_eq!(names("mode=user&followup=x"), user(&["handback", "verify", "followup"]));
    }

    #[test]
    fn names_round_trip() {
        for name in OutputName::ALL {
            assert_eq!(OutputName::from_name(name.as_str()), Some(name));
        }
        assert_eq!(OutputName::from_name(SHARE_LINK), None);
    }

    #[test]
    fn shown_texts_are_the_shown_outputs_with_their_text() {
        let spec =
            Spec::from_url("account=366810793500&external_id=gc-7f3a9e2b41d84c6e&bucket=acme-logs", "");
        let plan = spec.validate().0.unwrap();
        let texts = shown_texts(&spec, &plan, Lang::En);
        let names: Vec<OutputName> = texts.iter().map(|(name, _)| *name).collect();
        assert_eq!(names, shown(&spec));
        assert_eq!(texts[2], (OutputName::PermissionsPolicy, plan.documents().permissions.json.clone()));
    }

    #[test]
    fn only_powershell_files_carry_a_byte_order_mark() {
        assert_eq!(OutputName::CliPowershell.file_contents("x"), "\u{feff}x");
        assert_eq!(OutputName::CliBash.file_contents("x"), "x");
    }

    #[test]
    fn download_names_follow_the_contract() {
        let files = |mode| OutputName::ALL.iter().filter_map(|name| name.file_name(mode)).collect::<Vec<_>>();
        assert_eq!(
            files(Mode::Role),
            [
                "trust-policy.json",
                "permissions-policy.json",
                "create-role.sh",
                "create-role.ps1",
                "template.yaml",
                "main.tf"
            ]
        );
        assert_eq!(files(Mode::User)[2..4], ["create-user.sh", "create-user.ps1"]);
    }
}
