import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { shortMarks } from '../../scripts/fuse-marks.js';

type FuseClass = new (list: string[], options: object) => { search(pattern: string): { refIndex: number; score?: number }[] };

const file = createRequire(import.meta.url).resolve('fuse.js/basic').replace(/\.c?js$/, '.mjs');
const original = readFileSync(file, 'utf8');

test('the script-tag bundles write fuse.js’s combining marks as \\p{M}, once', () => {
  const short = shortMarks(original);
  assert.ok(short, 'the class is where the plugin looks for it');
  assert.equal(short.split(String.raw`/\p{M}/gu`).length, 2);
  assert.ok(original.length - short.length > 2000, 'over 2,000 characters shorter');
  assert.equal(shortMarks('const x = 1;'), undefined);
});

test('fuse.js finds the same with the short class, ignoring diacritics or not', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fuse-marks-'));
  const load = async (name: string, code: string) => {
    writeFileSync(join(dir, name), code);
    return ((await import(pathToFileURL(join(dir, name)).href)) as { default: FuseClass }).default;
  };
  const [Before, After] = [await load('before.mjs', original), await load('after.mjs', shortMarks(original)!)];
  const words = ['Logroño', 'Skellefteå', 'Kraków', 'Łódź', 'naïve', 'café', 'Mühlheim', 'Ærø', 'Straße', 'हिन्दी', 'ภาษาไทย', 'Tiếng Việt', 'ǅemal', 'résumé', 'plain'];
  const queries = ['logrono', 'skelleftea', 'krakow', 'lodz', 'naive', 'cafe', 'muhlheim', 'aero', 'strasse', 'हिन्दी', 'ภาษา', 'tieng viet', 'dzemal', 'resume', 'plain'];
  for (const ignoreDiacritics of [true, false]) {
    const options = { includeScore: true, ignoreDiacritics, threshold: 0.4 };
    const [before, after] = [new Before(words, options), new After(words, options)];
    for (const query of queries) assert.deepEqual(after.search(query), before.search(query), `${query}, ignoreDiacritics ${ignoreDiacritics}`);
  }
});
