//! The patients' Wasm: the islands of every page but the staff tools.

fn main() {
    whatnext::start::start();
}
