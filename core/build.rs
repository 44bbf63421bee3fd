//! Reads the message catalogues (`lang/<code>.txt`), fails the build when a language lacks a
//! key of English's, has one English hasn't, or fills in other placeholders, and writes the keys
//! as code: `Key`, one constructor per message in `msg` (its placeholders as arguments, so a
//! wrong name or a missing argument is a compile error), and each language's templates in
//! English's order.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

#[path = "src/lang/catalogue.rs"]
mod catalogue;
#[path = "src/lang/template.rs"]
mod template;

use catalogue::{fills_in, parse, placeholders, Entry};

/// The attribute on what only a build with every catalogue compiled in has (the core's default
/// feature); without it the other languages come with `Lang::load`.
const ALL_LANGUAGES: &str = "#[cfg(feature = \"all-languages\")]\n";

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern", "false",
    "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while",
];

fn main() {
    println!("cargo:rerun-if-changed=lang");
    let english = read("en");
    let mut languages: Vec<(String, Vec<String>)> = Vec::new();
    let mut errors = check_names(&english);
    let mut files: Vec<_> = fs::read_dir("lang")
        .unwrap_or_else(|error| fail(&format!("lang/: {error}")))
        .filter_map(|entry| {
            entry.ok()?.file_name().into_string().ok()?.strip_suffix(".txt").map(str::to_owned)
        })
        .collect();
    // English first: it is the default and the switch's first choice.
    files.sort_by_key(|code| (code != "en", code.clone()));
    for code in files {
        let entries = read(&code);
        let (templates, problems) = in_english_order(&english, &entries);
        errors.extend(problems.into_iter().map(|problem| format!("lang/{code}.txt: {problem}")));
        languages.push((code, templates));
    }
    if !errors.is_empty() {
        fail(&errors.join("\n"));
    }
    let code = generate(&english, &languages);
    let out =
        Path::new(&env::var("OUT_DIR").unwrap_or_else(|_| fail("OUT_DIR is not set"))).join("messages.rs");
    fs::write(&out, code).unwrap_or_else(|error| fail(&format!("{}: {error}", out.display())));
}

fn fail(why: &str) -> ! {
    eprintln!("{why}");
    std::process::exit(1)
}

fn read(code: &str) -> Vec<Entry> {
    let path = format!("lang/{code}.txt");
    let text = fs::read_to_string(&path).unwrap_or_else(|error| fail(&format!("{path}: {error}")));
    parse(&text).unwrap_or_else(|why| fail(&format!("{path}: {why}")))
}

/// Keys unique; no key or placeholder that can't be a Rust name.
fn check_names(english: &[Entry]) -> Vec<String> {
    let mut errors = Vec::new();
    for (index, entry) in english.iter().enumerate() {
        if english[..index].iter().any(|earlier| earlier.key == entry.key) {
            errors.push(format!("lang/en.txt line {}: '{}' is there twice", entry.line, entry.key));
        }
        let names = std::iter::once(snake(&entry.key))
            .chain(placeholders(&entry.template).into_iter().map(str::to_owned));
        for name in names.filter(|name| KEYWORDS.contains(&name.as_str())) {
            errors.push(format!(
                "lang/en.txt line {}: '{name}' is a Rust keyword; choose another name",
                entry.line
            ));
        }
    }
    errors
}

/// One language's templates in English's key order, and every key missing, extra or filled
/// in differently.
fn in_english_order(english: &[Entry], entries: &[Entry]) -> (Vec<String>, Vec<String>) {
    let mut problems = Vec::new();
    let mut templates = Vec::new();
    for wanted in english {
        let mut found = entries.iter().filter(|entry| entry.key == wanted.key);
        match (found.next(), found.next()) {
            (Some(entry), None) => {
                let ours = placeholders(&wanted.template);
                if !fills_in(&entry.template, &ours) {
                    problems.push(format!(
                        "line {}: '{}' fills in {{{}}}, English {{{}}}",
                        entry.line,
                        entry.key,
                        placeholders(&entry.template).join("}, {"),
                        ours.join("}, {")
                    ));
                }
                templates.push(entry.template.clone());
            }
            (None, _) => problems.push(format!("'{}' is missing (English: {})", wanted.key, wanted.template)),
            (Some(_), Some(twice)) => {
                problems.push(format!("line {}: '{}' is there twice", twice.line, twice.key))
            }
        }
    }
    for extra in entries.iter().filter(|entry| !english.iter().any(|wanted| wanted.key == entry.key)) {
        problems.push(format!("line {}: '{}' is not in English's catalogue", extra.line, extra.key));
    }
    // The page reads a catalogue it fetches on demand by position (`Lang::load`): it holds no
    // key names.
    if problems.is_empty() {
        if let Some((entry, wanted)) =
            entries.iter().zip(english).find(|(entry, wanted)| entry.key != wanted.key)
        {
            problems.push(format!(
                "line {}: '{}' is out of English's order (English has '{}' here)",
                entry.line, entry.key, wanted.key
            ));
        }
    }
    (templates, problems)
}

fn generate(english: &[Entry], languages: &[(String, Vec<String>)]) -> String {
    let count = english.len();
    let mut code = String::from("// Generated by core/build.rs from core/lang/*.txt: edit those.\n\n");
    code.push_str("/// A message's key: one per entry of `core/lang/en.txt`, in its order.\n");
    code.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum Key {\n");
    for entry in english {
        let _ = writeln!(code, "    /// `{}`\n    {},", entry.key, camel(&entry.key));
    }
    code.push_str("}\n\n");
    let _ = writeln!(code, "const COUNT: usize = {count};\n");
    code.push_str("/// Every key, in order: a key read back from its index (a message the checker's worker\n/// sent), and the tests that render each message.\nstatic KEYS: [Key; COUNT] = [\n");
    for entry in english {
        let _ = writeln!(code, "    Key::{},", camel(&entry.key));
    }
    code.push_str("];\n\n");
    code.push_str("/// Each key's placeholders, in order of first appearance in English.\n");
    let _ = writeln!(code, "static PLACEHOLDERS: [&[&str]; COUNT] = [");
    for entry in english {
        let _ = writeln!(code, "    &{:?},", placeholders(&entry.template));
    }
    code.push_str("];\n\n");
    for (index, (language, templates)) in languages.iter().enumerate() {
        let _ = writeln!(code, "/// `lang/{language}.txt`, in English's key order.");
        if index > 0 {
            code.push_str(ALL_LANGUAGES);
        }
        let _ = writeln!(code, "static {}: [&str; COUNT] = [", language.to_uppercase().replace('-', "_"));
        for template in templates {
            let _ = writeln!(code, "    {template:?},");
        }
        code.push_str("];\n\n");
    }
    code.push_str(&languages_enum(english, languages));
    code.push_str("/// One constructor per message, its placeholders as arguments.\npub mod msg {\n");
    code.push_str("    use super::{Arg, Key, Message};\n");
    for entry in english {
        let names = placeholders(&entry.template);
        // A code block, so a template's URLs and `<key ID>` read as the text they are.
        let _ = writeln!(code, "\n    /// ```text\n    /// {:?}\n    /// ```", entry.template);
        let arguments: Vec<String> = names.iter().map(|name| format!("{name}: impl Into<Arg>")).collect();
        let values: Vec<String> = names.iter().map(|name| format!("{name}.into()")).collect();
        let _ = writeln!(
            code,
            "    pub fn {}({}) -> Message {{\n        Message::new(Key::{}, vec![{}])\n    }}",
            snake(&entry.key),
            arguments.join(", "),
            camel(&entry.key),
            values.join(", ")
        );
    }
    code.push_str("}\n");
    code
}

/// `Lang`: a variant per catalogue file (`zh-CN.txt` is `ZhCn`), English the default, with its
/// tag, its name in itself (its `lang-name`) and its templates.
fn languages_enum(english: &[Entry], languages: &[(String, Vec<String>)]) -> String {
    let name_index = english.iter().position(|entry| entry.key == "lang-name");
    let name_index =
        name_index.unwrap_or_else(|| fail("lang/en.txt: no lang-name (the language's name in itself)"));
    let variant = |code: &str| camel(&code.to_ascii_lowercase());
    let mut code = String::from(
        "/// A language of the interface (`lang`): one per catalogue file in `core/lang/`.\n\
         #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]\npub enum Lang {\n",
    );
    for (index, (tag, templates)) in languages.iter().enumerate() {
        let default = if index == 0 { "    #[default]\n" } else { "" };
        let _ = writeln!(code, "    /// `{tag}`: {}\n{default}    {},", templates[name_index], variant(tag));
    }
    code.push_str("}\n\nimpl Lang {\n    /// Every language, in the switch's order (English first).\n");
    let variants: Vec<String> = languages.iter().map(|(tag, _)| format!("Lang::{}", variant(tag))).collect();
    let tags: Vec<String> = languages.iter().map(|(tag, _)| format!("{tag:?}")).collect();
    let _ = writeln!(code, "    pub const ALL: [Lang; {}] = [{}];\n", languages.len(), variants.join(", "));
    code.push_str("    /// The `lang=` values, as findings list them.\n");
    let _ = writeln!(code, "    pub const NAMES: &'static [&'static str] = &[{}];\n", tags.join(", "));
    code.push_str("    /// The BCP 47 tag: the `lang=` value and `<html lang>`.\n    pub fn code(self) -> &'static str {\n        match self {\n");
    for (tag, _) in languages {
        let _ = writeln!(code, "            Lang::{} => {tag:?},", variant(tag));
    }
    code.push_str("        }\n    }\n\n");
    let matches_index = english.iter().position(|entry| entry.key == "lang-matches");
    let matches_index = matches_index
        .unwrap_or_else(|| fail("lang/en.txt: no lang-matches (the browser languages it answers to)"));
    code.push_str("    /// The language's name in itself (its `lang-name`), as the switch offers it in every\n    /// language, loaded or not.\n    pub fn name(self) -> &'static str {\n        match self {\n");
    for (tag, templates) in languages {
        let _ = writeln!(code, "            Lang::{} => {:?},", variant(tag), templates[name_index]);
    }
    code.push_str("        }\n    }\n\n    /// Its `lang-matches`: the browser languages it answers to, loaded or not.\n    fn matches(self) -> &'static str {\n        match self {\n");
    for (tag, templates) in languages {
        let _ = writeln!(code, "            Lang::{} => {:?},", variant(tag), templates[matches_index]);
    }
    code.push_str("        }\n    }\n\n    /// Its templates, when they are compiled in.\n    fn compiled(self) -> Option<&'static [&'static str; COUNT]> {\n        match self {\n");
    for (index, (tag, _)) in languages.iter().enumerate() {
        let statics = tag.to_uppercase().replace('-', "_");
        if index == 0 {
            let _ = writeln!(code, "            Lang::{} => Some(&{statics}),", variant(tag));
        } else {
            let _ = write!(
                code,
                "            {ALL_LANGUAGES}            Lang::{0} => Some(&{statics}),\n            #[cfg(not(feature = \"all-languages\"))]\n            Lang::{0} => None,\n",
                variant(tag)
            );
        }
    }
    code.push_str("        }\n    }\n}\n\n/// Each catalogue file's text, for the tests that read them back.\n#[cfg(test)]\n");
    let _ = writeln!(code, "static FILES: [(Lang, &str); {}] = [", languages.len());
    for (tag, _) in languages {
        let _ = writeln!(
            code,
            "    (Lang::{}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/lang/{tag}.txt\"))),",
            variant(tag)
        );
    }
    code.push_str("];\n\n");
    code
}

fn snake(key: &str) -> String {
    key.replace('-', "_")
}

fn camel(key: &str) -> String {
    key.split('-')
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}
