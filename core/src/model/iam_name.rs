//! IAM names and paths (aws-rules §3): role, user and policy names, and the path in front of a
//! vendor's user or role name.

use std::fmt;

use crate::finding::Problem;

/// What an IAM name names; each kind has its own length limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameKind {
    /// A role name (64 characters at most).
    Role,
    /// A user name (64 characters at most).
    User,
    /// A managed policy name (128 characters at most).
    Policy,
}

impl NameKind {
    /// `roleNameType` and `userNameType` allow 64 characters, `policyNameType` 128.
    pub fn max_len(self) -> usize {
        match self {
            NameKind::Role | NameKind::User => 64,
            NameKind::Policy => 128,
        }
    }
}

/// An IAM role, user or policy name. Invariant: matches `[\w+=,.@-]+` within its kind's length.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IamName(String);

impl IamName {
    /// Checks the characters and the length for `kind`, reporting both problems at once.
    pub fn parse(raw: &str, kind: NameKind) -> Result<IamName, Vec<Problem>> {
        let mut problems = Vec::new();
        let len = raw.chars().count();
        if len == 0 || len > kind.max_len() {
            problems.push(Problem::NameLength { len, max: kind.max_len() });
        }
        if let Some(ch) = raw.chars().find(|&c| !is_name_char(c)) {
            problems.push(Problem::NameChar { ch });
        }
        if problems.is_empty() {
            Ok(IamName(raw.to_owned()))
        } else {
            Err(problems)
        }
    }

    /// The name as IAM stores it.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for IamName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A user or role name with its optional path, as written after `user/` or `role/` in an ARN
/// (`division/team/name`). Invariant: every path segment is non-empty visible ASCII without `/`
/// (`pathType`), the whole path is at most 512 characters, and the name is an [`IamName`].
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PathName {
    path: Vec<String>,
    name: IamName,
}

impl PathName {
    /// Checks each part of the path and the final name (`division/name`), every problem at once.
    pub fn parse(raw: &str, kind: NameKind) -> Result<PathName, Vec<Problem>> {
        let (path, name) = match raw.rsplit_once('/') {
            Some((path, name)) => (path.split('/').collect::<Vec<_>>(), name),
            None => (Vec::new(), raw),
        };
        let mut problems: Vec<Problem> = path
            .iter()
            // `*` and `?` are valid in a path but would be wildcards in the trust principal's ARN.
            .filter(|segment| {
                segment.is_empty()
                    || !segment.chars().all(|c| c.is_ascii_graphic() && !matches!(c, '*' | '?'))
            })
            .map(|segment| Problem::PathSegment { segment: (*segment).to_owned() })
            .collect();
        let path_len = path.iter().map(|segment| segment.len() + 1).sum::<usize>() + 1;
        if path_len > 512 {
            problems.push(Problem::NameLength { len: path_len, max: 512 });
        }
        match IamName::parse(name, kind) {
            Ok(name) if problems.is_empty() => {
                Ok(PathName { path: path.into_iter().map(str::to_owned).collect(), name })
            }
            Ok(_) => Err(problems),
            Err(name_problems) => {
                problems.extend(name_problems);
                Err(problems)
            }
        }
    }

    /// The last part: the name itself, without the path.
    pub fn name(&self) -> &IamName {
        &self.name
    }
}

impl fmt::Display for PathName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for segment in &self.path {
            write!(f, "{segment}/")?;
        }
        self.name.fmt(f)
    }
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '+' | '=' | ',' | '.' | '@' | '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(raw: &str, kind: NameKind) -> Vec<&'static str> {
        match IamName::parse(raw, kind) {
            Ok(name) => {
                assert_eq!(name.to_string(), raw);
                vec![]
            }
            Err(problems) => problems.iter().map(Problem::code).collect(),
        }
    }

    #[test]
    fn appendix_a_role_names() {
        let none: Vec<&str> = vec![];
        assert_eq!(check("databend-test", NameKind::Role), none);
        assert_eq!(check("Test-UserAccess-Role", NameKind::Role), none);
        assert_eq!(check(&"a".repeat(64), NameKind::Role), none);
        assert_eq!(check("role/with/slash", NameKind::Role), ["name-char"]);
        assert_eq!(check("name with space", NameKind::Role), ["name-char"]);
        assert_eq!(check(&"a".repeat(65), NameKind::Role), ["name-length"]);
        assert_eq!(check("", NameKind::User), ["name-length"]);
    }

    #[test]
    fn policy_names_may_be_longer() {
        assert_eq!(check(&"p".repeat(128), NameKind::Policy), Vec::<&str>::new());
        assert_eq!(check(&"p".repeat(129), NameKind::Policy), ["name-length"]);
    }

    #[test]
    fn names_quote_the_bad_character() {
        let problems = IamName::parse("s3 reader", NameKind::Role).unwrap_err();
        assert_eq!(
            problems[0].to_string(),
            "IAM names can't contain ' '; use letters, digits and _ + = , . @ - only."
        );
    }

    #[test]
    fn paths_keep_their_segments() {
        let path_name = PathName::parse("xxxxxxx/tnabcdefg/xxxxxxx-tnabcdefg", NameKind::Role).unwrap();
        assert_eq!(path_name.to_string(), "xxxxxxx/tnabcdefg/xxxxxxx-tnabcdefg");
        assert_eq!(path_name.name().as_str(), "xxxxxxx-tnabcdefg");
        assert_eq!(PathName::parse("plain", NameKind::User).unwrap().to_string(), "plain");
    }

    #[test]
    fn empty_path_segments_are_refused() {
        let problems = PathName::parse("division//name", NameKind::User).unwrap_err();
        assert_eq!(problems.iter().map(Problem::code).collect::<Vec<_>>(), ["path-segment"]);
        let problems = PathName::parse("team/", NameKind::User).unwrap_err();
        assert_eq!(problems.iter().map(Problem::code).collect::<Vec<_>>(), ["name-length"]);
    }

    #[test]
    fn wildcards_in_a_path_are_refused() {
        let problems = PathName::parse("a*/vendor", NameKind::Role).unwrap_err();
        assert_eq!(problems.iter().map(Problem::code).collect::<Vec<_>>(), ["path-segment"]);
    }
}
