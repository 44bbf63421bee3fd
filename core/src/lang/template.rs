//! A template's placeholders: `{name}` is filled in, `{{` and `}}` are braces. Read when a
//! message renders, and by the build script, which rejects a malformed template.

/// A template read left to right.
#[derive(Debug, PartialEq, Eq)]
pub enum Token<'a> {
    /// Words as they are.
    Text(&'a str),
    /// `{{` or `}}`: one brace.
    Brace(char),
    /// `{name}`: the argument called `name`.
    Slot(&'a str),
}

/// The template's tokens, or why it is malformed (an unclosed or stray brace).
pub fn tokens(template: &str) -> Result<Vec<Token<'_>>, String> {
    let mut tokens = Vec::new();
    let mut rest = template;
    // Byte by byte: a brace is ASCII, and messages render by the dozen on every keystroke.
    while let Some(at) = rest.bytes().position(|byte| matches!(byte, b'{' | b'}')) {
        if at > 0 {
            tokens.push(Token::Text(&rest[..at]));
        }
        let after = &rest[at + 1..];
        let brace = rest[at..].chars().next().unwrap_or('{');
        if after.starts_with(brace) {
            tokens.push(Token::Brace(brace));
            rest = &after[1..];
        } else if brace == '}' {
            return Err("a lone '}' (write '}}' for a brace)".to_owned());
        } else {
            let end = after.find('}').ok_or("an unclosed '{' (write '{{' for a brace)")?;
            let name = &after[..end];
            if name.is_empty() || !name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
                return Err(format!("'{{{name}}}' is no placeholder: use lowercase letters and _"));
            }
            tokens.push(Token::Slot(name));
            rest = &after[end + 1..];
        }
    }
    if !rest.is_empty() {
        tokens.push(Token::Text(rest));
    }
    Ok(tokens)
}
