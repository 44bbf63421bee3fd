//! `application/x-www-form-urlencoded` parsing and writing for query strings and fragments, so
//! reading a vendor's link and writing a share link are plain, tested Rust.

use std::borrow::Cow;

/// The `name=value` pairs of a query string or fragment (without its `?` or `#`), decoded, in
/// order. Malformed escapes are kept literally and invalid UTF-8 is replaced, never an error: a
/// link someone mangled must still open the page. A name or value without escapes is borrowed,
/// so a link's 100,000 unknown parameters cost no copies.
pub fn parse(input: &str) -> impl Iterator<Item = (Cow<'_, str>, Cow<'_, str>)> {
    let mut rest = input;
    std::iter::from_fn(move || loop {
        if rest.is_empty() {
            return None;
        }
        // One pass over the pair's bytes finds where it ends, its first `=`, and whether each
        // side has anything to decode: a link of 100,000 pairs is read once, byte by byte.
        let (mut end, mut equals) = (rest.len(), None);
        let (mut name_escaped, mut value_escaped) = (false, false);
        for (at, byte) in rest.bytes().enumerate() {
            match byte {
                b'&' => {
                    end = at;
                    break;
                }
                b'=' if equals.is_none() => equals = Some(at),
                b'%' | b'+' if equals.is_none() => name_escaped = true,
                b'%' | b'+' => value_escaped = true,
                _ => {}
            }
        }
        let (pair, after) = rest.split_at(end);
        rest = after.strip_prefix('&').unwrap_or(after);
        if pair.is_empty() {
            continue;
        }
        let (name, value) = match equals {
            Some(at) => (&pair[..at], &pair[at + 1..]),
            None => (pair, ""),
        };
        let read = |text, escaped| if escaped { Cow::Owned(decode(text)) } else { Cow::Borrowed(text) };
        return Some((read(name, name_escaped), read(value, value_escaped)));
    })
}

/// Writes pairs as a query string; [`parse`] reads back exactly the same pairs.
pub fn encode<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    pairs
        .into_iter()
        .map(|(name, value)| format!("{}={}", escape(name), escape(value)))
        .collect::<Vec<_>>()
        .join("&")
}

/// The query string and the fragment of a link, each without its `?` or `#`: a whole address
/// (`https://host/path?query#fragment`), or just `?query`, `#fragment` or a bare `name=value&…`
/// (read as a query string). What a share link holds is its fragment.
pub fn split_link(link: &str) -> (&str, &str) {
    let (before, fragment) = link.split_once('#').unwrap_or((link, ""));
    let query = if has_scheme(before) {
        before.split_once('?').map_or("", |(_, query)| query)
    } else {
        before.strip_prefix('?').unwrap_or(before)
    };
    (query, fragment)
}

/// Whether `text` starts with a URL scheme and `://` (`https://`), so it is an address.
fn has_scheme(text: &str) -> bool {
    text.split_once("://").is_some_and(|(scheme, _)| {
        let mut chars = scheme.chars();
        chars.next().is_some_and(|first| first.is_ascii_alphabetic())
            && chars.all(|ch| ch.is_ascii_alphanumeric() || matches!(ch, '+' | '-' | '.'))
    })
}

/// `text` with its `+` and `%XX` escapes decoded.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match bytes
                .get(i + 1..i + 3)
                // Two hex digits exactly: from_str_radix alone would also take a sign ("%+A").
                .filter(|hex| hex.iter().all(u8::is_ascii_hexdigit))
                .and_then(|hex| u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok())
            {
                Some(byte) => {
                    out.push(byte);
                    i += 2;
                }
                None => out.push(b'%'),
            },
            byte => out.push(byte),
        }
        i += 1;
    }
    // Valid UTF-8 (nearly always) is taken as it is, without a copy.
    String::from_utf8(out).unwrap_or_else(|invalid| String::from_utf8_lossy(invalid.as_bytes()).into_owned())
}

/// Escapes everything but the characters that read the same in every part of a URL. Byte by
/// byte, with no formatter per escape: the share link writes a pasted list of 10,000 actions on
/// every keystroke.
fn escape(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric()
            || matches!(byte, b'-' | b'_' | b'.' | b'~' | b':' | b'/' | b',' | b'@')
        {
            out.push(char::from(byte));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0xF)]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What [`parse`] reads, owned, to compare.
    fn pairs(input: &str) -> Vec<(String, String)> {
        parse(input).map(|(name, value)| (name.into_owned(), value.into_owned())).collect()
    }

    #[test]
    fn decodes_plus_and_percent_escapes() {
        assert_eq!(
            pairs("bucket=my-bucket&vendor=Logz.io+Inc&x=%E2%9C%93"),
            [
                ("bucket".to_owned(), "my-bucket".to_owned()),
                ("vendor".to_owned(), "Logz.io Inc".to_owned()),
                ("x".to_owned(), "✓".to_owned()),
            ]
        );
    }

    #[test]
    fn tolerates_mangled_links() {
        // Not a byte escape (a sign is not a hex digit): the % stays and the + is a space as usual.
        assert_eq!(pairs("a=%+A"), [("a".to_owned(), "% A".to_owned())]);
        assert_eq!(
            pairs("a=%zz&&b&c=%"),
            [
                ("a".to_owned(), "%zz".to_owned()),
                ("b".to_owned(), String::new()),
                ("c".to_owned(), "%".to_owned()),
            ]
        );
    }

    #[test]
    fn a_pair_splits_at_its_first_equals_sign() {
        assert_eq!(
            pairs("a=b=c&=&a+=b&x=b+"),
            [
                ("a".to_owned(), "b=c".to_owned()),
                (String::new(), String::new()),
                ("a ".to_owned(), "b".to_owned()),
                ("x".to_owned(), "b ".to_owned()),
            ]
        );
    }

    #[test]
    fn encodes_what_would_break_a_link() {
        assert_eq!(encode([("external_id", "a+b=c&d e#f")]), "external_id=a%2Bb%3Dc%26d%20e%23f");
    }

    #[test]
    fn a_link_is_split_into_its_query_and_fragment() {
        assert_eq!(
            split_link("https://x.example/app/?embed=1#bucket=b&prefix=a/b"),
            ("embed=1", "bucket=b&prefix=a/b")
        );
        assert_eq!(split_link("https://x.example/app/#bucket=b"), ("", "bucket=b"));
        assert_eq!(split_link("https://x.example/app/"), ("", ""));
        assert_eq!(split_link("#bucket=b"), ("", "bucket=b"));
        assert_eq!(split_link("?bucket=b"), ("bucket=b", ""));
        // A bare query string, such as a golden case's `params`, even with an address in a value.
        assert_eq!(
            split_link("bucket=b&followup=see%20https://x.example/"),
            ("bucket=b&followup=see%20https://x.example/", "")
        );
        assert_eq!(split_link(""), ("", ""));
    }

    proptest! {
        #[test]
        fn encode_then_parse_is_identity(name in "\\PC*", value in "\\PC*") {
            let parsed = pairs(&encode([(name.as_str(), value.as_str())]));
            if name.is_empty() && value.is_empty() {
                prop_assert_eq!(parsed, vec![(String::new(), String::new())]);
            } else {
                prop_assert_eq!(parsed, vec![(name, value)]);
            }
        }

        #[test]
        fn parse_reads_the_pairs_split_reads(input in "[a=&%+2é]{0,24}") {
            // What `parse` read before it became one pass: split on `&`, then at the first `=`.
            let split: Vec<(String, String)> = input
                .split('&')
                .filter(|pair| !pair.is_empty())
                .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
                .map(|(name, value)| (decode(name), decode(value)))
                .collect();
            prop_assert_eq!(pairs(&input), split);
        }

        #[test]
        fn parse_never_panics(input in "\\PC*") {
            parse(&input).for_each(drop);
        }
    }
}
