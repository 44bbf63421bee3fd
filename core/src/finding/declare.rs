//! `problems!`: each [`Problem`](super::Problem) is declared once, with its stable code, severity,
//! AWS source, message and documentation side by side (as Clippy's `declare_clippy_lint!` does),
//! and the macro writes the enum and its exhaustive matches. Every field is bound by reference and
//! by name in each entry, so an entry's expressions read its fields directly. The message is a
//! [`Message`](crate::lang::Message) from the catalogues, so it reads in every language.

macro_rules! problems {
    ($(
        $(#[doc = $doc:literal])*
        $name:ident $({ $($field:ident : $ty:ty),* $(,)? })? => {
            code: $code:expr,
            severity: $severity:expr,
            source: $source:expr,
            message: $message:expr $(,)?
        }
    )*) => {
        /// Everything Rolesmith can report about an input. Each variant says when it fires and why.
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        pub enum Problem {
            $( $(#[doc = $doc])* $name $({ $(#[doc = "What the message quotes or weighs."] $field: $ty),* })?, )*
        }

        impl Problem {
            /// The stable kebab-case id used as `data-finding` and in docs and tests. Access
            /// Analyzer's name is used wherever AWS has one.
            #[allow(unused_variables)]
            pub fn code(&self) -> &'static str {
                match self {
                    $( Problem::$name $({ $($field),* })? => $code, )*
                }
            }

            /// Errors block output; warnings and suggestions never do.
            #[allow(unused_variables)]
            pub fn severity(&self) -> Severity {
                match self {
                    $( Problem::$name $({ $($field),* })? => $severity, )*
                }
            }

            /// The docs.aws.amazon.com page that states the rule, or `None` for problems with
            /// Rolesmith's own form (an unknown URL parameter, an empty list), which AWS doesn't
            /// document.
            #[allow(unused_variables)]
            pub fn source(&self) -> Option<String> {
                match self {
                    $( Problem::$name $({ $($field),* })? => $source, )*
                }
            }

            /// One sentence in the user's words, what is wrong (quoted) then the fix, in any
            /// language. A quoted value past 200 characters is cut, saying how long it is: a
            /// 1 MB paste makes a short message.
            #[allow(unused_variables)]
            pub fn message(&self) -> $crate::lang::Message {
                let message = match self {
                    $( Problem::$name $({ $($field),* })? => $message, )*
                };
                message.quoting_at_most(QUOTED_AT_MOST)
            }

            /// When the problem fires and why it matters: its documentation above, as one
            /// paragraph of plain text (the SARIF rule's description on the command line).
            pub fn explanation(&self) -> String {
                let doc = match self {
                    $( Problem::$name { .. } => concat!($($doc, "\n"),*), )*
                };
                doc.split_whitespace().collect::<Vec<_>>().join(" ")
            }

            /// One of every variant, its fields filled with sample values, for tests over all.
            #[cfg(test)]
            pub(crate) fn samples() -> Vec<Problem> {
                use super::sample::Sample;
                vec![$( Problem::$name $({ $($field: Sample::sample()),* })? ),*]
            }
        }

        /// The message in English, as logs, tests and the English page read it.
        impl std::fmt::Display for Problem {
            fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                std::fmt::Display::fmt(&self.message(), formatter)
            }
        }
    };
}
