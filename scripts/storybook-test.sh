#!/usr/bin/env bash
# Storybook: builds the static site (storybook-static/), then opens every story in headless Chromium and fails on
# a console error, a story that renders nothing, or an axe violation (test/storybook/stories.test.mjs). TAP output;
# the last lines are `# pass N` and `# fail N`. The browser: scripts/find-browser.mjs (CHROME_PATH if set).
set -uo pipefail
cd "$(dirname "$0")/.."
# Before the build: with no browser there is nothing to check.
CHROME_PATH=$(node scripts/find-browser.mjs) || exit 1
export CHROME_PATH STORYBOOK_DISABLE_TELEMETRY=1
build_log=$(mktemp)
if ! npm run --silent build-storybook >"$build_log" 2>&1; then
  cat "$build_log"
  rm -f "$build_log"
  echo "build-storybook failed"
  exit 1
fi
rm -f "$build_log"
# The test file starts and stops its own static server and browser.
node --test --test-reporter=tap test/storybook/stories.test.mjs
