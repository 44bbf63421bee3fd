//! Key prefixes: the folder inside a bucket that the vendor may use (aws-rules §9).

use std::fmt;

use crate::finding::Problem;

/// A folder inside a bucket, without leading or trailing `/` (`logs/elb`). Invariant: non-empty
/// segments separated by single slashes, no `*`, `?` or `${` (IAM would read them as wildcards or
/// policy variables), no
/// control characters, and short enough to be part of an S3 key (1024 bytes).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct KeyPrefix(String);

impl KeyPrefix {
    /// Takes the folder as `spec` normalised it: the slashes around it are already gone.
    pub fn parse(raw: &str) -> Result<KeyPrefix, Vec<Problem>> {
        let mut problems = Vec::new();
        if let Some(ch) = raw.chars().find(|&c| matches!(c, '*' | '?')) {
            problems.push(Problem::PrefixWildcard { ch });
        }
        if raw.contains("${") {
            problems.push(Problem::PrefixPolicyVariable);
        }
        if raw.chars().any(char::is_control) {
            problems.push(Problem::PrefixControlChar);
        }
        if let Some(ch) = raw.chars().find(|&c| c > '\u{ff}') {
            problems.push(Problem::PrefixChar { ch });
        }
        if raw.split('/').any(str::is_empty) {
            problems.push(Problem::PrefixEmptySegment);
        }
        let bytes = raw.len() + 1;
        if bytes > 1024 {
            problems.push(Problem::PrefixLength { bytes });
        }
        if problems.is_empty() {
            Ok(KeyPrefix(raw.to_owned()))
        } else {
            Err(problems)
        }
    }

    /// The prefix as S3 keys start with it.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The folder as S3 keys start with it: `logs/elb/`.
    pub fn folder(&self) -> String {
        format!("{}/", self.0)
    }
}

impl fmt::Display for KeyPrefix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(raw: &str) -> Vec<&'static str> {
        match KeyPrefix::parse(raw) {
            Ok(prefix) => {
                assert_eq!(prefix.to_string(), raw);
                vec![]
            }
            Err(problems) => problems.iter().map(Problem::code).collect(),
        }
    }

    #[test]
    fn folders_are_accepted() {
        assert_eq!(check("logs"), Vec::<&str>::new());
        assert_eq!(check("logs/elb/2024-01"), Vec::<&str>::new());
        assert_eq!(check("données été"), Vec::<&str>::new());
        assert_eq!(KeyPrefix::parse("logs/elb").unwrap().folder(), "logs/elb/");
    }

    #[test]
    fn wildcards_controls_and_empty_folders_are_refused() {
        assert_eq!(check("logs/*"), ["prefix-wildcard"]);
        assert_eq!(check("what?"), ["prefix-wildcard"]);
        assert_eq!(check("home/${aws:username}"), ["prefix-policy-variable"]);
        assert_eq!(check("price$list"), Vec::<&str>::new());
        assert_eq!(check("数据/exports"), ["prefix-char"]);
        assert_eq!(check("line\u{2028}break"), ["prefix-char"]);
        assert_eq!(check("a\tb"), ["prefix-control-char"]);
        assert_eq!(check("logs//2024"), ["prefix-empty-segment"]);
        assert_eq!(check(&"k".repeat(1024)), ["prefix-length"]);
    }
}
