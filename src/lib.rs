//! Rolesmith's page: a thin Leptos layer (`ui`) over the `rolesmith-core` crate, which holds every
//! rule and output. See ARCHITECTURE.md for the map.

pub mod ui;
