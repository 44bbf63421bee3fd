//! JSON text written line for line with a source in another syntax (YAML, Terraform): each value
//! carries the source line it came from, and the writer moves to that line before writing it, so
//! the checker's lines point into what was pasted.

use serde_json::Value;

/// A value and, for each entry, the source line it starts on.
pub enum Node {
    Map(Vec<(String, usize, Node)>),
    List(Vec<(usize, Node)>),
    Scalar(Value),
}

impl Node {
    /// The JSON text, starting at `line`, every entry on its source line (or later, when the
    /// source's order differs).
    pub fn to_json(&self, line: usize) -> String {
        let mut writer = Writer { out: String::new(), line: 1 };
        writer.node(self, line);
        writer.out
    }

    /// The value, lines dropped.
    pub fn into_value(self) -> Value {
        match self {
            Node::Scalar(value) => value,
            Node::Map(entries) => {
                Value::Object(entries.into_iter().map(|(key, _, node)| (key, node.into_value())).collect())
            }
            Node::List(items) => Value::Array(items.into_iter().map(|(_, node)| node.into_value()).collect()),
        }
    }
}

struct Writer {
    out: String,
    line: usize,
}

impl Writer {
    fn move_to(&mut self, line: usize) {
        while self.line < line {
            self.out.push('\n');
            self.line += 1;
        }
    }

    fn node(&mut self, node: &Node, line: usize) {
        self.move_to(line);
        match node {
            Node::Scalar(value) => self.out.push_str(&value.to_string()),
            Node::Map(entries) => {
                self.out.push('{');
                for (i, (key, line, node)) in entries.iter().enumerate() {
                    if i > 0 {
                        self.out.push(',');
                    }
                    self.move_to(*line);
                    self.out.push_str(&Value::String(key.clone()).to_string());
                    self.out.push(':');
                    self.node(node, *line);
                }
                self.out.push('}');
            }
            Node::List(items) => {
                self.out.push('[');
                for (i, (line, node)) in items.iter().enumerate() {
                    if i > 0 {
                        self.out.push(',');
                    }
                    self.node(node, *line);
                }
                self.out.push(']');
            }
        }
    }
}
