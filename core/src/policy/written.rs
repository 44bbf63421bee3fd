//! What a plan's documents are once built: each document with its text and its size. Nothing
//! here builds a document, so the plan can keep them without depending on how they are built
//! (`policy`'s `Plan::documents`).

use serde::Serialize;

use crate::policy::doc::PolicyDocument;
use crate::policy::size::{counted_chars, Quota, Size};

/// A plan's documents, each with its text: built once per plan ([`Plan::documents`](crate::plan::Plan::documents)) and shared by
/// every output, so the JSON the page shows, the scripts write and the templates hold is one text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Documents {
    /// The role's (final) trust policy; `None` in user mode, and with `two_step` until the
    /// vendor's values are in.
    pub trust: Option<Written>,
    /// The trust a `two_step` role is created with, before the vendor names its principal.
    pub placeholder: Option<Written>,
    /// The permissions policy.
    pub permissions: Written,
}

impl Documents {
    /// The trust the role is created with: the placeholder with `two_step`, else the trust.
    pub fn created_with(&self) -> Option<&Written> {
        self.placeholder.as_ref().or(self.trust.as_ref())
    }
}

/// A document, its pretty JSON, and the characters IAM counts in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Written {
    /// The document.
    pub document: PolicyDocument,
    /// Its text, from [`to_pretty_json`].
    pub json: String,
    /// [`counted_chars`] of `json`, counted when it was written, for the form's size check and
    /// the walk-through's meters. Built only by [`Written::of`], and never changed after: `json`
    /// is public to read, not to edit.
    chars: usize,
}

impl Written {
    /// A document with its text.
    pub(super) fn of(document: PolicyDocument) -> Written {
        let json = to_pretty_json(&document);
        Written { chars: counted_chars(&json), json, document }
    }

    /// Its size against `quota`.
    pub fn size(&self, quota: Quota) -> Size {
        Size { chars: self.chars, quota }
    }
}

/// The one way a document becomes text: two-space indents and a final newline, so the same
/// document is always the same bytes.
pub fn to_pretty_json(document: &impl Serialize) -> String {
    let mut text =
        serde_json::to_string_pretty(document).expect("policy documents hold only strings, arrays and maps");
    text.push('\n');
    text
}
