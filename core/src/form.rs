//! The form's rules, for the page to show: which section each field sits in, what each field
//! says (`field.rs`), the choices of each select with their labels, the one choice for the
//! vendor's principal, which findings are notices and which a calm "still to fill". The page
//! asks; it decides nothing itself. Every word here is a [`Message`], shown in the page's language.

mod field;

pub use field::{field_text, Control, FieldText};

use crate::finding::{Finding, Location, Problem, Severity};
use crate::lang::{msg, Lang, Message};
use crate::model::{parse_flag, Access, CannedAcl, How, Mode, Partition, Theme};
use crate::param::Param;

/// Where a field sits in the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// Who the vendor is and how it proves it.
    Vendor,
    /// The bucket and what the vendor may do in it, and the customer's own account, which the
    /// hand-back needs for the role ARN.
    Bucket,
    /// What most customers never touch, behind a disclosure that opens by itself when any of
    /// them has a value or a finding.
    MoreOptions,
}

impl Section {
    /// The section that holds `param`'s field.
    pub fn of(param: Param) -> Section {
        match param {
            Param::Vendor
            | Param::Mode
            | Param::Site
            | Param::Account
            | Param::User
            | Param::Role
            | Param::Principal
            | Param::ExternalId => Section::Vendor,
            Param::Bucket | Param::Prefix | Param::Access | Param::CustomerAccount => Section::Bucket,
            Param::Partition
            | Param::Locations
            | Param::Actions
            | Param::Acl
            | Param::DenyOutsideBucket
            | Param::KmsKey
            | Param::SelfAssume
            | Param::TwoStep
            | Param::RoleName
            | Param::PolicyName
            | Param::UserName
            | Param::Followup
            | Param::Lock
            | Param::Embed
            | Param::How
            | Param::View
            | Param::Theme
            | Param::Accent
            | Param::Lang => Section::MoreOptions,
        }
    }
}

/// A select's choices, each a value and its label, and what an empty value means.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choices {
    /// Each option's value and label, in order.
    pub options: Vec<(&'static str, Message)>,
    /// The value an empty field means.
    pub default: &'static str,
}

/// The choices of a parameter edited with a select, or `None` for the others.
pub fn choices(param: Param) -> Option<Choices> {
    let options: Vec<(&'static str, Message)> = match param {
        Param::Mode => Mode::ALL.iter().map(|mode| (mode.as_str(), mode_label(*mode))).collect(),
        Param::Partition => {
            Partition::ALL.iter().map(|partition| (partition.as_str(), partition_label(*partition))).collect()
        }
        Param::Access => Access::ALL.iter().map(|access| (access.as_str(), access_label(*access))).collect(),
        Param::Acl => {
            let acl = CannedAcl::BucketOwnerFullControl.as_str();
            vec![("", msg::acl_not_required()), (acl, msg::verbatim(acl))]
        }
        Param::How => How::ALL.iter().map(|how| (how.as_str(), how.label())).collect(),
        Param::Theme => vec![
            (Theme::Auto.as_str(), msg::theme_auto()),
            (Theme::Light.as_str(), msg::theme_light()),
            (Theme::Dark.as_str(), msg::theme_dark()),
        ],
        // Empty leaves it to each reader's browser; a language is named in itself, in every one.
        Param::Lang => std::iter::once(("", msg::lang_browser()))
            .chain(Lang::ALL.into_iter().map(|lang| (lang.code(), msg::verbatim(lang.name()))))
            .collect(),
        _ => return None,
    };
    let default = match param {
        Param::Mode => Mode::default().as_str(),
        Param::Partition => Partition::default().as_str(),
        Param::Access => Access::default().as_str(),
        Param::How => How::default().as_str(),
        Param::Theme => Theme::default().as_str(),
        _ => "",
    };
    Some(Choices { options, default })
}

/// A value as the page shows it where it can't be changed (what a link locked): a choice by its
/// label ("Read: list and download", not `read`), a flag as "Yes" or "No", nothing as "Empty".
/// A value that is no valid choice shows as it is, next to its error.
pub fn value_label(param: Param, value: &str) -> Message {
    let value = value.trim();
    if let Some(choices) = choices(param) {
        let chosen = if value.is_empty() { choices.default } else { value };
        if let Some((_, label)) = choices.options.into_iter().find(|(option, _)| *option == chosen) {
            return label;
        }
    }
    if param.is_flag() {
        if let Ok(on) = parse_flag(value) {
            return if on { msg::value_yes() } else { msg::value_no() };
        }
    }
    if value.is_empty() {
        msg::value_empty()
    } else {
        msg::verbatim(value)
    }
}

fn mode_label(mode: Mode) -> Message {
    match mode {
        Mode::Role => msg::mode_role(),
        Mode::User => msg::mode_user(),
    }
}

fn partition_label(partition: Partition) -> Message {
    match partition {
        Partition::Aws => msg::partition_aws(),
        Partition::AwsCn => msg::partition_aws_cn(),
        Partition::AwsUsGov => msg::partition_aws_us_gov(),
    }
}

fn access_label(access: Access) -> Message {
    match access {
        Access::Read => msg::access_read(),
        Access::Write => msg::access_write(),
        Access::ReadWrite => msg::access_read_write(),
        Access::ReadWriteDelete => msg::access_read_write_delete(),
    }
}

/// How the vendor's principal is given: one choice, showing the one field it needs. The
/// parameters stay as the contract has them; the choice follows from them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrincipalChoice {
    /// The whole account (`account` alone): trust whatever the vendor's account allows.
    Account,
    /// One IAM user of the account (`account` + `user`).
    User,
    /// One IAM role of the account (`account` + `role`).
    Role,
    /// A full principal ARN (`principal`).
    Arn,
}

impl PrincipalChoice {
    /// Every choice, in the radio group's order.
    pub const ALL: [PrincipalChoice; 4] =
        [PrincipalChoice::Account, PrincipalChoice::User, PrincipalChoice::Role, PrincipalChoice::Arn];

    /// The radio button's value.
    pub fn as_str(self) -> &'static str {
        match self {
            PrincipalChoice::Account => "account",
            PrincipalChoice::User => "user",
            PrincipalChoice::Role => "role",
            PrincipalChoice::Arn => "arn",
        }
    }

    /// The radio button's label.
    pub fn label(self) -> Message {
        match self {
            PrincipalChoice::Account => msg::principal_choice_account(),
            PrincipalChoice::User => msg::principal_choice_user(),
            PrincipalChoice::Role => msg::principal_choice_role(),
            PrincipalChoice::Arn => msg::principal_choice_arn(),
        }
    }

    /// The parameters this choice is entered with.
    pub fn params(self) -> &'static [Param] {
        match self {
            PrincipalChoice::Account => &[Param::Account],
            PrincipalChoice::User => &[Param::Account, Param::User],
            PrincipalChoice::Role => &[Param::Account, Param::Role],
            PrincipalChoice::Arn => &[Param::Principal],
        }
    }

    /// The choice the values imply: a principal ARN, else a role, else a user, else the account.
    pub fn implied(value: impl Fn(Param) -> bool) -> PrincipalChoice {
        if value(Param::Principal) {
            PrincipalChoice::Arn
        } else if value(Param::Role) {
            PrincipalChoice::Role
        } else if value(Param::User) {
            PrincipalChoice::User
        } else {
            PrincipalChoice::Account
        }
    }
}

/// The `data-notice` kind a finding about the URL is shown under: its code, except that unknown
/// parameters keep the contract's plural name.
pub fn notice_kind(finding: &Finding) -> Option<&'static str> {
    (finding.at == Location::Url).then(|| match finding.problem {
        Problem::UnknownParam { .. }
        | Problem::UnknownParamsMore { .. }
        | Problem::UnknownParamsPastCounting { .. } => "unknown-params",
        _ => finding.code(),
    })
}

/// Whether a field's errors only say it is still empty: shown calmly, as "still to fill", until
/// the user has been in the field.
pub fn only_still_to_fill(findings: &[Finding]) -> bool {
    findings
        .iter()
        .filter(|finding| finding.severity() == Severity::Error)
        .all(|finding| matches!(finding.problem, Problem::Missing { .. }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_select_has_its_default_among_its_options() {
        for param in Param::ALL {
            if let Some(choices) = choices(param) {
                assert!(choices.options.iter().any(|(value, _)| *value == choices.default), "{param}");
            }
        }
        assert!(choices(Param::Bucket).is_none());
    }

    #[test]
    fn the_choice_follows_the_values() {
        let given = |params: &'static [Param]| move |param| params.contains(&param);
        assert_eq!(PrincipalChoice::implied(given(&[])), PrincipalChoice::Account);
        assert_eq!(PrincipalChoice::implied(given(&[Param::Account, Param::User])), PrincipalChoice::User);
        assert_eq!(PrincipalChoice::implied(given(&[Param::Account, Param::Role])), PrincipalChoice::Role);
        assert_eq!(PrincipalChoice::implied(given(&[Param::Principal])), PrincipalChoice::Arn);
    }

    #[test]
    fn locked_values_read_as_words() {
        let words = |param, value| value_label(param, value).to_string();
        assert_eq!(words(Param::Access, "read"), "Read: list and download");
        assert_eq!(words(Param::Access, "read-write"), "Read and write");
        assert_eq!(words(Param::Access, ""), "Read and write");
        assert_eq!(words(Param::DenyOutsideBucket, "true"), "Yes");
        assert_eq!(words(Param::DenyOutsideBucket, ""), "No");
        assert_eq!(words(Param::Mode, "user"), "A user with an access key");
        assert_eq!(words(Param::Partition, "aws-cn"), "aws-cn: China");
        assert_eq!(words(Param::Account, " 406095609952 "), "406095609952");
        assert_eq!(words(Param::KmsKey, ""), "Empty");
        assert_eq!(words(Param::Access, "everything"), "everything");
    }

    #[test]
    fn locked_values_read_as_words_in_chinese_too() {
        let words = |param, value| value_label(param, value).text(Lang::ZhCn);
        assert_eq!(words(Param::Access, "read"), "读取：列出和下载");
        assert_eq!(words(Param::DenyOutsideBucket, "true"), "是");
        assert_eq!(words(Param::Lang, "zh-CN"), "简体中文");
        assert_eq!(words(Param::Account, "406095609952"), "406095609952");
    }

    #[test]
    fn every_choice_and_principal_choice_has_words_in_every_language() {
        for lang in Lang::ALL {
            for choices in Param::ALL.into_iter().filter_map(choices) {
                for (value, label) in choices.options {
                    assert!(!label.text(lang).trim().is_empty(), "{value} in {lang:?}");
                }
            }
            for choice in PrincipalChoice::ALL {
                assert!(!choice.label().text(lang).is_empty(), "{choice:?} in {lang:?}");
            }
        }
    }
}
