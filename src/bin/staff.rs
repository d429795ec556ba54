//! The staff Wasm: every island, the link maker, embed maker and local config check
//! included. Loaded only by `/<locale>/make-link/` and `/<locale>/embed/`.

fn main() {
    whatnext::start::start();
}
