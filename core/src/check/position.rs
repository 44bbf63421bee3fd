//! Where each JSON path of a pasted document starts, so a lint finding (a JSON path) can be shown
//! at its line and column.

use std::collections::BTreeMap;

use crate::policy::lint::{join, MAX_LIST};

/// A place in text: 1-based line, and 1-based column counted in characters (as editors do).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// Where each JSON path's value starts, for paths as the lint writes them (the first occurrence,
/// if a key repeats). Items past the lint's list limit are walked, not recorded.
pub fn positions(text: &str) -> BTreeMap<String, Position> {
    let mut scanner =
        Scanner { text: text.as_bytes(), at: 0, line: 1, line_start: 0, found: BTreeMap::new() };
    scanner.value(Some(String::new()));
    scanner.found
}

/// The position of `path`, or of its nearest enclosing element.
pub fn position_of(positions: &BTreeMap<String, Position>, path: &str) -> Position {
    let mut path = path;
    loop {
        if let Some(position) = positions.get(path) {
            return *position;
        }
        match path.rfind(['.', '[']) {
            Some(cut) => path = &path[..cut],
            None => return Position { line: 1, column: 1 },
        }
    }
}

/// A minimal JSON walker over text serde already accepted, recording where each path starts.
/// JSON's structure and whitespace are ASCII, so it walks bytes.
struct Scanner<'a> {
    text: &'a [u8],
    at: usize,
    line: usize,
    /// Where the current line starts, as a byte offset.
    line_start: usize,
    found: BTreeMap<String, Position>,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while let Some(byte) = self.peek().filter(u8::is_ascii_whitespace) {
            self.at += 1;
            if byte == b'\n' {
                self.line += 1;
                self.line_start = self.at;
            }
        }
    }

    /// Walks one value; `path` is `None` where nothing is recorded.
    fn value(&mut self, path: Option<String>) {
        self.skip_space();
        if let Some(path) = &path {
            let position = Position { line: self.line, column: self.column() };
            self.found.entry(path.clone()).or_insert(position);
        }
        match self.peek() {
            Some(b'{') => {
                self.at += 1;
                loop {
                    self.skip_space();
                    match self.peek() {
                        Some(b'"') => {
                            let key = self.string();
                            let key_path = path.as_ref().map(|path| join(path, &key));
                            self.skip_space();
                            self.at += 1; // the ':'
                            self.value(key_path);
                        }
                        Some(b',') => self.at += 1,
                        _ => {
                            self.at += 1;
                            return;
                        }
                    }
                }
            }
            Some(b'[') => {
                self.at += 1;
                let mut index = 0;
                loop {
                    self.skip_space();
                    match self.peek() {
                        Some(b']') | None => {
                            self.at += 1;
                            return;
                        }
                        Some(b',') => self.at += 1,
                        Some(_) => {
                            let item = path
                                .as_ref()
                                .filter(|_| index < MAX_LIST)
                                .map(|path| format!("{path}[{index}]"));
                            self.value(item);
                            index += 1;
                        }
                    }
                }
            }
            Some(b'"') => {
                self.string();
            }
            Some(_) => {
                while self
                    .peek()
                    .is_some_and(|b| !matches!(b, b',' | b'}' | b']') && !b.is_ascii_whitespace())
                {
                    self.at += 1;
                }
            }
            None => {}
        }
    }

    /// The 1-based column of the current byte, in characters. Whitespace is skipped only over
    /// ASCII, so the line's start and the current byte both sit on character boundaries.
    fn column(&self) -> usize {
        let before = self.text.get(self.line_start..self.at).unwrap_or_default();
        std::str::from_utf8(before).map_or(before.len(), |text| text.chars().count()) + 1
    }

    /// Reads a string literal (escapes kept literally, which is all a path needs).
    fn string(&mut self) -> String {
        self.at += 1;
        let mut bytes = Vec::new();
        while let Some(byte) = self.peek() {
            self.at += 1;
            match byte {
                b'\\' => {
                    if let Some(next) = self.peek() {
                        bytes.push(next);
                        self.at += 1;
                    }
                }
                b'"' => break,
                _ => bytes.push(byte),
            }
        }
        String::from_utf8_lossy(&bytes).into_owned()
    }
}
