//! Rolesmith: builds least-privilege IAM documents and commands for S3 vendor access.
//!
//! The core (`model`, `spec`, `plan`, `policy`, `render`) is plain Rust with no web dependency;
//! `ui` is a thin Leptos layer over it. See ARCHITECTURE.md for the map.

pub mod check;
pub mod finding;
pub mod hazard;
pub mod model;
pub mod output;
pub mod param;
pub mod plan;
pub mod policy;
pub mod query;
pub mod render;
pub mod spec;
pub mod ui;
