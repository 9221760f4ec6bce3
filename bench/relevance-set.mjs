/**
 * The labelled query set the bench judges every engine's results with (issue
 * #18, part 1): queries over the generated catalogues (bench/generate.mjs,
 * seed 1, 1,000 and 10,000 solutions), what each query is meant to find, and
 * a judge that decides from a solution's own fields whether it is relevant.
 *
 * These rules were written and committed before any engine was run against
 * them, and are not to be tuned to any engine's results afterwards: change a
 * rule only for a reason that holds without looking at who wins.
 *
 * The rules (bench/README.md says the same):
 * - Text judged: the solution's name and summary in the query's language (the
 *   entry the widget would show: that language, else English, else the
 *   first), and its tags. Not the description, technologies, provider or
 *   cities' names: a result is relevant when what a card shows is about the
 *   query, not when a word turns up somewhere in a long text.
 * - Words: that text in lower case, accents folded (é → e, å → a, ł → l…),
 *   split at anything that is not a letter or digit (so the tag `heat-pumps`
 *   gives `heat` and `pumps`).
 * - A query's intended words each match a whole word of the text, or one of
 *   its inflections: English plural (-s, -es, y → -ies) unless the query lists
 *   its forms itself (French and German words).
 * - `word`, `pair`, `typo`, `language`: relevant when every intended word
 *   matches (a typo's intended word is the word meant: `parkng` → parking).
 * - `prefix`: relevant when some word of the text starts with the prefix (a
 *   person typing `mobi` may want mobility or mobile: any is fine).
 * - `city`: the intended word as above AND the city among the solution's
 *   `cities` (by id, so any spelling of the city counts).
 * - Precision at k: relevant solutions among the first k results ÷
 *   min(k, relevant solutions in the catalogue); a query with no relevant
 *   solution in the catalogue is left out of the averages (and listed). An
 *   engine that throws on a query scores 0 for it and counts as failed.
 */

/** Lower case, accents folded, split into words at anything but letters and digits. */
export function words(text) {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss').replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/đ/g, 'd').replace(/ı/g, 'i')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The English inflections of a word: itself and its plural. */
export function inflections(word) {
  const forms = new Set([word, `${word}s`, `${word}es`]);
  if (/[^aeiou]y$/.test(word)) forms.add(`${word.slice(0, -1)}ies`);
  return [...forms];
}

/** The entry of a localized text for `lang`, as the widget picks it: that language, else English, else the first. */
export function localized(text, lang = 'en') {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? text.en ?? Object.values(text)[0] ?? '';
}

// Shorthands for the set below: an intended word is a list of accepted (folded) forms.
const en = (word) => inflections(word);
const forms = (...list) => list;

/**
 * The queries: `q` as typed, `kind`, `lang` (default en), `intended`: one
 * list of accepted forms per intended word; `prefix` for prefixes; `city`
 * (an id of the catalogue's cities) for a word and a city.
 */
export const RELEVANCE_SET = [
  // Typos: one letter missing, doubled or swapped; the intended word is the one meant.
  { q: 'enrgy', kind: 'typo', intended: [en('energy')] },
  { q: 'mobilty', kind: 'typo', intended: [en('mobility')] },
  { q: 'parkng', kind: 'typo', intended: [en('parking')] },
  { q: 'hydrogn', kind: 'typo', intended: [en('hydrogen')] },
  { q: 'crowdfundng', kind: 'typo', intended: [en('crowdfunding')] },
  { q: 'insulaton', kind: 'typo', intended: [en('insulation')] },
  { q: 'biodiversty', kind: 'typo', intended: [en('biodiversity')] },
  { q: 'trafic', kind: 'typo', intended: [en('traffic')] },
  { q: 'procurment', kind: 'typo', intended: [en('procurement')] },
  { q: 'tourisim', kind: 'typo', intended: [en('tourism')] },
  // Prefixes, as typed on the way to a word.
  { q: 'sol', kind: 'prefix', prefix: 'sol' },
  { q: 'mobi', kind: 'prefix', prefix: 'mobi' },
  { q: 'touri', kind: 'prefix', prefix: 'touri' },
  { q: 'hydro', kind: 'prefix', prefix: 'hydro' },
  { q: 'crowdf', kind: 'prefix', prefix: 'crowdf' },
  { q: 'parti', kind: 'prefix', prefix: 'parti' },
  { q: 'renov', kind: 'prefix', prefix: 'renov' },
  { q: 'bioga', kind: 'prefix', prefix: 'bioga' },
  // Single words.
  { q: 'heat', kind: 'word', intended: [en('heat')] },
  { q: 'drought', kind: 'word', intended: [en('drought')] },
  { q: 'microcredit', kind: 'word', intended: [en('microcredit')] },
  { q: 'museum', kind: 'word', intended: [en('museum')] },
  { q: 'bootcamp', kind: 'word', intended: [en('bootcamp')] },
  { q: 'traceability', kind: 'word', intended: [en('traceability')] },
  // Word pairs, in both orders.
  { q: 'heat pump', kind: 'pair', intended: [en('heat'), en('pump')] },
  { q: 'pump heat', kind: 'pair', intended: [en('heat'), en('pump')] },
  { q: 'open data', kind: 'pair', intended: [en('open'), en('data')] },
  { q: 'data open', kind: 'pair', intended: [en('open'), en('data')] },
  { q: 'bike sharing', kind: 'pair', intended: [en('bike'), en('sharing')] },
  { q: 'sharing bike', kind: 'pair', intended: [en('bike'), en('sharing')] },
  { q: 'cargo bike', kind: 'pair', intended: [en('cargo'), en('bike')] },
  { q: 'bike cargo', kind: 'pair', intended: [en('cargo'), en('bike')] },
  { q: 'air quality', kind: 'pair', intended: [en('air'), en('quality')] },
  { q: 'quality air', kind: 'pair', intended: [en('air'), en('quality')] },
  // A word and a city where solutions are deployed (ids of bench/generate.mjs's 136 cities).
  { q: 'tourism porto', kind: 'city', intended: [en('tourism')], city: 'porto' },
  { q: 'mobility krakow', kind: 'city', intended: [en('mobility')], city: 'krakow' },
  { q: 'energy skelleftea', kind: 'city', intended: [en('energy')], city: 'skelleftea' },
  { q: 'solar besançon', kind: 'city', intended: [en('solar')], city: 'besancon' },
  { q: 'parking gdansk', kind: 'city', intended: [en('parking')], city: 'gdansk' },
  { q: 'data umeå', kind: 'city', intended: [en('data')], city: 'umea' },
  { q: 'water aarhus', kind: 'city', intended: [en('water')], city: 'aarhus' },
  { q: 'skills lodz', kind: 'city', intended: [en('skills')], city: 'lodz' },
  // Other languages: the generator's French and German names and summaries (bench/words.mjs), searched in that language.
  { q: 'mobilité', kind: 'language', lang: 'fr', intended: [forms('mobilite', 'mobilites')] },
  { q: 'données ouvertes', kind: 'language', lang: 'fr', intended: [forms('donnees'), forms('ouvertes', 'ouverte')] },
  { q: 'donnees ouvertes', kind: 'language', lang: 'fr', intended: [forms('donnees'), forms('ouvertes', 'ouverte')] },
  { q: 'énergie solaire', kind: 'language', lang: 'fr', intended: [forms('energie', 'energies'), forms('solaire', 'solaires')] },
  { q: 'pompe à chaleur', kind: 'language', lang: 'fr', intended: [forms('pompe', 'pompes'), forms('chaleur')] },
  { q: 'Wärmepumpen', kind: 'language', lang: 'de', intended: [forms('warmepumpe', 'warmepumpen')] },
  { q: 'offene Daten', kind: 'language', lang: 'de', intended: [forms('offene', 'offen', 'offenen'), forms('daten')] },
  { q: 'Radverkehr', kind: 'language', lang: 'de', intended: [forms('radverkehr')] },
  { q: 'Lastenräder', kind: 'language', lang: 'de', intended: [forms('lastenrad', 'lastenrader')] },
];

/** The words a solution is judged on, in `lang` (see the rules above). */
export function judgedWords(solution, lang = 'en') {
  return new Set([...words(localized(solution.name, lang)), ...words(localized(solution.summary, lang)), ...(solution.tags ?? []).flatMap(words)]);
}

/** Whether `solution` is relevant to `query`, by the rules above; `text` may pass judgedWords() already computed. */
export function isRelevant(query, solution, text = judgedWords(solution, query.lang)) {
  if (query.kind === 'prefix') {
    const prefix = words(query.prefix)[0];
    for (const word of text) if (word.startsWith(prefix)) return true;
    return false;
  }
  if (!query.intended.every((accepted) => accepted.some((form) => text.has(form)))) return false;
  return query.kind !== 'city' || (solution.cities ?? []).includes(query.city);
}

/** For each query of the set: the ids of the catalogue's relevant solutions. */
export function relevantIds(catalog, set = RELEVANCE_SET) {
  const textByLang = new Map();
  const textOf = (lang) => textByLang.get(lang) ?? textByLang.set(lang, catalog.solutions.map((s) => judgedWords(s, lang))).get(lang);
  return set.map((query) => {
    const text = textOf(query.lang ?? 'en');
    return new Set(catalog.solutions.filter((s, i) => isRelevant(query, s, text[i])).map((s) => s.id));
  });
}

/** Relevant among the first k of `ranked` ÷ min(k, how many are relevant); undefined when none is. */
export function precisionAt(k, ranked, relevant) {
  if (!relevant.size) return undefined;
  const hits = ranked.slice(0, k).filter((id) => relevant.has(id)).length;
  return hits / Math.min(k, relevant.size);
}
