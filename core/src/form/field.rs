//! What each field says to the user: its label, a one-line hint with where to find the value,
//! an example, and the control it is edited with. Label and hint are messages, in the page's
//! language; an example is a value, the same in every language.

use crate::form::choices;
use crate::lang::{msg, Message};
use crate::param::Param;

/// The kind of form control a parameter is edited with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    /// One line of text.
    Text,
    /// Several lines: a list, or text with line breaks.
    TextArea,
    /// A fixed list, whose choices [`choices`] gives.
    Select,
    /// Checked means `"true"`, unchecked means empty.
    Checkbox,
}

/// The words around one field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldText {
    /// The visible `<label>`.
    pub label: Message,
    /// The line under the control.
    pub hint: Message,
    /// A value of the right shape, shown in an empty text field ("e.g. …").
    pub example: Option<&'static str>,
    /// How the value is edited.
    pub control: Control,
}

/// The words of `param`'s field, or `None` for a parameter that no field edits (`lock`, `embed`,
/// `view`).
pub fn field_text(param: Param) -> Option<FieldText> {
    let (label, hint, example) = match param {
        Param::Vendor => (msg::field_vendor(), msg::field_vendor_hint(), Some("Logz.io")),
        Param::Mode => (msg::field_mode(), msg::field_mode_hint(), None),
        Param::Partition => (msg::field_partition(), msg::field_partition_hint(), None),
        Param::Site => (msg::field_site(), msg::field_site_hint(), Some("US1")),
        Param::Account => (msg::field_account(), msg::field_account_hint(), Some("366810793500")),
        Param::User => (msg::field_user(), msg::field_user_hint(), Some("xmode-data-transfer")),
        Param::Role => (msg::field_role(), msg::field_role_hint(), Some("databend/tn-abc/databend-tn-abc")),
        Param::Principal => (
            msg::field_principal(),
            msg::field_principal_hint(),
            Some("arn:aws:iam::366810793500:user/xmode-data-transfer"),
        ),
        Param::ExternalId => {
            (msg::field_external_id(), msg::field_external_id_hint(), Some("gc-7f3a9e2b41d84c6e"))
        }
        Param::Bucket => (msg::field_bucket(), msg::field_bucket_hint(), Some("acme-vendor-exports")),
        Param::Prefix => (msg::field_prefix(), msg::field_prefix_hint(), Some("exports/vendor/")),
        Param::Locations => {
            (msg::field_locations(), msg::field_locations_hint(), Some("my-archive-bucket/logs/"))
        }
        Param::Access => (msg::field_access(), msg::field_access_hint(), None),
        Param::Actions => {
            (msg::field_actions(), msg::field_actions_hint(), Some("s3:GetObject, s3:ListBucket"))
        }
        Param::Acl => (msg::field_acl(), msg::field_acl_hint(), None),
        Param::DenyOutsideBucket => {
            (msg::field_deny_outside_bucket(), msg::field_deny_outside_bucket_hint(), None)
        }
        Param::SelfAssume => (msg::field_self_assume(), msg::field_self_assume_hint(), None),
        Param::TwoStep => (msg::field_two_step(), msg::field_two_step_hint(), None),
        Param::KmsKey => (
            msg::field_kms_key(),
            msg::field_kms_key_hint(),
            Some("arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"),
        ),
        Param::CustomerAccount => {
            (msg::field_customer_account(), msg::field_customer_account_hint(), Some("111122223333"))
        }
        Param::RoleName => (msg::field_role_name(), msg::field_role_name_hint(), None),
        Param::PolicyName => (msg::field_policy_name(), msg::field_policy_name_hint(), None),
        Param::UserName => (msg::field_user_name(), msg::field_user_name_hint(), None),
        Param::Followup => (msg::field_followup(), msg::field_followup_hint(), None),
        Param::How => (msg::field_how(), msg::field_how_hint(), None),
        Param::Theme => (msg::field_theme(), msg::field_theme_hint(), None),
        Param::Accent => (msg::field_accent(), msg::field_accent_hint(), Some("#1A73E8")),
        Param::Lang => (msg::field_lang(), msg::field_lang_hint(), None),
        Param::Lock | Param::Embed | Param::View => return None,
    };
    Some(FieldText { label, hint, example, control: control(param) })
}

/// A select where the form offers choices, a checkbox for a flag, a text area for what takes a
/// line each.
fn control(param: Param) -> Control {
    if choices(param).is_some() {
        Control::Select
    } else if param.is_flag() {
        Control::Checkbox
    } else if matches!(param, Param::Locations | Param::Followup) {
        Control::TextArea
    } else {
        Control::Text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embed::KIT_PARAMS;
    use crate::lang::Lang;
    use crate::model::Mode;
    use crate::spec;

    #[test]
    fn every_field_has_a_label_and_a_hint_in_every_language() {
        let shown = [spec::fields(Mode::Role), spec::fields(Mode::User), KIT_PARAMS.to_vec()].concat();
        for param in shown {
            let Some(text) = field_text(param) else { panic!("{param} has no words") };
            for lang in Lang::ALL {
                let (label, hint) = (text.label.text(lang), text.hint.text(lang));
                assert!(!label.is_empty() && !hint.is_empty(), "{param} in {lang:?}");
                assert_eq!(label.trim(), label, "{param} in {lang:?}");
            }
            // Chinese words, not English left in place.
            let chinese = |text: &str| text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
            assert!(chinese(&text.label.text(Lang::ZhCn)), "{param}");
            assert!(chinese(&text.hint.text(Lang::ZhCn)), "{param}");
        }
    }

    #[test]
    fn the_english_words_stay_as_they_were() {
        let words = |param| field_text(param).map(|text| (text.label.to_string(), text.hint.to_string()));
        assert_eq!(
            words(Param::Bucket),
            Some(("Bucket name".to_owned(), "Only the name, without s3:// or arn:.".to_owned()))
        );
        let followup = words(Param::Followup).map(|(_, hint)| hint).unwrap_or_default();
        assert!(followup.contains("{role_arn}, {external_id}, {bucket} and {prefix}"), "{followup}");
        assert_eq!(field_text(Param::Lock), None);
    }

    #[test]
    fn a_sentence_quotes_a_field_by_its_label() {
        let label = field_text(Param::Account).map(|text| text.label);
        let lock = |lang| label.clone().map(|label| msg::kit_lock_field(label).text(lang));
        assert_eq!(lock(Lang::En).as_deref(), Some("Lock “Vendor's AWS account ID”"));
        assert_eq!(lock(Lang::ZhCn).as_deref(), Some("锁定“供应商的 AWS 账户 ID”"));
    }

    #[test]
    fn each_field_gets_the_control_its_value_needs() {
        let control = |param| field_text(param).map(|text| text.control);
        assert_eq!(control(Param::Access), Some(Control::Select));
        assert_eq!(control(Param::Lang), Some(Control::Select));
        assert_eq!(control(Param::SelfAssume), Some(Control::Checkbox));
        assert_eq!(control(Param::Locations), Some(Control::TextArea));
        assert_eq!(control(Param::Bucket), Some(Control::Text));
        assert_eq!(control(Param::Accent), Some(Control::Text));
    }
}
