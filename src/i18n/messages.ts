/**
 * UI strings. English is complete and the fallback; the embedding issue adds
 * the other languages as tables with the same keys. Plurals go through
 * `Intl.PluralRules` so that each language can say them its own way.
 */
const plural = (lang: string, count: number, one: string, other: string) =>
  new Intl.PluralRules(lang).select(count) === 'one' ? one : other;

const en = {
  loading: 'Loading solutions…',
  solutions: (count: number) => plural('en', count, `${count} solution`, `${count} solutions`),
  noSolutions: 'This catalogue has no solutions yet.',
  noMatch: 'No solutions match your search.',
  errorTitle: 'The solutions could not be shown',
  retry: 'Try again',
  providedBy: 'Provided by',
  trl: (level: number) => `TRL ${level}`,
  deployedIn: (count: number) => plural('en', count, `Used in ${count} city`, `Used in ${count} cities`),
  tracks: 'Tracks and services',
  searchLabel: 'Search solutions',
  searchPlaceholder: 'Energy, mobility, open data…',
  sortLabel: 'Sort by',
  sort: { relevance: 'Relevance', name: 'Name', updated: 'Recently updated', deployed: 'Most deployed' } as Record<string, string>,
  filters: 'Filters',
  facet: {
    track: 'Track or service', technology: 'Technology', trl: 'Readiness (TRL)', sdg: 'Sustainable Development Goal',
    pricing: 'Pricing', providerType: 'Provider type', providerCountry: 'Provider country', city: 'Used in city',
  } as Record<string, string>,
  showAll: (count: number) => `Show all ${count}`,
  showFewer: 'Show fewer',
  activeFilters: 'Active filters',
  removeFilter: (label: string) => `Remove filter: ${label}`,
  clearAll: 'Clear all',
  results: 'Results',
  pagination: 'Pages of results',
  page: (page: number) => `Page ${page}`,
  previous: 'Previous',
  next: 'Next',
  emptyWithWords: (words: string) => `No solutions match “${words}”.`,
  emptyTryRemoving: 'Try removing:',
  removeWords: (words: string) => `the words “${words}”`,
  didYouMean: 'Did you mean',
  trlBand: (band: string) => ({ '1-3': 'TRL 1–3: research', '4-6': 'TRL 4–6: development', '7-9': 'TRL 7–9: proven in use' })[band] ?? band,
  sdg: (goal: number) => `SDG ${goal}: ${SDG_NAMES[goal - 1] ?? ''}`,
  pricing: { free: 'Free', 'open-source': 'Open source', licence: 'Licence', subscription: 'Subscription', 'on-request': 'On request' } as Record<string, string>,
  providerType: { city: 'City', company: 'Company', startup: 'Start-up', ngo: 'NGO', research: 'Research', 'public-body': 'Public body' } as Record<string, string>,
  // Detail dialog
  close: 'Close',
  provider: 'Provider',
  readiness: 'Technology readiness',
  trlMeaning: (level: number) => TRL_MEANINGS[level - 1] ?? '',
  sdgs: 'Sustainable Development Goals',
  impact: 'Impact',
  pricingAndLicence: 'Pricing and licence',
  languages: 'Languages',
  usedBy: 'Cities that use it',
  links: 'Website and contact',
  website: 'Website',
  contactByEmail: 'E-mail',
  contactPage: 'Contact page',
  external: '(external link, opens in a new tab)',
  technologies: 'Technologies',
  // Cities
  role: { core: 'Core city', mentor: 'Mentor city', observer: 'Observer city', ambassador: 'Ambassador city' } as Record<string, string>,
  population: (count: string, year?: number) => (year ? `Population ${count} (${year})` : `Population ${count}`),
  ambitions: 'Ambitions',
  bestPractices: 'Best practices',
  practiceUses: 'Solutions it uses:',
  readMore: 'Read more',
  solutionsInUse: 'Solutions in use',
  mentorCities: 'Mentor cities',
  mentees: 'Cities it mentors',
  cityWebsite: 'City website',
  unknownCity: (id: string, where: string) => `No city with the id “${id}” in ${where}.`,
  unknownSolution: (id: string, where: string) => `No solution with the id “${id}” in ${where}.`,
  cities: (count: number) => plural('en', count, `${count} city`, `${count} cities`),
  noCities: 'This catalogue has no cities yet.',
  noCityMatch: 'No cities match your search.',
  loadingCities: 'Loading cities…',
  searchCities: 'Search cities',
  searchCitiesPlaceholder: 'City, country, ambition…',
  citySort: { relevance: 'Relevance', name: 'Name', population: 'Population', solutions: 'Most solutions' } as Record<string, string>,
  cityFacet: { country: 'Country', role: 'Role', track: 'Track or service' } as Record<string, string>,
  backToCities: 'Back to all cities',
  cityResults: 'Cities',
};

export type Messages = typeof en;

/** EU Horizon Europe definitions of the technology readiness levels. */
const TRL_MEANINGS = [
  'basic principles observed',
  'technology concept formulated',
  'experimental proof of concept',
  'technology validated in lab',
  'technology validated in relevant environment',
  'technology demonstrated in relevant environment',
  'system prototype demonstration in operational environment',
  'system complete and qualified',
  'actual system proven in operational environment',
];

const SDG_NAMES = [
  'No poverty', 'Zero hunger', 'Good health and well-being', 'Quality education', 'Gender equality',
  'Clean water and sanitation', 'Affordable and clean energy', 'Decent work and economic growth',
  'Industry, innovation and infrastructure', 'Reduced inequalities', 'Sustainable cities and communities',
  'Responsible consumption and production', 'Climate action', 'Life below water', 'Life on land',
  'Peace, justice and strong institutions', 'Partnerships for the goals',
];

const tables: Record<string, Partial<Messages>> = { en };

/** The message table for `lang`, falling back key by key to English. */
export function messages(lang: string): Messages {
  const table = tables[lang.toLowerCase()] ?? tables[lang.split('-')[0]!.toLowerCase()] ?? {};
  return { ...en, ...table };
}
