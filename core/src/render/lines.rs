//! Scripts and templates are written a line at a time into one `String`. Each is a few hundred
//! lines, all rewritten after every keystroke; a `String` per line, joined at the end, cost an
//! allocation and a copy for each line.

/// Room for a script or template of the usual few kilobytes, so its buffer rarely grows.
pub const CAPACITY: usize = 8 * 1024;

/// Writes `parts` one after another, then ends the line.
pub fn line(out: &mut String, parts: &[&str]) {
    for part in parts {
        out.push_str(part);
    }
    out.push('\n');
}

/// Each of `texts` as a line of its own: a script's fixed lines.
pub fn each_line(out: &mut String, texts: &[&str]) {
    texts.iter().for_each(|text| line(out, &[text]));
}

/// A `#` comment line, as bash, HCL and YAML write one; in PowerShell, for text already ASCII
/// (PowerShell's own comments escape theirs, `powershell::ascii_comment`).
pub fn comment(out: &mut String, text: &str) {
    line(out, &["# ", text]);
}

/// A section set apart from what comes before by a blank line; nothing at all, not even the
/// blank line, when `write` writes nothing.
pub fn section(out: &mut String, write: impl FnOnce(&mut String)) {
    let start = out.len();
    out.push('\n');
    write(out);
    if out.len() == start + 1 {
        out.truncate(start);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_line_ends_with_a_newline() {
        let mut out = String::new();
        line(&mut out, &["a", "b"]);
        line(&mut out, &[]);
        comment(&mut out, "c");
        each_line(&mut out, &["d", "", "e"]);
        assert_eq!(out, "ab\n\n# c\nd\n\ne\n");
    }

    #[test]
    fn an_empty_section_leaves_no_blank_line() {
        let mut out = String::from("a\n");
        section(&mut out, |_| {});
        section(&mut out, |out| line(out, &["b"]));
        assert_eq!(out, "a\n\nb\n");
    }
}
