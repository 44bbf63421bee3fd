//! The outputs of the public contract: which ones a spec shows, what each contains, and the file
//! name it downloads as. The UI renders whatever this lists, so a new output is added here only.

use crate::finding::{Finding, Severity};
use crate::param::Param;
use crate::plan::Plan;
use crate::policy::size::Quota;
use crate::policy::{permissions, to_pretty_json, trust};
use crate::render::bash;
use crate::spec::{Mode, Spec};

/// One output panel; the `data-output` name is its contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum OutputName {
    TrustPolicy,
    PermissionsPolicy,
    CliBash,
    RoleArn,
}

impl OutputName {
    pub const ALL: [OutputName; 4] =
        [OutputName::TrustPolicy, OutputName::PermissionsPolicy, OutputName::CliBash, OutputName::RoleArn];

    /// The `data-output` / `data-copy-for` / `data-download-for` value.
    pub fn as_str(self) -> &'static str {
        match self {
            OutputName::TrustPolicy => "trust-policy",
            OutputName::PermissionsPolicy => "permissions-policy",
            OutputName::CliBash => "cli-bash",
            OutputName::RoleArn => "role-arn",
        }
    }

    /// The panel's heading.
    pub fn title(self) -> &'static str {
        match self {
            OutputName::TrustPolicy => "Trust policy",
            OutputName::PermissionsPolicy => "Permissions policy",
            OutputName::CliBash => "AWS CLI (bash)",
            OutputName::RoleArn => "Role ARN",
        }
    }

    /// The fixed file name its download button saves, if it has one.
    pub fn file_name(self, mode: Mode) -> Option<&'static str> {
        match (self, mode) {
            (OutputName::TrustPolicy, _) => Some("trust-policy.json"),
            (OutputName::PermissionsPolicy, _) => Some("permissions-policy.json"),
            (OutputName::CliBash, Mode::Role) => Some("create-role.sh"),
            (OutputName::CliBash, Mode::User) => Some("create-user.sh"),
            (OutputName::RoleArn, _) => None,
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

/// The outputs that apply to what was entered, in page order. Shown even while errors block
/// their content, so the page doesn't jump while the user types.
pub fn shown(spec: &Spec) -> Vec<OutputName> {
    let mut names = Vec::new();
    if spec.mode() == Mode::Role {
        names.push(OutputName::TrustPolicy);
    }
    names.extend([OutputName::PermissionsPolicy, OutputName::CliBash]);
    if spec.mode() == Mode::Role && !spec.get(Param::CustomerAccount).trim().is_empty() {
        names.push(OutputName::RoleArn);
    }
    names
}

/// The text of one output for a valid plan; `None` if it does not apply to this plan.
pub fn text(plan: &Plan, name: OutputName) -> Option<String> {
    match name {
        OutputName::TrustPolicy => trust::for_plan(plan).map(|document| to_pretty_json(&document)),
        OutputName::PermissionsPolicy => Some(to_pretty_json(&permissions::document(plan))),
        OutputName::CliBash => bash::script(plan),
        OutputName::RoleArn => plan.role_arn(),
    }
}

/// What an output shows instead of a policy while errors stand: each error to fix, one a line.
pub fn blocked(findings: &[Finding]) -> String {
    let errors: Vec<String> = findings
        .iter()
        .filter(|finding| finding.severity() == Severity::Error)
        .map(|finding| format!("- {finding}"))
        .collect();
    format!("Nothing to copy yet. Fix the form first:\n{}\n", errors.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(url: &str) -> Vec<&'static str> {
        shown(&Spec::from_url(url, "")).into_iter().map(OutputName::as_str).collect()
    }

    #[test]
    fn role_arn_is_shown_only_when_the_customer_account_is_known() {
        assert_eq!(names(""), ["trust-policy", "permissions-policy", "cli-bash"]);
        assert_eq!(
            names("customer_account=111122223333"),
            ["trust-policy", "permissions-policy", "cli-bash", "role-arn"]
        );
    }

    #[test]
    fn blocked_outputs_list_only_the_errors() {
        let (_, findings) = Spec::from_url("bucket=Bad&account=1234-5678-9012", "").validate();
        expect_test::expect![[r#"
            Nothing to copy yet. Fix the form first:
            - Enter the external ID the vendor gave you.
            - Bucket names can't contain 'B'; use lowercase letters, digits, '.' and '-'.
        "#]]
        .assert_eq(&blocked(&findings));
    }

    #[test]
    fn user_mode_has_no_trust_policy() {
        assert_eq!(names("mode=user&customer_account=111122223333"), ["permissions-policy", "cli-bash"]);
    }
}
