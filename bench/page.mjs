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
 * until `budgetMs` is spent; notes each query's number of results.
 */
async function timeQueries(queries, reps, budgetMs, measure, beforePass = async () => {}) {
  const perQuery = queries.map((q) => ({ q, ms: [], total: undefined }));
  const samples = [];
  const searchSamples = [];
  const deadline = performance.now() + budgetMs;
  let timedOut = false;
  for (let rep = 0; rep < reps && !timedOut; rep++) {
    await beforePass();
    for (const entry of perQuery) {
      if (performance.now() > deadline) {
        timedOut = true;
        break;
      }
      const { ms, searchMs, total } = await measure(entry.q);
      entry.ms.push(ms);
      entry.total ??= total;
      samples.push(ms);
      if (searchMs !== undefined) searchSamples.push(searchMs);
    }
  }
  return { samples, ...(searchSamples.length && { searchSamples }), perQuery, timedOut, planned: queries.length * reps };
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

// ------------------------------------------------------------ baseline

const english = (text) => (typeof text === 'string' ? text : (text?.en ?? Object.values(text ?? {})[0] ?? ''));

/**
 * Plain fuse.js over one record per solution (English name, tags,
 * description, provider name): what searching record by record costs on the
 * same data. Times `fuse.search(q)` alone; nothing is rendered.
 */
export async function fuseBaseline({ src, queries, reps, budgetMs }) {
  const { default: Fuse } = await import('/node_modules/fuse.js/dist/fuse.mjs');
  const catalog = await (await fetch(src)).json();
  const records = catalog.solutions.map((s) => ({ id: s.id, name: english(s.name), tags: s.tags ?? [], description: english(s.description), provider: s.provider?.name ?? '' }));
  const t0 = performance.now();
  const fuse = new Fuse(records, { keys: ['name', 'tags', 'description', 'provider'], ignoreLocation: true, threshold: 0.35, ignoreDiacritics: true });
  const indexMs = performance.now() - t0;
  const result = await timeQueries(queries, reps, budgetMs, async (q) => {
    await nextTask();
    const start = performance.now();
    const found = fuse.search(q);
    return { ms: performance.now() - start, total: found.length };
  });
  return { indexMs, version: Fuse.version, ...result };
}

window.bench = { load, keystrokes, facetToggles, fuseBaseline };
