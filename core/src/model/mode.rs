//! What the customer creates for the vendor: the `mode` parameter.

use std::fmt;

use crate::finding::Problem;

/// Role mode (the default) or user mode (design.md, Modes).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// An IAM role the vendor assumes with the external ID.
    #[default]
    Role,
    /// An IAM user with an access key, for vendors that cannot assume a role.
    User,
}

impl Mode {
    /// Both modes, the default first.
    pub const ALL: [Mode; 2] = [Mode::Role, Mode::User];
    /// The `mode=` values, as findings list them.
    pub const NAMES: &'static [&'static str] = &["role", "user"];

    /// The mode named exactly `raw`, or [`Problem::NotOneOf`].
    pub fn parse(raw: &str) -> Result<Mode, Vec<Problem>> {
        Mode::ALL
            .into_iter()
            .find(|mode| mode.as_str() == raw)
            .ok_or_else(|| vec![Problem::NotOneOf { value: raw.to_owned(), allowed: Mode::NAMES }])
    }

    /// The `mode=` value.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Role => "role",
            Mode::User => "user",
        }
    }
}

impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_others_are_refused() {
        for mode in Mode::ALL {
            assert_eq!(Mode::parse(mode.as_str()), Ok(mode));
        }
        assert_eq!(Mode::parse("admin").unwrap_err()[0].code(), "not-one-of");
    }
}
