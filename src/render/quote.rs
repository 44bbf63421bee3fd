//! Shell quoting: the one way a value enters a command, property-tested so no value can end its
//! word early. Values are already validated newtypes; quoting is the second line of defence.

/// A bash word that expands to exactly `value`: bare when every character is inert, otherwise
/// single-quoted with each `'` written as `'\''`.
pub fn bash(value: &str) -> String {
    let inert = |c: char| {
        c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '/' | ':' | ',' | '+' | '=' | '@')
    };
    if !value.is_empty() && value.chars().all(inert) {
        value.to_owned()
    } else {
        format!("'{}'", value.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::process::Command;

    #[test]
    fn quotes_only_when_needed() {
        assert_eq!(bash("databend-test"), "databend-test");
        assert_eq!(bash("Lets Logz.io read"), "'Lets Logz.io read'");
        assert_eq!(bash("it's"), r"'it'\''s'");
        assert_eq!(bash(""), "''");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// Real bash reads every quoted value back unchanged: no expansion, no word splitting.
        #[test]
        fn bash_reads_back_the_exact_value(value in "[ -~\u{a0}-\u{ff}\t]{0,40}") {
            let output = Command::new("bash").arg("-c").arg(format!("printf '%s' {}", bash(&value))).output().unwrap();
            prop_assert_eq!(String::from_utf8_lossy(&output.stdout), value);
        }
    }
}
