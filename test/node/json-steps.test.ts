/**
 * JSON parsed in steps must be JSON.parse: the same value for every valid
 * text, the same error (naming line and column) for every invalid one, and
 * real steps for a large catalogue.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parseJson } from '../../src/catalog/json.js';
import { parseJsonSteps, scanLongArrays, shareSolutionStrings } from '../../src/catalog/json-steps.js';
import { STEPPED_PARSE_FROM } from '../../src/catalog/load.js';
import { runNow } from '../../src/catalog/slices.js';

const sample = readFileSync(new URL('../../catalog/icc-sample.json', import.meta.url), 'utf8');

/** Runs the steps to the end, counting them; each element goes through `onElement` (by default, as the loader has it). */
function stepped(text: string | string[], onElement: ((key: string, element: unknown) => void) | undefined = shareSolutionStrings()): { value: unknown; steps: number } {
  const pieces = typeof text === 'string' ? [text] : text;
  const steps = parseJsonSteps(pieces, () => parseJson(pieces.join(''), 'The test text'), onElement);
  for (let count = 1; ; count++) {
    const step = steps.next();
    if (step.done) return { value: step.value, steps: count };
  }
}

/** What parseJson says: the value, or the error's class and message. */
function outcome(parse: () => unknown): unknown {
  try {
    return { value: parse() };
  } catch (error) {
    return { error: (error as Error).constructor.name, message: (error as Error).message };
  }
}

const same = (text: string) => assert.deepStrictEqual(outcome(() => stepped(text).value), outcome(() => parseJson(text, 'The test text')));

/** A catalogue of about `megabytes` MB: the sample's solutions repeated with new ids (compact unless `indent`). */
function bigCatalogue(megabytes: number, indent?: number): string {
  const catalogue = JSON.parse(sample) as { solutions: { id: string }[] };
  const originals = catalogue.solutions;
  const copies = Math.ceil((megabytes * 1_000_000) / JSON.stringify(originals).length);
  catalogue.solutions = Array.from({ length: copies }, (_, copy) => originals.map((s) => ({ ...s, id: `${s.id}-${copy}` }))).flat();
  return JSON.stringify(catalogue, null, indent);
}

/** Padding that makes a text long enough to be parsed in steps. */
const padding = JSON.stringify(Array.from({ length: 40_000 }, (_, i) => ({ n: i, text: 'padding, padding' })));

describe('parseJsonSteps', () => {
  test('a large catalogue: the value JSON.parse gives, in many steps', () => {
    const text = bigCatalogue(3, 2);
    assert.ok(text.length > STEPPED_PARSE_FROM);
    const { value, steps } = stepped(text);
    assert.deepStrictEqual(value, JSON.parse(text));
    // Scanning and parsing 3 MB, about 16 K characters a step.
    assert.ok(steps > 300, `${steps} steps`);
  });

  test('the text in pieces, cut anywhere (inside strings, escapes, runs of backslashes), some empty: the same value, the same scan', () => {
    // Strings dense in quotes and backslashes, so that cuts fall inside escapes often.
    const nasty = ['\\', '\\"', '"', 'a\\\\', '\\\\"x', '[{,}]', '\u00e9"', '\\\\\\'];
    const text = JSON.stringify({ meta: nasty, items: Array.from({ length: 60_000 }, (_, i) => ({ i, s: nasty[i % nasty.length]! + nasty[(i * 3) % nasty.length]! })) });
    assert.ok(text.length > STEPPED_PARSE_FROM);
    let seed = 11;
    const random = () => (seed = (seed * 16_807) % 2_147_483_647);
    for (const largest of [3, 40, 5_000]) {
      const pieces: string[] = [];
      for (let at = 0; at < text.length; ) {
        const size = 1 + (random() % largest);
        pieces.push(text.slice(at, at + size));
        // The decoder's last piece is often empty; any may be.
        if (random() % 7 === 0) pieces.push('');
        at += size;
      }
      assert.deepStrictEqual(stepped(pieces).value, JSON.parse(text), `pieces of up to ${largest}`);
      assert.deepStrictEqual(runNow(scanLongArrays(pieces)), runNow(scanLongArrays([text])), `pieces of up to ${largest}`);
    }
  });

  test('an invalid text in pieces gives the error of the whole', () => {
    const text = bigCatalogue(1.2).replace('"summary":"', '"summary":"\\q');
    const pieces = text.match(/[^]{1,777}/g)!;
    assert.deepStrictEqual(outcome(() => stepped(pieces).value), outcome(() => parseJson(text, 'The test text')));
  });

  test('a short text (the loader parses those whole): the same value', () => {
    assert.ok(sample.length < STEPPED_PARSE_FROM);
    assert.deepStrictEqual(stepped(sample).value, JSON.parse(sample));
  });

  const tricky: [string, unknown][] = [
    ['brackets, commas and quotes inside strings', { 'a[': ']{,}"', list: ['[', ']', '{', '}', ',', '"', '\\', '\\"', 'x\\', '\\\\"'] }],
    ['a string that ends in a backslash', { list: ['x\\', '],[', '{'] }],
    ['escaped keys', { 'so\\"lutions': ['a'], 'é\n\u2028': [1], '"': ['"'] }],
    ['"__proto__" as the key of a long array', JSON.parse('{"__proto__": [1, 2, 3], "other": {}}')],
    ['arrays nested in elements', { solutions: [[[1, [2]], { a: [3, [4, { b: [] }]] }], [], {}] }],
    ['several long arrays and other members between them', { a: [1, 2], b: { c: [3] }, d: 'e', f: [null, true, false, -1.5e3], g: 0 }],
    ['primitives as elements', { n: [1, 'two', null, true, 0.5, -0, 1e300] }],
  ];
  for (const [name, value] of tricky) {
    test(`valid: ${name}`, () => {
      const text = JSON.stringify({ ...(value as object), padding: JSON.parse(padding), 'tricky]"': Array(3_000).fill(value) }, null, name.length % 3);
      const { value: parsed } = stepped(text);
      assert.deepStrictEqual(parsed, JSON.parse(text));
      assert.deepStrictEqual(Object.keys(parsed as object), Object.keys(JSON.parse(text)));
      // Not through the fallback: the scan sees the long arrays where they are, with their keys and elements.
      const found = runNow(scanLongArrays([text]))!;
      assert.deepStrictEqual(
        found.arrays.map((array) => [JSON.parse(array.key), array.commas.length + 1, text[array.open], text[array.close]]),
        [['padding', 40_000, '[', ']'], ['tricky]"', 3_000, '[', ']']],
      );
      assert.equal(found.members, Object.keys(JSON.parse(text)).length);
    });
  }

  test('valid: "__proto__" stays an own property and does not touch the prototype', () => {
    const text = `{"__proto__": ${padding}}`;
    const parsed = stepped(text).value as object;
    assert.equal(Object.getPrototypeOf(parsed), Object.prototype);
    assert.ok(Object.hasOwn(parsed, '__proto__'));
  });

  test('each element of a long array is handed out as parsed, with its key; the solutions\' shared texts change nothing', () => {
    const text = bigCatalogue(2);
    const seen: string[] = [];
    stepped(text, (key) => seen.push(key));
    const parsed = JSON.parse(text) as { solutions: unknown[] };
    assert.equal(seen.filter((key) => key === 'solutions').length, parsed.solutions.length);
    // Absent fields stay absent (no key holding undefined), odd shapes are left as they are for validation to judge.
    const odd = [{ id: 'a', tags: ['x', 3, null, 'x'], provider: 'a string', cities: 'porto' }, { id: 'b', provider: { name: 'P', type: ['company'] }, tracks: [{ id: 't' }] }, null, 'text', [['x']], { id: 'c' }];
    const shaped = JSON.stringify({ version: 1, solutions: [...odd, ...parsed.solutions] });
    assert.deepStrictEqual(stepped(shaped).value, JSON.parse(shaped));
  });

  test('valid: random values with random white space, the same as JSON.parse', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const space = () => [' ', '\n', '\t', '\r\n', ''][Math.floor(random() * 5)]!;
    const strings = ['', 'a', '[', ']', '{', '}', ',', '"', '\\', 'é', '\u0000', '😀', 'x\\"y', ' , ] '];
    const value = (depth: number): string => {
      const kind = Math.floor(random() * (depth > 3 ? 4 : 6));
      if (kind === 0) return JSON.stringify(strings[Math.floor(random() * strings.length)]);
      if (kind === 1) return String(Math.round(random() * 1000) / 10);
      if (kind === 2) return ['true', 'false', 'null'][Math.floor(random() * 3)]!;
      if (kind === 3) return JSON.stringify(strings.join(''));
      const length = Math.floor(random() * 4);
      const items = Array.from({ length }, (_, i) => (kind === 4 ? value(depth + 1) : `${JSON.stringify(`k${i}${strings[i]}`)}${space()}:${space()}${value(depth + 1)}`));
      return kind === 4 ? `[${space()}${items.join(`${space()},${space()}`)}${space()}]` : `{${space()}${items.join(`,${space()}`)}${space()}}`;
    };
    for (let round = 0; round < 12; round++) {
      const elements = Array.from({ length: 6_000 }, () => value(0));
      const text = `${space()}{${space()}"meta"${space()}:${space()}${value(0)},"solutions"${space()}:${space()}[${space()}${elements.join(`${space()},${space()}`)}${space()}]${space()},"end":${value(0)}}${space()}`;
      if (text.length < STEPPED_PARSE_FROM) continue;
      assert.deepStrictEqual(stepped(text).value, JSON.parse(text), `round ${round}`);
    }
  });

  const broken: [string, (big: string) => string][] = [
    ['a trailing comma in a long array', (big) => big.replace(/\]}$/, ',]}')],
    ['two commas between elements', (big) => big.replace('},{', '},,{')],
    ['an element left out at the start', (big) => big.replace('"solutions":[', '"solutions":[,')],
    ['a missing closing bracket', (big) => big.replace(/\]}$/, '}')],
    ['text cut short', (big) => big.slice(0, Math.floor(big.length / 2))],
    ['text cut inside a string', (big) => big.slice(0, big.lastIndexOf('"') - 3)],
    ['something after the object', (big) => `${big} x`],
    ['a bad escape inside an element', (big) => big.replace('"summary":"', '"summary":"\\q')],
    ['a raw line break inside a string', (big) => big.replace('"summary":"', '"summary":"\n')],
    ['an unquoted word', (big) => big.replace('"tracks":', 'tracks:')],
  ];
  for (const [name, breakIt] of broken) {
    test(`invalid: ${name} gives parseJson's error`, () => {
      const big = bigCatalogue(2.5);
      const text = breakIt(big);
      assert.ok(text !== big && text.length > STEPPED_PARSE_FROM);
      same(text);
      // Node's JSON.parse names no position for some errors; Chromium's does (test/browser/load.test.ts).
      assert.throws(() => stepped(text), { name: 'CatalogError', kind: 'not-json', message: /^The test text is not valid JSON\b/ });
    });
  }

  test('a key given twice keeps its last value, as JSON.parse does', () => {
    for (const text of [`{"items": ${padding}, "items": [1]}`, `{"items": [1], "items": ${padding}}`, `{"items": ${padding}, "items": []}`, `{"items": ${padding}, "items": ${padding.replace('"n":0', '"n":-1')}}`]) {
      same(text);
    }
  });

  test('valid JSON that is not shaped like a catalogue is parsed whole', () => {
    for (const text of [padding, `[${bigCatalogue(1.2)}]`, `"${'x'.repeat(STEPPED_PARSE_FROM)}"`, `{"deep": {"items": ${padding}}}`, `{"items": [${' '.repeat(STEPPED_PARSE_FROM)}]}`]) {
      same(text);
    }
  });
});
