//! Runs the built `rolesmith` binary as a user or a CI job would, with arguments and standard
//! input, and keeps what it printed and how it exited. Use it with
//! `#[path = "support/run.rs"] mod run;`.
// Each test file uses only part of this API.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// What one run printed and its exit status.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `rolesmith ARGS...` with `stdin` as standard input, from the repository root.
pub fn rolesmith(args: &[&str], stdin: &str) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_rolesmith"))
        .args(args)
        .current_dir(repository())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A command that reads no input may have exited already: a closed pipe is no failure.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    let output = child.wait_with_output().unwrap();
    let run = Run {
        code: output.status.code().expect("rolesmith exited by itself, not by a signal"),
        stdout: String::from_utf8(output.stdout).unwrap(),
        stderr: String::from_utf8(output.stderr).unwrap(),
    };
    assert!(!run.stderr.contains("panicked"), "rolesmith {args:?} panicked: {}", run.stderr);
    run
}

/// The repository root, which relative paths in the tests start from.
pub fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The directories under `dir` (relative to the repository root), sorted by name.
pub fn cases(dir: &str) -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> =
        std::fs::read_dir(repository().join(dir)).unwrap().map(|entry| entry.unwrap().path()).collect();
    cases.sort();
    cases
}
