#!/usr/bin/env node
/**
 * The benchmark: the built widget (dist/t4g.js) in headless Chromium on the
 * sample catalogue and on seeded synthetic ones of 1,000, 10,000 and 50,000
 * solutions (100,000 with --sizes), side by side with the peers a webmaster
 * would choose instead (minisearch, Pagefind) on the same catalogue, the same
 * queries, in the same browser; the floor and JSON.parse as references for
 * the times. Prints one markdown table and the targets, and writes
 * everything to bench/results.json. See bench/README.md.
 *
 *   npm run bench                         (builds first, then runs this)
 *   node bench/run.mjs [--sizes sample,1000,10000,50000] [--quick] [--seed 1] [--reps 3] [--loads 3] [--budget 60]
 *                      [--peers minisearch,pagefind|none] [--quality-up-to 10000]
 *
 * --quick leaves out 50,000, loads each catalogue once and types the query
 * sequence once instead of three times. --loads: fresh pages that load each
 * catalogue of up to 10,000 solutions (larger ones load once); the load
 * figures are their medians, since one load is at the mercy of anything else
 * the machine is doing. --budget caps, in seconds, each engine's keystroke
 * sequence of each size: what does not fit is reported as a timeout.
 * --quality-up-to: the largest generated catalogue judged on the labelled set.
 * The browser: scripts/find-browser.mjs (CHROME_PATH if set).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { browserPath } from '../scripts/find-browser.mjs';
import { startServer } from '../test/support/static-server.mjs';
import { GENERATOR_VERSION, generateCatalog } from './generate.mjs';
import { buildPagefind, closePagefind } from './peers/pagefind.mjs';
import { loadWithoutDevTools } from './plain-chromium.mjs';
import { judgeCases, judgeSet, qualityQueries } from './quality.mjs';
import { report, targets } from './report.mjs';
import { servedLog } from './served.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = join(ROOT, 'bench/data');
const RESULTS = join(ROOT, 'bench/results.json');
const SAMPLE = 'catalog/icc-sample.json';
const BUNDLES = ['dist/t4g.js', 'dist/t4g.iife.js'];
const VIEWPORT = { width: 1280, height: 900 };
// Above the widget's default (20 MB): 100,000 solutions are about 147 MB of JSON.
const MAX_BYTES = 400_000_000;
const LOAD_TIMEOUT_MS = 180_000;
/** Catalogues above this many solutions are loaded once (a load of 50,000 takes many seconds). */
const REPEAT_LOADS_UP_TO = 10_000;
/** Times `JSON.parse` runs on the catalogue's body (the median is the reference for search ready). */
const PARSES = 5;
const PEERS = ['minisearch', 'pagefind'];

/** What a person types: growing prefixes, typos, accents left out, word pairs both ways, a word and a city. */
const QUERIES = [
  's', 'so', 'sol', 'sola', 'solar', 'solar p', 'solar pa', 'solar pan', 'solar pane', 'solar panel',
  'm', 'mo', 'mob', 'mobi', 'mobil', 'mobili', 'mobility',
  'h', 'he', 'hea', 'heat', 'heat p', 'heat pu', 'heat pum', 'heat pump',
  'enrgy', 'mobilty', 'tourisme', 'hydrogn', 'parkng', 'skelleftea', 'krakow', 'besancon',
  'pump heat', 'open data', 'data open', 'bike sharing', 'sharing bike',
  'energy skelleftea', 'mobility krakow', 'tourism porto', 'solar besançon',
];

/** The ICC tracks (the catalogues have no `tracks` of their own, so these apply). */
const TRACKS = ['green-economy', 'citizen-participation', 'tourism', 'supply-chains', 'skills', 'access-to-data', 'access-to-finance'];
const FACET_WORDS = ['', 'solar'];
const FACET_TOGGLES = 5;

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

// ------------------------------------------------------------ options

function parseArgs(argv) {
  const value = (name) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const quick = argv.includes('--quick');
  const sizes = (value('sizes') ?? (quick ? 'sample,1000,10000' : 'sample,1000,10000,50000'))
    .split(',')
    .map((s) => s.trim().replace(/_/g, ''))
    .filter(Boolean)
    .map((s) => (s === 'sample' ? s : Number(s)));
  const bad = sizes.filter((s) => s !== 'sample' && !(Number.isInteger(s) && s > 0));
  if (bad.length) throw new Error(`--sizes takes "sample" and whole numbers, e.g. --sizes sample,1000,10000 (got ${bad.join(', ')})`);
  return {
    sizes,
    quick,
    seed: Number(value('seed') ?? 1),
    reps: Number(value('reps') ?? (quick ? 1 : 3)),
    loads: Number(value('loads') ?? (quick ? 1 : 3)),
    budgetMs: Number(value('budget') ?? 60) * 1000,
    // Result quality needs every engine in French and German too (a widget, a minisearch index and a Pagefind build each): up to 10,000 by default.
    qualityUpTo: Number(value('quality-up-to') ?? 10_000),
    peers: value('peers') === 'none' ? [] : (value('peers')?.split(',') ?? PEERS),
  };
}

// ------------------------------------------------------------ catalogues

/** Validates with the project's own command line; throws with its report when there is any problem. */
function validate(file) {
  const cli = join(ROOT, 'dist/lib/cli/t4g.js');
  if (!existsSync(cli)) {
    console.warn(`  (not validated: ${relative(ROOT, cli)} is missing; npm run build:lib makes it)`);
    return;
  }
  const run = spawnSync(process.execPath, [cli, 'validate', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`the generated catalogue ${relative(ROOT, file)} is not valid:\n${(run.stdout + run.stderr).split('\n').slice(-30).join('\n')}`);
}

/** Removes catalogues of other generator versions and their Pagefind indexes (they can weigh tens of MB each). */
function removeStale() {
  for (const name of existsSync(DATA) ? readdirSync(DATA) : []) {
    if (/^catalog-.*\.json$/.test(name) && !name.endsWith(`-v${GENERATOR_VERSION}.json`)) unlinkSync(join(DATA, name));
  }
  const indexes = join(DATA, 'pagefind');
  for (const name of existsSync(indexes) ? readdirSync(indexes) : []) {
    if (name.startsWith('catalog-') && !name.endsWith(`-v${GENERATOR_VERSION}`)) rmSync(join(indexes, name), { recursive: true });
  }
}

/** The catalogue of `solutions` for `seed`, generated and validated when missing. */
function ensureCatalog(solutions, seed) {
  mkdirSync(DATA, { recursive: true });
  const file = join(DATA, `catalog-${solutions}-seed${seed}-v${GENERATOR_VERSION}.json`);
  if (!existsSync(file)) {
    const started = Date.now();
    process.stdout.write(`generating ${relative(ROOT, file)} … `);
    writeFileSync(file, JSON.stringify(generateCatalog({ solutions, seed })));
    validate(file);
    console.log(`done, valid (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  return file;
}

function catalogueEntry(size, seed) {
  const file = size === 'sample' ? join(ROOT, SAMPLE) : ensureCatalog(size, seed);
  const solutions = size === 'sample' ? JSON.parse(readFileSync(file, 'utf8')).solutions.length : size;
  return { label: size === 'sample' ? 'sample' : size.toLocaleString('en'), solutions, file, path: `/${relative(ROOT, file)}`, bytes: statSync(file).size };
}

// ------------------------------------------------------------ statistics

function percentile(sorted, p) {
  if (!sorted.length) return undefined;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** The load whose first results are the median one, with every load's figures beside it. */
function medianLoad(loads) {
  const sorted = [...loads].sort((a, b) => a.firstResultsMs - b.firstResultsMs);
  const median = (key) => stats(loads.map((l) => l[key])).median;
  return { ...sorted[Math.floor((sorted.length - 1) / 2)], firstResultsMs: median('firstResultsMs'), searchReadyMs: median('searchReadyMs'), longestTask: median('longestTask'), longestFrameGap: median('longestFrameGap'), loads };
}

/** Median and 95th percentile (nearest rank) of `samples`. */
function stats(samples = []) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, median: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) };
}

// ------------------------------------------------------------ one catalogue in one page

/** The page stopped answering: the steps left for that catalogue are skipped. */
class Stuck extends Error {}

/** A page.evaluate that gives up after `ms`, so a stuck page never hangs the run. */
function inPage(page, fn, arg, ms, what) {
  let timer;
  const limit = new Promise((_, reject) => (timer = setTimeout(() => reject(new Stuck(`${what}: no answer after ${Math.round(ms / 1000)} s`)), ms)));
  return Promise.race([page.evaluate(fn, arg), limit]).finally(() => clearTimeout(timer));
}

/** The JS heap in use after a full garbage collection, through the DevTools protocol. */
async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  // backingStorageSize (ArrayBuffers, wasm memory: outside the JS heap proper) where this Chromium reports it.
  const { usedSize, totalSize, backingStorageSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return { usedBytes: usedSize, totalBytes: totalSize, backingStorageBytes: backingStorageSize };
}

async function openPage(browser, serverUrl, log) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.on('pageerror', (error) => log.push(`page error: ${error.message}`));
  page.on('console', (msg) => msg.type() === 'error' && log.push(`console error: ${msg.text()}`));
  await page.goto(`${serverUrl}/bench/page.html`);
  await page.waitForFunction(() => window.bench && customElements.get('t4g-marketplace'), null, { timeout: 30_000 });
  return { context, page };
}

/** Runs one step and returns its result; an error is recorded and printed, and gives undefined. */
async function step(record, name, run) {
  const started = Date.now();
  process.stdout.write(`  ${name} … `);
  try {
    const result = await run();
    console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
    return result;
  } catch (error) {
    const message = error.message.replace(/^page\.evaluate: (Error: )?/, '');
    record.errors.push(`${name}: ${message}`);
    console.log(`FAILED: ${message}`);
    if (error instanceof Stuck) throw error;
    return undefined;
  }
}

const loadIn = (page, entry) =>
  inPage(page, (a) => window.bench.load(a), { src: entry.path, maxBytes: MAX_BYTES, timeoutMs: LOAD_TIMEOUT_MS }, LOAD_TIMEOUT_MS + 10_000, 'load');

/** Runs `fn` in `count` fresh pages, each closed after: loads that are only measured. */
async function freshPages(browser, serverUrl, count, log, fn) {
  const out = [];
  for (let i = 0; i < count; i++) {
    const { context, page } = await openPage(browser, serverUrl, log);
    try {
      out.push(await fn(page));
    } finally {
      await context.close();
    }
  }
  return out;
}

/** Medians of each numeric key over several loads, with every load kept. */
function medianOf(loads) {
  const keys = Object.keys(loads[0] ?? {}).filter((key) => typeof loads[0][key] === 'number');
  return { ...loads.at(-1), ...Object.fromEntries(keys.map((key) => [key, stats(loads.map((l) => l[key])).median])), loads };
}

/** Which languages the quality queries of a catalogue need (English first). */
const qualityLangs = (queries) => [...new Set(['en', ...queries.map((q) => q.lang)])];

/**
 * Ours: loads (first results, search ready, longest task), heap, keystrokes,
 * search() alone, facets; the floor and JSON.parse; the bytes before the
 * first results; our results for the quality queries.
 */
async function benchOurs(ctx, record) {
  const { browser, server, served, entry, options, loadCount, quality } = ctx;
  const earlier = loadCount > 1 ? await step(record, `load in ${loadCount - 1} fresh pages`, () => freshPages(browser, server.url, loadCount - 1, record.pageLog, (page) => loadIn(page, entry))) : [];
  if (!earlier) return;
  const mark = served.mark();
  const { context, page } = await openPage(browser, server.url, record.pageLog);
  try {
    const loaded = await step(record, 'load', () => loadIn(page, entry));
    if (!loaded) return;
    record.load = medianLoad([...earlier, loaded]);
    record.bytesBeforeFirstResult = served.since(mark);
    // The same loads in a Chromium no DevTools client drives: DevTools' copy of the response adds a long task of its own
    // (bench/plain-chromium.mjs). These give the targets' longest task and search ready ÷ JSON.parse.
    const plain = await step(record, `load without DevTools ×${loadCount}`, async () => {
      const loads = [];
      for (let i = 0; i < loadCount; i++) {
        const result = await loadWithoutDevTools({ browser: browserPath(), serverUrl: server.url, src: entry.path, maxBytes: MAX_BYTES, timeoutMs: LOAD_TIMEOUT_MS });
        if (result.error) throw new Error(result.error);
        loads.push(result);
      }
      return loads;
    });
    if (plain) record.plainLoad = { ...medianLoad(plain), jsonParseMs: stats(plain.map((l) => l.jsonParseMs)).median, downloadMs: stats(plain.map((l) => l.downloadMs)).median };
    record.heap = await step(record, 'heap', () => heapAfterGc(page));
    const queryArgs = { queries: QUERIES, reps: options.reps, budgetMs: options.budgetMs };
    const typed = await step(record, 'keystrokes', () => inPage(page, (a) => window.bench.keystrokes(a), queryArgs, options.budgetMs + 120_000, 'keystrokes'));
    if (typed) record.keystrokes = { ...stats(typed.samples), searchCall: stats(typed.searchSamples), ...typed };
    const facets = await step(record, 'facets', () =>
      inPage(page, (a) => window.bench.facetToggles(a), { tracks: TRACKS, words: FACET_WORDS, toggles: FACET_TOGGLES }, 120_000, 'facets'),
    );
    if (facets) record.facets = Object.fromEntries(Object.entries(facets).map(([words, ms]) => [words || '(no words)', { ...stats(ms), samples: ms }]));
    const floor = await step(record, 'floor', () => inPage(page, (a) => window.bench.floor(a), { queries: QUERIES, reps: options.reps }, 300_000, 'floor'));
    if (floor) record.floor = { ...stats(floor.samples), ...floor };
    const cardsFloor = await step(record, 'cards floor', () => inPage(page, (a) => window.bench.cardsFloor(a), { queries: QUERIES, reps: options.reps }, 300_000, 'cards floor'));
    if (cardsFloor) record.cardsFloor = { ...stats(cardsFloor.samples), ...cardsFloor };
    const parsed = await step(record, 'JSON.parse', () => inPage(page, (a) => window.bench.jsonParse(a), { src: entry.path, times: PARSES }, 300_000, 'JSON.parse'));
    if (parsed) record.jsonParse = { ...stats(parsed.samples), ...parsed };
    if (quality) {
      const args = { queries: quality.queries, src: entry.path, maxBytes: MAX_BYTES, timeoutMs: LOAD_TIMEOUT_MS };
      const ranked = await step(record, 'quality', () => inPage(page, (a) => window.bench.widgetRanked(a), args, 600_000, 'quality'));
      if (ranked) record.quality = quality.judge(ranked);
    }
  } finally {
    await context.close();
  }
}

/** A peer's load in `page`: `window.bench.<name>Load`, the first query of the sequence as its first search. */
const peerLoad = (page, name, args) => inPage(page, (a) => window.bench[a.fn](a), { fn: `${name}Load`, first: QUERIES[0], ...args }, LOAD_TIMEOUT_MS, `${name} load`);

/**
 * A peer in pages of its own: its load (in fresh pages, medians), the heap in
 * the last one (or in a page of its own with `heapArgs`), the keystroke
 * sequence and the quality queries; each a `window.bench` function named
 * after the peer.
 */
async function benchPeer(ctx, record, { name, loadArgs, heapArgs, rankedArgs = {} }) {
  const { browser, server, served, options, loadCount, quality } = ctx;
  const result = (record.peers[name] = {});
  const earlier = loadCount > 1 ? await step(record, `${name}: load in ${loadCount - 1} fresh pages`, () => freshPages(browser, server.url, loadCount - 1, record.pageLog, (page) => peerLoad(page, name, loadArgs))) : [];
  if (!earlier) return;
  const { context, page } = await openPage(browser, server.url, record.pageLog);
  try {
    const mark = served.mark();
    const loaded = await step(record, `${name}: load`, () => peerLoad(page, name, loadArgs));
    if (!loaded) return;
    result.bytesBeforeFirstResult = served.since(mark);
    result.load = medianOf([...earlier, loaded]);
    const heapInOwnPage = async () => (await freshPages(browser, server.url, 1, record.pageLog, async (p) => (await peerLoad(p, name, { ...loadArgs, ...heapArgs }), heapAfterGc(p))))[0];
    result.heap = await step(record, `${name}: heap`, () => (heapArgs ? heapInOwnPage() : heapAfterGc(page)));
    const queryArgs = { fn: `${name}Keystrokes`, queries: QUERIES, reps: options.reps, budgetMs: options.budgetMs };
    const typed = await step(record, `${name}: keystrokes`, () => inPage(page, (a) => window.bench[a.fn](a), queryArgs, options.budgetMs + 300_000, `${name} keystrokes`));
    if (typed) result.keystrokes = { ...stats(typed.samples), ...typed };
    if (quality) {
      const args = { fn: `${name}Ranked`, queries: quality.queries, ...rankedArgs };
      const ranked = await step(record, `${name}: quality`, () => inPage(page, (a) => window.bench[a.fn](a), args, 600_000, `${name} quality`));
      if (ranked) result.quality = quality.judge(ranked);
    }
  } finally {
    await context.close();
  }
}

/** Builds the Pagefind index of the catalogue in each of `langs`; their URL paths and builds (time, bytes). */
async function pagefindIndexes(record, entry, catalog, langs) {
  const bases = {};
  const builds = {};
  for (const lang of langs) {
    const dir = join(DATA, 'pagefind', basename(entry.file, '.json'), lang);
    const built = await step(record, `pagefind: build the ${lang} index in Node`, () => buildPagefind(catalog, lang, dir));
    if (!built) continue;
    bases[lang] = `/${relative(ROOT, dir)}/`;
    builds[lang] = { buildMs: built.buildMs, bytes: built.bytes };
  }
  return { bases, builds };
}

async function benchCatalogue(browser, server, served, entry, options) {
  console.log(`\n${entry.label} (${entry.solutions.toLocaleString('en')} solutions, ${(entry.bytes / 1024 / 1024).toFixed(1)} MB of JSON)`);
  const body = readFileSync(entry.file);
  const record = { label: entry.label, solutions: entry.solutions, file: entry.path, bytes: entry.bytes, gzipBytes: gzipSync(body, { level: 9 }).length, errors: [], pageLog: [], peers: {} };
  const isSample = entry.label === 'sample';
  const catalog = JSON.parse(body.toString('utf8'));
  const judged = isSample || entry.solutions <= options.qualityUpTo;
  const queries = judged ? qualityQueries(isSample) : undefined;
  const quality = judged && { queries, judge: (ranked) => (isSample ? judgeCases(ranked) : judgeSet(ranked, catalog)) };
  const ctx = { browser, server, served, entry, options, quality, loadCount: entry.solutions <= REPEAT_LOADS_UP_TO ? options.loads : 1 };
  try {
    await benchOurs(ctx, record);
    if (options.peers.includes('minisearch')) await benchPeer(ctx, record, { name: 'minisearch', loadArgs: { src: entry.path } });
    if (options.peers.includes('pagefind')) {
      const { bases, builds } = await pagefindIndexes(record, entry, catalog, judged ? qualityLangs(queries) : ['en']);
      if (bases.en) {
        // Pagefind keeps its index in a Web Worker by default, outside the page's heap: the heap is measured with it on the main thread.
        await benchPeer(ctx, record, { name: 'pagefind', loadArgs: { base: bases.en }, heapArgs: { noWorker: true }, rankedArgs: { bases } });
        record.peers.pagefind.build = builds;
      }
    }
  } catch (error) {
    if (!(error instanceof Stuck)) throw error;
    console.log('  (the page is stuck: the other steps of this catalogue are skipped)');
  } finally {
    if (record.pageLog.length) console.log(`  page said:\n    ${record.pageLog.slice(0, 10).join('\n    ')}`);
  }
  return record;
}

function bundleSizes() {
  return BUNDLES.filter((file) => existsSync(join(ROOT, file))).map((file) => {
    const raw = readFileSync(join(ROOT, file));
    return { file, bytes: raw.length, gzipBytes: gzipSync(raw, { level: 9 }).length };
  });
}

function git(...args) {
  const run = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : undefined;
}

/**
 * What is being measured: the commit, whether src/ had changes not yet
 * committed, and the bundle itself (its hash and build time), taken before
 * the run, since the sources may move on while it runs.
 */
function measuredCode() {
  const bundle = join(ROOT, 'dist/t4g.js');
  return {
    commit: git('rev-parse', 'HEAD'),
    uncommittedChangesUnderSrc: Boolean(git('status', '--porcelain', '--', 'src')),
    bundleSha256: createHash('sha256').update(readFileSync(bundle)).digest('hex').slice(0, 16),
    bundleBuilt: statSync(bundle).mtime.toISOString(),
  };
}

function machine(browserVersion) {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model,
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: browserVersion,
    // Other work on the machine slows every figure: the load average says how busy it was.
    loadAverageAtEnd: os.loadavg().map((n) => Number(n.toFixed(2))),
  };
}

// ------------------------------------------------------------ main

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(join(ROOT, 'dist/t4g.js'))) throw new Error('dist/t4g.js is missing: run `npm run build` first (npm run bench does)');
  const code = measuredCode();
  const committed = git('log', '-1', '--format=%cI');
  if (committed && new Date(code.bundleBuilt) < new Date(committed)) console.warn('note: dist/t4g.js is older than the last commit; `npm run bench` builds first');
  removeStale();
  const entries = options.sizes.map((size) => catalogueEntry(size, options.seed));

  const busy = os.loadavg()[0];
  if (busy > 0.5) console.warn(`note: the machine is busy (load average ${busy.toFixed(2)} over the last minute); figures will be slower than on a quiet machine`);
  const loadAverageAtStart = os.loadavg().map((n) => Number(n.toFixed(2)));

  const served = servedLog(ROOT);
  const server = await startServer(ROOT, { headers: served.headers });
  const browser = await chromium.launch({ executablePath: browserPath(), headless: true, args: CHROMIUM_ARGS });
  const records = [];
  try {
    // What every heap figure starts from: the bench page with the widget's bundle loaded, nothing else.
    const emptyPageHeap = (await freshPages(browser, server.url, 1, [], heapAfterGc))[0];
    for (const entry of entries) {
      try {
        records.push(await benchCatalogue(browser, server, served, entry, options));
      } catch (error) {
        console.log(`  FAILED: ${error.message}`);
        records.push({ label: entry.label, solutions: entry.solutions, bytes: entry.bytes, errors: [error.message] });
      }
    }
    const bundles = bundleSizes();
    const result = {
      date: new Date().toISOString(),
      ...code,
      commitAtEnd: git('rev-parse', 'HEAD'),
      machine: { ...machine(browser.version()), loadAverageAtStart },
      options: { ...options, queries: QUERIES, parses: PARSES, tracks: TRACKS, facetWords: FACET_WORDS, facetToggles: FACET_TOGGLES, seed: options.seed, generatorVersion: GENERATOR_VERSION },
      bundles,
      emptyPageHeap,
      catalogues: records,
      targets: targets(records, bundles),
    };
    writeFileSync(RESULTS, `${JSON.stringify(result, null, 2)}\n`);
    report(result, relative(process.cwd(), RESULTS));
    return records.some((r) => r.errors.length) ? 1 : 0;
  } finally {
    await browser.close();
    await server.close();
    await closePagefind();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`bench: ${error.stack ?? error}`);
    process.exit(2);
  },
);
