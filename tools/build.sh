#!/usr/bin/env bash
# Builds the site into dist/: both Wasm builds (cargo, wasm-bindgen, wasm-opt), then
# the site step (src/site), which writes every page, asset, sw.js and the hosting
# headers. ./run puts the exact tool versions on PATH first.
#
#   tools/build.sh           the release: LTO, wasm-opt -Oz, minified glue
#   tools/build.sh quick     the quick loop's build (./run dev): no LTO, no wasm-opt, and
#                            the words read from locales/ as they are (tools/dev.mjs)
set -euo pipefail
cd "$(dirname "$0")/.."
profile=${1:-release}
case "$profile" in release|quick) ;; *) echo "build: no profile $profile (release or quick)" >&2; exit 2 ;; esac
out=target/web/$profile
mkdir -p "$out"

# wasm <binary> <features>: one browser build into $out as <binary>.js and <binary>_bg.wasm.
wasm() {
  cargo build --profile "$profile" --target wasm32-unknown-unknown --bin "$1" --no-default-features --features "$2"
  wasm-bindgen --target=web --out-dir="$out" --out-name="$1" --no-typescript "target/wasm32-unknown-unknown/$profile/$1.wasm"
  if [ "$profile" = release ]; then
    # Flattening and re-looping before -Oz finds 1.1 KB (brotli) that -Oz alone does not;
    # the producers section only names the compilers.
    wasm-opt --flatten --rereloop -Oz -Oz --converge --strip-producers "$out/$1_bg.wasm" --output="$out/$1_bg.opt.wasm"
    mv "$out/$1_bg.opt.wasm" "$out/$1_bg.wasm"
    # wasm-bindgen's JS glue, minified (47 -> 22 KB raw, 7.1 -> 5.5 KB brotli).
    node_modules/.bin/esbuild --log-level=warning --minify --format=esm --allow-overwrite --outdir="$out" "$out/$1.js"
  fi
}

# The patients' Wasm (every page's islands) and the staff Wasm (also the link maker,
# embed maker and local config check), loaded only by the staff tools' pages.
wasm whatnext hydrate
wasm staff hydrate,staff
site_options=()
[ "$profile" = quick ] && site_options=(--words-from-disk)
if [ "$profile" = release ]; then
  # The stylesheets without comments and spaces: every byte is in every first view.
  mkdir -p "$out/style"
  for sheet in style/*.css; do
    node_modules/.bin/esbuild --log-level=warning --minify "$sheet" --outfile="$out/$sheet"
  done
  site_options=(--style "$out/style")
fi
cargo run --quiet --bin site -- "$out" dist "${site_options[@]}"
