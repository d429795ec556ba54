# Installs what the build and tests need, each only when missing. Sourced by ./run.
# Every step is idempotent: a second run does nothing but check versions.

CARGO_DENY_VERSION=0.20.2

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

ensure_wasm_target() {
  rustup target list --installed | grep -qx wasm32-unknown-unknown \
    || rustup target add wasm32-unknown-unknown
}

# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock exactly.
ensure_wasm_bindgen() {
  local want
  want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
  [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $want" ] && return
  echo "setup: installing wasm-bindgen-cli $want"
  # Not --locked: its lock file names a webpki-roots version crates.io no longer has.
  cargo install wasm-bindgen-cli --version "$want" --force
}

# wasm-opt (npm binaryen) and the browser test driver (playwright-core).
ensure_node_packages() {
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund
  fi
}

# Debian's Chromium for the browser tests, poppler's pdftotext for the print test, fonts so
# every script the app speaks renders (Noto for Arabic, Bengali, Cyrillic, Ethiopic,
# Greek, Gujarati, Devanagari, Gurmukhi, Tamil…; Noto CJK for Chinese), and nginx for the hosting test
# (run as the test's own process on a free port; the package's service is not used).
APT_PACKAGES=(chromium fonts-noto-core fonts-noto-cjk poppler-utils nginx)
ensure_apt_packages() {
  local missing=()
  for package in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return
  echo "setup: installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

ensure_build_tools() {
  export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
  ensure_wasm_target
  ensure_wasm_bindgen
  ensure_node_packages
  cargo fetch --quiet
}

# Java for the Nu HTML Checker (npm vnu-jar); Debian's headless runtime if none.
ensure_java() {
  command -v java >/dev/null && return
  echo "setup: installing a Java runtime for the HTML checker"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends default-jre-headless
}

# cargo-deny for the dependency licence and ban checks (deny.toml).
ensure_cargo_deny() {
  [ "$(cargo deny --version 2>/dev/null)" = "cargo-deny $CARGO_DENY_VERSION" ] && return
  echo "setup: installing cargo-deny $CARGO_DENY_VERSION (several minutes on 2 cores)"
  cargo install cargo-deny --version "$CARGO_DENY_VERSION" --locked
}

ensure_test_tools() {
  ensure_build_tools
  ensure_apt_packages
  ensure_java
  ensure_cargo_deny
}
