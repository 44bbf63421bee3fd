//! Everything Rolesmith can report, as data: a [`Finding`] is where plus a documented [`Problem`].
//!
//! Severity, the stable code (`data-finding`) and the message all derive from the problem, so they
//! can never disagree. Messages are one sentence in the user's words: what is wrong, then the fix,
//! in any language the catalogues hold.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::lang::Message;
use crate::param::Param;
use crate::policy::kind::DocKind;

#[macro_use]
mod declare;
mod problem;
#[cfg(test)]
mod sample;
mod source;
mod words;

pub use problem::Problem;

/// How much a finding matters. Only errors block output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Severity {
    /// Blocks every output until fixed (`data-severity="error"`).
    Error,
    /// Worth a look; never blocks.
    Warning,
    /// A better way that is optional, such as narrowing a principal.
    Suggestion,
}

impl Severity {
    /// The `data-severity` value.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Suggestion => "suggestion",
        }
    }
}

/// Where a finding applies.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Location {
    /// A form field, which is also a URL parameter.
    Field(Param),
    /// The URL as a whole (for example a parameter the contract does not know).
    Url,
    /// A place in a policy document, as a JSON path such as `Statement[1].Principal.AWS`; the
    /// empty path is the document itself.
    Document {
        /// The kind of policy, which decides the rules.
        doc: DocKind,
        /// The JSON path.
        path: String,
    },
    /// A place in pasted text that is not JSON yet (a comment, a curly quote), 1-based.
    Text {
        /// The 1-based line.
        line: usize,
        /// The 1-based column, in characters.
        column: usize,
    },
}

/// One thing found: where, and what.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Finding {
    /// Where it applies.
    pub at: Location,
    /// What it is; severity, code and message derive from it.
    pub problem: Problem,
}

impl Finding {
    /// A finding about a form field (a URL parameter).
    pub fn field(param: Param, problem: Problem) -> Finding {
        Finding { at: Location::Field(param), problem }
    }

    /// Its problem's severity.
    pub fn severity(&self) -> Severity {
        self.problem.severity()
    }

    /// Its problem's stable code (`data-finding`).
    pub fn code(&self) -> &'static str {
        self.problem.code()
    }

    /// Its problem's message, to render in the reader's language (`to_string()` is English).
    pub fn message(&self) -> Message {
        self.problem.message()
    }
}

/// A problem is an error value too, where one input has one (`"fr".parse::<Lang>()`), so the
/// command line can report it as its own usage errors.
impl std::error::Error for Problem {}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.problem.fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Partition;

    #[test]
    fn codes_are_kebab_case() {
        let samples = [
            Problem::Missing { param: Param::Bucket },
            Problem::BucketReservedSuffix { suffix: "-s3alias" },
            Problem::PartitionMismatch { found: Partition::AwsCn, chosen: Partition::Aws },
        ];
        for problem in samples {
            let code = problem.code();
            assert!(code.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{code}");
        }
    }

    #[test]
    fn messages_quote_the_offending_part_and_say_the_fix() {
        let finding = Finding::field(Param::Bucket, Problem::BucketChar { ch: 'A' });
        assert_eq!(
            finding.to_string(),
            "Bucket names can't contain 'A'; use lowercase letters, digits, '.' and '-'."
        );
        assert_eq!(finding.severity(), Severity::Error);
        assert_eq!(finding.code(), "bucket-name-char");
    }

    #[test]
    fn every_problem_is_explained_in_plain_sentences() {
        for problem in Problem::samples() {
            let explanation = problem.explanation();
            assert!(
                explanation.ends_with(['.', ')']) && explanation.len() > 20,
                "{problem:?}: {explanation}"
            );
            assert!(!explanation.contains("  ") && !explanation.contains('\n'), "{explanation}");
        }
        assert_eq!(
            Problem::Missing { param: Param::Bucket }.explanation(),
            "A required field is empty, e.g. no bucket. Nothing can be generated without it."
        );
    }

    #[test]
    fn control_characters_are_shown_escaped() {
        let message = Problem::NameChar { ch: '\u{a0}' }.to_string();
        assert!(message.contains("\\u{a0}"), "{message}");
    }

    #[test]
    fn normalisations_warn_and_never_block() {
        for problem in [
            Problem::SurroundingWhitespace,
            Problem::AccountNormalised { digits: "123456789012".into() },
            Problem::PrefixLeadingSlash,
            Problem::BucketDots,
        ] {
            assert_eq!(problem.severity(), Severity::Warning, "{problem:?}");
        }
    }
}
