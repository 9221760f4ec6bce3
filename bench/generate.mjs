/**
 * Seeded synthetic catalogues in the version-1 format, for the benchmark.
 *
 *   import { generateCatalog } from './generate.mjs';
 *   const catalog = generateCatalog({ solutions: 10_000, seed: 1 });
 *
 *   node bench/generate.mjs --solutions 10000 [--seed 1] [--out FILE]
 *
 * The same seed and size always give the same catalogue (mulberry32, no
 * Math.random, no clock). 136 cities: the sample catalogue's 61 plus 75 real
 * European ones. Solutions look like the sample's: names of 2 to 5 words,
 * summaries of about 25 words, descriptions of about 120 words in two or three
 * paragraphs (85 % have one), some names and summaries also in French and
 * German, tags, technologies, providers shared by several solutions, cities
 * deployed and dates. Text comes from bench/words.mjs.
 *
 * Bump GENERATOR_VERSION whenever the output changes: bench/run.mjs names its
 * files after it, so stale catalogues are regenerated.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ADJECTIVES, BRAND_PARTS, COUNTRY_CENTRES, DOMAINS, EXTRA_CITIES, IMPACT_UNITS, LANGUAGES, LICENCES, LOCAL_TERMS, NOUNS,
  PRODUCT_WORDS, PROVIDER_COUNTRIES, PROVIDER_SUFFIXES, VERBS,
} from './words.mjs';

export const GENERATOR_VERSION = 1;
export const CITY_COUNT = 136;

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLE = join(ROOT, 'catalog/icc-sample.json');
const UPDATED = '2026-11-01';

// ------------------------------------------------------------ random numbers

/** mulberry32: a small, fast, well-spread 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Helpers over one generator, so every choice comes from the seed. */
function chooser(rng) {
  const int = (min, max) => min + Math.floor(rng() * (max - min + 1));
  const pick = (items) => items[Math.floor(rng() * items.length)];
  // Real text uses a few words often and most words rarely: favour the start of each list.
  const pickSkewed = (items) => items[Math.floor(items.length * rng() ** 2.2)];
  const chance = (p) => rng() < p;
  /** `count` distinct items (fewer if the list is shorter). */
  const some = (items, count, pickOne = pick) => {
    const chosen = new Set();
    for (let tries = 0; chosen.size < Math.min(count, items.length) && tries < count * 20; tries++) chosen.add(pickOne(items));
    return [...chosen];
  };
  return { rng, int, pick, pickSkewed, chance, some };
}

// ------------------------------------------------------------ words

const VOWEL = /[aeiou]/;

// Words that read wrong with an -s ("customses", "biodiversities"): left as they are.
const UNCOUNTABLE = /(ity|ics|ism|ing|ance|ence|data|water|waste|energy|customs|knowledge|health|safety|comfort|access|privacy|trust|governance|finance|tourism|heat|traffic|parking|noise|pollution|soil|compost|packaging|furniture|electronics|storage|insulation|transport|logistics|skills|sharing|budgeting)$/;

function plural(noun) {
  if (UNCOUNTABLE.test(noun)) return noun;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

function thirdPerson(verb) {
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return /(s|x|z|ch|sh)$/.test(verb) ? `${verb}es` : `${verb}s`;
}

function gerund(verb) {
  if (/ee$/.test(verb)) return `${verb}ing`;
  if (/[^aeiou]e$/.test(verb)) return `${verb.slice(0, -1)}ing`;
  // Short consonant-vowel-consonant verbs double the last letter: plan → planning, cut → cutting.
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(verb)) return `${verb}${verb.at(-1)}ing`;
  return `${verb}ing`;
}

const capitalise = (text) => text.charAt(0).toUpperCase() + text.slice(1);
const titleCase = (text) => text.split(' ').map((word) => (/^[a-z]/.test(word) ? capitalise(word) : word)).join(' ');
const article = (word) => (VOWEL.test(word.charAt(0).toLowerCase()) ? 'an' : 'a');

/** Lower-case ASCII slug: accents folded, anything else becomes a single hyphen. */
export function slug(text) {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss').replace(/[łŁ]/g, 'l').replace(/[øØ]/g, 'o').replace(/[æÆ]/g, 'ae').replace(/[đĐ]/g, 'd').replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The English text of a name (a string, or an object of languages). */
const english = (text) => (typeof text === 'string' ? text : text.en);

// ------------------------------------------------------------ cities

function extraCity(c, [name, country], mentorIds) {
  const en = english(name);
  const [lat, lon] = COUNTRY_CENTRES[country] ?? [50, 10];
  const domains = c.some(DOMAINS, c.int(1, 3));
  const role = c.chance(0.8) ? 'core' : c.pick(['observer', 'ambassador', 'mentor']);
  const city = {
    id: slug(en),
    name,
    country,
    role,
    ...(c.chance(0.4) && { population: c.int(40, 900) * 1000 + c.int(0, 999), populationYear: c.int(2019, 2024) }),
    geo: { lat: Math.round((lat + (c.rng() - 0.5) * 3) * 100) / 100, lon: Math.round((lon + (c.rng() - 0.5) * 3) * 100) / 100 },
    tagline: `${capitalise(gerund(c.pick(VERBS)))} ${domains[0].nouns[0]} and ${c.pick(domains).nouns[1]} with ${c.pick(domains[0].actors)}`,
    summary: `${en} takes part in the Intelligent Cities Challenge as ${article(role)} ${role} city. In this synthetic catalogue it works on ${domains.map((d) => d.nouns[0]).join(' and ')}, together with ${c.pick(domains[0].actors)} and ${c.pick(NOUNS)} ${plural(c.pick(NOUNS))}.`,
    ambitions: domains.map((d) => capitalise(c.pick(d.goals))),
    tracks: [...new Set(domains.map((d) => d.tracks[0]))],
  };
  if (role === 'core' && c.chance(0.6)) city.mentors = c.some(mentorIds, c.int(1, 2));
  return city;
}

/** The sample's 61 cities and real European ones up to 136, none twice. */
function buildCities(sample, c) {
  const cities = structuredClone(sample.cities);
  const taken = new Set(cities.map((city) => city.id));
  const mentorIds = cities.filter((city) => city.role === 'mentor').map((city) => city.id);
  for (const entry of EXTRA_CITIES) {
    if (cities.length === CITY_COUNT) break;
    if (taken.has(slug(english(entry[0])))) continue;
    const city = extraCity(c, entry, mentorIds);
    taken.add(city.id);
    cities.push(city);
  }
  if (cities.length !== CITY_COUNT) throw new Error(`bench/words.mjs has too few extra cities: ${cities.length} of ${CITY_COUNT}`);
  return cities;
}

// ------------------------------------------------------------ providers

function providerName(c, type, cities) {
  const brand = `${c.pick(BRAND_PARTS)}${c.pick(BRAND_PARTS).toLowerCase()}`;
  if (type === 'city') return `${c.pick(['City of', 'Municipality of', 'Ville de', 'Stadt', 'Comune di', 'Ayuntamiento de', 'Miasto'])} ${english(c.pick(cities).name)}`;
  if (type === 'research' && c.chance(0.3)) return `${english(c.pick(cities).name)} ${c.pick(['Urban Lab', 'Living Lab', 'Institute of Technology'])}`;
  return `${brand} ${c.pick(PROVIDER_SUFFIXES[type])}`;
}

/** A pool of providers, each with several solutions, as in real catalogues. */
function buildProviders(c, count, cities) {
  const types = ['startup', 'startup', 'company', 'company', 'ngo', 'research', 'public-body', 'city'];
  return Array.from({ length: count }, () => {
    const type = c.pick(types);
    const name = providerName(c, type, cities);
    return {
      name,
      type,
      country: c.pickSkewed(PROVIDER_COUNTRIES),
      ...(c.chance(0.8) && { url: `https://example.org/${slug(name) || 'provider'}` }),
    };
  });
}

// ------------------------------------------------------------ text

/** Sentence makers for one solution: its domain words most of the time, general words in between. */
function sentences(c, domain, solution) {
  const noun = () => (c.chance(0.65) ? c.pick(domain.nouns) : c.pickSkewed(NOUNS));
  const nouns = () => plural(noun());
  const adjective = () => c.pickSkewed(ADJECTIVES);
  const verb = () => c.pickSkewed(VERBS);
  const actors = () => c.pick(domain.actors);
  const places = solution.cityNames.length ? solution.cityNames.map(english) : ['the region', 'its home town'];
  const place = () => c.pick(places);
  const twoPlaces = () => (places.length > 1 ? c.some(places, 2).join(' and ') : `${places[0]} and nearby towns`);
  const tech = () => c.pick(domain.technologies);
  const term = () => {
    const lang = c.pick(Object.keys(LOCAL_TERMS));
    return `«${c.pick(LOCAL_TERMS[lang])}»`;
  };
  return {
    summary: [
      () => `${capitalise(thirdPerson(verb()))} ${adjective()} ${nouns()} across ${place()} and ${c.pick(['nearby towns', 'the region', 'partner cities', 'rural areas'])}, so that ${actors()} can ${c.pick(domain.goals)}.`,
      () => {
        const first = adjective();
        return `${capitalise(article(first))} ${first} ${c.pick(PRODUCT_WORDS).toLowerCase()} that helps ${actors()} ${c.pick(domain.goals)} with ${tech()}.`;
      },
      () => `Combines ${noun()} and ${noun()} data in one ${adjective()} ${c.pick(['map', 'dashboard', 'app', 'report'])}.`,
      () => `Built with ${actors()} in ${place()}, it ${thirdPerson(verb())} ${nouns()} ${c.pick(['every hour', 'each week', 'in real time', 'every season'])} and ${thirdPerson(verb())} the ${noun()} ${plural(c.pickSkewed(NOUNS))} that matter most.`,
    ],
    description: [
      () => `The ${c.pick(PRODUCT_WORDS).toLowerCase()} ${thirdPerson(verb())} ${adjective()} ${nouns()} with ${tech()} and ${tech()}, and ${thirdPerson(verb())} each ${noun()} by ${c.pickSkewed(NOUNS)} and ${c.pickSkewed(NOUNS)}.`,
      () => `${capitalise(actors())} can ${verb()} ${nouns()}, ${verb()} ${adjective()} ${plural(c.pickSkewed(NOUNS))} and ${verb()} the ${noun()} of ${c.pick(['their street', 'their neighbourhood', 'the whole city', 'each district', 'the region'])}.`,
      () => `A pilot in ${place()} ran for ${c.int(3, 24)} months with ${c.int(5, 400)} ${plural(c.pickSkewed(NOUNS))} and ${c.pick(['cut', 'halved', 'reduced', 'lowered'])} ${noun()} ${plural(c.pickSkewed(NOUNS))} by ${c.int(5, 60)} per cent.`,
      () => `Results can be ${c.pick(['exported as open data', 'shared with partners', 'published on the city portal', 'downloaded as spreadsheets'])} and ${c.pick(['reused by', 'discussed with', 'checked by'])} ${actors()}.`,
      () => `Known locally as ${term()}, the approach ${thirdPerson(verb())} ${adjective()} ${nouns()} without ${gerund(verb())} ${adjective()} ${plural(c.pickSkewed(NOUNS))}.`,
      () => `It is designed for ${c.pick(['early-stage', 'day-to-day', 'long-term', 'seasonal'])} ${c.pickSkewed(NOUNS)} and does not replace ${adjective()} ${plural(c.pickSkewed(NOUNS))} or ${adjective()} ${nouns()}.`,
      () => `${capitalise(gerund(verb()))} ${nouns()} takes ${c.int(2, 20)} minutes a ${c.pick(['day', 'week', 'month'])}; ${actors()} in ${twoPlaces()} use it to ${c.pick(domain.goals)}.`,
      () => `The team ${thirdPerson(verb())} ${nouns()} together with ${c.pick(['universities', 'local associations', 'utilities', 'chambers of commerce', 'schools'])} and publishes ${c.pick(['a yearly report', 'monthly figures', 'its methods', 'the source code'])} in ${c.pick(['English', 'French', 'German', 'Spanish', 'Polish', 'Italian'])}.`,
    ],
  };
}

/** Sentences from `makers` until at least `minWords` words. */
function paragraph(c, makers, minWords) {
  const parts = [];
  let words = 0;
  while (words < minWords) {
    const sentence = c.pick(makers)();
    parts.push(sentence);
    words += sentence.split(' ').length;
  }
  return parts.join(' ');
}

/** About 25 words, never over the schema's 280 characters. */
function summaryText(c, makers) {
  let text = paragraph(c, makers, c.int(14, 20));
  while (text.length > 280) text = text.slice(0, text.lastIndexOf(' ', 276)).replace(/[,;]$/, '') + '.';
  return text;
}

/** About 120 words in two or three paragraphs, separated by a blank line as the format says. */
function descriptionText(c, makers) {
  const paragraphs = c.int(2, 3);
  const target = c.int(80, 125);
  return Array.from({ length: paragraphs }, () => paragraph(c, makers, Math.round(target / paragraphs))).join('\n\n');
}

function solutionName(c, domain) {
  const words = [];
  if (c.chance(0.45)) words.push(c.pick(domain.adjectives));
  words.push(titleCase(c.pick(domain.nouns)));
  if (c.chance(0.25)) words.push(titleCase(c.pick(domain.nouns).split(' ')[0]));
  words.push(c.pick(domain.products));
  // Names are 2 to 5 words.
  return words.join(' ').split(' ').slice(-5).join(' ');
}

function frenchText(c, domain) {
  const product = c.pick(domain.fr.products);
  const noun = c.pick(domain.fr.nouns);
  return {
    name: `${product} ${c.pick(['de la', 'des', 'pour la', 'pour les'])} ${noun}`.replace(/ de la ([aeiouéè])/i, ' de l’$1'),
    summary: `${product} qui aide ${c.pick(['les villes', 'les habitants', 'les entreprises locales', 'les collectivités'])} à mieux gérer ${noun} et ${c.pick(domain.fr.nouns)}, avec des données ouvertes, des cartes simples et un accompagnement pour ${c.pick(['les services municipaux', 'les associations', 'les élus', 'les commerçants'])} et ${c.pick(['les écoles', 'les bailleurs', 'les clubs de quartier'])}.`,
  };
}

function germanText(c, domain) {
  const product = c.pick(domain.de.products);
  const noun = c.pick(domain.de.nouns);
  return {
    name: `${product} für ${noun}`,
    summary: `${product}, mit dem ${c.pick(['Städte', 'Gemeinden', 'Bürgerinnen und Bürger', 'lokale Unternehmen'])} ${noun} und ${c.pick(domain.de.nouns)} besser planen: offene Daten, einfache Karten und Begleitung für ${c.pick(['die Verwaltung', 'Vereine', 'Stadtwerke', 'den Handel'])} und ${c.pick(['Schulen', 'Wohnungsbaugesellschaften', 'Quartiersvereine'])}.`,
  };
}

/** A name or summary: English text, and now and then French and German too. */
function localized(en, fr, de, translations) {
  if (!translations.fr && !translations.de) return en;
  return { en, ...(translations.fr && { fr }), ...(translations.de && { de }) };
}

// ------------------------------------------------------------ solutions

function date(c, fromYear, toYear) {
  const from = Date.UTC(fromYear, 0, 1);
  const to = Date.UTC(toYear, 10, 20);
  return new Date(from + Math.floor(c.rng() * (to - from))).toISOString().slice(0, 10);
}

function uniqueId(name, provider, taken) {
  let id = slug(name) || 'solution';
  if (taken.has(id)) id = `${id}-${slug(provider.name).split('-')[0] || 'x'}`;
  for (let n = 2; taken.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
  taken.add(id);
  return id;
}

function buildSolution(c, { cities, providers, takenIds }) {
  const domain = c.pick(DOMAINS);
  const provider = c.pickSkewed(providers);
  const deployed = c.chance(0.85) ? c.some(cities, c.int(1, 6)) : [];
  const nameEn = solutionName(c, domain);
  const make = sentences(c, domain, { cityNames: deployed.map((city) => city.name) });
  const summaryEn = summaryText(c, make.summary);
  const translations = { fr: c.chance(0.3), de: c.chance(0.2) };
  const fr = translations.fr ? frenchText(c, domain) : undefined;
  const de = translations.de ? germanText(c, domain) : undefined;
  const pricing = c.pick(['free', 'open-source', 'licence', 'subscription', 'on-request']);
  const solution = {
    id: uniqueId(nameEn, provider, takenIds),
    name: localized(nameEn, fr?.name, de?.name, translations),
    summary: localized(summaryEn, fr?.summary, de?.summary, translations),
    ...(c.chance(0.85) && { description: descriptionText(c, make.description) }),
    tracks: c.some(domain.tracks, c.chance(0.6) ? 1 : 2, c.pickSkewed),
    provider,
    technologies: c.some(domain.technologies, c.int(1, 4)),
    tags: c.some(domain.tags, c.int(2, 6)),
    ...(c.chance(0.95) && { trl: c.int(3, 9) }),
    sdgs: c.some(domain.sdgs, c.int(1, 3)).sort((a, b) => a - b),
    ...(deployed.length && { cities: deployed.map((city) => city.id) }),
    pricing,
    ...(pricing === 'open-source' && { licence: c.pick(LICENCES) }),
    languages: ['en', ...c.some(LANGUAGES.slice(1), c.int(0, 3))],
    contact: c.chance(0.7) ? { email: `hello@${slug(provider.name).slice(0, 30) || 'example'}.example.org` } : { url: `https://example.org/contact/${c.int(1, 99999)}` },
    ...(c.chance(0.2) && { website: `https://example.org/solutions/${takenIds.size}` }),
    updated: date(c, 2019, 2026),
  };
  if (c.chance(0.3)) {
    const [label, unit] = c.pick(IMPACT_UNITS);
    solution.impact = [{ label: { en: `${label} (synthetic)` }, value: c.int(1, 500) * 10, unit }];
  }
  return solution;
}

/**
 * A valid version-1 catalogue of `solutions` synthetic solutions and 136
 * cities, the same for the same seed.
 */
export function generateCatalog({ solutions, seed = 1 }) {
  const c = chooser(mulberry32(seed * 1_000_003 + solutions));
  const sample = JSON.parse(readFileSync(SAMPLE, 'utf8'));
  const cities = buildCities(sample, c);
  const providers = buildProviders(c, Math.max(40, Math.round(solutions / 4)), cities);
  const takenIds = new Set();
  const list = Array.from({ length: solutions }, () => buildSolution(c, { cities, providers, takenIds }));
  const ids = list.map((solution) => solution.id);
  // The sample's best practices name sample solutions: point them at generated ones instead.
  for (const city of cities) for (const practice of city.bestPractices ?? []) if (practice.solutions) practice.solutions = c.some(ids, practice.solutions.length);
  return {
    $schema: 'https://unpkg.com/tech4good-marketplace/catalog/catalog.schema.json',
    version: 1,
    title: { en: `Synthetic benchmark catalogue: ${solutions.toLocaleString('en')} solutions (seed ${seed})`, fr: `Catalogue synthétique de test : ${solutions.toLocaleString('fr')} solutions` },
    updated: UPDATED,
    solutions: list,
    cities,
  };
}

// ------------------------------------------------------------ command line

function cli(argv) {
  const arg = (name, fallback) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : fallback;
  };
  const solutions = Number(arg('solutions', '1000'));
  const seed = Number(arg('seed', '1'));
  const out = arg('out');
  const text = JSON.stringify(generateCatalog({ solutions, seed }));
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) cli(process.argv.slice(2));
