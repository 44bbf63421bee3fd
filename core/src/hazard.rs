//! Copy-paste hazards in any text value: curly quotes, invisible spaces, documentation
//! placeholders and examples, and AWS keys pasted where they don't belong.
//!
//! `spec.rs` runs these on every field and the policy lint on every string of a document, so a
//! value copied from a vendor's web page gets a specific message instead of a generic
//! "invalid character".

use crate::finding::{Problem, Severity};
use crate::model::Partition;

/// How much of the scan applies to a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// An identifier-like value: every check.
    Value,
    /// Free text a vendor writes (follow-up SQL with `{role_arn}`, `<>`, quotes): only the key
    /// checks, because keys must never be shared whatever the field.
    FreeText,
}

/// Typographic quotes that stand in for `"` and `'`.
const CURLY_QUOTES: &[char] = &['\u{2018}', '\u{2019}', '\u{201a}', '\u{201c}', '\u{201d}', '\u{201e}'];

/// Non-breaking and zero-width spaces: invisible, and not whitespace to JSON or to AWS.
pub const INVISIBLE_SPACES: &[char] =
    &['\u{a0}', '\u{2007}', '\u{202f}', '\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{feff}'];

/// Words documentation prints where the reader's own value belongs (compared case-insensitively
/// with each `:`/`/`-separated part of a value).
const PLACEHOLDER_WORDS: &[&str] = &[
    "bucket-name",
    "bucket_name",
    "bucketname",
    "your-bucket",
    "your-bucket-name",
    "my-bucket-name",
    "account-id",
    "account_id",
    "accountid",
    "external-id",
    "external_id",
    "externalid",
];

/// Example values AWS's and vendors' documentation print: valid, so only a warning.
const DOC_EXAMPLES: &[&str] = &[
    "123456789012",
    "111122223333",
    "444455556666",
    "my-external-id-123",
    "docexamplebucket1",
    "doc-example-bucket",
    "awsexamplebucket1",
];

/// The longest value a field takes (an ARN of 2,048 characters, 100 actions) with room to spare:
/// past it a value is a paste gone wrong, which its field's rules already refuse, so only keys
/// are looked for in it, not the copy-paste slips that would need eight more passes over it.
pub const LONGEST_VALUE: usize = 4096;

/// Everything hazardous in `raw`, each problem once, in a fixed order.
pub fn scan(raw: &str, scope: Scope) -> Vec<Problem> {
    let mut problems = Vec::new();
    let keys = key_shapes(raw);
    if keys.access_key_id {
        problems.push(Problem::AccessKeyId);
    }
    if keys.secret_key {
        problems.push(Problem::SecretKeyShaped);
    }
    if scope == Scope::FreeText || raw.len() > LONGEST_VALUE {
        return problems;
    }
    // Curly quotes and invisible spaces are all beyond ASCII, which most values never leave.
    if !raw.is_ascii() {
        if let Some(ch) = raw.chars().find(|c| CURLY_QUOTES.contains(c)) {
            problems.push(Problem::CurlyQuote { ch });
        }
        if let Some(ch) = raw.trim().chars().find(|c| INVISIBLE_SPACES.contains(c)) {
            problems.push(Problem::InvisibleSpace { ch });
        }
    }
    if let Some(text) = placeholder(raw) {
        problems.push(Problem::Placeholder { text });
    } else if let Some(text) =
        parts(raw).find(|part| DOC_EXAMPLES.iter().any(|e| e.eq_ignore_ascii_case(part)))
    {
        problems.push(Problem::DocExample { text: text.to_owned() });
    }
    problems
}

/// How a CloudFormation dynamic reference starts, in any case.
const DYNAMIC_REFERENCE: &[u8] = b"{{resolve:";

/// What the AWS CLI reads from elsewhere when a parameter value starts with it (aws-rules §11).
const CLI_REMOTE_PREFIXES: [&str; 4] = ["file://", "fileb://", "http://", "https://"];

/// Syntax a tool downstream would replace at run time, so an output would do something other
/// than it shows: CloudFormation's `{{resolve:` anywhere in the value, and a leading `file://`-style
/// prefix, which the AWS CLI expands in any parameter. Only for form fields that reach a
/// command or a template: a pasted policy may rightly hold `https://` in a condition, and a
/// vendor's free text (a follow-up link) is only ever shown.
pub fn late_bound(raw: &str, scope: Scope) -> Vec<Problem> {
    let mut problems = Vec::new();
    if scope == Scope::FreeText {
        return problems;
    }
    if raw
        .as_bytes()
        .windows(DYNAMIC_REFERENCE.len())
        .any(|window| window.eq_ignore_ascii_case(DYNAMIC_REFERENCE))
    {
        problems.push(Problem::DynamicReference);
    }
    // Compared in place, in any case: every prefix is ASCII.
    let start = raw.trim_start().as_bytes();
    let starts_with =
        |prefix: &&str| start.get(..prefix.len()).is_some_and(|s| s.eq_ignore_ascii_case(prefix.as_bytes()));
    if let Some(prefix) = CLI_REMOTE_PREFIXES.into_iter().find(|prefix| starts_with(prefix)) {
        problems.push(Problem::CliRemoteParameter { prefix });
    }
    problems
}

/// Whether a hazard explains the value as an error, so a generic message about it (a parse
/// error) would only repeat that: the one rule the form, the lint and the checker share.
pub fn explains(raw: &str) -> bool {
    explained_by(&scan(raw, Scope::Value))
}

/// The same rule over problems already found: any of them an error.
pub fn explained_by(problems: &[Problem]) -> bool {
    problems.iter().any(|problem| problem.severity() == Severity::Error)
}

/// Whether the value holds a template reference (`${local.vendor_arn}`, `${AWS::AccountId}`):
/// Terraform or CloudFormation fills it in later, so its shape can't be judged here. IAM's own
/// policy variables (`${aws:username}`, `${*}`) are not references.
pub fn filled_later(raw: &str) -> bool {
    raw.match_indices("${").any(|(at, _)| {
        let inner = raw[at + 2..].split('}').next().unwrap_or_default();
        let policy_variable = matches!(inner, "*" | "?" | "$")
            || inner.split_once(':').is_some_and(|(service, key)| {
                !service.is_empty()
                    && !key.starts_with(':')
                    && service.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'))
            });
        !policy_variable
    })
}

/// Whether the value holds something shaped like an AWS key, so it must stay out of links.
pub fn contains_key(raw: &str) -> bool {
    let keys = key_shapes(raw);
    keys.access_key_id || keys.secret_key
}

/// The partition of a value that starts like an ARN (`arn:aws-cn:...`), if it is one we know.
pub fn arn_partition(raw: &str) -> Option<Partition> {
    let rest = raw.strip_prefix("arn:")?;
    Partition::parse(rest.split(':').next()?).ok()
}

/// An external ID is guessable when it has no random-looking part: no run of 8 or more letters
/// and digits that mixes both and has at least 5 different characters (`7f3a9e2b`), and no run of
/// 10 or more digits (a vendor's customer number). Company names (`AcmeCorp-XMode-2026`), words,
/// dates and short values are guessable; GUIDs and vendor-generated tokens are not.
pub fn is_guessable(external_id: &str) -> bool {
    !external_id.split(|c: char| !c.is_ascii_alphanumeric()).any(|run| {
        let has_digit = run.chars().any(|c| c.is_ascii_digit());
        let has_letter = run.chars().any(|c| c.is_ascii_alphabetic());
        let mut distinct: Vec<char> = run.chars().collect();
        distinct.sort_unstable();
        distinct.dedup();
        (run.len() >= 8 && has_digit && has_letter && distinct.len() >= 5) || (run.len() >= 10 && !has_letter)
    })
}

/// The AWS key shapes a value holds.
#[derive(Debug, PartialEq)]
struct KeyShapes {
    /// `AKIA`/`ASIA` followed by 16 uppercase letters or digits, not inside a longer such run.
    access_key_id: bool,
    /// Exactly 40 characters of `[A-Za-z0-9/+]` mixing upper case, lower case and digits, the
    /// shape of a secret access key; hex digests (lower case only) and words don't match.
    secret_key: bool,
}

/// Both shapes in one pass over the value, which may be a list of 10,000 actions read at every
/// keystroke. An access key ID's characters are a secret key's too, so each ID lies inside a
/// run of a secret key's characters, and a run shorter than an ID holds neither.
fn key_shapes(raw: &str) -> KeyShapes {
    let mut keys = KeyShapes { access_key_id: false, secret_key: false };
    let secret_char = |c: u8| c.is_ascii_alphanumeric() || c == b'/' || c == b'+';
    for run in runs(raw, secret_char).filter(|run| run.len() >= 20) {
        keys.secret_key |= run.len() == 40
            && run.iter().any(u8::is_ascii_uppercase)
            && run.iter().any(u8::is_ascii_lowercase)
            && run.iter().any(u8::is_ascii_digit);
        keys.access_key_id = keys.access_key_id
            || run
                .split(|c| !(c.is_ascii_uppercase() || c.is_ascii_digit()))
                .any(|id| id.len() == 20 && (id.starts_with(b"AKIA") || id.starts_with(b"ASIA")));
        if keys.access_key_id && keys.secret_key {
            break;
        }
    }
    keys
}

/// Maximal runs of ASCII characters that satisfy `keep`, found byte by byte and handed out as
/// the bytes they are: all it looks for is ASCII, and nothing is made per run, so a megabyte
/// pasted into a field, or a list of 10,000 actions at every keystroke, is scanned at once.
fn runs(raw: &str, keep: impl Fn(u8) -> bool) -> impl Iterator<Item = &[u8]> {
    let bytes = raw.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        // One plain loop over the bytes, with nothing made per run: in the page's wasm it
        // measured faster than the iterator adapters and the UTF-8 check per run it replaces.
        let mut start = None;
        while at < bytes.len() {
            let byte = bytes[at];
            let kept = byte.is_ascii() && keep(byte);
            match (start, kept) {
                (None, true) => start = Some(at),
                (Some(from), false) => return Some(&bytes[from..at]),
                _ => {}
            }
            at += 1;
        }
        start.map(|from| &bytes[from..])
    })
}

/// The parts of a value between `:` and `/` (the fields of an ARN, the folders of a path).
fn parts(raw: &str) -> impl Iterator<Item = &str> {
    raw.split([':', '/']).map(str::trim).filter(|part| !part.is_empty())
}

/// The first placeholder in `raw`: `<...>`, `{...}` holding a space or an instruction, a run of
/// four or more `x`, or a placeholder word.
fn placeholder(raw: &str) -> Option<String> {
    let bracketed = |open: char, close: char| {
        let start = raw.find(open)?;
        let end = start + raw[start..].find(close)?;
        Some(&raw[start..=end])
    };
    if let Some(text) = bracketed('<', '>').filter(|text| text.len() > 2) {
        return Some(text.to_owned());
    }
    if let Some(text) = bracketed('{', '}') {
        let inner = text[1..text.len() - 1].trim_start().to_ascii_lowercase();
        let instruction = ["replace", "your", "enter", "insert"].iter().any(|word| inner.starts_with(word));
        if inner.contains(' ') || instruction {
            return Some(text.to_owned());
        }
    }
    if let Some(run) = runs(raw, |c| c.is_ascii_alphanumeric())
        .find(|run| run.len() >= 4 && run.iter().all(|&c| c == b'x' || c == b'X'))
    {
        return Some(String::from_utf8_lossy(run).into_owned());
    }
    // A shell variable the reader was to fill (`$REGION`, `$ACCOUNT_ID`); `${aws:username}` is a
    // policy variable, not this.
    if let Some(start) = raw.find('$') {
        let name: String = raw[start + 1..]
            .chars()
            .take_while(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == '_')
            .collect();
        if name.len() >= 2 && name.starts_with(|c: char| c.is_ascii_uppercase()) {
            return Some(format!("${name}"));
        }
    }
    parts(raw)
        .find(|part| {
            let lower = part.to_ascii_lowercase();
            PLACEHOLDER_WORDS.contains(&lower.as_str())
                || lower.starts_with("your-")
                || lower.starts_with("your_")
        })
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn codes(raw: &str) -> Vec<&'static str> {
        scan(raw, Scope::Value).iter().map(Problem::code).collect()
    }

    proptest! {
        #[test]
        fn both_key_shapes_are_found_in_one_pass(
            raw in "(A[KS]IA[A-Z0-9]{15,17}|[A-Z0-9]{0,4}|[a-z0-9/+]{0,20}|[A-Za-z0-9/+]{38,41}|[- é]){0,4}",
        ) {
            // Each shape by its definition, in a pass of its own.
            let shaped = |keep: fn(u8) -> bool, shape: fn(&[u8]) -> bool| {
                raw.as_bytes().split(|&byte| !keep(byte)).any(shape)
            };
            let access_key_id = shaped(
                |c| c.is_ascii_uppercase() || c.is_ascii_digit(),
                |run| run.len() == 20 && (run.starts_with(b"AKIA") || run.starts_with(b"ASIA")),
            );
            let secret_key = shaped(
                |c| c.is_ascii_alphanumeric() || c == b'/' || c == b'+',
                |run| {
                    run.len() == 40
                        && run.iter().any(u8::is_ascii_uppercase)
                        && run.iter().any(u8::is_ascii_lowercase)
                        && run.iter().any(u8::is_ascii_digit)
                },
            );
            prop_assert_eq!(key_shapes(&raw), KeyShapes { access_key_id, secret_key });
        }

        #[test]
        fn runs_are_the_maximal_runs_of_kept_ascii(raw in "[aAKIS0/+é ]{0,48}") {
            let keep = |c: u8| c.is_ascii_uppercase() || c.is_ascii_digit();
            // What `runs` read before it handed out bytes: a split at every byte not kept.
            let split: Vec<&[u8]> = raw
                .as_bytes()
                .split(|&byte| !(byte.is_ascii() && keep(byte)))
                .filter(|run| !run.is_empty())
                .collect();
            prop_assert_eq!(runs(&raw, keep).collect::<Vec<_>>(), split);
        }
    }

    #[test]
    fn one_run_can_be_both_key_shapes() {
        // An ID that starts a 40-character run of a secret key's characters: both, in one pass.
        let both = "AKIA0123456789ABCDEFabcdefghijklmnopqrs1";
        assert_eq!(key_shapes(both), KeyShapes { access_key_id: true, secret_key: true });
    }

    #[test]
    fn clean_values_have_no_hazard() {
        for raw in [
            "acme-elb-logs",
            "arn:aws-cn:iam::588271335135:user/guance-s3-bakcuplog",
            "EXTERNAL_FUNCTIONS_SFCRole=3_8Hcmbi9halFOkt+MdilPi7rdgOv=",
            "da39a3ee5e6b4b0d3255bfef95601890afd80709",
            "{role_arn}",
            "box-export",
        ] {
            assert_eq!(codes(raw), Vec::<&str>::new(), "{raw}");
        }
    }

    #[test]
    fn curly_quotes_and_invisible_spaces_are_named() {
        assert_eq!(codes("\u{201c}my-bucket\u{201d}"), ["curly-quote"]);
        assert_eq!(codes("my\u{a0}bucket"), ["invisible-space"]);
        assert_eq!(codes("\u{200b}my-bucket"), ["invisible-space"]);
        assert_eq!(
            scan("my\u{a0}bucket", Scope::Value)[0].to_string(),
            "The value hides an invisible non-breaking space ('\\u{a0}') that AWS would compare as a character; delete it and type the value again."
        );
        assert_eq!(
            scan("\u{2018}x\u{2019}", Scope::Value)[0].to_string(),
            "The value has a curly quote '\u{2018}' from a web page or word processor; AWS never uses one, so type the value again or paste it as plain text."
        );
    }

    #[test]
    fn placeholders_from_the_seed_documents_are_caught() {
        let placeholder = |raw: &str| match scan(raw, Scope::Value).as_slice() {
            [Problem::Placeholder { text }, ..] => Some(text.clone()),
            _ => None,
        };
        assert_eq!(placeholder("arn:aws-cn:s3:::<bucket name>/*").as_deref(), Some("<bucket name>"));
        assert_eq!(placeholder("<Authorized Account ID>").as_deref(), Some("<Authorized Account ID>"));
        assert_eq!(
            placeholder("{replace with input company name}").as_deref(),
            Some("{replace with input company name}")
        );
        assert_eq!(
            placeholder("arn:aws:iam::123456789012:role/xxxxxxx/tnabcdefg/xxxxxxx-tnabcdefg").as_deref(),
            Some("xxxxxxx")
        );
        assert_eq!(placeholder("arn:aws:s3:::bucket-name/*").as_deref(), Some("bucket-name"));
        assert_eq!(placeholder("YOUR_BUCKET").as_deref(), Some("YOUR_BUCKET"));
        assert_eq!(placeholder("arn:aws:glue:$REGION:$YOUR_ACCOUNT:table/*").as_deref(), Some("$REGION"));
        assert_eq!(placeholder("arn:aws:s3:::b/${aws:username}/*"), None);
        assert!(filled_later("${local.vendor_arn}") && filled_later("arn:${AWS::Partition}:s3:::b"));
        assert!(!filled_later("arn:aws:s3:::b/${aws:username}/*") && !filled_later("${*}"));
        assert_eq!(placeholder("foxxx-data"), None);
        assert_eq!(
            scan("<bucket name>", Scope::Value)[0].to_string(),
            "'<bucket name>' is a placeholder from the documentation, not a real value; replace it with yours."
        );
    }

    #[test]
    fn documentation_examples_warn() {
        assert_eq!(codes("123456789012"), ["documentation-example"]);
        assert_eq!(codes("arn:aws:iam::123456789012:root"), ["documentation-example"]);
        assert_eq!(codes("my-external-id-123"), ["documentation-example"]);
        assert_eq!(
            scan("my-external-id-123", Scope::Value)[0].to_string(),
            "'my-external-id-123' is the example value printed in documentation; check it is really yours and not copied from the page."
        );
    }

    #[test]
    fn a_value_past_any_fields_length_is_searched_for_keys_only() {
        let long = format!("{}“<bucket name>", "a".repeat(LONGEST_VALUE));
        assert_eq!(codes(&long), Vec::<&str>::new());
        assert_eq!(codes(&format!("{long} AKIAIOSFODNN7EXAMPLE")), ["access-key-id"]);
        assert_eq!(codes("“<bucket name>"), ["curly-quote", "placeholder"]);
    }

    #[test]
    fn keys_are_errors_in_every_scope() {
        let key_id = "AKIAIOSFODNN7EXAMPLE";
        let secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
        assert_eq!(codes(key_id), ["access-key-id"]);
        assert_eq!(codes(&format!("id={key_id}")), ["access-key-id"]);
        assert_eq!(codes("ASIAY34FZKBOKMUTVV7A"), ["access-key-id"]);
        assert_eq!(codes(secret), ["secret-access-key"]);
        assert!(scan(&format!("SELECT '{secret}'"), Scope::FreeText).contains(&Problem::SecretKeyShaped));
        assert!(contains_key(key_id) && contains_key(secret));
        assert!(!contains_key("AKIAIOSFODNN7EXAMPLEX") && !contains_key("AKIA123"));
        assert_eq!(
            Problem::AccessKeyId.to_string(),
            "This looks like an AWS access key ID (AKIA… or ASIA…); a key never belongs here, so remove it, and since it was exposed, deactivate and rotate it in IAM."
        );
    }

    #[test]
    fn free_text_keeps_its_own_placeholders() {
        assert_eq!(scan("GRANT ... TO '{role_arn}' -- <your note>", Scope::FreeText), vec![]);
    }

    #[test]
    fn guessable_means_no_random_part() {
        for guessable in [
            "AcmeCorp-XMode-2026",
            "companyname",
            "ab",
            "12345678",
            "aaaa1111",
            "my-external-id-123",
            "20260101",
        ] {
            assert!(is_guessable(guessable), "{guessable}");
        }
        for random in [
            "gc-7f3a9e2b41d84c6e",
            "logzio-4f9c2a7e-acme",
            "us1:0000000000000131",
            "MYACCOUNT_SFCRole=2_a123456/s0aBCDEfGHIJklmNoPq=",
            "d9f1c6a2-3b4e-4f5a-9c8d-7e6f5a4b3c2d",
        ] {
            assert!(!is_guessable(random), "{random}");
        }
    }

    #[test]
    fn arn_partitions_are_read() {
        assert_eq!(arn_partition("arn:aws-cn:s3:::b"), Some(Partition::AwsCn));
        assert_eq!(arn_partition("arn:aws-iso:s3:::b"), None);
        assert_eq!(arn_partition("my-bucket"), None);
    }
}
