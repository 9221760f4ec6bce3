/**
 * `t4g render`: the compiled CLI as a real process. Its HTML is scanned tag
 * by tag (test/support/html-check.ts) and its JSON-LD checked against the
 * schema.org rules (test/support/schema-org.ts), on the fixtures, the sample
 * catalogue and the hostile catalogue of test/fixtures/payloads.mjs.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { validateCatalog } from '../../src/catalog/validate.js';
import { escapeHtml } from '../../src/cli/prerender/html.js';
import { payloadCatalog } from '../fixtures/payloads.mjs';
import { scanHtml } from '../support/html-check.js';
import { schemaOrgProblems } from '../support/schema-org.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = 'dist/lib/cli/t4g.js';

export function t4g(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const validIds = (file: string, kind: 'solutions' | 'cities') => validateCatalog(JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'))).catalog[kind].map((entry) => entry.id);
const occurrences = (text: string, part: string) => text.split(part).length - 1;

/** Scans `html`: no problem, and every JSON-LD block valid schema.org; returns the parsed blocks. */
function assertSound(html: string, types?: string[]): unknown[] {
  const scanned = scanHtml(html);
  assert.deepEqual(scanned.problems, []);
  assert.ok(scanned.jsonLd.length > 0, 'a JSON-LD block');
  return scanned.jsonLd.map((block) => {
    const data: unknown = JSON.parse(block);
    assert.deepEqual(schemaOrgProblems(data, types), []);
    return data;
  });
}

let tmp = '';
let hostile = '';
const expected = payloadCatalog({ origin: 'https://example.org' }).expected;
before(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 't4g-render-'));
  hostile = path.join(tmp, 'hostile.json');
  writeFileSync(hostile, JSON.stringify(payloadCatalog({ origin: 'https://example.org' }).catalog));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('render: the marketplace', () => {
  for (const file of ['catalog/icc-sample.json', 'test/fixtures/catalogs/full.json']) {
    test(`${file}: every valid solution linked once, in a list with its summary, provider and tracks; JSON-LD an ItemList of Services`, () => {
      const run = t4g('render', file);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stderr, '');
      const ids = validIds(file, 'solutions');
      for (const id of ids) assert.equal(occurrences(run.stdout, `href="?t4g-open=${id}"`), 1, id);
      assert.equal(occurrences(run.stdout, 'href="?t4g-open='), ids.length);
      assert.equal(occurrences(run.stdout, '<li class="t4g-fallback-item">'), ids.length);
      assert.equal(occurrences(run.stdout, 'class="t4g-fallback-provider">Provided by: <bdi>'), ids.length);
      const [list] = assertSound(run.stdout, ['ItemList']) as { itemListElement: { item: { url: string } }[] }[];
      assert.deepEqual(list!.itemListElement.map((each) => each.item.url).sort(), ids.map((id) => `?t4g-open=${id}`).sort());
    });
  }

  test('--lang fr: French words, French track names, and lang on text that falls back', () => {
    const run = t4g('render', 'test/fixtures/catalogs/full.json', '--lang', 'fr');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /<h2>Place de marché Tech4Good<\/h2>/);
    assert.match(run.stdout, /Proposée par\u00a0: <bdi>Acme Mobility<\/bdi>/);
    assert.match(run.stdout, /Thématiques et services\u00a0: Mobilité, Energy/);
    // `fr-BE` is not `fr`: the English name shows, marked as English.
    assert.match(run.stdout, /<a href="\?t4g-open=bike-share" lang="en">Bike share<\/a>/);
    assert.match(run.stdout, /<p class="t4g-fallback-summary">Vélos électriques partagés/);
  });

  test('a catalogue that says its language: its plain strings are marked in it on another language\'s page (the title, the list\'s heading, too); a city\'s name is not', () => {
    const file = path.join(tmp, 'english.json');
    writeFileSync(file, JSON.stringify({
      version: 1,
      language: 'en',
      title: 'Bike market',
      solutions: [{ id: 'bike-share', name: 'Bike share', summary: 'Shared e-bikes for every district.', tracks: ['tourism'], provider: { name: 'Acme' }, cities: ['rouen'] }],
      cities: [{ id: 'rouen', name: 'Métropole Rouen Normandie', country: 'FR', role: 'core', tagline: 'A port city on the Seine' }],
    }));
    const market = t4g('render', file, '--lang', 'fr');
    assert.equal(market.code, 0, market.stderr);
    assert.match(market.stdout, /<h2 lang="en">Bike market<\/h2>/);
    assert.match(market.stdout, /<a href="\?t4g-open=bike-share" lang="en">Bike share<\/a>/);
    assert.match(market.stdout, /<p class="t4g-fallback-summary" lang="en">Shared e-bikes/);
    const city = t4g('render', file, '--lang', 'fr', '--element', 'city-card', '--city', 'rouen');
    assert.equal(city.code, 0, city.stderr);
    assert.match(city.stdout, /<span>Métropole Rouen Normandie<\/span>/, 'a proper name, in its own language');
    assert.match(city.stdout, /<p class="t4g-fallback-summary" lang="en">A port city/);
    // On an English page, nothing to mark.
    assert.doesNotMatch(t4g('render', file).stdout, /lang="en"/);
  });

  test('in a language no table speaks, the English words are marked lang="en" with English numbers, the catalogue\'s own text its language', () => {
    const file = 'test/fixtures/cli/swedish.json';
    const market = t4g('render', file, '--lang', 'sv');
    assert.equal(market.code, 0, market.stderr);
    assert.match(market.stdout, /^<div class="t4g-fallback t4g-fallback-marketplace" lang="en">\n<h2 lang="sv">Smarta städer<\/h2>\n<p class="t4g-fallback-count">1 solution<\/p>/);
    assert.match(market.stdout, /<p class="t4g-fallback-summary" lang="sv">Delade cyklar/);
    const city = t4g('render', file, '--lang', 'sv', '--element', 'city-card', '--city', 'umea');
    assert.equal(city.code, 0, city.stderr);
    assert.match(city.stdout, /<article class="t4g-fallback-detail" lang="en">\n<h3 class="t4g-fallback-name"><span lang="sv">Umeå<\/span><\/h3>/);
    assert.match(city.stdout, /<p class="t4g-fallback-population">Population 130,997 \(2023\)<\/p>/);
  });

  test('--base-url makes every link and schema.org address absolute, keeping its own parameters; --url-prefix changes ours', () => {
    const run = t4g('render', 'test/fixtures/catalogs/full.json', '--base-url', 'https://city.example/market?x=1', '--url-prefix', 'm-');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /href="https:\/\/city\.example\/market\?x=1&amp;m-open=bike-share"/);
    const [list] = assertSound(run.stdout) as { itemListElement: { item: { url: string; areaServed?: { url: string }[] } }[] }[];
    assert.equal(list!.itemListElement[0]!.item.url, 'https://city.example/market?x=1&m-open=bike-share');
    assert.equal(list!.itemListElement[0]!.item.areaServed![0]!.url, 'https://city.example/market?x=1&t4g-city=espoo');
  });

  test('a catalogue with no solutions: a heading, the count, an empty list and an empty ItemList', () => {
    const run = t4g('render', 'test/fixtures/catalogs/minimal.json');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /<h2>0 solutions<\/h2>/);
    assertSound(run.stdout, ['ItemList']);
  });
});

describe('render: cities', () => {
  test('city-directory: every valid city linked once to ?t4g-city=ID; JSON-LD an ItemList of Cities with geo and country', () => {
    const run = t4g('render', 'catalog/icc-sample.json', '--element', 'city-directory');
    assert.equal(run.code, 0, run.stderr);
    const ids = validIds('catalog/icc-sample.json', 'cities');
    for (const id of ids) assert.equal(occurrences(run.stdout, `href="?t4g-city=${id}"`), 1, id);
    const [list] = assertSound(run.stdout, ['ItemList']) as { itemListElement: { item: { geo?: unknown; address: unknown } }[] }[];
    assert.equal(list!.itemListElement.length, ids.length);
    assert.ok(list!.itemListElement.some((each) => each.item.geo), 'cities with coordinates have geo');
  });

  test('city-card --city: the full profile, its solutions linked to the marketplace; JSON-LD one City', () => {
    const run = t4g('render', 'test/fixtures/catalogs/full.json', '--element', 'city-card', '--city', 'espoo');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /<h3 class="t4g-fallback-name"><span>Espoo<\/span><\/h3>/);
    // Its picture, a full address: shown (a relative one is left out: where it lives depends on the page; site.test.ts).
    assert.ok(run.stdout.includes('<img class="t4g-fallback-image" src="https://espoo.example.org/espoo.jpg" alt="Espoo from above" loading="lazy" decoding="async">'));
    assert.match(run.stdout, /<h4>Solutions in use<\/h4>\n<ul><li><a href="\?t4g-open=bike-share">Bike share<\/a><\/li><\/ul>/);
    assert.match(run.stdout, /<h4>Cities it mentors<\/h4>\n<ul><li><a href="\?t4g-city=athens">Athens<\/a><\/li><\/ul>/);
    const [city] = assertSound(run.stdout, ['City']) as { geo: unknown; address: unknown }[];
    assert.deepEqual(city!.geo, { '@type': 'GeoCoordinates', latitude: 60.205, longitude: 24.652 });
    assert.deepEqual(city!.address, { '@type': 'PostalAddress', addressCountry: 'FI' });
  });
});

describe('render: a hostile catalogue', () => {
  for (const element of ['marketplace', 'city-directory']) {
    test(`${element}: no markup from the catalogue, every payload shown as text, the JSON-LD the same strings`, () => {
      const run = t4g('render', hostile, '--element', element);
      assert.equal(run.code, 0, run.stderr);
      const blocks = assertSound(run.stdout, ['ItemList']);
      const names = (blocks[0] as { itemListElement: { item: { name: string } }[] }).itemListElement.map((each) => each.item.name);
      const entries = element === 'marketplace' ? expected.textSolutions.filter((each) => each.id.startsWith('solution-')) : expected.cities;
      for (const { id, payload } of entries) {
        assert.equal(occurrences(run.stdout, `href="?t4g-${element === 'marketplace' ? 'open' : 'city'}=${id}"`), 1, id);
        assert.ok(run.stdout.includes(escapeHtml(payload)), `${id}: the payload as text`);
        assert.ok(names.includes(payload), `${id}: the payload as the JSON-LD name`);
      }
      // Entries the data core leaves out are not shown; every one it keeps is, once.
      const kept = validateCatalog(JSON.parse(readFileSync(hostile, 'utf8'))).catalog[element === 'marketplace' ? 'solutions' : 'cities'].map((each) => each.id);
      const parameter = element === 'marketplace' ? 'open' : 'city';
      assert.deepEqual([...run.stdout.matchAll(new RegExp(`href="\\?t4g-${parameter}=([a-z0-9-]+)"`, 'g'))].map((match) => match[1]).sort(), kept.sort());
      assert.ok(kept.length < JSON.parse(readFileSync(hostile, 'utf8'))[element === 'marketplace' ? 'solutions' : 'cities'].length, 'some were left out');
      // Each entry left out is reported on stderr, at its line and column.
      assert.match(run.stderr, /hostile\.json:1:\d+ {2}solutions\[\d+\]\.id {2}id must be .* \(left out of the pages\)/);
    });
  }

  test('city-card: a payload city', () => {
    const { id, payload } = expected.cities[0]!;
    const run = t4g('render', hostile, '--city', id);
    assert.equal(run.code, 0, run.stderr);
    assertSound(run.stdout, ['City']);
    assert.ok(run.stdout.includes(escapeHtml(payload)));
  });

  test('the escapes: </script> in JSON-LD is \\u003c/script\\u003e, U+2028 is \\u2028; NUL is U+FFFD in the HTML', () => {
    const run = t4g('render', hostile);
    assert.equal(occurrences(run.stdout, '</script>'), 1, 'the only </script> ends the block');
    const [block] = scanHtml(run.stdout).jsonLd;
    assert.ok(block!.includes('\\u003c/script\\u003e'));
    assert.ok(block!.includes('\\u2028') && !block!.includes('\u2028'));
    assert.ok(!run.stdout.includes('\u0000'));
  });
});

describe('render: mistakes, in words', () => {
  test('a missing catalogue: exit 2, the file named', () => {
    const run = t4g('render', 'no/such.json');
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, 'no/such.json: cannot read this file: there is no file by that name\n');
  });

  test('not JSON, not a catalogue: exit 2, where and why', () => {
    const notJson = path.join(tmp, 'not.json');
    writeFileSync(notJson, '{ "version": 1,');
    assert.equal(t4g('render', notJson).code, 2);
    assert.match(t4g('render', notJson).stderr, /not\.json:1:\d+ .*\n.*not valid JSON/);
    const notCatalog = path.join(tmp, 'v2.json');
    writeFileSync(notCatalog, '{ "version": 2 }');
    const run = t4g('render', notCatalog);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /this library reads version 1/);
  });

  test('an unknown element, a city-card without a city, a bad language: usage, exit 2', () => {
    const cases: [string[], RegExp][] = [
      [['--element', 'map'], /--element `map` is not one of marketplace, city-directory, city-card/],
      [['--element', 'city-card'], /--element city-card needs --city ID/],
      [['--element', 'marketplace', '--city', 'espoo'], /--city goes with --element city-card/],
      [['--lang', 'français'], /--lang `français` is not a language tag/],
      [['--base-url', 'example.org'], /--base-url `example\.org` is not a full address/],
      [['--lang'], /--lang needs a value/],
      [['--frobnicate'], /unknown option `--frobnicate` for render/],
    ];
    for (const [args, message] of cases) {
      const run = t4g('render', 'test/fixtures/catalogs/full.json', ...args);
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.stderr, message);
    }
    assert.match(t4g('render').stderr, /render needs the catalogue file/);
  });

  test('an unknown city: exit 1, with the nearest id', () => {
    const run = t4g('render', 'test/fixtures/catalogs/full.json', '--city', 'espo');
    assert.equal(run.code, 1);
    assert.equal(run.stderr, 'test/fixtures/catalogs/full.json: no such city `espo`; did you mean `espoo` (Espoo)?\n');
    assert.equal(t4g('render', 'test/fixtures/catalogs/full.json', '--city', 'reykjavik').stderr, 'test/fixtures/catalogs/full.json: no such city `reykjavik`\n');
  });

  test('--help names render and site', () => {
    const run = t4g('--help');
    assert.match(run.stdout, /t4g render CATALOG/);
    assert.match(run.stdout, /t4g site CATALOG --out DIR/);
  });
});
