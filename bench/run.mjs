#!/usr/bin/env node
/**
 * The benchmark: the built widget (dist/t4g.js) in headless Chromium on the
 * sample catalogue and on seeded synthetic ones of 1,000, 10,000 and 50,000
 * solutions. Prints a markdown table and the speed targets (bench/README.md), and writes
 * everything to bench/results.json. See bench/README.md.
 *
 *   npm run bench                         (builds first, then runs this)
 *   node bench/run.mjs [--sizes sample,1000,10000,50000] [--quick] [--seed 1] [--reps 3] [--loads 3] [--budget 60]
 *
 * --quick leaves out 50,000, loads each catalogue once and types the query
 * sequence once instead of three times. --loads: fresh pages that load each
 * catalogue of up to 10,000 solutions (larger ones load once); the load
 * figures are their medians, since one load is at the mercy of anything else
 * the machine is doing. --budget caps, in seconds, the keystroke sequence and the
 * fuse.js baseline of each size: what does not fit is reported as a timeout.
 * The browser: scripts/find-browser.mjs (CHROME_PATH if set).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { browserPath } from '../scripts/find-browser.mjs';
import { startServer } from '../test/support/static-server.mjs';
import { GENERATOR_VERSION, generateCatalog } from './generate.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = join(ROOT, 'bench/data');
const RESULTS = join(ROOT, 'bench/results.json');
const SAMPLE = 'catalog/icc-sample.json';
const BUNDLES = ['dist/t4g.js', 'dist/t4g.iife.js'];
const VIEWPORT = { width: 1280, height: 900 };
const MAX_BYTES = 200_000_000;
const LOAD_TIMEOUT_MS = 180_000;
/** Catalogues above this many solutions are loaded once (a load of 50,000 takes many seconds). */
const REPEAT_LOADS_UP_TO = 10_000;

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

/** Removes catalogues of other generator versions (they can weigh tens of MB each). */
function removeStale() {
  for (const name of existsSync(DATA) ? readdirSync(DATA) : []) {
    if (/^catalog-.*\.json$/.test(name) && !name.endsWith(`-v${GENERATOR_VERSION}.json`)) unlinkSync(join(DATA, name));
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
  const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return { usedBytes: usedSize, totalBytes: totalSize };
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

/** Loads that are only measured, each in its own fresh page, before the page that goes on to the other steps. */
async function extraLoads(browser, serverUrl, entry, count, log) {
  const loads = [];
  for (let i = 0; i < count; i++) {
    const { context, page } = await openPage(browser, serverUrl, log);
    try {
      loads.push(await loadIn(page, entry));
    } finally {
      await context.close();
    }
  }
  return loads;
}

async function benchCatalogue(browser, serverUrl, entry, options) {
  console.log(`\n${entry.label} (${entry.solutions.toLocaleString('en')} solutions, ${(entry.bytes / 1024 / 1024).toFixed(1)} MB of JSON)`);
  const record = { label: entry.label, solutions: entry.solutions, file: entry.path, bytes: entry.bytes, errors: [], pageLog: [] };
  const loads = entry.solutions <= REPEAT_LOADS_UP_TO ? options.loads : 1;
  const earlier = loads > 1 ? await step(record, `load in ${loads - 1} fresh pages`, () => extraLoads(browser, serverUrl, entry, loads - 1, record.pageLog)) : [];
  if (!earlier) return record;
  const { context, page } = await openPage(browser, serverUrl, record.pageLog);
  try {
    const loaded = await step(record, 'load', () => loadIn(page, entry));
    if (!loaded) return record;
    record.load = medianLoad([...earlier, loaded]);
    record.heap = await step(record, 'heap', () => heapAfterGc(page));
    const queryArgs = { queries: QUERIES, reps: options.reps, budgetMs: options.budgetMs };
    const typed = await step(record, 'keystrokes', () => inPage(page, (a) => window.bench.keystrokes(a), queryArgs, options.budgetMs + 120_000, 'keystrokes'));
    if (typed) record.keystrokes = { ...stats(typed.samples), searchCall: stats(typed.searchSamples), ...typed };
    const facets = await step(record, 'facets', () =>
      inPage(page, (a) => window.bench.facetToggles(a), { tracks: TRACKS, words: FACET_WORDS, toggles: FACET_TOGGLES }, 120_000, 'facets'),
    );
    if (facets) record.facets = Object.fromEntries(Object.entries(facets).map(([words, ms]) => [words || '(no words)', { ...stats(ms), samples: ms }]));
    const fuse = await step(record, 'fuse.js baseline', () => inPage(page, (a) => window.bench.fuseBaseline(a), { src: entry.path, ...queryArgs }, options.budgetMs + 300_000, 'fuse.js baseline'));
    if (fuse) record.fuse = { ...stats(fuse.samples), ...fuse };
  } catch (error) {
    if (!(error instanceof Stuck)) throw error;
    console.log('  (the page is stuck: the other steps of this catalogue are skipped)');
  } finally {
    await context.close();
    if (record.pageLog.length) console.log(`  page said:\n    ${record.pageLog.slice(0, 10).join('\n    ')}`);
  }
  return record;
}

// ------------------------------------------------------------ report

const ms = (value) => (value === undefined ? '–' : value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en'));
const mb = (bytes) => (bytes === undefined ? '–' : (bytes / 1024 / 1024).toFixed(1));

/** "3.2 / 8.1", with how many of the planned samples were taken when the budget ran out. */
function pair(result) {
  if (!result) return '–';
  const text = `${ms(result.median)} / ${ms(result.p95)}`;
  return result.timedOut ? `${text} (timeout: ${result.n} of ${result.planned})` : text;
}

function ratio(record) {
  const widget = record.keystrokes?.median;
  const fuse = record.fuse?.median;
  return widget && fuse ? `${(fuse / widget).toFixed(fuse / widget < 10 ? 1 : 0)}×` : '–';
}

function table(records) {
  const head = ['catalogue', 'JSON MB', 'first results ms', 'search ready ms', 'longest task during load ms', 'keystroke median / p95 ms', 'search() alone median / p95 ms', 'fuse.js records median / p95 ms', 'ratio', 'facet toggle ms (no words / words)', 'heap MB'];
  const rows = records.map((r) => [
    r.label === 'sample' ? `sample (${r.solutions})` : r.label,
    mb(r.bytes),
    ms(r.load?.firstResultsMs),
    ms(r.load?.searchReadyMs),
    r.load ? (r.load.longTaskApi ? (r.load.longTasks ? ms(r.load.longestTask) : 'none over 50') : `n/a (frame gap ${ms(r.load.longestFrameGap)})`) : '–',
    pair(r.keystrokes),
    r.keystrokes?.searchCall?.n ? pair(r.keystrokes.searchCall) : '–',
    pair(r.fuse),
    ratio(r),
    r.facets ? `${ms(r.facets['(no words)']?.median)} / ${ms(r.facets[FACET_WORDS[1]]?.median)}` : '–',
    mb(r.heap?.usedBytes),
  ]);
  return [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** The speed targets (bench/README.md), each with the measured value and whether it is met. */
function targets(records) {
  const of = (solutions) => records.find((r) => (solutions === 'sample' ? r.label === 'sample' : r.solutions === solutions && r.label !== 'sample'));
  const check = (name, solutions, read, limit, unit = 'ms') => {
    const value = of(solutions) && read(of(solutions));
    return { target: `${name} ≤ ${limit.toLocaleString('en')} ${unit}`, value, met: value === undefined ? undefined : value <= limit };
  };
  return [
    check('10,000: keystroke median', 10_000, (r) => r.keystrokes?.median, 16),
    check('10,000: keystroke p95', 10_000, (r) => r.keystrokes?.p95, 33),
    check('50,000: keystroke median', 50_000, (r) => r.keystrokes?.median, 33),
    check('sample: first results', 'sample', (r) => r.load?.firstResultsMs, 300),
    check('10,000: first results', 10_000, (r) => r.load?.firstResultsMs, 1500),
    // "Responsive meanwhile": no task over 50 ms while loading (a long task, for Chromium).
    check('10,000: longest task from src to search ready', 10_000, (r) => (r.load?.longTaskApi ? r.load.longestTask : r.load?.longestFrameGap), 50),
    check('10,000: JS heap after load', 10_000, (r) => (r.heap ? r.heap.usedBytes / 1024 / 1024 : undefined), 80, 'MB'),
  ];
}

function targetLines(checks) {
  // The Long Tasks API reports only tasks over 50 ms: a longest task of 0 means none was.
  const measured = (target, value) => (value === 0 && target.includes('longest task') ? ' (no task over 50 ms)' : ` (measured ${value.toFixed(1)})`);
  return checks.map(({ target, value, met }) => `- ${met === undefined ? 'not measured' : met ? 'met    ' : 'NOT MET'}  ${target}${value === undefined ? '' : measured(target, value)}`).join('\n');
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

  const server = await startServer(ROOT);
  const browser = await chromium.launch({ executablePath: browserPath(), headless: true, args: CHROMIUM_ARGS });
  const records = [];
  try {
    for (const entry of entries) {
      try {
        records.push(await benchCatalogue(browser, server.url, entry, options));
      } catch (error) {
        console.log(`  FAILED: ${error.message}`);
        records.push({ label: entry.label, solutions: entry.solutions, bytes: entry.bytes, errors: [error.message] });
      }
    }
    const result = {
      date: new Date().toISOString(),
      ...code,
      commitAtEnd: git('rev-parse', 'HEAD'),
      machine: { ...machine(browser.version()), loadAverageAtStart },
      options: { ...options, queries: QUERIES, tracks: TRACKS, facetWords: FACET_WORDS, facetToggles: FACET_TOGGLES, seed: options.seed, generatorVersion: GENERATOR_VERSION },
      bundles: bundleSizes(),
      catalogues: records,
      targets: targets(records),
    };
    writeFileSync(RESULTS, `${JSON.stringify(result, null, 2)}\n`);
    report(result);
    return records.some((r) => r.errors.length) ? 1 : 0;
  } finally {
    await browser.close();
    await server.close();
  }
}

function report(result) {
  const { machine: m } = result;
  console.log(`\n## Results (${result.date.slice(0, 10)}, ${result.commit?.slice(0, 7) ?? 'unknown commit'}${result.uncommittedChangesUnderSrc ? ' + uncommitted changes under src/' : ''}, dist/t4g.js built ${result.bundleBuilt.slice(0, 19).replace('T', ' ')} UTC)`);
  if (result.commitAtEnd !== result.commit) console.log(`(the commit moved to ${result.commitAtEnd?.slice(0, 7)} during the run; the figures are of the bundle built before it)`);
  console.log(`${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}, Chromium ${m.chromium}; load average ${m.loadAverageAtStart[0]} at start, ${m.loadAverageAtEnd[0]} at end\n`);
  console.log(table(result.catalogues));
  console.log(`\nBundles (gzip -9): ${result.bundles.map((b) => `${b.file} ${(b.gzipBytes / 1024).toFixed(1)} KB (raw ${(b.bytes / 1024).toFixed(1)} KB)`).join(', ')}`);
  console.log(`\nTargets:\n${targetLines(result.targets)}`);
  const failed = result.catalogues.filter((r) => r.errors.length);
  if (failed.length) console.log(`\nErrors:\n${failed.map((r) => `- ${r.label}: ${r.errors.join('; ')}`).join('\n')}`);
  console.log(`\nAll figures: ${relative(process.cwd(), RESULTS)}`);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`bench: ${error.stack ?? error}`);
    process.exit(2);
  },
);
