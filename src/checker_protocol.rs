//! What the page and the policy checker's web worker (`src/bin/rolesmith-checker.rs`) say to
//! each other, as serde types that serde-wasm-bindgen turns into JavaScript values and back. The
//! page asks with a [`Question`]; the worker says [`FromWorker`]. An answer is the report made
//! ready to show, so the page needs none of the checker's code: messages travel as catalogue keys
//! with their arguments and the page renders them in its language; the fix travels as the
//! form's values (a share-link fragment).

use serde::{Deserialize, Serialize};

use rolesmith_core::check::Report;
use rolesmith_core::finding::Severity;
use rolesmith_core::lang::Message;
use rolesmith_core::policy::kind::DocKind;

/// A text to check, numbered so that the page can drop an answer to a text since replaced.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub number: u32,
    pub text: String,
}

/// Everything the worker says.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FromWorker {
    /// It is listening: a question posted before this would be lost.
    Ready,
    /// Its module did not load. Posted by the loader (`src/bin/checker-loader.js`, the string
    /// `"failed"`), since the Rust code never ran.
    Failed,
    /// The report on the question of this number.
    Checked(u32, Checked),
}

/// The checker's report on one text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Checked {
    /// Trust, permissions or bucket, when the text is JSON enough to tell.
    pub kind: Option<DocKind>,
    /// Each finding, in text order.
    pub findings: Vec<ShownFinding>,
    /// The least-privilege equivalent, when there is one.
    pub fix: Option<ShownFix>,
}

/// A finding as the page shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ShownFinding {
    /// The 1-based line of the pasted text.
    pub line: usize,
    /// `data-finding`.
    pub code: String,
    pub severity: Severity,
    /// The AWS documentation page, if any.
    pub source: Option<String>,
    pub message: Message,
}

/// The fix: what the form loads, and the document it builds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ShownFix {
    /// The fix's values as a fragment (`Spec::to_fragment`), which `Spec::from_url("", fragment)`
    /// reads back.
    pub fragment: String,
    /// The document, or `None` while values are missing.
    pub text: Option<String>,
}

impl Checked {
    /// The worker's side: the core's report, ready to send.
    pub fn from_report(report: Report) -> Checked {
        let findings = report.findings.into_iter().map(|located| {
            let finding = located.finding;
            ShownFinding {
                line: located.line,
                code: finding.code().to_owned(),
                severity: finding.severity(),
                source: finding.problem.source(),
                message: finding.message(),
            }
        });
        Checked {
            kind: report.kind,
            findings: findings.collect(),
            fix: report.fix.map(|fix| ShownFix { fragment: fix.spec.to_fragment(), text: fix.text }),
        }
    }

    /// How many findings have this severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings.iter().filter(|finding| finding.severity == severity).count()
    }
}
