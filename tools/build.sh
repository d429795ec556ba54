#!/usr/bin/env bash
# The release build: the staff Wasm (staff.html, into target/staff-dist), then the
# patients' build (index.html, into dist), whose post_build hook prerenders every
# page, giving staff and desk pages the staff loader (src/bin/site.rs).
set -euo pipefail
cd "$(dirname "$0")/.."
# staff.html is index.html loading the staff binary with the `staff` feature.
sed 's/data-bin="whatnext" \(.*\)data-cargo-features="hydrate"/data-bin="staff" \1data-cargo-features="hydrate,staff"/' index.html > staff.html
grep -q 'data-bin="staff"' staff.html
trunk build staff.html --release --dist target/staff-dist
trunk build --release
