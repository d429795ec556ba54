#!/usr/bin/env bash
# Every test, in order: native (model, content, routes, properties), dependency
# licences and bans, the release build with its size report, the built HTML through the
# Nu HTML Checker, then the browser tests in headless Chromium against dist/.
# Ends with one line "tests: N passed, N failed, in M min S s" (each stage prints its own
# time too) and fails if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p tests/output
passed=0
failed=0

# stage <title>: ends the stage before (printing how long it took) and starts the next.
stage_name=''
stage() {
  [ -n "$stage_name" ] && echo "   ($stage_name: $((SECONDS - stage_start)) s)"
  stage_name=$1
  stage_start=$SECONDS
  [ -n "$stage_name" ] && echo "== $stage_name"
}

count() { # count <log> <pass pattern> <fail pattern>
  local p f
  passed=$((passed + $(grep -oE "$2" "$1" | grep -oE '[0-9]+' | awk '{ s += $1 } END { print s + 0 }')))
  failed=$((failed + $(grep -oE "$3" "$1" | grep -oE '[0-9]+' | awk '{ s += $1 } END { print s + 0 }')))
}

stage "native tests"
cargo test --color never 2>&1 | tee tests/output/native.log
native_status=${PIPESTATUS[0]}
count tests/output/native.log '[0-9]+ passed' '[0-9]+ failed'
[ "$native_status" -eq 0 ] || failed=$((failed + 1))

stage "dependency licences and bans (cargo-deny, offline)"
if cargo deny --offline --all-features check licenses bans 2>&1 | tee tests/output/deny.log; [ "${PIPESTATUS[0]}" -eq 0 ]; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
fi

stage "release build"
if tools/build.sh 2>&1 | tee tests/output/build.log; [ "${PIPESTATUS[0]}" -eq 0 ]; then
  stage "size (every patients' page within 100 KB brotli)"
  if node tools/size-report.mjs dist | tee tests/output/size.txt; [ "${PIPESTATUS[0]}" -eq 0 ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
  fi
  stage "HTML (Nu HTML Checker, every built page)"
  pages=$(find dist -name '*.html' | wc -l)
  if java -jar node_modules/vnu-jar/build/dist/vnu.jar --errors-only --format gnu --skip-non-html dist 2>&1 | tee tests/output/html.log; [ "${PIPESTATUS[0]}" -eq 0 ]; then
    echo "html: $pages pages valid"
    passed=$((passed + 1))
  else
    echo "html: errors in $(cut -d: -f1 tests/output/html.log | sort -u | wc -l) of $pages pages"
    failed=$((failed + 1))
  fi
  stage "browser tests (headless Chromium)"
  # A test file (or test) still running after 10 minutes fails rather than holding CI for
  # ever; the longest file takes under 2 minutes here.
  node --test --test-timeout=600000 --test-reporter=spec tests/browser/*.test.mjs 2>&1 | tee tests/output/browser.log
  browser_status=${PIPESTATUS[0]}
  count tests/output/browser.log 'ℹ pass [0-9]+' 'ℹ fail [0-9]+'
  [ "$browser_status" -eq 0 ] || [ "$(grep -cE 'ℹ fail [1-9]' tests/output/browser.log)" -gt 0 ] || failed=$((failed + 1))
else
  echo "release build failed"
  failed=$((failed + 1))
fi

stage ""
echo "tests: $passed passed, $failed failed, in $((SECONDS / 60)) min $((SECONDS % 60)) s"
[ "$failed" -eq 0 ]
