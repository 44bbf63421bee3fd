//! The interface's languages and their messages. Every sentence a person reads (labels, hints,
//! findings, notices, the console walk-through, the hand-back) is a [`Message`]: a key of the
//! catalogues in `core/lang/` (one file per language) with its arguments, rendered in a [`Lang`].
//! The build script checks that every language has every key with the same placeholders and
//! writes one constructor per key in [`msg`], so a missing translation or a misnamed argument
//! fails the build, not the user. The build script also writes [`Lang`], a variant per catalogue
//! file, so adding a language is adding its file.
//!
//! Documents, scripts and templates are no messages: they are the same bytes in every language.

mod catalogue;
mod template;

use std::fmt;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize, Serializer};
use template::Token;

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// The catalogues read with [`Lang::load`], by `Lang as usize`.
static LOADED: [OnceLock<Vec<String>>; Lang::ALL.len()] = [const { OnceLock::new() }; Lang::ALL.len()];

/// Why a catalogue read at run time was refused; its language stays unready.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// A line that is no `key = template`: its number and why.
    Unreadable(String),
    /// `found` keys where this build has `wanted`: the file of another build.
    OtherKeys {
        /// Entries in the file.
        found: usize,
        /// Keys in this build.
        wanted: usize,
    },
    /// The key on `line` fills in other placeholders than this build's key at its place: the
    /// file of another build.
    OtherPlaceholders {
        /// The entry's line in the file.
        line: usize,
        /// The entry's key.
        key: String,
    },
}

impl Lang {
    /// Whether the language's words are here: compiled in (English always; every language with
    /// the default feature `all-languages`) or read with [`Lang::load`]. A language that is not
    /// ready speaks English.
    pub fn is_ready(self) -> bool {
        self.compiled().is_some() || LOADED[self as usize].get().is_some()
    }

    /// Reads the language's catalogue file (`core/lang/<code>.txt`, fetched when the page
    /// needs it) and makes the language ready. The build checked the file, so this only makes
    /// sure it is the file this build was made with: every key in English's order, each with
    /// English's placeholders.
    pub fn load(self, file: &str) -> Result<(), LoadError> {
        let entries = catalogue::parse(file).map_err(LoadError::Unreadable)?;
        if entries.len() != COUNT {
            return Err(LoadError::OtherKeys { found: entries.len(), wanted: COUNT });
        }
        let other = entries
            .iter()
            .zip(PLACEHOLDERS)
            .find(|(entry, wanted)| !catalogue::fills_in(&entry.template, wanted));
        if let Some((entry, _)) = other {
            return Err(LoadError::OtherPlaceholders { line: entry.line, key: entry.key.clone() });
        }
        // A second load of the same file changes nothing.
        let _ = LOADED[self as usize].set(entries.into_iter().map(|entry| entry.template).collect());
        Ok(())
    }

    /// The language's template for `key`; English's while the language is not ready.
    fn template(self, key: Key) -> &'static str {
        let index = key as usize;
        match (self.compiled(), LOADED[self as usize].get()) {
            (Some(templates), _) => templates[index],
            (None, Some(loaded)) => &loaded[index],
            (None, None) => EN[index],
        }
    }

    /// The language whose tag is exactly `code` (`en`, `zh-CN`); `Lang::parse` (in `model`)
    /// reports any other value as the parameters' parsers do.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// The first of the browser's languages (`navigator.languages`, most preferred first) that
    /// Rolesmith offers. Each catalogue's `lang-matches` lists the tags its language answers to,
    /// compared on their first two subtags: `zh-Hans` takes `zh-Hans-CN`, `zh` takes `zh` alone
    /// (not `zh-TW`, Traditional), and `en-*` any English.
    pub fn from_browser<'a>(tags: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
        tags.into_iter().find_map(|tag| {
            let tag = tag.to_ascii_lowercase().replace('_', "-");
            let subtags: Vec<&str> = tag.split('-').take(2).collect();
            Lang::ALL.into_iter().find(|lang| {
                lang.matches().split(' ').any(|wanted| {
                    let wanted = wanted.to_ascii_lowercase();
                    match wanted.strip_suffix("-*") {
                        Some(primary) => subtags.first() == Some(&primary),
                        None => subtags.join("-") == wanted,
                    }
                })
            })
        })
    }
}

/// A sentence to show, in any language: a catalogue key and what fills its placeholders.
/// Serialisable, so the checker's worker can send its findings for the page to render in the
/// page's language: the key travels as its index in the catalogues, which the page and its worker
/// share because they are one build (their files are named by their content).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "SentMessage")]
pub struct Message {
    #[serde(serialize_with = "key_index")]
    key: Key,
    args: Vec<Arg>,
}

/// A [`Key`] as its index in the catalogues.
fn key_index<S: Serializer>(key: &Key, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_u16(*key as u16)
}

/// A message as it arrives, checked before it becomes a [`Message`]: one that names no key or
/// fills in another number of placeholders is refused, never rendered.
#[derive(Deserialize)]
struct SentMessage {
    key: u16,
    args: Vec<Arg>,
}

impl TryFrom<SentMessage> for Message {
    type Error = &'static str;

    fn try_from(sent: SentMessage) -> Result<Message, &'static str> {
        let index = usize::from(sent.key);
        let key = KEYS.get(index).ok_or("no such message key")?;
        if PLACEHOLDERS[index].len() != sent.args.len() {
            return Err("a message with another number of arguments than its placeholders");
        }
        Ok(Message::new(*key, sent.args))
    }
}

/// What fills a placeholder.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Arg {
    /// Shown as it is in every language: a value the user typed, a number, an ARN.
    Text(String),
    /// Another message, in the same language.
    Message(Message),
    /// Items joined as the language joins a list (`list` in the catalogue: "a, b" or "a、b").
    List(Vec<String>),
    /// Left for the caller to fill with something that is no text (a link, a value with its
    /// copy button): [`Message::parts`] marks where it goes.
    Slot,
}

/// A rendered message cut where its [`Arg::Slot`]s go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    /// Text to show.
    Text(String),
    /// The `n`th slot among the message's arguments (0 for the first [`Arg::Slot`]).
    Slot(usize),
}

impl Message {
    fn new(key: Key, args: Vec<Arg>) -> Message {
        Message { key, args }
    }

    /// The same message with every text argument longer than `max` characters cut to its start
    /// and its length (`msg::cut_off`), however deep it sits.
    pub(crate) fn quoting_at_most(self, max: usize) -> Message {
        let args = self
            .args
            .into_iter()
            .map(|arg| match arg {
                // Counted once: a name pasted by mistake may be a megabyte long.
                Arg::Text(text) => match text.chars().count() {
                    chars if chars > max => {
                        let start: String = text.chars().take(max / 2).collect();
                        Arg::Message(msg::cut_off(start, Count(chars)))
                    }
                    _ => Arg::Text(text),
                },
                Arg::Message(message) => Arg::Message(message.quoting_at_most(max)),
                other => other,
            })
            .collect();
        Message { key: self.key, args }
    }

    /// The message in `lang`. A slot renders as nothing.
    pub fn text(&self, lang: Lang) -> String {
        let mut out = String::new();
        self.write(lang, &mut out, &mut |_, _| {});
        out
    }

    /// The message in `lang`, cut at each [`Arg::Slot`].
    pub fn parts(&self, lang: Lang) -> Vec<Part> {
        let mut parts = Vec::new();
        self.each_part(lang, &mut |part| parts.push(part));
        parts
    }

    /// [`Message::parts`] handed over one by one, for a caller that turns them into something
    /// else as they come (the walk-through's pieces). No text part is empty.
    pub(crate) fn each_part(&self, lang: Lang, part: &mut dyn FnMut(Part)) {
        let mut text = String::new();
        self.write(lang, &mut text, &mut |slot, text| {
            if !text.is_empty() {
                part(Part::Text(std::mem::take(text)));
            }
            part(Part::Slot(slot));
        });
        if !text.is_empty() {
            part(Part::Text(text));
        }
    }

    /// Writes the message in `lang` onto `out`, and hands each [`Arg::Slot`]'s number to `slot`
    /// (a message inside a message renders its slots as nothing). Written in place, as the
    /// outputs render dozens of messages on every keystroke.
    fn write(&self, lang: Lang, out: &mut String, slot: &mut dyn FnMut(usize, &mut String)) {
        let names = PLACEHOLDERS[self.key as usize];
        // Templates are checked when the catalogue is read, so none is malformed here.
        for token in template::each_token(lang.template(self.key)).map_while(Result::ok) {
            match token {
                Token::Text(words) => out.push_str(words),
                Token::Brace(brace) => out.push(brace),
                Token::Slot(name) => {
                    let Some(index) = names.iter().position(|known| *known == name) else { continue };
                    match &self.args[index] {
                        Arg::Text(value) => out.push_str(value),
                        Arg::Message(message) => message.write(lang, out, &mut |_, _| {}),
                        Arg::List(items) => out.push_str(&list(items, lang)),
                        Arg::Slot => {
                            slot(self.args[..index].iter().filter(|arg| **arg == Arg::Slot).count(), out);
                        }
                    }
                }
            }
        }
    }
}

/// `a, b, c` in English, `a、b、c` in Chinese: the catalogue's `list` joins two at a time.
fn list(items: &[String], lang: Lang) -> String {
    let mut items = items.iter();
    let first = items.next().cloned().unwrap_or_default();
    items.fold(first, |joined, item| msg::list(joined, item.as_str()).text(lang))
}

/// English, for logs and tests; the page and the command line say which language.
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl From<Message> for Arg {
    fn from(message: Message) -> Arg {
        Arg::Message(message)
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::Text(text.clone())
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_owned())
    }
}

impl From<usize> for Arg {
    fn from(number: usize) -> Arg {
        Arg::Text(number.to_string())
    }
}

/// How much was pasted (characters, parameters, entries), its thousands grouped from five digits
/// on ("1,000,000 characters", "99,990 more entries"), the same in both languages. Sizes and
/// limits stay plain, as the size meters print them (`N / LIMIT`, part of the page's contract).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Count(pub usize);

impl From<Count> for Arg {
    fn from(Count(number): Count) -> Arg {
        let digits = number.to_string();
        if digits.len() < 5 {
            return Arg::Text(digits);
        }
        let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
        for (at, digit) in digits.chars().enumerate() {
            if at > 0 && (digits.len() - at) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(digit);
        }
        Arg::Text(grouped)
    }
}

impl From<Vec<String>> for Arg {
    fn from(items: Vec<String>) -> Arg {
        Arg::List(items)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn large_counts_are_grouped_by_thousands_sizes_are_not() {
        let shown = |number: usize| match Arg::from(Count(number)) {
            Arg::Text(text) => text,
            other => panic!("{other:?}"),
        };
        assert_eq!(shown(0), "0");
        assert_eq!(shown(6144), "6144");
        assert_eq!(shown(10_000), "10,000");
        assert_eq!(shown(99_990), "99,990");
        assert_eq!(shown(1_000_000), "1,000,000");
        assert!(msg::field_too_long(Count(1_000_000), 4096)
            .text(Lang::En)
            .contains("This is 1,000,000 characters long"));
        // A document's size reads as its meter does.
        assert!(msg::policy_size_exceeds_identity_policy_quota(12_345, 6144)
            .text(Lang::En)
            .contains("12345"));
    }

    /// Keys whose Chinese has no Chinese character or punctuation: names the same in both.
    const SAME_IN_CHINESE: &[&str] = &[
        "verbatim",
        "copy-button",
        "lang-matches",
        "how-powershell",
        "how-cloudformation",
        "how-terraform",
        "output-title-cloudformation",
        "output-title-terraform",
    ];

    /// A Chinese character or Chinese punctuation (，。：（）、).
    fn chinese(ch: char) -> bool {
        matches!(ch, '\u{4e00}'..='\u{9fff}' | '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}')
    }

    #[test]
    fn every_message_renders_in_every_language_with_its_arguments() {
        for (index, key) in KEYS.iter().enumerate() {
            let args: Vec<Arg> =
                PLACEHOLDERS[index].iter().map(|name| Arg::Text(format!("<{name}>"))).collect();
            let message = Message::new(*key, args);
            for lang in Lang::ALL {
                let text = message.text(lang);
                assert!(!text.trim().is_empty(), "{key:?} in {lang:?}");
                for name in PLACEHOLDERS[index] {
                    assert!(
                        text.contains(&format!("<{name}>")),
                        "{key:?} in {lang:?} leaves out {name}: {text}"
                    );
                }
            }
        }
    }

    #[test]
    fn chinese_is_chinese_unless_the_words_are_the_same() {
        let entries = catalogue::parse(include_str!("../lang/zh-CN.txt")).unwrap_or_default();
        let english: Vec<String> = entries
            .iter()
            .filter(|entry| !SAME_IN_CHINESE.contains(&entry.key.as_str()))
            .filter(|entry| !entry.template.chars().any(chinese))
            .map(|entry| format!("zh-CN.txt:{} {} = {}", entry.line, entry.key, entry.template))
            .collect();
        assert!(english.is_empty(), "no Chinese in:\n{}", english.join("\n"));
        for key in SAME_IN_CHINESE {
            assert!(entries.iter().any(|entry| entry.key == *key), "{key} is no key");
        }
    }

    #[test]
    fn the_catalogue_files_read_back_as_the_build_wrote_them() {
        let english = catalogue::parse(FILES[0].1).unwrap_or_default();
        for (lang, file) in FILES {
            let entries = catalogue::parse(file).unwrap_or_default();
            assert_eq!(entries.len(), COUNT, "{lang:?}");
            for entry in entries {
                let index = english.iter().position(|wanted| wanted.key == entry.key).unwrap_or(COUNT);
                assert_eq!(lang.template(KEYS[index]), entry.template, "{}:{}", entry.key, entry.line);
                assert!(
                    catalogue::fills_in(&entry.template, PLACEHOLDERS[index]),
                    "{}:{}",
                    entry.key,
                    entry.line
                );
            }
        }
    }

    #[test]
    fn a_catalogue_read_at_run_time_speaks_as_the_compiled_one() {
        let file = include_str!("../lang/zh-CN.txt");
        assert_eq!(Lang::ZhCn.load(file), Ok(()));
        assert!(Lang::ZhCn.is_ready());
        let loaded = LOADED[Lang::ZhCn as usize].get().map(Vec::len);
        assert_eq!(loaded, Some(COUNT));
        for (index, key) in KEYS.iter().enumerate() {
            let read = LOADED[Lang::ZhCn as usize].get().map(|templates| templates[index].as_str());
            assert_eq!(read, Some(Lang::ZhCn.template(*key)), "{key:?}");
        }
    }

    #[test]
    fn a_catalogue_of_another_build_is_refused() {
        let file = include_str!("../lang/zh-CN.txt");
        let fewer: String = file
            .lines()
            .filter(|line| !line.starts_with("lang-name ="))
            .map(|line| format!("{line}\n"))
            .collect();
        assert_eq!(Lang::ZhCn.load(&fewer), Err(LoadError::OtherKeys { found: COUNT - 1, wanted: COUNT }));
        let renamed = file.replacen("{account}", "{acct}", 1);
        assert!(
            matches!(Lang::ZhCn.load(&renamed), Err(LoadError::OtherPlaceholders { ref key, .. }) if !key.is_empty()),
            "{:?}",
            Lang::ZhCn.load(&renamed)
        );
        assert!(matches!(Lang::ZhCn.load("not a catalogue"), Err(LoadError::Unreadable(_))));
    }

    #[test]
    fn lists_join_in_the_language() {
        let items = vec!["en".to_owned(), "zh-CN".to_owned(), "fr".to_owned()];
        assert_eq!(list(&items, Lang::En), "en, zh-CN, fr");
        assert_eq!(list(&items, Lang::ZhCn), "en、zh-CN、fr");
    }

    #[test]
    fn browser_languages_pick_the_first_offered() {
        assert_eq!(Lang::from_browser(["fr-FR", "zh-CN", "en"]), Some(Lang::ZhCn));
        assert_eq!(Lang::from_browser(["zh-Hans-CN"]), Some(Lang::ZhCn));
        assert_eq!(Lang::from_browser(["zh"]), Some(Lang::ZhCn));
        assert_eq!(Lang::from_browser(["zh-TW", "en-GB"]), Some(Lang::En));
        assert_eq!(Lang::from_browser(["zh-Hant-HK", "de"]), None);
        assert_eq!(Lang::from_browser([]), None);
    }

    #[test]
    fn a_message_travels_as_its_key_and_arguments_and_arrives_the_same() {
        let message = msg::checker_summary(msg::checker_kind_trust(), 1usize, 0usize, 2usize);
        let sent = serde_json::to_string(&message).unwrap();
        assert_eq!(serde_json::from_str::<Message>(&sent).ok(), Some(message));
        let no_such_key = format!(r#"{{"key":{COUNT},"args":[]}}"#);
        assert!(serde_json::from_str::<Message>(&no_such_key).is_err());
        let missing_argument = format!(r#"{{"key":{},"args":[]}}"#, Key::CheckerLine as u16);
        assert!(serde_json::from_str::<Message>(&missing_argument).is_err());
    }

    #[test]
    fn slots_cut_the_message_where_the_caller_fills_in() {
        let parts = msg::console_open_policies(Arg::Slot).parts(Lang::En);
        assert!(matches!(parts.as_slice(), [Part::Text(_), Part::Slot(0), ..]), "{parts:?}");
    }
}
