//! Shell and HCL quoting: the one way a value enters a command or a Terraform string, one function
//! per language, property-tested so no value can end its word early. Values are already validated
//! newtypes; quoting is the second line of defence. A value that needs no quotes is borrowed,
//! not copied: most names and ARNs are written as they are.

use std::borrow::Cow;
use std::fmt::Write;

/// A bash word that expands to exactly `value`: bare when every character is inert; double-quoted
/// when it holds a `'` but nothing double quotes expand (`$`, `` ` ``, `"`, `\`, and `!`, which an
/// interactive shell expands); otherwise single-quoted with each `'` written as `'\''`.
pub fn bash(value: &str) -> Cow<'_, str> {
    let inert = |c: char| {
        c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '/' | ':' | ',' | '+' | '=' | '@')
    };
    if !value.is_empty() && value.chars().all(inert) {
        Cow::Borrowed(value)
    } else if value.contains('\'') && !value.contains(['$', '`', '"', '\\', '!']) {
        Cow::Owned(["\"", value, "\""].concat())
    } else {
        Cow::Owned(quoted('\'', value, r"'\''"))
    }
}

/// A PowerShell command argument that is exactly `value`: bare when it is a plain word PowerShell
/// reads as itself (letters, digits, `_ - . / :`, starting with a letter or digit), otherwise a
/// [`powershell_string`]. Only for argument position: in an expression (`$x = ...`) a bare word
/// would run as a command, so expressions always take [`powershell_string`].
pub fn powershell(value: &str) -> Cow<'_, str> {
    let word = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '/' | ':');
    if value.starts_with(|c: char| c.is_ascii_alphanumeric()) && value.chars().all(word) {
        Cow::Borrowed(value)
    } else {
        Cow::Owned(powershell_string(value))
    }
}

/// A PowerShell expression, in pure ASCII, whose value is exactly `value`: a verbatim
/// (single-quoted) string with each `'` doubled, where nothing expands, not `$`, not the backtick.
/// Any other character (control characters too) is written as `[char]0x00D2` joined on with `+`
/// inside parentheses, so the script means the same whether Windows PowerShell 5.1 reads the
/// file in the ANSI code page or PowerShell 7 reads it as UTF-8 (a raw `’` would end a 5.1
/// string early, aws-rules §11). The expression starts with a string, so `+` always joins text
/// and never adds numbers.
pub fn powershell_string(value: &str) -> String {
    let verbatim = |text: &str| quoted('\'', text, "''");
    if value.bytes().all(|byte| byte.is_ascii() && !byte.is_ascii_control()) {
        return verbatim(value);
    }
    // Runs of ASCII as verbatim strings, each other character as its own `[char]` expression.
    let mut parts: Vec<String> = Vec::new();
    let mut run = String::new();
    for c in value.chars() {
        if c.is_ascii() && !c.is_ascii_control() {
            run.push(c);
            continue;
        }
        if !run.is_empty() || parts.is_empty() {
            parts.push(verbatim(&run));
            run.clear();
        }
        parts.push(match u16::try_from(u32::from(c)) {
            Ok(unit) => format!("[char]0x{unit:04X}"),
            Err(_) => format!("[char]::ConvertFromUtf32(0x{:X})", u32::from(c)),
        });
    }
    if parts.is_empty() {
        return verbatim(&run);
    }
    if !run.is_empty() {
        parts.push(verbatim(&run));
    }
    format!("({})", parts.join(" + "))
}

/// A word that means `value` in bash and in PowerShell alike, for commands meant for either:
/// bare when both read it as itself, else double-quoted. Values here are validated names, ARNs
/// and external IDs, which hold none of the characters either shell expands inside double
/// quotes (`$`, `` ` ``, `"`, `\`, `!`); a value that does falls back to bash quoting, and the
/// verify tests parse every output in both grammars.
pub fn both_shells(value: &str) -> Cow<'_, str> {
    let bare = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '/' | ':');
    let plain = |c: char| c.is_ascii_graphic() && !matches!(c, '$' | '`' | '"' | '\\' | '!') || c == ' ';
    if !value.is_empty() && value.starts_with(|c: char| c.is_ascii_alphanumeric()) && value.chars().all(bare)
    {
        Cow::Borrowed(value)
    } else if value.chars().all(plain) {
        Cow::Owned(["\"", value, "\""].concat())
    } else {
        bash(value)
    }
}

/// Text for the inside of an HCL template (a quoted string or a heredoc): `${` and `%{` would
/// start an interpolation or a directive, so they become `$${` and `%%{`, HCL's escapes for them.
/// Written at the end of `out`.
pub fn hcl_template(out: &mut String, text: &str) {
    let mut copied = 0;
    for (at, _) in text.match_indices('{') {
        // The byte before an ASCII `{`, compared with ASCII signs only.
        if let Some(&sign @ (b'$' | b'%')) = at.checked_sub(1).and_then(|before| text.as_bytes().get(before))
        {
            out.push_str(&text[copied..at]);
            out.push(char::from(sign));
            copied = at;
        }
    }
    out.push_str(&text[copied..]);
}

/// A quoted HCL string that evaluates to exactly `value`: JSON's escapes (which HCL shares for
/// `\\`, `\"`, `\n`, `\r`, `\t` and `\uXXXX`), and the template escapes, in one pass. No escape
/// ends in a sign or starts with `{`, so the character before a `{` in the value decides.
pub fn hcl_string(value: &str) -> String {
    let mut quoted = String::with_capacity(value.len() + 2);
    quoted.push('"');
    let mut before = '"';
    for c in value.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            '\r' => quoted.push_str("\\r"),
            '\t' => quoted.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(quoted, "\\u{:04x}", u32::from(c));
            }
            '{' if matches!(before, '$' | '%') => {
                quoted.push(before);
                quoted.push('{');
            }
            c => quoted.push(c),
        }
        before = c;
    }
    quoted.push('"');
    quoted
}

/// `text` between two `quote`s, each `quote` inside it written as `escape`: in one buffer, as
/// every script quotes dozens of values each time the form changes.
fn quoted(quote: char, text: &str, escape: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push(quote);
    for (index, part) in text.split(quote).enumerate() {
        if index > 0 {
            out.push_str(escape);
        }
        out.push_str(part);
    }
    out.push(quote);
    out
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
        assert_eq!(bash("it's"), r#""it's""#);
        assert_eq!(bash("it's $HOME"), r"'it'\''s $HOME'");
        assert_eq!(bash(""), "''");
    }

    #[test]
    fn powershell_is_ascii_whatever_the_value() {
        assert_eq!(powershell("guance-backup-role"), "guance-backup-role");
        assert_eq!(powershell("a,b"), "'a,b'");
        assert_eq!(powershell("@splat"), "'@splat'");
        assert_eq!(powershell("it's $HOME `n"), "'it''s $HOME `n'");
        assert_eq!(powershell("\u{2019}x"), "('' + [char]0x2019 + 'x')");
        assert_eq!(powershell("Lets \u{d2}lan"), "('Lets ' + [char]0x00D2 + 'lan')");
        assert_eq!(powershell("\u{1f600}"), "('' + [char]::ConvertFromUtf32(0x1F600))");
        assert_eq!(powershell(""), "''");
    }

    #[test]
    fn hcl_escapes_interpolation_and_directives() {
        assert_eq!(template("${aws:username} %{if} $x %y"), "$${aws:username} %%{if} $x %y");
        assert_eq!(hcl_string("a\"b\\c\nd ${e}"), r#""a\"b\\c\nd $${e}""#);
    }

    /// What PowerShell makes of an expression [`powershell_string`] writes: verbatim strings
    /// (a doubled `'` read as one) and `[char]` conversions, joined by ` + `, maybe in parentheses.
    fn powershell_value(token: &str) -> String {
        if !token.starts_with(['\'', '(']) {
            return token.to_owned();
        }
        let inner = token.strip_prefix('(').and_then(|t| t.strip_suffix(')')).unwrap_or(token);
        let mut value = String::new();
        let mut rest = inner;
        while !rest.is_empty() {
            rest = rest.strip_prefix(" + ").unwrap_or(rest);
            if let Some(after) = rest.strip_prefix('\'') {
                let mut chars = after.char_indices().peekable();
                let end = loop {
                    let (index, c) = chars.next().unwrap_or_else(|| panic!("unterminated string in {token}"));
                    if c != '\'' {
                        value.push(c);
                    } else if chars.peek().is_some_and(|(_, next)| *next == '\'') {
                        chars.next();
                        value.push('\'');
                    } else {
                        break index + 1;
                    }
                };
                rest = &after[end..];
            } else {
                let (hex, after) = if let Some(after) = rest.strip_prefix("[char]::ConvertFromUtf32(0x") {
                    let end = after.find(')').unwrap();
                    (&after[..end], &after[end + 1..])
                } else {
                    let after = rest
                        .strip_prefix("[char]0x")
                        .unwrap_or_else(|| panic!("unexpected {rest} in {token}"));
                    (&after[..4], &after[4..])
                };
                value.push(char::from_u32(u32::from_str_radix(hex, 16).unwrap()).unwrap());
                rest = after;
            }
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

    fn template(text: &str) -> String {
        let mut out = String::new();
        hcl_template(&mut out, text);
        out
    }

    proptest! {
        /// HCL's two template escapes, each `${` and `%{` with its sign doubled, whatever
        /// surrounds them (`$${` becomes `$$${`, as HCL reads it back as `$${`).
        #[test]
        fn hcl_template_doubles_the_sign_of_each_template_opening(text in "[$%{a é]{0,24}") {
            prop_assert_eq!(template(&text), text.replace("${", "$${").replace("%{", "%%{"));
        }

        /// One pass writes what JSON's escapes, then the template escapes over the result, wrote.
        #[test]
        fn hcl_string_escapes_as_json_then_as_a_template(value in "(?s)[$%{}\"\\\\a é\n\t\u{1}\u{85}]{0,24}") {
            let json: String = value
                .chars()
                .map(|c| match c {
                    '"' => "\\\"".to_owned(),
                    '\\' => "\\\\".to_owned(),
                    '\n' => "\\n".to_owned(),
                    '\r' => "\\r".to_owned(),
                    '\t' => "\\t".to_owned(),
                    c if c.is_control() => format!("\\u{:04x}", u32::from(c)),
                    c => c.to_string(),
                })
                .collect();
            prop_assert_eq!(hcl_string(&value), template(&format!("\"{json}\"")));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// Real bash reads every quoted value back unchanged: no expansion, no word splitting.
        #[test]
        fn bash_reads_back_the_exact_value(value in any::<String>()) {
            prop_assume!(!value.contains('\0'), "no process argument can hold NUL");
            let output = Command::new("bash").arg("-c").arg(format!("printf '%s' {}", bash(&value))).output().unwrap();
            prop_assert_eq!(String::from_utf8_lossy(&output.stdout), value);
        }

        /// The PowerShell grammar reads every quoted value as one ASCII argument, and that
        /// argument is exactly the value, whatever characters it holds.
        #[test]
        fn powershell_reads_back_one_ascii_argument_with_the_exact_value(value in any::<String>()) {
            let token = powershell(&value);
            prop_assert!(token.is_ascii(), "{}", token);
            prop_assert_eq!(powershell_arguments(&format!("Write-Output {token}\n")), vec![token.clone()]);
            prop_assert_eq!(powershell_value(&token), value);
        }
    }
}
