//! Shell and HCL quoting: the one way a value enters a command or a Terraform string, one function
//! per language, property-tested so no value can end its word early. Values are already validated
//! newtypes; quoting is the second line of defence.

/// A bash word that expands to exactly `value`: bare when every character is inert, otherwise
/// single-quoted with each `'` written as `'\''`.
pub fn bash(value: &str) -> String {
    let inert = |c: char| {
        c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '/' | ':' | ',' | '+' | '=' | '@')
    };
    if !value.is_empty() && value.chars().all(inert) {
        value.to_owned()
    } else {
        format!("'{}'", value.replace('\'', r"'\''"))
    }
}

/// The characters PowerShell's tokenizer takes as a single quote (it accepts the typographic ones
/// too), each of which must be doubled inside a verbatim string.
const POWERSHELL_QUOTES: [char; 5] = ['\'', '\u{2018}', '\u{2019}', '\u{201a}', '\u{201b}'];

/// A PowerShell command argument that is exactly `value`: bare when it is a plain word PowerShell
/// reads as itself (letters, digits, `_ - . / :`, starting with a letter or digit), otherwise a
/// [`powershell_string`]. Only for argument position: in an expression (`$x = ...`) a bare word
/// would run as a command, so expressions always take [`powershell_string`].
pub fn powershell(value: &str) -> String {
    let word = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '/' | ':');
    if value.starts_with(|c: char| c.is_ascii_alphanumeric()) && value.chars().all(word) {
        value.to_owned()
    } else {
        powershell_string(value)
    }
}

/// A verbatim (single-quoted) PowerShell string that is exactly `value`, every single-quote
/// character doubled. Nothing in a verbatim string expands: not `$`, not the backtick.
pub fn powershell_string(value: &str) -> String {
    let mut quoted = String::with_capacity(value.len() + 2);
    quoted.push('\'');
    for c in value.chars() {
        if POWERSHELL_QUOTES.contains(&c) {
            quoted.push(c);
        }
        quoted.push(c);
    }
    quoted.push('\'');
    quoted
}

/// Text for the inside of an HCL template (a quoted string or a heredoc): `${` and `%{` would
/// start an interpolation or a directive, so they become `$${` and `%%{`, HCL's escapes for them.
pub fn hcl_template(text: &str) -> String {
    text.replace("${", "$${").replace("%{", "%%{")
}

/// A quoted HCL string that evaluates to exactly `value`: JSON's escapes (which HCL shares for
/// `\\`, `\"`, `\n`, `\r`, `\t` and `\uXXXX`), then the template escapes.
pub fn hcl_string(value: &str) -> String {
    let mut quoted = String::with_capacity(value.len() + 2);
    quoted.push('"');
    for c in value.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            '\r' => quoted.push_str("\\r"),
            '\t' => quoted.push_str("\\t"),
            c if c.is_control() => quoted.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    hcl_template(&quoted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::process::Command;

    #[test]
    fn quotes_only_when_needed() {
        assert_eq!(bash("databend-test"), "databend-test");
        assert_eq!(bash("Lets Logz.io read"), "'Lets Logz.io read'");
        assert_eq!(bash("it's"), r"'it'\''s'");
        assert_eq!(bash(""), "''");
    }

    #[test]
    fn powershell_quotes_all_single_quote_characters() {
        assert_eq!(powershell("guance-backup-role"), "guance-backup-role");
        assert_eq!(powershell("a,b"), "'a,b'");
        assert_eq!(powershell("@splat"), "'@splat'");
        assert_eq!(powershell("it's $HOME `n"), "'it''s $HOME `n'");
        assert_eq!(powershell("\u{2019}x"), "'\u{2019}\u{2019}x'");
        assert_eq!(powershell(""), "''");
    }

    #[test]
    fn hcl_escapes_interpolation_and_directives() {
        assert_eq!(hcl_template("${aws:username} %{if} $x %y"), "$${aws:username} %%{if} $x %y");
        assert_eq!(hcl_string("a\"b\\c\nd ${e}"), r#""a\"b\\c\nd $${e}""#);
    }

    /// What PowerShell makes of a verbatim string token: the text between the outer quotes with
    /// each doubled quote character read as one.
    fn powershell_verbatim_value(token: &str) -> String {
        let inner = &token[1..token.len() - 1];
        let mut value = String::new();
        let mut chars = inner.chars().peekable();
        while let Some(c) = chars.next() {
            if POWERSHELL_QUOTES.contains(&c) {
                assert!(
                    chars.next().is_some_and(|next| POWERSHELL_QUOTES.contains(&next)),
                    "lone quote in {token}"
                );
            }
            value.push(c);
        }
        value
    }

    /// The arguments of the one command in `script`, as the PowerShell grammar splits them.
    fn powershell_arguments(script: &str) -> Vec<String> {
        let mut parser = tree_sitter::Parser::new();
        parser.set_language(&tree_sitter_powershell::LANGUAGE.into()).unwrap();
        let tree = parser.parse(script, None).unwrap();
        assert!(!tree.root_node().has_error(), "{script}: {}", tree.root_node().to_sexp());
        let mut arguments = Vec::new();
        let mut stack = vec![tree.root_node()];
        while let Some(node) = stack.pop() {
            if node.kind() == "command_elements" {
                let mut cursor = node.walk();
                arguments.extend(
                    node.named_children(&mut cursor)
                        .filter(|child| child.kind() != "command_argument_sep")
                        .map(|child| script[child.byte_range()].to_owned()),
                );
            }
            let mut cursor = node.walk();
            stack.extend(node.children(&mut cursor));
        }
        arguments
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// Real bash reads every quoted value back unchanged: no expansion, no word splitting.
        #[test]
        fn bash_reads_back_the_exact_value(value in "[ -~\u{a0}-\u{ff}\t]{0,40}") {
            let output = Command::new("bash").arg("-c").arg(format!("printf '%s' {}", bash(&value))).output().unwrap();
            prop_assert_eq!(String::from_utf8_lossy(&output.stdout), value);
        }

        /// The PowerShell grammar reads every quoted value as one argument, and that argument is
        /// exactly the value.
        #[test]
        fn powershell_reads_back_one_argument_with_the_exact_value(
            value in "[ -~\u{a0}-\u{ff}\u{2018}-\u{201b}]{0,40}"
        ) {
            let token = powershell(&value);
            prop_assert_eq!(powershell_arguments(&format!("Write-Output {token}\n")), vec![token.clone()]);
            let read_back = if token.starts_with('\'') { powershell_verbatim_value(&token) } else { token.clone() };
            prop_assert_eq!(read_back, value);
        }
    }
}
