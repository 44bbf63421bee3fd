//! Tidy checks: the architecture's invariants (ARCHITECTURE.md) as tests, so they stay true.

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

/// The repository root: the core crate is `core/`, the command line `cli/`, the app crate is the
/// root itself.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Every Rust source of the three crates and the core's examples, named by its path from the
/// repository root (`core/src/spec.rs`, `cli/src/check.rs`, `src/ui/app.rs`), with its text.
fn sources() -> Vec<(String, String)> {
    ["core/src", "core/examples", "cli/src", "src"]
        .into_iter()
        .flat_map(|dir| rust_files(&root().join(dir)))
        .map(|path| {
            let name = path.strip_prefix(root()).unwrap().to_string_lossy().into_owned();
            (name, fs::read_to_string(&path).unwrap())
        })
        .collect()
}

/// The code of a file: everything above its test module (always last, style.md), comments out.
/// Other `#[cfg(test)]` items above it are read like any code.
fn code_of(text: &str) -> String {
    let body = text.split("\n#[cfg(test)]\nmod tests").next().unwrap_or_default();
    body.lines().filter(|line| !line.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n")
}

#[test]
fn every_file_says_what_it_is_for() {
    for (name, text) in sources() {
        assert!(text.starts_with("//!"), "{name} must open with a //! line saying what and why");
    }
}

/// The core's code can't name a web crate because its manifest has none: the compiler keeps
/// the boundary, and this keeps the manifest.
#[test]
fn the_core_depends_on_no_web_crate() {
    let manifest = fs::read_to_string(root().join("core/Cargo.toml")).unwrap();
    for web in ["leptos", "web-sys", "wasm-bindgen", "js-sys"] {
        assert!(!manifest.contains(web), "core/Cargo.toml names {web}; the core must build without the web");
    }
}

#[test]
fn the_ui_holds_no_rules() {
    for (name, text) in sources().into_iter().filter(|(name, _)| name.starts_with("src/ui")) {
        let code = code_of(&text);
        for rule in ["::parse(", "serde_json"] {
            assert!(!code.contains(rule), "{name} uses {rule}: checking belongs in the core");
        }
    }
}

/// The command line reads arguments and files and prints what the core says: it parses no AWS
/// value and raises no problem of its own, so page and command line can't disagree.
#[test]
fn the_command_line_holds_no_rules() {
    let cli: Vec<_> = sources().into_iter().filter(|(name, _)| name.starts_with("cli/src")).collect();
    assert!(cli.len() >= 4, "the command line's sources went missing");
    for (name, text) in cli {
        let code = code_of(&text);
        for rule in ["::parse(", "Problem::", "rolesmith_core::model"] {
            assert!(!code.contains(rule), "{name} uses {rule}: rules belong in the core");
        }
    }
}

#[test]
fn renderers_see_only_a_plan() {
    for (name, text) in sources().into_iter().filter(|(name, _)| name.starts_with("core/src/render")) {
        let code = code_of(&text);
        let reads_spec =
            ["crate::spec", "Spec::", "&Spec", ": Spec"].iter().any(|use_of| code.contains(use_of));
        assert!(!reads_spec, "{name} reads the Spec; renderers take a Plan");
    }
}

#[test]
fn no_json_is_built_with_format() {
    for (name, text) in sources() {
        let code = code_of(&text);
        for pattern in ["json!(", "format!(\"{{", "format!(r#\"{{"] {
            assert!(
                !code.contains(pattern),
                "{name} builds a document by hand ({pattern}); use the serde model"
            );
        }
    }
}

#[test]
fn outputs_never_use_hash_maps_or_vague_module_names() {
    for (name, text) in sources() {
        assert!(!code_of(&text).contains("HashMap"), "{name}: output maps are BTreeMaps (stable order)");
        let file = Path::new(&name).file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            !["utils.rs", "helpers.rs", "common.rs", "types.rs"].contains(&file.as_str()),
            "{name}: name modules for what they hold"
        );
    }
}

#[test]
fn todos_name_an_issue() {
    for (name, text) in sources() {
        for line in text.lines().filter(|line| line.contains("TODO") || line.contains("FIXME")) {
            assert!(line.contains('#'), "{name}: '{}' needs an issue number", line.trim());
        }
    }
}

/// The page's effects, each with why: an effect touches the outside world (style.md), but for
/// `ui/derived.rs`'s, which each set only the signal they derive.
const EFFECTS: &[(&str, &str)] = &[
    ("src/ui/app.rs", "the page's look: its theme and accent colour on <html>"),
    ("src/ui/derived.rs", "follows a part of the spec, so a keystroke wakes only what it changed"),
    ("src/ui/language.rs", "<html lang>, the crash screen's language, and fetching a catalogue"),
];

#[test]
fn every_effect_is_listed_with_why() {
    for (name, text) in sources() {
        let listed = EFFECTS.iter().any(|(file, _)| *file == name);
        assert!(
            !code_of(&text).contains("Effect::new") || listed,
            "{name} makes an Effect: derive with a Memo or `derived::follow` instead (or list why in EFFECTS)"
        );
    }
}

/// The few places that may panic outside tests, each with why it can't happen at run time.
const MAY_PANIC: &[(&str, &str, &str)] = &[
    ("core/src/model/action.rs", "panic!(", "inside a const fn: a misspelt action name fails the build"),
    ("core/src/policy/written.rs", ".expect(", "serializing strings, arrays and maps can't fail"),
    ("core/src/render/yaml.rs", ".expect(", "serializing strings, arrays and maps can't fail"),
];

#[test]
fn no_panic_on_anything_derived_from_input() {
    for (name, text) in sources() {
        for (number, line) in code_of(&text).lines().enumerate() {
            for call in [".unwrap()", ".expect(", "panic!(", "unreachable!(", "todo!(", "unimplemented!("] {
                let allowed = MAY_PANIC.iter().any(|(file, what, _)| *file == name && *what == call);
                assert!(
                    !line.contains(call) || allowed,
                    "{name}:{}: {call} could take the page down; handle the case (or list why it can't happen in MAY_PANIC)",
                    number + 1
                );
            }
        }
    }
}
