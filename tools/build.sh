#!/usr/bin/env bash
# The release build: the staff Wasm (staff.html, into target/staff-dist), then the
# patients' build (index.html, into dist), whose post_build hook prerenders every
# page, giving staff and desk pages the staff loader (src/bin/site.rs).
set -euo pipefail
cd "$(dirname "$0")/.."
# staff.html is index.html loading the staff binary with the `staff` feature, and one
# stylesheet with the patients' rules and the staff pages' own (one request, not two,
# before the words show).
mkdir -p target
cat style/app.css style/staff.css > target/staff.css
sed -e 's/data-bin="whatnext" \(.*\)data-cargo-features="hydrate"/data-bin="staff" \1data-cargo-features="hydrate,staff"/' \
    -e 's|<link data-trunk rel="css" href="style/app.css">|<link data-trunk rel="css" href="target/staff.css">|' index.html > staff.html
grep -q 'data-bin="staff"' staff.html && grep -q 'target/staff.css' staff.html
trunk build staff.html --release --dist target/staff-dist
trunk build --release
# Minify wasm-bindgen's JS glue (47 -> 22 KB raw, 7.1 -> 5.5 KB brotli): Trunk 0.21's
# own minifier rewrites the HTML too, which the prerender step reads. The glue is only
# imported by the loader, without an integrity hash, so rewriting it in place is safe.
node_modules/.bin/esbuild --log-level=warning --minify --format=esm --allow-overwrite --outdir=dist dist/whatnext-*.js dist/staff-*.js
