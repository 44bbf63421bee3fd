//! Policy size against IAM's quotas, counted as IAM counts: characters that are not whitespace
//! outside strings (aws-rules §7). Whitespace inside strings is counted, to be safe.

use std::fmt;

use crate::lang::{msg, Lang};

/// A size quota a document must fit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Quota {
    /// Role trust policy, default quota (adjustable up to 8,192).
    TrustPolicy,
    /// Customer managed policy (not adjustable).
    ManagedPolicy,
    /// S3 bucket policy: 20 KB.
    BucketPolicy,
}

impl Quota {
    /// The most characters the quota allows.
    pub fn limit(self) -> usize {
        match self {
            Quota::TrustPolicy => 2048,
            Quota::ManagedPolicy => 6144,
            Quota::BucketPolicy => 20480,
        }
    }
}

/// How big a document is against its quota; displays as `N / LIMIT`, the meter's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Size {
    /// Characters as IAM counts them.
    pub chars: usize,
    /// The quota they count against.
    pub quota: Quota,
}

impl Size {
    /// The size of a document's text against `quota`.
    pub fn of(text: &str, quota: Quota) -> Size {
        Size { chars: counted_chars(text), quota }
    }

    /// Whether the document fits its quota.
    pub fn fits(self) -> bool {
        self.chars <= self.quota.limit()
    }

    /// The size meter's text (`data-size-for`), which holds `N / LIMIT`, in `lang`.
    pub fn line(self, lang: Lang) -> String {
        msg::console_size(self.to_string()).text(lang)
    }
}

impl fmt::Display for Size {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} / {}", self.chars, self.quota.limit())
    }
}

/// Characters IAM counts in a JSON text: all but whitespace outside string literals. Read as
/// bytes: a character is a byte that doesn't continue a UTF-8 sequence, and JSON's structure is
/// ASCII.
pub fn counted_chars(text: &str) -> usize {
    let (mut count, mut in_string, mut escaped) = (0, false, false);
    for &byte in text.as_bytes() {
        let starts_char = byte & 0xC0 != 0x80;
        if in_string {
            count += usize::from(starts_char);
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
        } else if !byte.is_ascii_whitespace() {
            count += usize::from(starts_char);
            in_string = byte == b'"';
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_counts_only_inside_strings() {
        assert_eq!(counted_chars("{ \"a b\" : [ 1 ,\n 2 ] }"), "{\"a b\":[1,2]}".chars().count());
        assert_eq!(counted_chars(r#"{"q":"say \" hi "}"#), 18);
    }

    #[test]
    fn displays_as_the_meter_reads() {
        let size = Size::of("{ }", Quota::TrustPolicy);
        assert_eq!(size.to_string(), "2 / 2048");
        assert!(size.fits());
    }
}
