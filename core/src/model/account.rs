//! AWS account IDs (aws-rules §1).

use std::fmt;

use crate::finding::Problem;

/// A 12-digit AWS account ID. Invariant: exactly twelve ASCII digits; kept as text because a
/// leading zero is legal.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AccountId(String);

impl AccountId {
    /// Accepts exactly twelve digits. Console-style `1234-5678-9012` is normalised in `spec`, with
    /// a warning, before it gets here.
    pub fn parse(raw: &str) -> Result<AccountId, Vec<Problem>> {
        let mut problems = Vec::new();
        if let Some(ch) = raw.chars().find(|c| !c.is_ascii_digit()) {
            problems.push(Problem::AccountChar { ch });
        }
        let digits = raw.chars().filter(char::is_ascii_digit).count();
        if digits != 12 && (digits > 0 || problems.is_empty()) {
            problems.push(Problem::AccountDigits { digits });
        }
        if problems.is_empty() && raw.bytes().all(|digit| digit == b'0') {
            problems.push(Problem::AccountImpossible);
        }
        if problems.is_empty() {
            Ok(AccountId(raw.to_owned()))
        } else {
            Err(problems)
        }
    }

    /// The twelve digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for AccountId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(raw: &str) -> Vec<&'static str> {
        match AccountId::parse(raw) {
            Ok(account) => {
                assert_eq!(account.as_str(), raw);
                vec![]
            }
            Err(problems) => problems.iter().map(Problem::code).collect(),
        }
    }

    #[test]
    fn appendix_a_vectors() {
        assert_eq!(check("012345678901"), Vec::<&str>::new());
        assert_eq!(check("366810793500"), Vec::<&str>::new());
        assert_eq!(check("1234567898012"), ["account-digits"]);
        assert_eq!(check("<Authorized Account ID>"), ["account-char"]);
        // Hyphens reach `parse` only if normalisation was skipped; then they are refused.
        assert_eq!(check("1234-5678-9012"), ["account-char"]);
        assert_eq!(check("000000000000"), ["account-impossible"]);
    }

    #[test]
    fn messages_say_how_many_digits() {
        let problems = AccountId::parse("12345").unwrap_err();
        assert_eq!(
            problems[0].to_string(),
            "An AWS account ID has exactly 12 digits; this one has 5. Copy it again from the vendor."
        );
    }
}
