//! How messages name things the user can't see or didn't type: invisible spaces, quoting
//! characters, the value a field holds, a kind of policy, a list.

use crate::lang::{msg, Message};
use crate::param::Param;
use crate::policy::kind::DocKind;

/// A quoting character by name, since quoted it reads as noise (`'''`).
pub(super) fn quote_name(ch: char) -> Message {
    match ch {
        '\'' => msg::quote_name_single(),
        '"' => msg::quote_name_double(),
        '`' => msg::quote_name_backtick(),
        _ => msg::quote_name_backslash(),
    }
}

/// An invisible space by name.
pub(super) fn space_name(ch: char) -> Message {
    match ch {
        '\u{a0}' | '\u{2007}' | '\u{202f}' => msg::space_name_non_breaking(),
        _ => msg::space_name_zero_width(),
    }
}

/// The value a field holds, as a message names it.
pub(super) fn noun(param: Param) -> Message {
    match param {
        Param::Account => msg::noun_account(),
        Param::User => msg::noun_user(),
        Param::Role => msg::noun_role(),
        Param::Principal => msg::noun_principal(),
        Param::ExternalId => msg::noun_external_id(),
        Param::Bucket => msg::noun_bucket(),
        Param::Actions => msg::noun_actions(),
        Param::CustomerAccount => msg::noun_customer_account(),
        _ => msg::noun_value(),
    }
}

/// A kind of policy, as a message names it.
pub(super) fn policy_noun(doc: DocKind) -> Message {
    match doc {
        DocKind::Trust => msg::noun_trust_policy(),
        DocKind::Permissions => msg::noun_permissions_policy(),
        DocKind::Bucket => msg::noun_bucket_policy(),
    }
}

/// A character as a message quotes it: escaped where it would not show (a control character,
/// a tab, a line break), as it is otherwise.
pub(super) fn visible(ch: char) -> String {
    if ch.is_control() || ch.is_whitespace() {
        ch.escape_default().to_string()
    } else {
        ch.to_string()
    }
}

/// Names or values for a message to list, each as it reads (the language joins them).
pub(super) fn list<T: ToString>(items: &[T]) -> Vec<String> {
    items.iter().map(T::to_string).collect()
}
