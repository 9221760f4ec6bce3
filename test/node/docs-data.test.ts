import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

test('the Catalogue format docs page is generated from the current schema (run `npx tsx scripts/docs-data.ts` after changing it)', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/docs-data.ts', '--check'], { encoding: 'utf8' });
  assert.equal(run.status, 0, `${run.stdout}${run.stderr}`);
});
