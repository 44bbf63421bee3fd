//! The `lang` parameter as read from a link or a flag: the interface's language, or the problem
//! with it. Here with the other parsers, so the messages' module (`crate::lang`) knows nothing of
//! findings, which are made of its messages.

use std::str::FromStr;

use crate::finding::Problem;
use crate::lang::Lang;

impl Lang {
    /// The language `lang=` names exactly, or [`Problem::NotOneOf`].
    pub fn parse(raw: &str) -> Result<Lang, Vec<Problem>> {
        raw.parse().map_err(|problem| vec![problem])
    }
}

/// `lang=` has one problem at most, so `str::parse` (and the command line's `--lang`) reports it
/// alone; [`Lang::parse`] reports it as every parser does.
impl FromStr for Lang {
    type Err = Problem;

    fn from_str(raw: &str) -> Result<Lang, Problem> {
        Lang::from_code(raw).ok_or_else(|| Problem::NotOneOf { value: raw.to_owned(), allowed: Lang::NAMES })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lang_values_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::parse(lang.code()), Ok(lang));
        }
        assert!(Lang::parse("zh").is_err());
        assert!(Lang::parse("EN").is_err());
    }
}
