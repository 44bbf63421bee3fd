//! The vendor's display name, used in headings, descriptions and default names.

use std::fmt;

use crate::finding::Problem;

/// A vendor name such as `Logz.io`. Invariant: 1–64 characters an IAM role description can hold
/// (`[\u0020-\u007E\u00A1-\u00FF]`, aws-rules §3), except `"` and `\`, which Windows
/// PowerShell 5.1 passes to the AWS CLI unescaped (aws-rules §11), so it goes into every output
/// unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VendorName(String);

impl VendorName {
    /// One to 64 printable Latin-1 characters, without `"` or `\`: every problem at once.
    pub fn parse(raw: &str) -> Result<VendorName, Vec<Problem>> {
        let mut problems = Vec::new();
        let len = raw.chars().count();
        if !(1..=64).contains(&len) {
            problems.push(Problem::VendorLength { len });
        }
        // Its characters are worth naming only in a name that could otherwise be one.
        if len > 64 * 4 {
            return Err(problems);
        }
        if let Some(ch) = raw
            .chars()
            .find(|&c| !matches!(c, '\u{20}'..='\u{7e}' | '\u{a1}'..='\u{ff}') || matches!(c, '"' | '\\'))
        {
            problems.push(Problem::VendorChar { ch });
        }
        if problems.is_empty() {
            Ok(VendorName(raw.to_owned()))
        } else {
            Err(problems)
        }
    }

    /// The name as given.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Lowercase ASCII letters and digits joined by single hyphens, at most 40 characters, for
    /// default IAM names (`Logz.io` → `logz-io`). Empty if the name has no ASCII letter or digit.
    pub fn slug(&self) -> String {
        let words: Vec<String> = self
            .0
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|word| !word.is_empty())
            .map(str::to_ascii_lowercase)
            .collect();
        let mut slug = words.join("-");
        slug.truncate(40);
        slug.trim_end_matches('-').to_owned()
    }
}

impl fmt::Display for VendorName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_iam_safe() {
        let slug = |raw: &str| VendorName::parse(raw).unwrap().slug();
        assert_eq!(slug("Logz.io"), "logz-io");
        assert_eq!(slug("Databend Cloud"), "databend-cloud");
        assert_eq!(slug("  XMode  "), "xmode");
        assert_eq!(slug("Ünïcode"), "n-code");
        assert_eq!(slug(&"a-".repeat(30)).len(), 39);
    }

    #[test]
    fn names_iam_cannot_describe_are_refused() {
        let codes =
            |raw: &str| VendorName::parse(raw).unwrap_err().iter().map(Problem::code).collect::<Vec<_>>();
        assert_eq!(codes("观测云"), ["vendor-char"]);
        assert_eq!(codes("Acme \"Data\""), ["vendor-char"]);
        assert_eq!(codes("Acme\\"), ["vendor-char"]);
        assert_eq!(codes(&"v".repeat(65)), ["vendor-length"]);
    }
}
