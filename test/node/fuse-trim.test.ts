import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { FEATURES, FUSE_BASIC, trimFuse } from '../../scripts/fuse-trim.js';
import { fold } from '../../src/catalog/text-index.js';

type Result = { item: string; refIndex: number; score?: number };
type FuseClass = new (list: string[], options: object) => { search(pattern: string): Result[] };

const root = new URL('../../', import.meta.url);
const file = createRequire(import.meta.url).resolve('fuse.js/basic').replace(/\.c?js$/, '.mjs');
const original = readFileSync(file, 'utf8');

/** What text-index.ts passes to fuse.js, and all the trim keeps working. */
const FUSE_OPTIONS = { includeScore: true, location: 0, distance: 4, threshold: 0.3 };

test('the library uses fuse.js only as the trim assumes: text-index.ts, strings, FUSE_OPTIONS, search(word)', () => {
  const sources: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ts$/.test(name)) sources.push(path);
    }
  };
  walk(new URL('src', root).pathname);
  const importers = sources.filter((path) => /from ['"]fuse\.js/.test(readFileSync(path, 'utf8')));
  assert.deepEqual(importers.map((path) => path.slice(path.indexOf('src/'))), ['src/catalog/text-index.ts']);
  const source = readFileSync(new URL('src/catalog/text-index.ts', root), 'utf8');
  assert.match(source, /^import Fuse from 'fuse\.js\/basic';$/m);
  assert.match(source, /^const FUSE_OPTIONS = \{ includeScore: true, location: 0, distance: 4, threshold: 0\.3 \};$/m, 'scripts/fuse-trim.ts was written for these options');
  assert.deepEqual(source.match(/\bnew Fuse\([^;]*/g), ['new Fuse(candidates.map((id) => this.terms[id]!), FUSE_OPTIONS)'], 'a list of strings, FUSE_OPTIONS');
  assert.deepEqual(source.match(/\b(fuse|Fuse)\.(?!js\b)\w+/g), ['fuse.search'], 'search() and nothing else');
  assert.match(source, /fuse\.search\(word\)/, 'search() without options (no limit)');
});

test('the trim removes every feature it names from the installed fuse.js, and only from fuse.basic.mjs', () => {
  const trimmed = trimFuse(original);
  assert.ok(trimmed.length < 0.4 * original.length, `${trimmed.length} characters of ${original.length}`);
  const code = trimmed.replace(/^\/\/#(end)?region.*$/gm, '');
  for (const gone of ['MaxHeap', 'KeyStore', 'stripDiacritics', '_searchObjectList', 'createAnalyzer', 'Fuse.use', 'Fuse.parseQuery', 'mergeIndices']) assert.ok(!code.includes(gone), gone);
  assert.ok(FUSE_BASIC.test(file));
  assert.ok(!FUSE_BASIC.test(file.replace('fuse.basic.mjs', 'fuse.mjs')));
});

test('the trim fails, naming the edit, when fuse.js is not as it expects', () => {
  const changed = (from: string, to: string) => {
    assert.ok(original.includes(from), from);
    return original.replace(from, to);
  };
  // An edit's text changed.
  assert.throws(() => trimFuse(changed('const results = heap ? null : [];', 'const results = heap ? undefined : [];')), /fuse-trim: limit .*, edit "Fuse\._searchStringList: its results": expected its text once in fuse\.js, found it 0 times/);
  // An edit's text twice.
  assert.throws(() => trimFuse(changed('myIndex.setKeys(keys.map(createKey));', 'myIndex.setKeys(keys.map(createKey)); myIndex.setKeys(keys.map(createKey));')), /edit "createIndex: no keys to set.*found it 2 times/);
  // A method renamed.
  assert.throws(() => trimFuse(changed('\t_coversAllTokens(matches) {', '\t_coversTokens(matches) {')), /token search .*: expected method Fuse\._coversAllTokens once, found it 0 times/);
  // A declaration gone.
  assert.throws(() => trimFuse(changed('var MaxHeap = class {', 'var Heap = class {')), /limit .*: no top-level MaxHeap/);
  // Code kept still uses what went.
  assert.throws(() => trimFuse(changed('\t_invalidateSearcherCache() {\n', '\t_invalidateSearcherCache() {\n\t\tthis._findMatches({});\n\t\tregister();\n')), /still names register, Fuse\._findMatches, which went/);
});

/** A deterministic generator of numbers in [0, 1). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyzeeaaiioonnsstt';
const ACCENTED = 'éèêëáàâäåãíìîïóòôöøõúùûüñçćčłśšźżžßæœğı';
const ACCENTS: Record<string, string> = { a: 'àáâäåã', e: 'éèêë', i: 'íìîïı', o: 'óòôöøõ', u: 'úùûü', n: 'ñń', c: 'çćč', s: 'śšß', z: 'źżž' };

/** Made-up words, from 1 to 40 letters, a fifth with accented letters, some capitalised, some of two or three words. */
function generatedWords(count: number, next: () => number): string[] {
  const pick = (text: string) => text[Math.floor(next() * text.length)]!;
  const word = () => {
    const length = 1 + Math.floor(next() ** 2 * 40);
    const accented = next() < 0.2;
    let out = '';
    for (let i = 0; i < length; i++) out += accented && next() < 0.25 ? pick(ACCENTED) : pick(LETTERS);
    return next() < 0.1 ? out[0]!.toUpperCase() + out.slice(1) : out;
  };
  return Array.from({ length: count }, () => (next() < 0.1 ? `${word()} ${word()}${next() < 0.3 ? ` ${word()}` : ''}` : word()));
}

/** Queries for a list: words of it, their starts (1 to 15 letters), typos, accents added or folded, other words, long ones. */
function queriesFor(list: readonly string[], count: number, next: () => number): string[] {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const typo = (word: string) => {
    const at = Math.floor(next() * word.length);
    const kind = Math.floor(next() * 4);
    if (kind === 0) return word.slice(0, at) + pick([...LETTERS]) + word.slice(at + 1); // another letter
    if (kind === 1) return word.slice(0, at) + word.slice(at + 1); // one missing
    if (kind === 2) return word.slice(0, at) + pick([...LETTERS]) + word.slice(at); // one more
    return word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2); // two swapped
  };
  const accent = (word: string) => word.replace(/[aeiouncsz]/g, (letter) => (next() < 0.5 ? pick([...ACCENTS[letter]!]) : letter));
  const words = list.filter((item) => item.trim());
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const word = words.length ? pick(words) : 'plain';
    const start = word.slice(0, 1 + Math.floor(next() * 15));
    const kind = i % 9;
    if (kind === 0) out.push(word);
    else if (kind === 1) out.push(start);
    else if (kind === 2) out.push(typo(word));
    else if (kind === 3) out.push(typo(typo(start)));
    else if (kind === 4) out.push(fold(word));
    else if (kind === 5) out.push(accent(start));
    else if (kind === 6) out.push(generatedWords(1, next)[0]!.slice(0, 15));
    else if (kind === 7) out.push(start.toUpperCase());
    else out.push(word.length > 20 ? typo(word) : word + word + word); // over 32 letters: fuse.js searches 32 at a time
  }
  return out.filter((query) => query.length);
}

test('the trimmed fuse.js finds what fuse.js finds: same results, same order, same scores', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'fuse-trim-'));
  t.after(() => rmSync(dir, { recursive: true }));
  const load = async (name: string, code: string) => {
    writeFileSync(join(dir, name), code);
    return ((await import(pathToFileURL(join(dir, name)).href)) as { default: FuseClass }).default;
  };
  const [Original, Trimmed] = [await load('original.mjs', original), await load('trimmed.mjs', trimFuse(original))];

  const next = random(20261126);
  const catalogue = [...new Set(readFileSync(new URL('catalog/icc-sample.json', root), 'utf8').match(/\p{L}[\p{L}\p{M}'’-]*/gu))];
  const terms = [...new Set(catalogue.map(fold))];
  const sample = (items: readonly string[], count: number) => Array.from({ length: count }, () => items[Math.floor(next() * items.length)]!);
  const generated = generatedWords(3000, next);
  const special = ['Logroño', 'Skellefteå', 'Kraków', 'Łódź', 'naïve', 'café', 'Straße', 'Ærø', 'ǅemal', 'Tiếng Việt', 'हिन्दी', '', '   ', 'a', 'ab', 'x'.repeat(70), 'interoperabilityofmunicipaldataplatforms', 'résumé résumé'];
  // [what, the list, how many queries]; text-index.ts gives fuse.js up to 256 folded terms at a time.
  const lists: [string, string[], number][] = [
    ...Array.from({ length: 6 }, (_, i): [string, string[], number] => [`256 folded catalogue words, #${i}`, sample(terms, 256), 200]),
    ['every catalogue word, as written', catalogue, 30],
    ['3,000 generated words', generated, 40],
    ...Array.from({ length: 20 }, (_, i): [string, string[], number] => [`a few generated words, #${i}`, generatedWords(1 + Math.floor(next() * 12), next), 60]),
    ['accents, blanks and long words', special, 100],
    ['nothing', [], 10],
  ];
  const extraQueries = [' ', 'a', 'é', 'zz', 'skelleftea', 'Skellefteå', 'SKELLEFTEÅ', 'lodz', 'strasse', 'x'.repeat(33), 'interoperabilityofmunicipaldataplatformz', 'tieng viet', 'ǆemal'];
  let searches = 0;
  let found = 0;
  const compare = (name: string, list: string[], count: number, options: object) => {
    const [before, after] = [new Original(list, options), new Trimmed(list, options)];
    const queries = [...queriesFor(list, count, next), ...extraQueries];
    // Every tenth twice in a row: fuse.js keeps the last query's searcher.
    for (const query of queries.flatMap((query, i) => (i % 10 ? [query] : [query, query]))) {
      const expected = before.search(query);
      assert.deepStrictEqual(after.search(query), expected, `${name}, ${JSON.stringify(options)}: ${JSON.stringify(query)}`);
      searches++;
      found += expected.length;
    }
  };
  for (const [name, list, count] of lists) compare(name, list, count, FUSE_OPTIONS);
  // fuse.js's defaults (threshold 0.6, distance 100) find much more, with other scores: a wider check of the same code.
  compare('256 folded catalogue words', sample(terms, 256), 100, { includeScore: true });
  compare('accents, blanks and long words', special, 100, { includeScore: true });
  // The comparison means something only if searches find things.
  t.diagnostic(`${searches} searches, ${found} results`);
  assert.ok(searches > 3000 && found > 15000, `${searches} searches, ${found} results`);
});
