/**
 * The bench's report (bench/run.mjs): one markdown table, rows = catalogue ×
 * engine (ours, minisearch, Pagefind), and the targets of issue #18. Column
 * meanings are in bench/README.md.
 */

const ms = (value) => (value === undefined || Number.isNaN(value) ? '–' : value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en'));
const mb = (bytes) => (bytes === undefined ? '–' : (bytes / 1024 / 1024).toFixed(1));
const kb = (bytes) => (bytes === undefined ? '–' : bytes < 10 * 1024 * 1024 ? `${Math.round(bytes / 1024).toLocaleString('en')} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
const times = (value) => (value === undefined || !Number.isFinite(value) ? '–' : `${value < 10 ? value.toFixed(value < 0.1 ? 3 : value < 1 ? 2 : 1) : Math.round(value)}×`);
const ratioOf = (a, b) => (a === undefined || !b ? undefined : a / b);

/** "3.2 / 8.1", with how many of the planned samples were taken when the budget ran out. */
function pair(result) {
  if (!result?.n) return '–';
  const text = `${ms(result.median)} / ${ms(result.p95)}`;
  return result.timedOut ? `${text} (timeout: ${result.n} of ${result.planned})` : text;
}

function longestTask(load) {
  if (!load || load.longTaskApi === undefined) return '–';
  if (!load.longTaskApi) return `n/a (frame gap ${ms(load.longestFrameGap)})`;
  return load.longTasks ? ms(load.longestTask) : 'none over 50';
}

/** Ours: the longest task without DevTools (what a reader's browser does), then with it (the other engines' pages). */
function ourLongestTask(r) {
  return r.plainLoad ? `${longestTask(r.plainLoad)} (with DevTools: ${longestTask(r.load)})` : longestTask(r.load);
}

/** Figures of our engine and of each peer in one shape, for the rows. */
function engines(r) {
  // What every engine's record holds in the same place; each side adds what differs.
  const common = (engine, x) => ({ engine, load: x.load, bytes: x.bytesBeforeFirstResult, heap: x.heap, quality: x.quality });
  const ours = {
    ...common('ours', r),
    keystrokes: r.keystrokes,
    search: r.keystrokes?.searchCall,
    build: r.load ? `${ms(r.load.searchReadyMs)} (src → search ready)` : '–',
    firstResultMs: r.load?.firstResultsMs,
    failures: r.keystrokes?.failures?.length ?? 0,
  };
  const peer = (name, p, build) => p && { ...common(name, p), search: p.keystrokes, build, firstResultMs: p.load?.firstResultMs, failures: p.keystrokes?.failures?.length ?? 0 };
  const m = r.peers?.minisearch;
  const pf = r.peers?.pagefind;
  return [
    ours,
    peer('minisearch 7.2', m, m?.load ? `${ms(m.load.indexMs)} (addAll)` : '–'),
    peer('Pagefind 1.6', pf, pf?.load ? `${ms(pf.build?.en?.buildMs)} (Node) + ${ms(pf.load.initMs)} (init)` : '–'),
  ].filter(Boolean);
}

function qualityCells(q) {
  if (!q) return ['–', '–'];
  if (q.right !== undefined) return [`${q.right} of ${q.of}`, '–'];
  return ['–', `${q.p5.toFixed(2)} / ${q.p12.toFixed(2)}`];
}

/** The engine's ratios to ours: search median, first result, bytes (gzip); for ours, the floor and JSON.parse ratios instead. */
function ratioCell(e, ours, r) {
  if (e.engine === 'ours') {
    const floor = r.floor?.median;
    const k = r.keystrokes;
    const parse = r.jsonParse?.median;
    const plain = r.plainLoad;
    const ready = plain ? `; without DevTools ${times(ratioOf(plain.searchReadyMs, plain.jsonParseMs))} (the download alone ${times(ratioOf(plain.downloadMs, plain.jsonParseMs))})` : '';
    const cards = r.cardsFloor?.median;
    return `keystroke ÷ floor ${times(ratioOf(k?.median, floor))} / ${times(ratioOf(k?.p95, floor))} (÷ cards floor ${times(ratioOf(k?.median, cards))} / ${times(ratioOf(k?.p95, cards))}); search ready ÷ JSON.parse ${times(ratioOf(r.load?.searchReadyMs, parse))}${ready}`;
  }
  return `search ${times(ratioOf(e.search?.median, ours.search?.median))} · first result ${times(ratioOf(e.firstResultMs, ours.firstResultMs))} · bytes ${times(ratioOf(e.bytes?.gzipBytes, ours.bytes?.gzipBytes))}`;
}

export function table(records, runLine) {
  const head = [
    `catalogue (${runLine})`, 'engine', 'keystroke median / p95 ms', 'search median / p95 ms', 'ratio', 'index build ms', 'first result ms',
    'longest task during load ms', 'bytes before first result (served / gzip)', 'heap MB (+ array buffers)', 'cases right', 'P@5 / P@12', 'failed',
    'floor median / p95 ms', 'cards floor median / p95 ms', 'JSON.parse ms',
  ];
  const rows = records.flatMap((r) => {
    const list = engines(r);
    const catalogue = `${r.label === 'sample' ? `sample (${r.solutions})` : r.label} · ${kb(r.bytes)} JSON, ${kb(r.gzipBytes)} gzip`;
    return list.map((e) => {
      const failed = (e.quality?.failed ?? 0) + e.failures;
      return [
        catalogue,
        e.engine,
        e.engine === 'ours' ? pair(e.keystrokes) : '– (renders nothing)',
        pair(e.search),
        ratioCell(e, list[0], r),
        e.build,
        ms(e.firstResultMs),
        e.engine === 'ours' ? ourLongestTask(r) : longestTask(e.load),
        e.bytes ? `${kb(e.bytes.bytes)} / ${kb(e.bytes.gzipBytes)}` : '–',
        e.heap ? `${mb(e.heap.usedBytes)}${e.heap.backingStorageBytes ? ` (+${mb(e.heap.backingStorageBytes)})` : ''}` : '–',
        ...qualityCells(e.quality),
        String(failed),
        e.engine === 'ours' ? pair(r.floor) : '',
        e.engine === 'ours' ? pair(r.cardsFloor) : '',
        e.engine === 'ours' ? ms(r.jsonParse?.median) : '',
      ];
    });
  });
  return [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** Issue #18's targets (part 2), each with the measured value and whether it is met. */
export function targets(records, bundles = []) {
  const of = (solutions) => records.find((r) => (solutions === 'sample' ? r.label === 'sample' : r.solutions === solutions && r.label !== 'sample'));
  const check = (target, solutions, read, limit) => {
    const value = of(solutions) && read(of(solutions));
    return { target, value, met: value === undefined ? undefined : value <= limit };
  };
  const floorRatio = (key, floor = 'floor') => (r) => ratioOf(r.keystrokes?.[key], r[floor]?.median);
  const checks = [
    check('10,000: keystroke median ≤ 1.3× the floor', 10_000, floorRatio('median'), 1.3),
    check('10,000: keystroke p95 ≤ 2× the floor', 10_000, floorRatio('p95'), 2),
    check('10,000: keystroke median ≤ 1.3× the cards floor (the same cards drawn without the widget)', 10_000, floorRatio('median', 'cardsFloor'), 1.3),
    check('10,000: keystroke p95 ≤ 2× the cards floor', 10_000, floorRatio('p95', 'cardsFloor'), 2),
    check('50,000: src → search ready ≤ 3× JSON.parse (no DevTools)', 50_000, (r) => (r.plainLoad ? ratioOf(r.plainLoad.searchReadyMs, r.plainLoad.jsonParseMs) : ratioOf(r.load?.searchReadyMs, r.jsonParse?.median)), 3),
    { target: '50,000, for reference: the download alone ÷ JSON.parse (no DevTools; no work on the body can go below it)', value: of(50_000)?.plainLoad && ratioOf(of(50_000).plainLoad.downloadMs, of(50_000).plainLoad.jsonParseMs), reference: true },
    check('50,000: heap once ready ≤ 60 MB', 50_000, (r) => (r.heap ? r.heap.usedBytes / 1024 / 1024 : undefined), 60),
    { target: '100,000: loads', ...(of(100_000) && { value: of(100_000).load ? 1 : 0, met: Boolean(of(100_000).load) }) },
    check('100,000: keystroke median ≤ 3× the floor', 100_000, floorRatio('median'), 3),
    check('100,000: keystroke median ≤ 3× the cards floor', 100_000, floorRatio('median', 'cardsFloor'), 3),
    check('sample: first results ≤ 300 ms', 'sample', (r) => r.load?.firstResultsMs, 300),
    check('10,000: first results ≤ 1,500 ms', 10_000, (r) => r.load?.firstResultsMs, 1500),
  ];
  for (const r of records.filter((r) => r.load)) {
    const load = r.plainLoad ?? r.load;
    const value = load.longTaskApi ? load.longestTask : load.longestFrameGap;
    checks.push({ target: `${r.label}: no task over 50 ms while loading${r.plainLoad ? ' (no DevTools)' : ''}`, value, met: value <= 50 });
  }
  for (const r of records.filter((r) => r.quality?.p5 !== undefined)) {
    const best = Math.max(...Object.values(r.peers ?? {}).map((p) => p.quality?.p5 ?? 0));
    checks.push({ target: `${r.label}: first-5 precision at or above every peer (best peer ${best.toFixed(2)})`, value: r.quality.p5, met: r.quality.p5 >= best });
    for (const q of ['parkng', 'tourism porto']) {
      const p5 = r.quality.perQuery.find((x) => x.q === q)?.p5;
      checks.push({ target: `${r.label}: "${q}" right (all of its first 5 relevant)`, value: p5, met: p5 === undefined ? undefined : p5 === 1 });
    }
  }
  for (const b of bundles.filter((b) => b.file.endsWith('.iife.js') || b.file === 'dist/t4g.js')) {
    checks.push({ target: `${b.file} gzip ≤ 30 KB`, value: b.gzipBytes / 1024, met: b.gzipBytes <= 30 * 1024 });
  }
  return checks;
}

function targetLines(checks) {
  const shown = (v) => (v === undefined ? '' : ` (measured ${Number.isInteger(v) ? v : v.toFixed(2)})`);
  const verdict = ({ value, met, reference }) => (reference ? (value === undefined ? 'not measured' : 'figure ') : met === undefined ? 'not measured' : met ? 'met    ' : 'NOT MET');
  return checks.map((check) => `- ${verdict(check)}  ${check.target}${shown(check.value)}`).join('\n');
}

export function report(result, resultsPath) {
  const { machine: m } = result;
  const commit = `${result.commit?.slice(0, 7) ?? 'unknown commit'}${result.uncommittedChangesUnderSrc ? ' + uncommitted changes under src/' : ''}`;
  console.log(`\n## Results (${result.date.slice(0, 10)}, ${commit}, dist/t4g.js built ${result.bundleBuilt.slice(0, 19).replace('T', ' ')} UTC)`);
  if (result.commitAtEnd !== result.commit) console.log(`(the commit moved to ${result.commitAtEnd?.slice(0, 7)} during the run; the figures are of the bundle built before it)`);
  console.log(`${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}, Chromium ${m.chromium}; load average ${m.loadAverageAtStart[0]} at start, ${m.loadAverageAtEnd[0]} at end`);
  console.log(`Medians over ${result.options.reps} pass(es) of ${result.options.queries.length} queries and ${result.options.loads} load(s) (one above 10,000 solutions); the static server does not compress.\n`);
  const runLine = `${commit}, ${m.cpu}, Chromium ${m.chromium}, load ${m.loadAverageAtStart[0]}→${m.loadAverageAtEnd[0]}`;
  console.log(table(result.catalogues, runLine));
  const facets = result.catalogues.filter((r) => r.facets).map((r) => `${r.label} ${ms(r.facets['(no words)']?.median)} / ${ms(r.facets.solar?.median)}`);
  if (result.emptyPageHeap) console.log(`\nHeap of the bench page with the bundle loaded and nothing else: ${mb(result.emptyPageHeap.usedBytes)} MB (+${mb(result.emptyPageHeap.backingStorageBytes)}); every heap figure includes it.`);
  if (facets.length) console.log(`\nOurs, facet toggle ms (no words / words): ${facets.join('; ')}`);
  console.log(`\nBundles (gzip -9): ${result.bundles.map((b) => `${b.file} ${(b.gzipBytes / 1024).toFixed(1)} KB (raw ${(b.bytes / 1024).toFixed(1)} KB)`).join(', ')}`);
  console.log(`\nTargets (issue #18):\n${targetLines(result.targets)}`);
  const failed = result.catalogues.filter((r) => r.errors.length);
  if (failed.length) console.log(`\nErrors:\n${failed.map((r) => `- ${r.label}: ${r.errors.join('; ')}`).join('\n')}`);
  console.log(`\nAll figures: ${resultsPath}`);
}
