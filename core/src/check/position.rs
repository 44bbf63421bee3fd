//! Where each JSON path of a pasted document starts, so a lint finding (a JSON path) can be shown
//! at its line.

/// The 1-based line where each JSON path starts, for paths as the lint writes them.
pub fn positions(text: &str) -> Vec<(String, usize)> {
    let mut scanner = Scanner { chars: text.chars().collect(), at: 0, line: 1, found: Vec::new() };
    scanner.value(String::new());
    scanner.found
}

/// The line of `path`, or of its nearest enclosing element.
pub fn line_of(lines: &[(String, usize)], path: &str) -> usize {
    let mut path = path;
    loop {
        if let Some((_, line)) = lines.iter().find(|(known, _)| known == path) {
            return *line;
        }
        match path.rfind(['.', '[']) {
            Some(cut) => path = &path[..cut],
            None => return lines.first().map_or(1, |(_, line)| *line),
        }
    }
}

/// A minimal JSON walker over text serde already accepted, recording where each path starts.
struct Scanner {
    chars: Vec<char>,
    at: usize,
    line: usize,
    found: Vec<(String, usize)>,
}

impl Scanner {
    fn skip_space(&mut self) {
        while let Some(&ch) = self.chars.get(self.at) {
            if !ch.is_whitespace() {
                break;
            }
            if ch == '\n' {
                self.line += 1;
            }
            self.at += 1;
        }
    }

    fn value(&mut self, path: String) {
        self.skip_space();
        self.found.push((path.clone(), self.line));
        match self.chars.get(self.at) {
            Some('{') => {
                self.at += 1;
                loop {
                    self.skip_space();
                    match self.chars.get(self.at) {
                        Some('"') => {
                            let key = self.string();
                            let key_path = if path.is_empty() { key } else { format!("{path}.{key}") };
                            self.skip_space();
                            self.at += 1; // the ':'
                            self.value(key_path);
                        }
                        Some(',') => self.at += 1,
                        _ => {
                            self.at += 1;
                            return;
                        }
                    }
                }
            }
            Some('[') => {
                self.at += 1;
                let mut index = 0;
                loop {
                    self.skip_space();
                    match self.chars.get(self.at) {
                        Some(']') | None => {
                            self.at += 1;
                            return;
                        }
                        Some(',') => self.at += 1,
                        Some(_) => {
                            self.value(format!("{path}[{index}]"));
                            index += 1;
                        }
                    }
                }
            }
            Some('"') => {
                self.string();
            }
            Some(_) => {
                while self
                    .chars
                    .get(self.at)
                    .is_some_and(|c| !matches!(c, ',' | '}' | ']') && !c.is_whitespace())
                {
                    self.at += 1;
                }
            }
            None => {}
        }
    }

    /// Reads a string literal (escapes kept literally, which is all a path needs).
    fn string(&mut self) -> String {
        self.at += 1;
        let mut text = String::new();
        while let Some(&ch) = self.chars.get(self.at) {
            self.at += 1;
            match ch {
                '\\' => {
                    if let Some(&next) = self.chars.get(self.at) {
                        text.push(next);
                        self.at += 1;
                    }
                }
                '"' => break,
                _ => text.push(ch),
            }
        }
        text
    }
}
