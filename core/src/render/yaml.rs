//! A small block-style YAML writer for serde models, so the CloudFormation template reads like
//! the YAML people write without a YAML crate in the page's wasm.
//!
//! Every string is written as a JSON string, which is also a YAML double-quoted scalar with the
//! same value (YAML 1.2 is a superset of JSON); keys are bare only when they are plain words. So no
//! value can be read as another type (`2012-10-17` stays a string) or break the structure.

use std::fmt::{self, Write};

use serde::ser::{self, Impossible, Serialize};

/// `document` as block YAML with a final newline, written at the end of `out` as it is
/// serialized: no tree of values is built first.
pub fn to_yaml(out: &mut String, document: &impl Serialize) {
    document.serialize(Node { out, slot: Slot::Top }).expect("templates hold only strings, arrays and maps");
}

/// Where a value goes, which decides how it starts: a nested block after `key:` starts on the next
/// line, a mapping after `-` on the same line; a scalar or an empty block stays on the line.
#[derive(Clone, Copy)]
enum Slot {
    /// The document itself, at the start of a line.
    Top,
    /// After `key:`, its block indented by `indent`.
    AfterKey { indent: usize },
    /// After a sequence's `-`, its block indented by `indent`.
    AfterDash { indent: usize },
}

/// Writes one value into `out` at `slot`.
struct Node<'o> {
    out: &'o mut String,
    slot: Slot,
}

impl<'o> Node<'o> {
    /// A scalar on the line already begun (or a line of its own at the top), then the line's end.
    fn scalar(&mut self, write: impl FnOnce(&mut String)) -> Result<(), Error> {
        if !matches!(self.slot, Slot::Top) {
            self.out.push(' ');
        }
        write(self.out);
        self.out.push('\n');
        Ok(())
    }

    /// Opens a mapping (`{}` when empty) or a sequence (`[]`) of `len` entries.
    fn block(mut self, len: Option<usize>, mapping: bool) -> Result<Block<'o>, Error> {
        let len = len.ok_or_else(|| Error("a block of unknown length".to_owned()))?;
        let (indent, inline_first) = match self.slot {
            Slot::Top => (0, false),
            Slot::AfterKey { indent } => (indent, false),
            Slot::AfterDash { indent } => (indent, mapping),
        };
        if len == 0 {
            let empty = if mapping { "{}" } else { "[]" };
            self.scalar(|out| out.push_str(empty))?;
        } else if !matches!(self.slot, Slot::Top) {
            self.out.push(if inline_first { ' ' } else { '\n' });
        }
        Ok(Block { out: self.out, indent, inline_first, left: len })
    }
}

/// The entries of a mapping or sequence, one per line at `indent`; with `inline_first`, the first
/// goes on the line already begun (a mapping as a sequence's item, after `- `).
struct Block<'o> {
    out: &'o mut String,
    indent: usize,
    inline_first: bool,
    /// Entries still to come, as the length given: one more would not be written where it belongs.
    left: usize,
}

impl Block<'_> {
    /// Starts an entry's line.
    fn begin(&mut self) -> Result<(), Error> {
        self.left = self.left.checked_sub(1).ok_or_else(|| Error("more entries than said".to_owned()))?;
        if !std::mem::take(&mut self.inline_first) {
            self.out.extend(std::iter::repeat_n(' ', self.indent));
        }
        Ok(())
    }

    fn key(&mut self, key: &str) -> Result<(), Error> {
        self.begin()?;
        key_text(key, self.out);
        self.out.push(':');
        Ok(())
    }

    fn value(&mut self, value: &(impl Serialize + ?Sized)) -> Result<(), Error> {
        value.serialize(Node { out: self.out, slot: Slot::AfterKey { indent: self.indent + 2 } })
    }

    /// Ends the block, which must have had as many entries as it said: a missing one would leave
    /// a `key:` or `-` that reads as null.
    fn finish(self) -> Result<(), Error> {
        if self.left == 0 {
            Ok(())
        } else {
            Err(Error("fewer entries than said".to_owned()))
        }
    }

    fn item(&mut self, value: &(impl Serialize + ?Sized)) -> Result<(), Error> {
        self.begin()?;
        self.out.push('-');
        value.serialize(Node { out: self.out, slot: Slot::AfterDash { indent: self.indent + 2 } })
    }
}

/// What can't be written: a type the templates never hold, or a length that was not the truth.
#[derive(Debug)]
struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(message: T) -> Error {
        Error(message.to_string())
    }
}

fn unsupported<T>(what: &str) -> Result<T, Error> {
    Err(Error(format!("no YAML for {what}")))
}

impl<'o> ser::Serializer for Node<'o> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Block<'o>;
    type SerializeTuple = Block<'o>;
    type SerializeTupleStruct = Impossible<(), Error>;
    type SerializeTupleVariant = Impossible<(), Error>;
    type SerializeMap = Block<'o>;
    type SerializeStruct = Block<'o>;
    type SerializeStructVariant = Impossible<(), Error>;

    fn serialize_bool(mut self, value: bool) -> Result<(), Error> {
        self.scalar(|out| out.push_str(if value { "true" } else { "false" }))
    }
    fn serialize_i8(self, value: i8) -> Result<(), Error> {
        self.serialize_i64(value.into())
    }
    fn serialize_i16(self, value: i16) -> Result<(), Error> {
        self.serialize_i64(value.into())
    }
    fn serialize_i32(self, value: i32) -> Result<(), Error> {
        self.serialize_i64(value.into())
    }
    fn serialize_i64(mut self, value: i64) -> Result<(), Error> {
        self.scalar(|out| {
            let _ = write!(out, "{value}");
        })
    }
    fn serialize_u8(self, value: u8) -> Result<(), Error> {
        self.serialize_u64(value.into())
    }
    fn serialize_u16(self, value: u16) -> Result<(), Error> {
        self.serialize_u64(value.into())
    }
    fn serialize_u32(self, value: u32) -> Result<(), Error> {
        self.serialize_u64(value.into())
    }
    fn serialize_u64(mut self, value: u64) -> Result<(), Error> {
        self.scalar(|out| {
            let _ = write!(out, "{value}");
        })
    }
    fn serialize_f32(self, _: f32) -> Result<(), Error> {
        unsupported("a float")
    }
    fn serialize_f64(self, _: f64) -> Result<(), Error> {
        unsupported("a float")
    }
    fn serialize_char(self, value: char) -> Result<(), Error> {
        self.serialize_str(value.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(mut self, value: &str) -> Result<(), Error> {
        self.scalar(|out| string_text(value, out))
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Error> {
        unsupported("bytes")
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(mut self) -> Result<(), Error> {
        self.scalar(|out| out.push_str("null"))
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<(), Error> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        let mut block = self.block(Some(1), true)?;
        block.key(variant)?;
        block.value(value)
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Block<'o>, Error> {
        self.block(len, false)
    }
    fn serialize_tuple(self, len: usize) -> Result<Block<'o>, Error> {
        self.block(Some(len), false)
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeTupleStruct, Error> {
        unsupported("a tuple struct")
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        unsupported("a tuple variant")
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Block<'o>, Error> {
        self.block(len, true)
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Block<'o>, Error> {
        self.block(Some(len), true)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        unsupported("a struct variant")
    }
}

/// Sequences and tuples (`Fn::GetAtt`'s `[LogicalId, Attribute]`) are written alike.
macro_rules! items {
    ($trait:ident) => {
        impl ser::$trait for Block<'_> {
            type Ok = ();
            type Error = Error;
            fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.item(value)
            }
            fn end(self) -> Result<(), Error> {
                self.finish()
            }
        }
    };
}
items!(SerializeSeq);
items!(SerializeTuple);

impl ser::SerializeMap for Block<'_> {
    type Ok = ();
    type Error = Error;
    /// Keys are few, so each is read through serde_json: a string, or an enum's unit variant
    /// (`"s3:prefix"`).
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        match serde_json::to_value(key) {
            Ok(serde_json::Value::String(key)) => self.key(&key),
            _ => unsupported("a key that is not text"),
        }
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.value(value)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

impl ser::SerializeStruct for Block<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        self.key(key)?;
        self.value(value)
    }
    fn end(self) -> Result<(), Error> {
        self.finish()
    }
}

/// Words a YAML 1.1 or 1.2 reader takes for null or a boolean when bare: the IAM operator `Null`
/// must stay a string key.
const RESERVED_WORDS: &[&str] = &["null", "true", "false", "yes", "no", "on", "off", "y", "n"];

/// A key bare when it is a plain word (`Resources`, `RoleName`), else quoted (`"s3:prefix"`,
/// `"Null"`).
fn key_text(key: &str, out: &mut String) {
    let plain =
        key.starts_with(|c: char| c.is_ascii_alphabetic()) && key.chars().all(|c| c.is_ascii_alphanumeric());
    if plain && !RESERVED_WORDS.iter().any(|word| word.eq_ignore_ascii_case(key)) {
        out.push_str(key);
    } else {
        string_text(key, out);
    }
}

/// A JSON string literal, with the characters YAML reads differently from JSON escaped too: DEL
/// and the C1 controls (forbidden raw), the line and paragraph separators U+2028/U+2029 (line
/// breaks to YAML), and the byte-order mark. JSON's escapes as serde_json writes them (`\"`,
/// `\\`, the short forms of five controls, `\u00xx` for the others), in one pass: the characters
/// between escapes are copied a run at a time.
fn string_text(text: &str, out: &mut String) {
    let yaml_reads_otherwise =
        |c: char| ('\u{7f}'..='\u{9f}').contains(&c) || matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}');
    out.push('"');
    let (mut copied, mut at) = (0, 0);
    // Only these bytes can need an escape; a byte past DEL starts a character (the search stops
    // at its first byte), which is looked at whole.
    while let Some(found) = text.as_bytes()[at..]
        .iter()
        .position(|&byte| !(b' '..0x7f).contains(&byte) || matches!(byte, b'"' | b'\\'))
    {
        let start = at + found;
        let Some(c) = text[start..].chars().next() else { break };
        at = start + c.len_utf8();
        let short = match c {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\u{8}' => "\\b",
            '\u{c}' => "\\f",
            c if c < ' ' || yaml_reads_otherwise(c) => "",
            _ => continue,
        };
        out.push_str(&text[copied..start]);
        if short.is_empty() {
            let _ = write!(out, "\\u{:04x}", u32::from(c));
        } else {
            out.push_str(short);
        }
        copied = at;
    }
    out.push_str(&text[copied..]);
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::BTreeMap;

    fn yaml(document: &impl Serialize) -> String {
        let mut out = String::new();
        to_yaml(&mut out, document);
        out
    }

    #[test]
    fn writes_block_style_with_quoted_strings() {
        let mut statement = BTreeMap::new();
        statement.insert("Action", vec!["s3:GetObject"]);
        statement.insert("s3:prefix", vec![]);
        let mut document = BTreeMap::new();
        document.insert("Statement", vec![statement]);
        expect_test::expect![[r#"
            Statement:
              - Action:
                  - "s3:GetObject"
                "s3:prefix": []
        "#]]
        .assert_eq(&yaml(&document));
    }

    #[test]
    fn a_block_with_fewer_or_more_entries_than_it_said_is_refused() {
        struct Saying(usize, usize);
        impl Serialize for Saying {
            fn serialize<S: ser::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                use ser::SerializeSeq;
                let mut items = serializer.serialize_seq(Some(self.0))?;
                (0..self.1).try_for_each(|_| items.serialize_element("item"))?;
                items.end()
            }
        }
        let write =
            |value: Saying| value.serialize(Node { out: &mut String::new(), slot: Slot::Top }).is_ok();
        assert!(write(Saying(1, 1)));
        assert!(!write(Saying(2, 1)), "a `-` would be left to read as null");
        assert!(!write(Saying(1, 2)));
    }

    /// `string_text` as it was first written: serde_json's string, then YAML's own escapes.
    fn string_text_by_serde_json(text: &str) -> String {
        let json = serde_json::to_string(text).unwrap();
        json.chars()
            .map(|c| match c {
                '\u{7f}'..='\u{9f}' | '\u{2028}' | '\u{2029}' | '\u{feff}' => {
                    format!("\\u{:04x}", u32::from(c))
                }
                c => c.to_string(),
            })
            .collect()
    }

    proptest! {
        /// The one-pass escapes are serde_json's, plus YAML's, for any text at all.
        #[test]
        fn strings_are_escaped_as_serde_json_escapes_them(text in "(?s).{0,40}") {
            let mut out = String::new();
            string_text(&text, &mut out);
            prop_assert_eq!(out, string_text_by_serde_json(&text));
        }

        /// A real YAML parser reads back exactly the value written, whatever the strings hold.
        #[test]
        fn yaml_reads_back_the_same_value(
            entries in proptest::collection::btree_map(
                prop_oneof!["\\PC{0,12}", "(?i)null|true|false|yes|no|on|off|y|n"],
                proptest::collection::vec("\\PC{0,20}", 0..3),
                0..4,
            )
        ) {
            let mut document = BTreeMap::new();
            document.insert("Outer", vec![entries.clone()]);
            document.insert("Empty", vec![]);
            let yaml = yaml(&document);
            let read: serde_yaml::Value = serde_yaml::from_str(&yaml).map_err(|e| TestCaseError::fail(format!("{e}\n{yaml}")))?;
            let expected: serde_yaml::Value = serde_yaml::to_value(&document).unwrap();
            prop_assert_eq!(read, expected, "{}", yaml);
        }
    }
}
