/**
 * minisearch 7.2, the in-memory peer (issue #18), run in the bench page: the
 * page fetches the same catalogue JSON the widget does and indexes it with
 * `addAll`, as a webmaster would.
 *
 * Set as close to our engine as its options allow (src/catalog/search.ts and
 * text-index.ts): the same fields with the same weights as boosts; every word
 * of the query must match (combineWith AND); each word as a prefix or with
 * typos (prefix and fuzzy on, fuzzy 0.2: one edit in a word of 5 letters, two
 * from 10, as minisearch's documentation suggests); terms lower-cased with
 * accents folded, so that `skelleftea` finds Skellefteå. What it cannot do
 * like ours: a term found in several fields adds up in full (ours adds a
 * quarter of the weaker fields), and a compound ("e-bikes") is split only at
 * its hyphen, not also indexed whole.
 */
import MiniSearch from '/node_modules/minisearch/dist/es/index.js';

/** Our fields and weights (src/catalog/search.ts, FIELDS). */
export const FIELDS = { name: 4, tags: 2, technologies: 2, summary: 1.5, provider: 1.5, cities: 1, description: 0.5 };

const pick = (text, lang) => (text === undefined ? '' : typeof text === 'string' ? text : (text[lang] ?? text.en ?? Object.values(text)[0] ?? ''));

/** Lower case without accents, as our engine folds; minisearch drops a term for which this returns a falsy value. */
const fold = (term) => term.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '') || null;

/** One document per solution, its fields as our engine reads them in `lang`. */
export function documents(catalog, lang) {
  const cityNames = new Map((catalog.cities ?? []).map((city) => [city.id, pick(city.name, lang)]));
  return catalog.solutions.map((s) => ({
    id: s.id,
    name: pick(s.name, lang),
    tags: (s.tags ?? []).join(' '),
    technologies: (s.technologies ?? []).join(' '),
    summary: pick(s.summary, lang),
    provider: s.provider?.name ?? '',
    cities: (s.cities ?? []).map((id) => cityNames.get(id) ?? id).join(' '),
    description: pick(s.description, lang),
  }));
}

/** A minisearch index of `catalog` in `lang`, and how long `addAll` took. */
export function buildMiniSearch(catalog, lang) {
  const docs = documents(catalog, lang);
  const t0 = performance.now();
  const index = new MiniSearch({
    fields: Object.keys(FIELDS),
    processTerm: fold,
    searchOptions: { boost: FIELDS, prefix: true, fuzzy: 0.2, combineWith: 'AND', processTerm: fold },
  });
  index.addAll(docs);
  return { index, indexMs: performance.now() - t0 };
}

/** The ids of the results of `q`, best first. */
export const searchIds = (index, q) => index.search(q).map((result) => result.id);
