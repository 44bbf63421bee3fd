//! The vendor kit (`view=vendor`), a program of its own so that the builder's readers never
//! download it: the builder's page imports it on first use (`ui::start`), and its `main` mounts
//! the kit.

fn main() {
    rolesmith::ui::start_kit();
}
