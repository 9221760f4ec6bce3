/**
 * The measurements, run inside the benchmark page (bench/page.html) by
 * bench/run.mjs through `page.evaluate(() => window.bench.…)`. Every time is
 * taken here with performance.now(), so the round trips to Node never count.
 *
 * "Rendered" below means: the widget's update has finished (`updateComplete`),
 * so have the cards it shows, and the browser has done layout (forced by
 * reading sizes). Paint is left out on purpose for keystrokes and facets; the
 * first results wait for the next frame as well: they count once the cards
 * are painted.
 */

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Lets the previous change paint and any queued work run, outside the timed part. */
async function settle() {
  await nextFrame();
  await nextTask();
}

/** Forces style and layout now (reading a size cannot return a stale value). */
function layout(el) {
  el.getBoundingClientRect();
  void document.body.offsetHeight;
}

const widget = () => document.querySelector('t4g-marketplace');
const cards = (el) => [...(el.shadowRoot?.querySelectorAll('t4g-solution-card') ?? [])];

/** Waits for the widget's render, its cards' own renders, then layout. */
async function rendered(el) {
  await el.updateComplete;
  await Promise.all(cards(el).map((card) => card.updateComplete));
  layout(el);
}

/** The text of the widget's error box, if it shows one. */
function errorText(el) {
  const box = el.shadowRoot?.querySelector('.error, [role="alert"]');
  return box ? box.textContent.replace(/\s+/g, ' ').trim() : undefined;
}

// ------------------------------------------------------------ load

/**
 * Records what keeps the main thread busy: long tasks (over 50 ms, reported
 * by Chromium) and the longest gap between animation frames, which is what a
 * person typing or scrolling would feel.
 */
function watchMainThread() {
  const longTasks = [];
  let observer;
  try {
    observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
    observer.observe({ type: 'longtask' });
  } catch {
    // No Long Tasks API: only the frame gaps are reported.
  }
  let last = performance.now();
  let longestFrameGap = 0;
  let running = true;
  // performance.now(), not rAF's argument: that is when the frame was due, which a long task does not move.
  const tick = () => {
    const now = performance.now();
    longestFrameGap = Math.max(longestFrameGap, now - last);
    last = now;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return () => {
    running = false;
    if (observer) {
      longTasks.push(...observer.takeRecords());
      observer.disconnect();
    }
    const durations = longTasks.map((task) => task.duration);
    return {
      longTaskApi: Boolean(observer),
      longTasks: durations.length,
      longestTask: durations.length ? Math.max(...durations) : 0,
      longTaskTotal: durations.reduce((sum, d) => sum + d, 0),
      longestFrameGap,
    };
  };
}

/** Resolves when the first solution cards are in the widget and rendered, then painted (the next frame). */
function firstCards(el) {
  return new Promise((resolve) => {
    const done = async () => {
      observer.disconnect();
      await rendered(el);
      await nextFrame();
      layout(el);
      resolve(performance.now());
    };
    // A mutation callback runs right after Lit writes the cards, not up to a frame later as polling would.
    const observer = new MutationObserver(() => cards(el).length && done());
    observer.observe(el.shadowRoot, { childList: true, subtree: true });
  });
}

/** A promise that rejects as soon as the widget reports an error or shows its error box, and its stop(). */
function failure(el) {
  let poll;
  const promise = new Promise((_, reject) => {
    el.addEventListener('t4g-error', (event) => reject(new Error(`t4g-error (${event.detail.kind}): ${event.detail.message}`)));
    poll = setInterval(() => {
      const text = errorText(el);
      if (text) reject(new Error(`the widget shows an error: ${text}`));
    }, 100);
  });
  return { promise, stop: () => clearInterval(poll) };
}

/** Before `searchReady` existed: the first search with words, which built the index then. */
async function firstSearch(el) {
  el.search('a');
  await rendered(el);
  el.search('');
  await el.updateComplete;
}

const timeout = (ms, what) => new Promise((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer after ${ms / 1000} s`)), ms));

/**
 * Adds a marketplace, sets its `src` and times the first results (cards
 * painted) and the search index (searchReady), watching the main thread
 * from setting `src` until both are done.
 */
export async function load({ src, maxBytes, timeoutMs }) {
  const el = document.createElement('t4g-marketplace');
  el.setAttribute('max-bytes', String(maxBytes));
  document.querySelector('main').append(el);
  await el.updateComplete;
  await settle();

  const problems = [];
  el.addEventListener('t4g-catalog-problems', (event) => problems.push(...event.detail.problems.map((p) => p.message ?? String(p))));
  const stopWatching = watchMainThread();
  const hasSearchReady = 'searchReady' in el;
  const t0 = performance.now();
  el.src = src;
  const first = firstCards(el).then((t) => t - t0);
  const ready = (hasSearchReady ? el.searchReady : first.then(() => firstSearch(el))).then(() => performance.now() - t0);
  const failed = failure(el);
  try {
    const [firstResultsMs, searchReadyMs] = await Promise.race([Promise.all([first, ready]), failed.promise, timeout(timeoutMs, 'loading the catalogue')]);
    return { firstResultsMs, searchReadyMs, searchReadyKind: hasSearchReady ? 'searchReady' : 'first search', total: el.total, cards: cards(el).length, problems: problems.slice(0, 5), problemCount: problems.length, ...stopWatching() };
  } catch (error) {
    stopWatching();
    throw new Error(`${error.message}${errorText(el) && !error.message.includes('shows an error') ? ` (error box: ${errorText(el)})` : ''}`);
  } finally {
    failed.stop();
  }
}

// ------------------------------------------------------------ keystrokes and facets

/**
 * Runs `measure` for each query, `reps` passes (`beforePass` first, untimed),
 * until `budgetMs` is spent; notes each query's number of results. A measure
 * that answers `{ failed }` (a peer threw) gives no sample and is counted.
 */
async function timeQueries(queries, reps, budgetMs, measure, beforePass = async () => {}) {
  const perQuery = queries.map((q) => ({ q, ms: [], total: undefined }));
  const samples = [];
  const searchSamples = [];
  const failures = [];
  const deadline = performance.now() + budgetMs;
  let timedOut = false;
  for (let rep = 0; rep < reps && !timedOut; rep++) {
    await beforePass();
    for (const entry of perQuery) {
      if (performance.now() > deadline) {
        timedOut = true;
        break;
      }
      const { ms, searchMs, total, failed } = await measure(entry.q);
      if (failed) {
        failures.push({ q: entry.q, error: failed });
        continue;
      }
      entry.ms.push(ms);
      entry.total ??= total;
      samples.push(ms);
      if (searchMs !== undefined) searchSamples.push(searchMs);
    }
  }
  return { samples, ...(searchSamples.length && { searchSamples }), perQuery, failures, timedOut, planned: queries.length * reps };
}

/**
 * Types each query as `search(q)` and times it until the results are
 * rendered and laid out, and the `search(q)` call alone; a reset to no words
 * (not timed) before each pass.
 */
export async function keystrokes({ queries, reps, budgetMs }) {
  const el = widget();
  const measure = async (q) => {
    await settle();
    const t0 = performance.now();
    el.search(q);
    // search() answers synchronously (the view changes, the results are computed); rendering follows.
    const searchMs = performance.now() - t0;
    await rendered(el);
    return { ms: performance.now() - t0, searchMs, total: el.total };
  };
  const clear = async () => {
    el.search('');
    await rendered(el);
  };
  const result = await timeQueries(queries, reps, budgetMs, measure, clear);
  el.search('');
  await rendered(el);
  return result;
}

/** Toggles a track filter on and off (each way timed), with no words and with `words`. */
export async function facetToggles({ tracks, words, toggles }) {
  const el = widget();
  const out = {};
  for (const text of words) {
    el.search(text);
    await rendered(el);
    const ms = [];
    for (let i = 0; i < toggles; i++) {
      for (const filters of [{ track: [tracks[i % tracks.length]] }, {}]) {
        await settle();
        const t0 = performance.now();
        el.setFilters(filters);
        await rendered(el);
        ms.push(performance.now() - t0);
      }
    }
    out[text] = ms;
  }
  el.search('');
  await rendered(el);
  return out;
}

// ------------------------------------------------------------ result quality

const PAGE = 12;
const cardIds = (el) => cards(el).map((card) => card.solution?.id);

/**
 * The first `k` ids each query gives, with `run(q, lang)`; a query that
 * throws gives `{ error }` instead (judged as failing, not dropped).
 */
async function rankAll(queries, run) {
  const out = [];
  for (const { q, lang } of queries) {
    try {
      out.push({ q, lang, ids: (await run(q, lang ?? 'en')).slice(0, PAGE) });
    } catch (error) {
      out.push({ q, lang, error: String(error?.message ?? error) });
    }
  }
  return out;
}

/** A marketplace in another language on the same catalogue, ready to search (removed by the caller). */
async function widgetIn(lang, { src, maxBytes, timeoutMs }) {
  const el = document.createElement('t4g-marketplace');
  el.setAttribute('max-bytes', String(maxBytes));
  el.setAttribute('lang', lang);
  document.querySelector('main').append(el);
  el.src = src;
  const failed = failure(el);
  try {
    await Promise.race([el.searchReady, failed.promise, timeout(timeoutMs, `loading the catalogue in ${lang}`)]);
  } finally {
    failed.stop();
  }
  return el;
}

/**
 * Our results for `queries` ({ q, lang }): the first page of cards of the
 * widget already loaded for English, and of a widget made for each other
 * language (each removed after).
 */
export async function widgetRanked({ queries, src, maxBytes, timeoutMs }) {
  const main = widget();
  const others = new Map();
  try {
    return await rankAll(queries, async (q, lang) => {
      let el = main;
      if (lang !== 'en') {
        if (!others.has(lang)) others.set(lang, await widgetIn(lang, { src, maxBytes, timeoutMs }));
        el = others.get(lang);
      }
      el.search(q);
      await rendered(el);
      return cardIds(el);
    });
  } finally {
    for (const el of others.values()) el.remove();
    main.search('');
    await rendered(main);
  }
}

// ------------------------------------------------------------ the floor and JSON.parse

/**
 * The floor a keystroke is compared with (issue #18, part 2): a plain page
 * laying out the text of the same 12 cards the widget shows for each query
 * (name, summary, provider, a few tags) in plain divs in a 3-column grid. The
 * widget's first 12 results are read once per query (not timed); then each
 * query replaces the grid's content and forces layout, timed like a keystroke.
 */
export async function floor({ queries, reps }) {
  const el = widget();
  const lang = el.lang || 'en';
  const text = (value) => (typeof value === 'string' ? value : (value?.[lang] ?? value?.en ?? Object.values(value ?? {})[0] ?? ''));
  const shown = await cardsPerQuery(el, queries, ({ solution: s }) => s && { name: text(s.name), summary: text(s.summary), provider: s.provider?.name ?? '', tags: (s.tags ?? []).slice(0, 3) });
  const grid = document.createElement('div');
  grid.style.cssText = 'display:grid;grid-template-columns:repeat(3,1fr);gap:16px;max-width:1200px;font:16px/1.5 system-ui,sans-serif';
  document.body.append(grid);
  const card = ({ name, summary, provider, tags }) => {
    const div = document.createElement('div');
    div.style.cssText = 'border:1px solid #ccc;padding:12px';
    for (const [tag, value] of [['h3', name], ['p', summary], ['p', provider], ['p', tags.join(' · ')]]) {
      const part = document.createElement(tag);
      part.textContent = value;
      div.append(part);
    }
    return div;
  };
  return replacedLikeKeystrokes(grid, shown, card, queries, reps);
}

/**
 * A second floor, the same 12 cards as the widget draws them, without the
 * widget: each card's rendered markup and stylesheets, read once per query
 * (not timed), become static copies (a div with the card's shadow root
 * markup and the same adopted stylesheets) in a copy of the result list, in
 * the widget's shadow root so they inherit its fonts and tokens. Timed like
 * a keystroke: the list's content replaced, layout forced. What a keystroke
 * costs beyond it is the search, the facets, the status and Lit.
 */
export async function cardsFloor({ queries, reps }) {
  const el = widget();
  let sheets = [];
  const shown = await cardsPerQuery(el, queries, (card) => {
    sheets = card.shadowRoot.adoptedStyleSheets;
    return { attributes: [...card.attributes].map((a) => [a.name, a.value]), markup: card.shadowRoot.innerHTML };
  });
  const real = el.shadowRoot.querySelector('ol.grid');
  const list = real.cloneNode(false);
  real.after(list);
  const card = ({ attributes, markup }) => {
    const li = document.createElement('li');
    const host = li.appendChild(document.createElement('div'));
    for (const [name, value] of attributes) host.setAttribute(name, value);
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets;
    root.innerHTML = markup;
    return li;
  };
  return replacedLikeKeystrokes(list, shown, card, queries, reps);
}

/** What `read` takes from each card the widget shows for each query (not timed); the widget is left showing everything. */
async function cardsPerQuery(el, queries, read) {
  const shown = [];
  for (const q of queries) {
    el.search(q);
    await rendered(el);
    shown.push(cards(el).map(read).filter(Boolean));
  }
  el.search('');
  await rendered(el);
  return shown;
}

/** Each query's `shown` items made by `make` into `container`, replacing the last, layout forced: timed like a keystroke. */
async function replacedLikeKeystrokes(container, shown, make, queries, reps) {
  let at = 0;
  const result = await timeQueries(queries, reps, 60_000, async () => {
    const items = shown[at++ % shown.length];
    await settle();
    const t0 = performance.now();
    container.replaceChildren(...items.map(make));
    layout(container);
    return { ms: performance.now() - t0, total: items.length };
  });
  container.remove();
  return result;
}

/** `JSON.parse` of the catalogue's body, `times` times in this page (the body fetched once, not timed). */
export async function jsonParse({ src, times }) {
  const body = await (await fetch(src)).text();
  const samples = [];
  for (let i = 0; i < times; i++) {
    await nextTask();
    const t0 = performance.now();
    JSON.parse(body);
    samples.push(performance.now() - t0);
  }
  return { samples, chars: body.length };
}

// ------------------------------------------------------------ peers

/** A peer's answer to one query, timed; what it throws is returned as `failed`, not raised. */
async function timedPeer(run, q) {
  await nextTask();
  const t0 = performance.now();
  try {
    const total = await run(q);
    return { ms: performance.now() - t0, total };
  } catch (error) {
    return { failed: String(error?.message ?? error) };
  }
}

const peers = {};

/**
 * minisearch, as a page would use it: import the library, fetch and parse
 * the catalogue, index it (`addAll`, timed alone as the build), first search.
 * `firstResultMs` runs from the import to the first query's results; the
 * main thread is watched meanwhile, as for ours.
 */
export async function minisearchLoad({ src, first }) {
  const stopWatching = watchMainThread();
  const t0 = performance.now();
  const { buildMiniSearch, searchIds } = await import('./peers/minisearch.mjs');
  const catalog = await (await fetch(src)).json();
  const { index, indexMs } = buildMiniSearch(catalog, 'en');
  const total = searchIds(index, first).length;
  const firstResultMs = performance.now() - t0;
  // Kept, as a page keeps the catalogue to show the results.
  peers.minisearch = { catalog, indexes: new Map([['en', index]]), buildMiniSearch, searchIds };
  // A long task is reported once it has ended: let the one that gave the first result end first (not timed).
  await settle();
  return { indexMs, firstResultMs, total, ...stopWatching() };
}

export async function minisearchKeystrokes({ queries, reps, budgetMs }) {
  const { indexes, searchIds } = peers.minisearch;
  const index = indexes.get('en');
  return timeQueries(queries, reps, budgetMs, (q) => timedPeer((text) => searchIds(index, text).length, q));
}

export async function minisearchRanked({ queries }) {
  const m = peers.minisearch;
  return rankAll(queries, async (q, lang) => {
    if (!m.indexes.has(lang)) m.indexes.set(lang, m.buildMiniSearch(m.catalog, lang).index);
    return m.searchIds(m.indexes.get(lang), q);
  });
}

/**
 * Pagefind from its built files: import its runtime, init, first search
 * with the first 12 results' data; `firstResultMs` runs from the import.
 */
export async function pagefindLoad({ base, first, noWorker }) {
  const { openPagefind, pagefindIds } = await import('./peers/pagefind-page.mjs');
  const stopWatching = watchMainThread();
  const t0 = performance.now();
  const pagefind = await openPagefind(base, { noWorker });
  const initMs = performance.now() - t0;
  const { total } = await pagefindIds(pagefind, first);
  const firstResultMs = performance.now() - t0;
  peers.pagefind = { runtimes: new Map([['en', pagefind]]), openPagefind, pagefindIds };
  // A long task is reported once it has ended: let the one that gave the first result end first (not timed).
  await settle();
  return { initMs, firstResultMs, total, ...stopWatching() };
}

export async function pagefindKeystrokes({ queries, reps, budgetMs }) {
  const { runtimes, pagefindIds } = peers.pagefind;
  const pagefind = runtimes.get('en');
  return timeQueries(queries, reps, budgetMs, (q) => timedPeer(async (text) => (await pagefindIds(pagefind, text)).total, q));
}

/** `bases`: the index folder of each language the queries use. */
export async function pagefindRanked({ queries, bases }) {
  const p = peers.pagefind;
  return rankAll(queries, async (q, lang) => {
    if (!p.runtimes.has(lang)) p.runtimes.set(lang, await p.openPagefind(bases[lang]));
    return (await p.pagefindIds(p.runtimes.get(lang), q)).ids;
  });
}

window.bench = { load, keystrokes, facetToggles, widgetRanked, floor, cardsFloor, jsonParse, minisearchLoad, minisearchKeystrokes, minisearchRanked, pagefindLoad, pagefindKeystrokes, pagefindRanked };
