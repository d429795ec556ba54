//! The staff Wasm: every island, the link maker and desk timer included. Loaded only
//! by `/<locale>/make-link/` and the desk pages.

fn main() {
    whatnext::start::start();
}
