//! IAM's glob (`*` any run of characters, `?` exactly one), and the two questions the checker's
//! fix asks of patterns: does one cover another, and could one reach into another. Both answer
//! conservatively: "covers" only when sure, "could reach" unless sure not.

/// Whether `text` matches `pattern`. It backtracks to the last star only, so a pattern full of
/// stars can't stall the page: at worst the pattern's length times the text's steps.
pub fn matches(pattern: &str, text: &str) -> bool {
    matches_by(pattern, text, |p, t| p == t)
}

/// The same with ASCII letters compared in either case, as IAM compares action names.
pub fn matches_ignoring_case(pattern: &str, text: &str) -> bool {
    matches_by(pattern, text, |p, t| p.eq_ignore_ascii_case(&t))
}

/// Bytes when both are ASCII (action names, almost every ARN), characters otherwise.
fn matches_by(pattern: &str, text: &str, same: impl Fn(char, char) -> bool) -> bool {
    if pattern.is_ascii() && text.is_ascii() {
        walk(pattern.as_bytes(), text.as_bytes(), |p, t| same(char::from(p), char::from(t)))
    } else {
        let (pattern, text): (Vec<char>, Vec<char>) = (pattern.chars().collect(), text.chars().collect());
        walk(&pattern, &text, same)
    }
}

fn walk<T: Copy + Into<char>>(pattern: &[T], text: &[T], same: impl Fn(T, T) -> bool) -> bool {
    let is = |unit: T, wildcard: char| unit.into() == wildcard;
    let literal = |unit: &&T| !is(**unit, '*') && !is(**unit, '?');
    let all_same = |pattern: &[T], text: &[T]| pattern.iter().zip(text).all(|(&p, &t)| same(p, t));
    // The literal ends first, as they must meet the text's: most texts already differ there, and
    // then no star backtracks (`s3:*Object` against every action in the table).
    let head = pattern.iter().take_while(literal).count();
    if head == pattern.len() {
        return pattern.len() == text.len() && all_same(pattern, text);
    }
    let tail = pattern.iter().rev().take_while(literal).count();
    if text.len() < head + tail
        || !all_same(&pattern[..head], &text[..head])
        || !all_same(&pattern[pattern.len() - tail..], &text[text.len() - tail..])
    {
        return false;
    }
    let (pattern, text) = (&pattern[head..pattern.len() - tail], &text[head..text.len() - tail]);
    let (mut p, mut t, mut star, mut mark) = (0, 0, None, 0);
    while t < text.len() {
        // A star first: it must be remembered even where the text holds a `*` too.
        if p < pattern.len() && is(pattern[p], '*') {
            star = Some(p);
            mark = t;
            p += 1;
        } else if p < pattern.len() && (is(pattern[p], '?') || same(pattern[p], text[t])) {
            p += 1;
            t += 1;
        } else if let Some(star_at) = star {
            p = star_at + 1;
            mark += 1;
            t = mark;
        } else {
            return false;
        }
    }
    pattern[p..].iter().all(|&unit| is(unit, '*'))
}

/// Whether every string `narrow` matches, `wide` matches too. Sure only for a literal `narrow`
/// or a literal followed by one `*` (the shapes Rolesmith generates); otherwise only when the
/// two are the same pattern or `wide` is `*`.
pub fn covers(wide: &str, narrow: &str) -> bool {
    if wide == "*" || wide == narrow {
        return true;
    }
    if !has_wildcard(narrow) {
        return matches(wide, narrow);
    }
    // `wide` = W* covers X* when W matches a prefix of X: W's star then takes the rest. Other
    // wildcards in `narrow` are not judged.
    literal_then_star(narrow).is_some_and(|stem| {
        wide.strip_suffix('*').is_some_and(|head| {
            stem.char_indices().map(|(i, _)| i).chain([stem.len()]).any(|end| matches(head, &stem[..end]))
        })
    })
}

/// Whether some string matches both patterns. `true` unless sure not: judged exactly when
/// `narrow` is a literal or a literal followed by one `*`.
pub fn could_meet(pattern: &str, narrow: &str) -> bool {
    if !has_wildcard(narrow) {
        return matches(pattern, narrow);
    }
    match literal_then_star(narrow) {
        Some(stem) => matches_some_extension(pattern, stem),
        None => true,
    }
}

fn has_wildcard(text: &str) -> bool {
    text.contains(['*', '?'])
}

/// `X` of a pattern `X*` whose `X` has no wildcard.
fn literal_then_star(pattern: &str) -> Option<&str> {
    pattern.strip_suffix('*').filter(|stem| !has_wildcard(stem))
}

/// Whether `pattern` matches `stem` followed by some string: the pattern can read all of `stem`.
fn matches_some_extension(pattern: &str, stem: &str) -> bool {
    let pattern: Vec<char> = pattern.chars().collect();
    // The pattern positions reachable after reading each character of `stem`.
    let mut reachable = vec![false; pattern.len() + 1];
    reachable[0] = true;
    let close_over_stars = |reachable: &mut Vec<bool>| {
        for p in 0..pattern.len() {
            if reachable[p] && pattern[p] == '*' {
                reachable[p + 1] = true;
            }
        }
    };
    close_over_stars(&mut reachable);
    for ch in stem.chars() {
        let mut next = vec![false; pattern.len() + 1];
        for p in 0..pattern.len() {
            if reachable[p] {
                match pattern[p] {
                    '*' => next[p] = true,
                    '?' => next[p + 1] = true,
                    c if c == ch => next[p + 1] = true,
                    _ => {}
                }
            }
        }
        close_over_stars(&mut next);
        if !next.iter().any(|&r| r) {
            return false;
        }
        reachable = next;
    }
    true
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// IAM's glob as its definition reads, trying every split: slow, and plainly right.
    fn by_definition(pattern: &[char], text: &[char]) -> bool {
        match pattern.split_first() {
            None => text.is_empty(),
            Some(('*', rest)) => (0..=text.len()).any(|skip| by_definition(rest, &text[skip..])),
            Some((&unit, rest)) => text
                .split_first()
                .is_some_and(|(&ch, text)| (unit == '?' || unit == ch) && by_definition(rest, text)),
        }
    }

    proptest! {
        #[test]
        fn globs_match_by_their_definition(pattern in "[aAb*?]{0,8}", text in "[aAb*?]{0,10}", accent: bool) {
            // ASCII takes the bytes' path; an accent, the characters'.
            let (pattern, text) = if accent { (pattern.replace('b', "é"), text.replace('b', "é")) } else { (pattern, text) };
            let chars = |text: &str| text.chars().collect::<Vec<char>>();
            prop_assert_eq!(matches(&pattern, &text), by_definition(&chars(&pattern), &chars(&text)));
            let lower = |text: &str| chars(&text.to_ascii_lowercase());
            prop_assert_eq!(matches_ignoring_case(&pattern, &text), by_definition(&lower(&pattern), &lower(&text)));
        }
    }

    #[test]
    fn globs_match_as_iam_does() {
        assert!(matches("s3:Get*", "s3:GetObject"));
        assert!(matches("arn:aws:s3:::b/?.csv", "arn:aws:s3:::b/a.csv"));
        assert!(!matches("arn:aws:s3:::b/*.csv", "arn:aws:s3:::b/a.txt"));
        assert!(matches("*", ""));
        assert!(matches("a*", "a*b"));
    }

    #[test]
    fn covering_is_sure_or_refused() {
        assert!(covers("arn:aws:s3:::b/*", "arn:aws:s3:::b/logs/*"));
        assert!(covers("arn:aws:s3:::b*/*", "arn:aws:s3:::bucket/logs/*"));
        assert!(covers("arn:aws:s3:::b/logs/*", "arn:aws:s3:::b/logs/"));
        assert!(!covers("arn:aws:s3:::b/report.csv", "arn:aws:s3:::b/*"));
        assert!(!covers("arn:aws:s3:::b/*.csv", "arn:aws:s3:::b/*"));
        assert!(!covers("arn:aws:s3:::b/logs/*", "arn:aws:s3:::b/*"));
        assert!(!covers("arn:aws:s3:::b/*", "arn:aws:s3:::b"));
        // Not judged: the narrow pattern has a wildcard inside.
        assert!(!covers("arn:aws:s3:::b/*", "arn:aws:s3:::b/*/x"));
    }

    #[test]
    fn meeting_is_denied_only_when_sure() {
        assert!(could_meet("arn:aws:s3:::b/*.csv", "arn:aws:s3:::b/*"));
        assert!(could_meet("arn:aws:s3:::b/logs/x", "arn:aws:s3:::b/*"));
        assert!(!could_meet("arn:aws:s3:::other/*", "arn:aws:s3:::b/*"));
        assert!(!could_meet("arn:aws:s3:::b", "arn:aws:s3:::b/x"));
        assert!(could_meet("arn:aws:s3:::?/x", "arn:aws:s3:::b/x"));
        assert!(could_meet("x", "a*b"));
    }
}
