/**
 * Pagefind's side of the bench page: its own browser runtime, imported from
 * the files bench/peers/pagefind.mjs built, as a real page would load it. A
 * keystroke is `search(q)` and then the first 12 results' `data()` (their
 * fragments are fetched then), since a page cannot show a result without it.
 */

/** Imports the runtime of the index at `base` (a URL path ending in /) and starts it; `noWorker` keeps it on the main thread. */
export async function openPagefind(base, { noWorker = false } = {}) {
  const pagefind = await import(`${base}pagefind.js`);
  // Pagefind 1.6 searches in a Web Worker by default; the bench says so where it matters (the heap).
  await pagefind.options({ basePath: base, ...(noWorker && { noWorker: true }) });
  await pagefind.init();
  return pagefind;
}

/** The ids of the first `k` results of `q` (their data fetched), and how many results there were. */
export async function pagefindIds(pagefind, q, k = 12) {
  const found = await pagefind.search(q);
  if (!found) throw new Error('pagefind.search answered null');
  const data = await Promise.all(found.results.slice(0, k).map((result) => result.data()));
  return { ids: data.map((d) => d.meta?.id), total: found.results.length };
}
