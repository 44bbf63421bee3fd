//! Rolesmith's core: AWS's rules as types, validation of what was entered, IAM documents and
//! every output. Plain Rust with no web dependency (the app crate at the repository root is the
//! only one that knows a browser), so the compiler keeps rules out of the UI and the core is
//! tested natively. See ARCHITECTURE.md for the map.

pub mod check;
pub mod embed;
pub mod finding;
pub mod form;
pub mod hazard;
pub mod model;
pub mod output;
pub mod param;
pub mod plan;
pub mod policy;
pub mod query;
pub mod render;
pub mod spec;
