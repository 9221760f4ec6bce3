/**
 * Result quality, judged in Node from the ids each engine ranked in the page
 * (bench/page.mjs, `…Ranked`): the relevance cases of test/relevance over the
 * sample catalogue, and the labelled set of bench/relevance-set.mjs over the
 * generated ones. The rules are in bench/README.md.
 */
import { readFileSync } from 'node:fs';
import { RELEVANCE_SET, precisionAt, relevantIds } from './relevance-set.mjs';

const CASES_FILE = new URL('../test/relevance/cases.json', import.meta.url);
const PAGE = 12;

/** The relevance cases of test/relevance/cases.json, as queries for the page. */
export function relevanceCases() {
  return JSON.parse(readFileSync(CASES_FILE, 'utf8')).cases;
}

/** The queries an engine is asked for a catalogue: the cases for the sample, the labelled set for a generated one. */
export function qualityQueries(isSample) {
  return (isSample ? relevanceCases() : RELEVANCE_SET).map(({ query, q, lang }) => ({ q: q ?? query, lang: lang ?? 'en' }));
}

/** A case is right as relevance.test.ts judges it: `first` first, every `firstPage` id in the first 12. */
export function caseRight(c, ids) {
  if (!ids) return false;
  if (c.first && ids[0] !== c.first) return false;
  const page = ids.slice(0, PAGE);
  return (c.firstPage ?? []).every((id) => page.includes(id));
}

/** How many cases `ranked` (from rankAll, in the cases' order) gets right, and which it gets wrong or fails. */
export function judgeCases(ranked) {
  const cases = relevanceCases();
  const wrong = [];
  let right = 0;
  let failed = 0;
  cases.forEach((c, i) => {
    const r = ranked[i];
    if (r?.error || !r) failed++;
    if (caseRight(c, r?.ids)) right++;
    else wrong.push({ query: c.query, lang: c.lang, expected: c.first ?? c.firstPage, got: r?.ids?.slice(0, 3), error: r?.error });
  });
  return { right, of: cases.length, failed, wrong };
}

/**
 * Precision of the first 5 and 12 over the labelled set: each query's, and
 * the averages over the queries that have relevant solutions in `catalog`.
 */
export function judgeSet(ranked, catalog) {
  const relevant = relevantIds(catalog);
  const perQuery = RELEVANCE_SET.map((query, i) => {
    const r = ranked[i];
    const ids = r?.ids ?? [];
    const p = (k) => (relevant[i].size ? (r?.error ? 0 : precisionAt(k, ids, relevant[i])) : undefined);
    return { q: query.q, kind: query.kind, relevant: relevant[i].size, p5: p(5), p12: p(12), ids, judged: ids.map((id) => relevant[i].has(id)), ...(r?.error && { error: r.error }) };
  });
  const judged = perQuery.filter((q) => q.relevant > 0);
  const mean = (key) => judged.reduce((sum, q) => sum + q[key], 0) / (judged.length || 1);
  return {
    p5: mean('p5'),
    p12: mean('p12'),
    queries: judged.length,
    failed: perQuery.filter((q) => q.error).length,
    noRelevant: perQuery.filter((q) => !q.relevant).map((q) => q.q),
    perQuery,
  };
}
