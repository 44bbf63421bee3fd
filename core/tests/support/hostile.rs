//! The hostile-input corpus (`tests/hostile/corpus.txt`), read for the tests that judge it:
//! `tests/hostile.rs` (field messages, parsers, linters) and `tests/emulator.rs` (the bash runs).
//! Use it with `#[path = "support/hostile.rs"] mod hostile;`.
// Each test file uses only part of this API.
#![allow(dead_code)]

use rolesmith_core::spec::Spec;

/// A valid grant the corpus's parameters are added to.
pub const BASE: &str =
    "account=366810793500&role=acme-reader&external_id=gc-7f3a9e2b41d84c6e&bucket=acme-data";

/// What a case must lead to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expect {
    /// This error on this field, and no plan.
    Error { field: String, code: String },
    /// This warning on this field, and inert outputs.
    Warning { field: String, code: String },
    /// No error, and inert outputs.
    Inert,
}

#[derive(Clone, Debug)]
pub struct Case {
    /// The corpus line number, to name the case.
    pub line: usize,
    pub expect: Expect,
    /// The parameters, expanded, added to [`BASE`].
    pub query: String,
}

impl Case {
    pub fn spec(&self) -> Spec {
        Spec::from_url(&format!("{BASE}&{}", self.query), "")
    }

    /// A short name for messages: the line and the start of the parameters.
    pub fn name(&self) -> String {
        format!("corpus.txt:{} {}", self.line, self.query.chars().take(60).collect::<String>())
    }
}

/// Every case, in file order.
pub fn corpus() -> Vec<Case> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/hostile/corpus.txt");
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.starts_with('#') && !line.trim().is_empty())
        .map(|(index, line)| {
            let (expectation, query) =
                line.split_once('\t').unwrap_or_else(|| panic!("corpus.txt:{}: no tab", index + 1));
            let words: Vec<&str> = expectation.split(' ').collect();
            let expect = match words[..] {
                ["error", field, code] => Expect::Error { field: field.into(), code: code.into() },
                ["warning", field, code] => Expect::Warning { field: field.into(), code: code.into() },
                ["inert"] => Expect::Inert,
                _ => panic!("corpus.txt:{}: unknown expectation {expectation}", index + 1),
            };
            Case { line: index + 1, expect, query: expand(query) }
        })
        .collect()
}

/// Replaces each `<<N*x>>` with x repeated N times.
fn expand(query: &str) -> String {
    let mut expanded = String::new();
    let mut rest = query;
    while let Some(start) = rest.find("<<") {
        let end = rest[start..].find(">>").map(|end| start + end).expect("an unclosed <<");
        let (count, unit) = rest[start + 2..end].split_once('*').expect("<<N*x>>");
        expanded.push_str(&rest[..start]);
        expanded.push_str(&unit.repeat(count.parse().expect("a count")));
        rest = &rest[end + 2..];
    }
    expanded + rest
}
