//! The golden cases on disk, shared by the tests that read them: `tests/golden/<case>/params` (one
//! query string) beside the reviewed outputs. Use it with `#[path = "support/cases.rs"] mod cases;`.

use std::path::{Path, PathBuf};

use rolesmith_core::spec::Spec;

/// Every case directory, sorted by name.
pub fn cases() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut cases: Vec<PathBuf> =
        std::fs::read_dir(&root).unwrap().map(|entry| entry.unwrap().path()).collect();
    cases.sort();
    cases
}

/// The inputs of a case, as the page would read them from its URL.
pub fn spec_of(case: &Path) -> Spec {
    let params = std::fs::read_to_string(case.join("params")).unwrap();
    Spec::from_url(params.trim_end(), "")
}
