//! The external ID a vendor issues (aws-rules §4).

use std::fmt;

use crate::finding::Problem;

/// An `sts:ExternalId` value. Invariant: STS would accept it in `AssumeRole`: 2–1224 characters
/// of `[A-Za-z0-9_+=,.@:/-]`. External IDs follow the STS rule (aws-rules §4), not the narrower
/// lists some docs print: IAM stores anything in the trust policy, and a value STS refuses makes
/// the role impossible to assume.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ExternalId(String);

impl ExternalId {
    /// Checks the STS rule (aws-rules §4): 2 to 1,224 characters from letters, digits and
    /// `_+=,.@:/-`; every problem at once.
    pub fn parse(raw: &str) -> Result<ExternalId, Vec<Problem>> {
        let mut problems = Vec::new();
        let len = raw.chars().count();
        if !(2..=1224).contains(&len) {
            problems.push(Problem::ExternalIdLength { len });
        }
        if let Some(ch) = raw.chars().find(|&c| !is_external_id_char(c)) {
            problems.push(Problem::ExternalIdChar { ch });
        }
        if problems.is_empty() {
            Ok(ExternalId(raw.to_owned()))
        } else {
            Err(problems)
        }
    }

    /// The ID exactly as the vendor issued it.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ExternalId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn is_external_id_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '+' | '=' | ',' | '.' | '@' | ':' | '/' | '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(raw: &str) -> Vec<&'static str> {
        match ExternalId::parse(raw) {
            Ok(id) => {
                assert_eq!(id.to_string(), raw);
                vec![]
            }
            Err(problems) => problems.iter().map(Problem::code).collect(),
        }
    }

    #[test]
    fn appendix_a_valid() {
        for raw in [
            "ab",
            "my-external-id-123",
            "MYACCOUNT_SFCRole=2_a123456/s0aBCDEfGHIJklmNoPq=",
            "EXTERNAL_FUNCTIONS_SFCRole=3_8Hcmbi9halFOkt+MdilPi7rdgOv=",
            "us1:0000000000000131",
            &"x".repeat(1224),
        ] {
            assert_eq!(check(raw), Vec::<&str>::new(), "{raw}");
        }
    }

    #[test]
    fn appendix_a_invalid() {
        assert_eq!(check("a"), ["external-id-length"]);
        assert_eq!(check("company name"), ["external-id-char"]);
        assert_eq!(check("{replace with input company name}"), ["external-id-char"]);
        assert_eq!(check("ünïcode"), ["external-id-char"]);
        assert_eq!(check(&"x".repeat(1225)), ["external-id-length"]);
        assert_eq!(check(" "), ["external-id-length", "external-id-char"]);
    }

    #[test]
    fn message_names_the_character_and_the_consequence() {
        let problems = ExternalId::parse("company name").unwrap_err();
        assert_eq!(
            problems[0].to_string(),
            "External IDs can't contain ' ' (AWS would refuse every sign-in); use letters, digits and _ + = , . @ : / - only."
        );
    }
}
