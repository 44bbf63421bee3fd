//! One module per command-line or template output; each sees only a [`Plan`](crate::plan::Plan).

pub mod bash;
pub mod quote;
