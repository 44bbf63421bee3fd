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
    each_token(template).collect()
}

/// The template's tokens one by one, as a message renders them without collecting them (dozens
/// render on every keystroke); a malformed template ends with why, as its last item.
pub fn each_token(template: &str) -> impl Iterator<Item = Result<Token<'_>, String>> {
    let mut rest = template;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        // Byte by byte: a brace is ASCII.
        let Some(at) = rest.bytes().position(|byte| matches!(byte, b'{' | b'}')) else {
            return Some(Ok(Token::Text(std::mem::take(&mut rest))));
        };
        if at > 0 {
            let (words, brace) = rest.split_at(at);
            rest = brace;
            return Some(Ok(Token::Text(words)));
        }
        let brace = rest.chars().next().unwrap_or('{');
        let after = &rest[1..];
        let token = if after.starts_with(brace) {
            rest = &after[1..];
            Ok(Token::Brace(brace))
        } else if brace == '}' {
            Err("a lone '}' (write '}}' for a brace)".to_owned())
        } else {
            match after.find('}') {
                None => Err("an unclosed '{' (write '{{' for a brace)".to_owned()),
                Some(end) => {
                    let name = &after[..end];
                    rest = &after[end + 1..];
                    if name.is_empty() || !name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
                        Err(format!("'{{{name}}}' is no placeholder: use lowercase letters and _"))
                    } else {
                        Ok(Token::Slot(name))
                    }
                }
            }
        };
        if token.is_err() {
            rest = "";
        }
        Some(token)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_template_reads_as_words_braces_and_slots() {
        assert_eq!(
            tokens("Give {vendor} access {{JSON}}."),
            Ok(vec![
                Token::Text("Give "),
                Token::Slot("vendor"),
                Token::Text(" access "),
                Token::Brace('{'),
                Token::Text("JSON"),
                Token::Brace('}'),
                Token::Text("."),
            ])
        );
        assert_eq!(tokens(""), Ok(vec![]));
    }

    #[test]
    fn a_malformed_template_says_why() {
        assert_eq!(tokens("a } b"), Err("a lone '}' (write '}}' for a brace)".to_owned()));
        assert_eq!(tokens("a {vendor"), Err("an unclosed '{' (write '{{' for a brace)".to_owned()));
        assert_eq!(
            tokens("a {Vendor} b"),
            Err("'{Vendor}' is no placeholder: use lowercase letters and _".to_owned())
        );
        // The error is the last item: nothing after it is read as if the template were whole.
        assert_eq!(each_token("a } {b}").count(), 2);
    }
}
