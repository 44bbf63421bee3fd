//! Yes/no parameters (`deny_outside_bucket`, `embed`): one rule for what counts as yes, used by
//! validation and by the form's checkboxes alike.

use crate::finding::Problem;

/// What a yes/no parameter accepts.
const FLAG_NAMES: &[&str] = &["true", "false", "1", "0"];

/// `true`/`1` or `false`/`0`; empty is no.
pub fn parse_flag(raw: &str) -> Result<bool, Vec<Problem>> {
    match raw {
        "true" | "1" => Ok(true),
        "false" | "0" | "" => Ok(false),
        _ => Err(vec![Problem::NotOneOf { value: raw.to_owned(), allowed: FLAG_NAMES }]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_flags_parse_and_others_are_refused() {
        assert_eq!(parse_flag("1"), Ok(true));
        assert_eq!(parse_flag("true"), Ok(true));
        assert_eq!(parse_flag(""), Ok(false));
        assert!(parse_flag("yes").is_err());
    }
}
