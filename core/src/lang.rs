//! The interface's languages and their messages. Every sentence a person reads (labels, hints,
//! findings, notices, the console walk-through, the hand-back) is a [`Message`]: a key of the
//! catalogues in `core/lang/` (one file per language) with its arguments, rendered in a [`Lang`].
//! The build script checks that every language has every key with the same placeholders and
//! writes one constructor per key in [`msg`], so a missing translation or a misnamed argument
//! fails the build, not the user. The build script also writes [`Lang`], a variant per catalogue
//! file, so adding a language is adding its file.
//!
//! Documents, scripts and templates are no messages: they are the same bytes in every language.

#[cfg(test)]
mod catalogue;
mod template;

use std::fmt;

use template::Token;

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

impl Lang {
    /// The language's name in itself (its catalogue's `lang-name`), as the switch offers it in
    /// every language.
    pub fn name(self) -> &'static str {
        self.templates()[Key::LangName as usize]
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
                lang.templates()[Key::LangMatches as usize].split(' ').any(|wanted| {
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
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Message {
    key: Key,
    args: Vec<Arg>,
}

/// What fills a placeholder.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
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
                Arg::Text(text) if text.chars().count() > max => {
                    let start: String = text.chars().take(max / 2).collect();
                    Arg::Message(msg::cut_off(start, text.chars().count()))
                }
                Arg::Message(message) => Arg::Message(message.quoting_at_most(max)),
                other => other,
            })
            .collect();
        Message { key: self.key, args }
    }

    /// The message in `lang`. A slot renders as nothing.
    pub fn text(&self, lang: Lang) -> String {
        let mut out = String::new();
        for part in self.parts(lang) {
            if let Part::Text(text) = part {
                out.push_str(&text);
            }
        }
        out
    }

    /// The message in `lang`, cut at each [`Arg::Slot`].
    pub fn parts(&self, lang: Lang) -> Vec<Part> {
        let mut parts = Vec::new();
        let mut text = String::new();
        let names = PLACEHOLDERS[self.key as usize];
        for token in template::tokens(lang.templates()[self.key as usize]).unwrap_or_default() {
            match token {
                Token::Text(words) => text.push_str(words),
                Token::Brace(brace) => text.push(brace),
                Token::Slot(name) => {
                    let Some(index) = names.iter().position(|known| *known == name) else { continue };
                    match &self.args[index] {
                        Arg::Text(value) => text.push_str(value),
                        Arg::Message(message) => text.push_str(&message.text(lang)),
                        Arg::List(items) => text.push_str(&list(items, lang)),
                        Arg::Slot => {
                            let slot = self.args[..index].iter().filter(|arg| **arg == Arg::Slot).count();
                            parts.push(Part::Text(std::mem::take(&mut text)));
                            parts.push(Part::Slot(slot));
                        }
                    }
                }
            }
        }
        parts.push(Part::Text(text));
        parts.retain(|part| *part != Part::Text(String::new()));
        parts
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

impl From<Vec<String>> for Arg {
    fn from(items: Vec<String>) -> Arg {
        Arg::List(items)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
                assert_eq!(
                    lang.templates().get(index),
                    Some(&entry.template.as_str()),
                    "{}:{}",
                    entry.key,
                    entry.line
                );
                let mut names = catalogue::placeholders(&entry.template);
                let mut wanted = PLACEHOLDERS[index].to_vec();
                names.sort_unstable();
                wanted.sort_unstable();
                assert_eq!(names, wanted, "{}:{}", entry.key, entry.line);
            }
        }
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
    fn slots_cut_the_message_where_the_caller_fills_in() {
        let parts = msg::console_open_policies(Arg::Slot).parts(Lang::En);
        assert!(matches!(parts.as_slice(), [Part::Text(_), Part::Slot(0), ..]), "{parts:?}");
    }
}
