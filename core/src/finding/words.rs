//! How messages name things the user can't see or didn't type: invisible spaces, quoting
//! characters, the value a field holds.

use crate::param::Param;

/// A quoting character by name, since quoted it reads as noise (`'''`).
pub(super) fn quote_name(ch: char) -> &'static str {
    match ch {
        '\'' => "single quote",
        '"' => "double quote",
        '`' => "backtick",
        _ => "backslash",
    }
}

/// An invisible space by name.
pub(super) fn space_name(ch: char) -> &'static str {
    match ch {
        '\u{a0}' | '\u{2007}' | '\u{202f}' => "non-breaking space",
        _ => "zero-width space",
    }
}

/// The value a field holds, as a message names it.
pub(super) fn noun(param: Param) -> &'static str {
    match param {
        Param::Account => "the vendor's AWS account ID",
        Param::User => "the vendor's IAM user name",
        Param::Role => "the vendor's IAM role name",
        Param::Principal => "the vendor's principal ARN",
        Param::ExternalId => "the external ID the vendor gave you",
        Param::Bucket => "the bucket name",
        Param::Actions => "at least one action",
        Param::CustomerAccount => "your AWS account ID",
        _ => "a value",
    }
}
