//! Pasted text made JSON: curly quotes, comments, trailing commas and invisible spaces replaced
//! one character for one (so lines and columns stay put), each repair reported where it was; and
//! serde's errors said in the user's words.

use crate::finding::Problem;
use crate::hazard::INVISIBLE_SPACES;
use crate::lang::msg;

/// Characters read as a JSON quote when they open or close a string outside one.
const CURLY_DOUBLE: &[char] = &['\u{201c}', '\u{201d}', '\u{201e}', '\u{2033}'];

/// The text with what people paste and JSON forbids replaced one character for one (so lines and
/// columns stay put), and each replacement as a problem at its 1-based line and column.
pub fn repair(text: &str) -> (String, Vec<(usize, usize, Problem)>) {
    let chars: Vec<char> = text.chars().collect();
    let mut places = Vec::with_capacity(chars.len());
    let (mut line, mut column) = (1, 1);
    for &ch in &chars {
        places.push((line, column));
        if ch == '\n' {
            line += 1;
            column = 1;
        } else {
            column += 1;
        }
    }
    let mut out: Vec<char> = chars.clone();
    let mut repairs = Vec::new();
    let mut fix = |out: &mut Vec<char>, i: usize, with: char, problem: Option<Problem>| {
        out[i] = with;
        if let Some(problem) = problem {
            repairs.push((places[i].0, places[i].1, problem));
        }
    };
    let mut string: Option<bool> = None; // Some(opened by a curly quote)
    let mut escaped = false;
    let mut i = 0;
    while i < chars.len() {
        let ch = chars[i];
        match string {
            Some(_) if escaped => escaped = false,
            Some(_) if ch == '\\' => escaped = true,
            Some(_) if ch == '"' => string = None,
            Some(true) if CURLY_DOUBLE.contains(&ch) => {
                fix(&mut out, i, '"', Some(Problem::PastedCurlyQuote { ch }));
                string = None;
            }
            Some(_) => {}
            None if ch == '"' => string = Some(false),
            None if CURLY_DOUBLE.contains(&ch) => {
                fix(&mut out, i, '"', Some(Problem::PastedCurlyQuote { ch }));
                string = Some(true);
            }
            None if INVISIBLE_SPACES.contains(&ch) => {
                fix(&mut out, i, ' ', Some(Problem::PastedInvisibleSpace { ch }))
            }
            None if ch == '/' && matches!(chars.get(i + 1), Some('/' | '*')) => {
                let block = chars[i + 1] == '*';
                let end = if block {
                    (i + 2..chars.len()).find(|&j| chars[j] == '/' && chars[j - 1] == '*' && j > i + 2)
                } else {
                    (i..chars.len()).find(|&j| chars[j] == '\n').map(|j| j - 1)
                }
                .unwrap_or(chars.len() - 1);
                fix(&mut out, i, ' ', Some(Problem::PastedComment));
                let commented = chars.iter().enumerate().take(end + 1).skip(i + 1);
                for (j, _) in commented.filter(|(_, c)| **c != '\n') {
                    fix(&mut out, j, ' ', None);
                }
                i = end;
            }
            None if ch == ',' => {
                let next =
                    chars[i + 1..].iter().find(|c| !c.is_whitespace() && !INVISIBLE_SPACES.contains(c));
                if matches!(next, Some('}' | ']')) {
                    fix(&mut out, i, ' ', Some(Problem::PastedTrailingComma));
                }
            }
            None => {}
        }
        i += 1;
    }
    (out.into_iter().collect(), repairs)
}

/// serde's error as what was expected and what was found, never serde's own sentence.
pub fn malformed(text: &str, error: &serde_json::Error) -> Problem {
    let message = error.to_string();
    let expected = [
        ("expected `,` or `}`", msg::json_expected_comma_or_brace as fn() -> _),
        ("expected `,` or `]`", msg::json_expected_comma_or_bracket),
        ("expected `:`", msg::json_expected_colon),
        ("key must be a string", msg::json_expected_name),
        ("expected value", msg::noun_value),
        ("control character", msg::json_expected_closing_quote),
        ("trailing characters", msg::json_expected_end),
        ("invalid escape", msg::json_expected_escape),
    ]
    .iter()
    .find(|(serde, _)| message.contains(serde))
    .map_or_else(msg::json_expected_valid_json, |(_, ours)| ours());
    let found = if error.is_eof() {
        None
    } else {
        text.lines()
            .nth(error.line().saturating_sub(1))
            .and_then(|line| line.chars().nth(error.column().saturating_sub(1)))
    };
    Problem::MalformedJson { line: error.line(), column: error.column(), expected, found }
}
