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
    /// default IAM names (`Logz.io` → `logz-io`). A Latin-1 letter loses its accent rather than
    /// the letter (`Société Générale` → `societe-generale`). Empty if the name has no ASCII or
    /// accented letter and no digit (`µ` is Greek, and IAM names can't hold it).
    pub fn slug(&self) -> String {
        let mut slug = String::new();
        let mut gap = false;
        let mut ascii = [0; 1];
        for c in self.0.chars() {
            let letters: &str = if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase().encode_utf8(&mut ascii)
            } else if let Some(letters) = unaccented(c) {
                letters
            } else {
                gap = true;
                continue;
            };
            if gap && !slug.is_empty() {
                slug.push('-');
            }
            gap = false;
            slug.push_str(letters);
        }
        slug.truncate(40);
        slug.trim_end_matches('-').to_owned()
    }
}

/// A Latin-1 letter written in lowercase ASCII, as default names are (`É` → `e`, `ß` → `ss`).
fn unaccented(c: char) -> Option<&'static str> {
    Some(match c.to_lowercase().next()? {
        'à'..='å' | 'ª' => "a",
        'æ' => "ae",
        'ç' => "c",
        'è'..='ë' => "e",
        'ì'..='ï' => "i",
        'ð' => "d",
        'ñ' => "n",
        'ò'..='ö' | 'ø' | 'º' => "o",
        'ù'..='ü' => "u",
        'ý' | 'ÿ' => "y",
        'þ' => "th",
        'ß' => "ss",
        _ => return None,
    })
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
        assert_eq!(slug("Ünïcode"), "unicode");
        assert_eq!(slug("Òlan Data"), "olan-data");
        assert_eq!(slug("Société Générale"), "societe-generale");
        assert_eq!(slug("Þór & Søn, Straße"), "thor-son-strasse");
        assert_eq!(slug("¡Ñu! × ÷"), "nu");
        assert_eq!(slug("Nº 1 µData"), "no-1-data");
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
