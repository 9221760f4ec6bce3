#!/usr/bin/env bash
# End-to-end tests: the built bundles on the hostile host pages in
# examples/hostile/, in headless Chromium (playwright-core, no browser download).
# Builds first if a bundle is missing. TAP output; the last lines are
# `# pass N` and `# fail N`. The browser: scripts/find-browser.mjs (CHROME_PATH if set).
set -euo pipefail
cd "$(dirname "$0")/.."
CHROME_PATH=$(node scripts/find-browser.mjs)
export CHROME_PATH

if [ ! -f dist/t4g.js ] || [ ! -f dist/t4g.iife.js ]; then
  echo "# dist/t4g.js or dist/t4g.iife.js missing: npm run build"
  npm run build
fi

# The test file starts and stops its own static server and browser.
node --test --test-reporter=tap test/e2e/run.mjs $(find test/e2e -name "*.test.mjs" | sort)
