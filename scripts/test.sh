#!/usr/bin/env bash
# `npm test`: every suite runs, even after another fails, and the last line is
# the total over all of them as `N passed, N failed`.
set -uo pipefail
cd "$(dirname "$0")/.."
# One browser for every suite, found (or, as root on Debian, installed) before any suite runs; find-browser.mjs has
# already said why on stderr when there is none.
if ! CHROME_PATH=$(node scripts/find-browser.mjs); then
  echo "No browser: no suite ran."
  echo "0 passed, 1 failed"
  exit 1
fi
export CHROME_PATH
echo "Browser: $CHROME_PATH"
log=$(mktemp -d)
passed=0
failed=0

count() { # $1 = suite name, $2 = passed, $3 = failed, $4 = exit status
  local p=${2:-0} f=${3:-0}
  # A suite that crashed before reporting counts as one failure.
  if [ "$4" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  echo "[$1] $p passed, $f failed"
  passed=$((passed + p)); failed=$((failed + f))
}

echo "== Node: data core and CLI =="
npm run --silent build:lib && node --import tsx --test --test-reporter=tap $(find test/node test/relevance -name '*.test.ts' | sort) 2>&1 | tee "$log/node.txt"
status=${PIPESTATUS[0]}
count node "$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$log/node.txt" | tail -1)" "$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$log/node.txt" | tail -1)" "$status"

echo "== Chromium: components and loader =="
npx web-test-runner 2>&1 | tee "$log/browser.txt"
status=${PIPESTATUS[0]}
summary=$(grep -oE '[0-9]+ passed, [0-9]+ failed' "$log/browser.txt" | tail -1)
count browser "$(echo "$summary" | cut -d' ' -f1)" "$(echo "$summary" | cut -d' ' -f3)" "$status"

echo "== Chromium end to end: built bundles on hostile host pages =="
npm run --silent build >/dev/null 2>&1 || echo "build failed"
node --test --test-reporter=tap test/e2e/run.mjs $(find test/e2e -name "*.test.mjs" | sort) 2>&1 | tee "$log/e2e.txt"
status=${PIPESTATUS[0]}
count e2e "$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$log/e2e.txt" | tail -1)" "$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$log/e2e.txt" | tail -1)" "$status"

echo "== The npm package: packed, installed in a scratch project, used from there =="
node --test --test-reporter=tap test/pack/pack.test.mjs 2>&1 | tee "$log/pack.txt"
status=${PIPESTATUS[0]}
count pack "$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$log/pack.txt" | tail -1)" "$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$log/pack.txt" | tail -1)" "$status"

echo "== Storybook: every story built, opened in Chromium, checked with axe =="
bash scripts/storybook-test.sh 2>&1 | tee "$log/storybook.txt"
status=${PIPESTATUS[0]}
count storybook "$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$log/storybook.txt" | tail -1)" "$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$log/storybook.txt" | tail -1)" "$status"

rm -rf "$log"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
