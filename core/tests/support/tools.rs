//! Test tools shared by the integration tests: where the Python tools `.ci/setup` installs live,
//! and scratch directories that clean up after themselves.
// Each test file uses only part of this API.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Where a test tool lives: the venv `.ci/setup` makes, else `PATH`. Panics, naming the fix, when
/// it is in neither.
pub fn tool(name: &str) -> PathBuf {
    let in_venv = venv_bin().join(name);
    if in_venv.is_file() {
        return in_venv;
    }
    std::env::split_paths(&tool_path()).map(|dir| dir.join(name)).find(|path| path.is_file()).unwrap_or_else(
        || panic!("`{name}` is not installed; run `make test`, which installs it into .tools/venv"),
    )
}

fn venv_bin() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../.tools/venv/bin")
}

/// `PATH` with the venv first, so scripts find the same `aws` the harness does.
pub fn tool_path() -> std::ffi::OsString {
    let inherited = std::env::var_os("PATH").unwrap_or_default();
    std::env::join_paths(std::iter::once(venv_bin()).chain(std::env::split_paths(&inherited))).unwrap()
}

/// A directory under the system temp directory, removed on drop.
pub struct Scratch(PathBuf);

impl Scratch {
    pub fn new(purpose: &str) -> Scratch {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!("rolesmith-{purpose}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).unwrap();
        Scratch(path)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
