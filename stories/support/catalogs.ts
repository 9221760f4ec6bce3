/**
 * Catalogue objects for the stories that the sample catalogue cannot show: thousands of solutions, very long
 * names and words, an invalid entry. Built in code (given to the widgets as their `catalog` property), the same on
 * every run: the generator is seeded.
 */
import type { Catalog, City, Solution } from '../../src/catalog/schema.js';

/** mulberry32: a small seeded pseudo-random generator, so the generated catalogue is the same on every load. */
function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const count = min + Math.floor(next() * (max - min + 1));
    return [...new Set(Array.from({ length: count }, () => pick(list)))];
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return { next, pick, some, int };
}

const TRACKS = ['green-economy', 'citizen-participation', 'tourism', 'supply-chains', 'skills', 'access-to-data', 'access-to-finance'] as const;
const COUNTRIES = ['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LV', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK'] as const;
const PROVIDER_TYPES = ['city', 'company', 'startup', 'ngo', 'research', 'public-body'] as const;
const PRICING = ['free', 'open-source', 'licence', 'subscription', 'on-request'] as const;
const ROLES = ['core', 'mentor', 'observer', 'ambassador'] as const;
const TECHNOLOGIES = ['IoT', 'AI', 'Open data', 'GIS', 'Blockchain', 'Digital twin', 'Mobile app', 'Cloud', 'Sensors', 'Machine learning', 'AR', 'Drones'];
const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pl', 'pt', 'el', 'nl', 'fi'];

const ADJECTIVES = ['Open', 'Smart', 'Shared', 'Circular', 'Civic', 'Green', 'Local', 'Resilient', 'Inclusive', 'Connected', 'Low-carbon', 'Digital'];
const DOMAINS = ['Mobility', 'Energy', 'Water', 'Waste', 'Tourism', 'Skills', 'Procurement', 'Heritage', 'Parking', 'Air Quality', 'Budget', 'Freight', 'Housing', 'Food', 'Health', 'Lighting'];
const PRODUCTS = ['Platform', 'Dashboard', 'Toolkit', 'Marketplace', 'Network', 'Planner', 'Monitor', 'Assistant', 'Academy', 'Map', 'Exchange', 'Radar'];
const BENEFITS = ['cut emissions', 'save public money', 'involve residents', 'support local businesses', 'share data openly', 'train workers', 'welcome visitors', 'plan investments'];
const SYLLABLES = ['ka', 'lo', 'ver', 'an', 'si', 'mar', 'to', 'ber', 'gen', 'ri', 'na', 'vel', 'or', 'es', 'tu', 'li', 'do', 'sa'];

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * A catalogue of `solutions` generated solutions (2,000 by default) used by `cities` generated cities. Valid against
 * the contract, so every entry shows.
 */
export function generatedCatalog({ solutions = 2000, cities = 150, seed = 2026 } = {}): Catalog {
  const random = seeded(seed);
  const cityList: City[] = Array.from({ length: cities }, (_, i) => {
    const name = random.some(SYLLABLES, 2, 4).join('');
    const city: City = {
      id: `${slug(name)}-${i + 1}`,
      name: `${name[0]!.toUpperCase()}${name.slice(1)}`,
      country: random.pick(COUNTRIES),
      role: random.pick(ROLES),
      population: random.int(8_000, 2_500_000),
      populationYear: random.int(2019, 2024),
      tagline: `Generated city ${i + 1} of ${cities}, working on ${random.pick(DOMAINS).toLowerCase()}`,
      tracks: random.some(TRACKS, 1, 3),
    };
    return city;
  });
  const cityIds = cityList.map((city) => city.id);
  const solutionList: Solution[] = Array.from({ length: solutions }, (_, i) => {
    const domain = random.pick(DOMAINS);
    const name = `${random.pick(ADJECTIVES)} ${domain} ${random.pick(PRODUCTS)}`;
    const number = String(i + 1).padStart(4, '0');
    const month = String(random.int(1, 12)).padStart(2, '0');
    const day = String(random.int(1, 28)).padStart(2, '0');
    return {
      id: `${slug(name)}-${number}`,
      name: `${name} ${number}`,
      summary: `Generated solution ${number}: helps cities ${random.pick(BENEFITS)} and ${random.pick(BENEFITS)} through ${domain.toLowerCase()} services.`,
      tracks: random.some(TRACKS, 1, 2),
      provider: { name: `${random.pick(ADJECTIVES)} ${random.pick(PRODUCTS)} ${random.pick(['Ltd', 'GmbH', 'SA', 'Oy', 'BV', 'Sp. z o.o.', 'Cooperative'])}`, type: random.pick(PROVIDER_TYPES), country: random.pick(COUNTRIES) },
      technologies: random.some(TECHNOLOGIES, 1, 3),
      trl: random.int(3, 9),
      sdgs: random.some([3, 4, 7, 8, 9, 11, 12, 13, 16, 17], 1, 3).sort((a, b) => a - b),
      cities: random.some(cityIds, 0, 4),
      pricing: random.pick(PRICING),
      languages: random.some(LANGUAGES, 1, 4),
      updated: `${random.int(2023, 2026)}-${month}-${day}`,
    };
  });
  return {
    version: 1,
    title: `Generated catalogue: ${solutions.toLocaleString('en')} solutions, ${cities} cities`,
    solutions: solutionList,
    cities: cityList,
  };
}

/** The longest words German offers, in names, summaries, providers and a city. */
export const LONG_WORD = 'Donaudampfschifffahrtsgesellschaftskapitänsmützenherstellungsbetriebsdigitalisierungsplattform';

export function longWordsCatalog(): Catalog {
  return {
    version: 1,
    title: { en: 'Long names and long words', de: 'Lange Namen und lange Wörter' },
    solutions: [
      {
        id: 'donaudampfschifffahrt',
        name: { en: LONG_WORD, de: LONG_WORD },
        summary: {
          en: 'A platform for the Danube steamship company’s cap makers. Its German name is one word.',
          de: 'Für die Kapitänsmützenherstellungsbetriebe der Donaudampfschifffahrtsgesellschaft, mit Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung und Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz.',
        },
        description: {
          de: 'Die Kraftfahrzeughaftpflichtversicherungsbedingungen und die Straßenverkehrszulassungsordnungsänderungsvorschläge werden automatisch geprüft.\n\nEin Absatz mit Arbeiterunfallversicherungsgesetzesnovellierungsentwurf.',
        },
        tracks: ['supply-chains', 'citizen-participation', 'access-to-finance'],
        provider: { name: 'Bundesverkehrswegeplanungsbeschleunigungsgesellschaft mbH', type: 'public-body', country: 'DE' },
        technologies: ['Verwaltungsdigitalisierungsinfrastruktur'],
        trl: 7,
        cities: ['oberdonaudampfschifffahrtshafenstadt'],
        pricing: 'on-request',
        languages: ['de'],
      },
      {
        id: 'kurz',
        name: { en: 'Short', de: 'Kurz' },
        summary: { en: 'A short name beside a long one.', de: 'Ein kurzer Name neben einem langen.' },
        tracks: ['skills'],
        provider: { name: 'Klein GmbH', type: 'company', country: 'AT' },
      },
    ],
    cities: [
      {
        id: 'oberdonaudampfschifffahrtshafenstadt',
        name: 'Oberdonaudampfschifffahrtshafenstadt an der Donau',
        country: 'DE',
        role: 'observer',
        population: 123_456,
        populationYear: 2023,
        tagline: { de: 'Eine ausgedachte Stadt mit Hochwasserschutzinfrastrukturmodernisierungsprogramm', en: 'An invented city with a flood protection infrastructure programme' },
        summary: { de: 'Nur zur Veranschaulichung: die Stadt erprobt die Donaudampfschifffahrtsgesellschaftskapitänsmützenherstellungsbetriebsdigitalisierungsplattform.' },
        ambitions: [{ de: 'Verwaltungsvorschriftenvereinfachungsbeschleunigung' }],
        tracks: ['supply-chains'],
      },
    ],
  };
}

/** `catalog` with one more, invalid solution (no summary, an empty track list): the widget leaves it out and says so. */
export function withInvalidSolution(catalog: Catalog): object {
  return {
    ...catalog,
    solutions: [
      ...(catalog.solutions ?? []),
      { id: 'broken-entry', name: 'An entry with mistakes', tracks: [], provider: { name: 'Nobody', country: 'EL' } },
    ],
  };
}

/**
 * Fetches a catalogue file as plain JSON (not through the widgets' loader), for stories that change it first. Its
 * image addresses are relative to the file (`images/bike-sharing.svg`): they are made full here, as the loader does,
 * since an object handed to a widget has only the page's address to go by.
 */
export async function fetchJson(url: string): Promise<Catalog> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const catalog = (await response.json()) as Catalog;
  for (const entry of [...(catalog.solutions ?? []), ...(catalog.cities ?? [])]) if (entry.image) entry.image = new URL(entry.image, response.url).href;
  return catalog;
}

/**
 * A city's own theme, from the `--t4g-*` tokens only (docs/theming.md): plum and warm paper, square corners, flat
 * cards. Every pairing the theming guide asks for keeps WCAG AA contrast.
 */
export const CUSTOM_THEME: Record<`--t4g-${string}`, string> = {
  '--t4g-color-brand': '#6b1d52',
  '--t4g-color-on-brand': '#ffffff',
  '--t4g-color-surface': '#fffdf8',
  '--t4g-color-surface-alt': '#f6efe4',
  '--t4g-color-background': '#fbf7ef',
  '--t4g-color-text': '#2a2118',
  '--t4g-color-muted': '#5e5247',
  '--t4g-color-border': '#d9cdbb',
  '--t4g-color-focus': '#0f6b5c',
  '--t4g-color-warning': '#8a4b00',
  '--t4g-color-highlight': '#ffe1a6',
  '--t4g-radius': '0',
  '--t4g-shadow': 'none',
  '--t4g-space': '1.25em',
  '--t4g-font-family': "Georgia, 'Times New Roman', serif",
  '--t4g-card-min-width': '18em',
};
