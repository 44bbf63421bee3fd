//! Rolesmith's page: a thin Leptos layer (`ui`) over the `rolesmith-core` crate, which holds every
//! rule and output, and the policy checker's web worker (`src/bin/rolesmith-checker.rs`), which
//! talks to the page through `checker_protocol`. See ARCHITECTURE.md for the map.

pub mod checker_protocol;
pub mod ui;
