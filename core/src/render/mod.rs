//! One module per command-line or template output; each sees only a [`Plan`](crate::plan::Plan).

pub mod bash;
pub mod bash_call;
pub mod cloudformation;
pub mod console;
pub mod handback;
pub mod lines;
pub mod ownership;
pub mod powershell;
pub mod quote;
pub mod steps;
pub mod terraform;
pub mod verify;
pub mod yaml;
