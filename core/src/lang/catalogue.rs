//! The catalogue files' format (`core/lang/<code>.txt`), read by the build script, which checks
//! every language against English and writes the keys as code (and by the core's tests). Plain
//! `std`, so the build script can include this very file.
//!
//! One `key = template` a line; a line starting with `#` is a comment. In a template `\n` is a
//! line break and `\\` a backslash; `{name}` is filled in, `{{` and `}}` are braces.

/// One entry of a catalogue file.
pub struct Entry {
    /// `account-digits`: a lowercase ASCII letter, then letters, digits and hyphens.
    pub key: String,
    /// The template with its escapes resolved.
    pub template: String,
    /// Its line in the file, for the build's error messages.
    pub line: usize,
}

use super::template::{tokens, Token};

/// Every entry of a catalogue file, or what is wrong with it (line and why).
pub fn parse(text: &str) -> Result<Vec<Entry>, String> {
    let mut entries = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let at = index + 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((key, raw)) = line.split_once(" = ") else {
            return Err(format!("line {at}: expected `key = template`"));
        };
        let starts_with_letter = key.bytes().next().is_some_and(|b| b.is_ascii_lowercase());
        if !starts_with_letter
            || !key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            return Err(format!(
                "line {at}: the key '{key}' must be a letter, then lowercase letters, digits and hyphens"
            ));
        }
        if raw.trim() != raw || raw.is_empty() {
            return Err(format!("line {at}: '{key}' has spaces around its template or none"));
        }
        let template = unescape(raw).map_err(|why| format!("line {at}: {why}"))?;
        tokens(&template).map_err(|why| format!("line {at}: {why}"))?;
        entries.push(Entry { key: key.to_owned(), template, line: at });
    }
    Ok(entries)
}

fn unescape(raw: &str) -> Result<String, String> {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(ch) = chars.next() {
        if ch != '\\' {
            out.push(ch);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('\\') => out.push('\\'),
            other => return Err(format!("unknown escape \\{}", other.map(String::from).unwrap_or_default())),
        }
    }
    Ok(out)
}

/// The placeholders' names, each once, in order of first appearance.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names: Vec<&str> = Vec::new();
    for token in tokens(template).unwrap_or_default() {
        if let Token::Slot(name) = token {
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}

/// Whether `template` fills in exactly the placeholders `names`, in any order: what every
/// language's entry must do for English's (the build checks it, and `Lang::load` at run time).
pub fn fills_in(template: &str, names: &[&str]) -> bool {
    let mut theirs = placeholders(template);
    let mut wanted = names.to_vec();
    theirs.sort_unstable();
    wanted.sort_unstable();
    theirs == wanted
}
