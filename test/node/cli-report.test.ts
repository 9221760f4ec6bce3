/**
 * `t4g validate --format github` (annotations for a pull request's check),
 * the warning for a file the widgets would not load, and `t4g init`.
 * Run `npm run build:node` first.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { CONTRACT } from '../../src/catalog/contract.generated.js';
import { DEFAULT_MAX_BYTES } from '../../src/catalog/load.js';
import { FIX, ROOT, t4g } from './cli-run.js';

let tmp = '';
before(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 't4g-report-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

test('--format github: one ::error or ::warning line per problem, then the total; exit codes as in text', () => {
  const run = t4g('validate', '--format', 'github', `${FIX}/dangling-city.json`, `${FIX}/against/fine.json`, `${FIX}/no-such-file.json`);
  assert.equal(run.code, 2);
  assert.deepEqual(run.lines, [
    `::error file=${FIX}/dangling-city.json,line=10,col=27::solutions[0].cities[1]: city \`atlantis\` does not exist in this catalogue`,
    `::warning file=${FIX}/against/fine.json,line=10,col=18::solutions[0].cities[0]: city \`porto\` was not checked: this file lists no cities; check it with --against and the published catalogue`,
    `::warning file=${FIX}/against/fine.json,line=10,col=27::solutions[0].cities[1]: city \`tampere\` was not checked: this file lists no cities; check it with --against and the published catalogue`,
    `::error file=${FIX}/no-such-file.json::cannot read this file: there is no file by that name`,
    '3 files: 1 valid, 1 with 1 problem and 1 unreadable or not JSON',
  ]);
  assert.equal(t4g('validate', '--format=github', `${FIX}/against/fine.json`).code, 0, 'warnings alone pass');
});

test('--format github escapes a hostile file name and message: % CR LF everywhere, : and , in properties', () => {
  const dir = mkdtempSync(path.join(tmp, 'hostile-'));
  const file = path.join(dir, '::warning::x,y%.json');
  const text = readFileSync(path.join(ROOT, FIX, 'valid.json'), 'utf8').replace('"website"', '"bad%\\r\\nkey": 1,\n      "website"');
  writeFileSync(file, text);
  const run = t4g('validate', '--format', 'github', file);
  assert.equal(run.code, 1);
  const escapedFile = file.replace(/%/g, '%25').replace(/:/g, '%3A').replace(/,/g, '%2C');
  assert.deepEqual(run.lines, [
    // The key's CR LF are written \r\n in the message too (as in every format), so none is left to encode as %0D%0A.
    `::error file=${escapedFile},line=14,col=7::solutions[0]["bad%25\\r\\nkey"]: unknown field \`bad%25\\r\\nkey\``,
    '1 file: 1 with 1 problem',
  ]);
});

test('validate: a file larger than the widgets\' default max-bytes is a warning naming both sizes', () => {
  const file = path.join(tmp, 'large.json');
  const text = readFileSync(path.join(ROOT, FIX, 'valid.json'), 'utf8');
  writeFileSync(file, text + ' '.repeat(DEFAULT_MAX_BYTES + 1 - Buffer.byteLength(text)));
  // One run (parsing 20 MB takes seconds): --json has the message, severity and type.
  const run = t4g('validate', '--json', file);
  assert.equal(run.code, 0, run.stdout);
  const json = JSON.parse(run.stdout) as { valid: boolean; files: { problems: { line: number; column: number; message: string; severity: string; type: string }[] }[] };
  assert.equal(json.valid, true);
  assert.deepEqual(json.files[0]!.problems.map((p) => [p.line, p.column, p.severity, p.type, p.message]), [
    [1, 1, 'warning', 'too-large', 'this file is 20,971,521 bytes (20.0 MB), more than the 20,971,520 bytes (20.0 MB) the widgets load by default: a page showing it needs a larger max-bytes attribute'],
  ]);
});

test('init writes a starter with every field of a solution and of a city, valid as it is', () => {
  const file = path.join(tmp, 'starter.json');
  const run = t4g('init', file);
  assert.equal(run.code, 0, run.stdout);
  assert.match(run.stdout, /^wrote .*starter\.json: one solution and one city with every field/);
  const check = t4g('validate', file);
  assert.equal(check.code, 0, check.stdout);
  assert.equal(check.stdout, `${file}: valid (1 solution, 1 city)\n`);
  const starter = JSON.parse(readFileSync(file, 'utf8')) as { solutions: Record<string, unknown>[]; cities: Record<string, unknown>[] };
  const fields = (key: string) => Object.keys(CONTRACT.properties?.[key]?.items?.properties ?? {}).sort();
  assert.deepEqual(Object.keys(starter.solutions[0]!).sort(), fields('solutions'));
  assert.deepEqual(Object.keys(starter.cities[0]!).sort(), fields('cities'));
});

test('init refuses to replace a file without --force', () => {
  const file = path.join(tmp, 'mine.json');
  writeFileSync(file, 'my work');
  const refused = t4g('init', file);
  assert.equal(refused.code, 1);
  assert.equal(refused.stdout, `${file}: this file already exists, so nothing was written (add --force to replace it)\n`);
  assert.equal(readFileSync(file, 'utf8'), 'my work');
  assert.equal(t4g('init', '--force', file).code, 0);
  assert.equal(t4g('validate', file).code, 0);
});
