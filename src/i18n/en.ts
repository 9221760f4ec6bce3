/**
 * English: the fallback table, and the source of the `Messages` type that
 * every other language's table must match key for key.
 */
import { ICC_TRACKS, type TrackNames } from '../catalog/tracks.js';
import { formatNumber, labels, nth, plural } from './format.js';

const n = (count: number) => formatNumber('en', count);

/** The UN's short names of the Sustainable Development Goals, 1 to 17. */
const SDG_NAMES = [
  'No poverty', 'Zero hunger', 'Good health and well-being', 'Quality education', 'Gender equality',
  'Clean water and sanitation', 'Affordable and clean energy', 'Decent work and economic growth',
  'Industry, innovation and infrastructure', 'Reduced inequalities', 'Sustainable cities and communities',
  'Responsible consumption and production', 'Climate action', 'Life below water', 'Life on land',
  'Peace, justice and strong institutions', 'Partnerships for the goals',
];

/** EU Horizon Europe definitions of the technology readiness levels, 1 to 9. */
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

const TRL_BANDS = labels({ '1-3': 'TRL 1–3: research', '4-6': 'TRL 4–6: development', '7-9': 'TRL 7–9: proven in use' });

export const en = {
  loading: 'Loading solutions…',
  solutions: (count: number) => plural('en', count, { one: '# solution', other: '# solutions' }),
  noSolutions: 'This catalogue has no solutions yet.',
  noMatch: 'No solutions match your search.',
  errorTitle: 'The solutions could not be shown',
  retry: 'Try again',
  /** What a reader can do when the catalogue cannot be shown: the server's side, or their connection. */
  errorLater: 'Please try again later.',
  errorOffline: 'Check your connection, then try again.',
  errorDetails: 'Details for the website team',
  providedBy: 'Provided by',
  trl: (level: number) => `TRL ${level}`,
  deployedIn: (count: number) => plural('en', count, { one: 'Used in # city', other: 'Used in # cities' }),
  tracks: 'Tracks and services',
  searchLabel: 'Search solutions',
  searchPlaceholder: 'Energy, mobility, open data…',
  sortLabel: 'Sort by',
  sort: labels({ relevance: 'Relevance', name: 'Name', updated: 'Recently updated', deployed: 'Most deployed' }),
  filters: 'Filters',
  facet: labels({
    track: 'Track or service', technology: 'Technology', trl: 'Readiness (TRL)', sdg: 'Sustainable Development Goal',
    pricing: 'Pricing', providerType: 'Provider type', providerCountry: 'Provider country', city: 'Used in city',
  }),
  showAll: (count: number) => `Show all ${n(count)}`,
  showFewer: 'Show fewer',
  activeFilters: 'Active filters',
  removeFilter: (label: string) => `Remove filter: ${label}`,
  clearAll: 'Clear all',
  /** The pages' `<nav>`, by what the widget lists: two on one page need names of their own (distinct landmarks). */
  pagination: labels({ solution: 'Pages of solutions', city: 'Pages of cities' }),
  page: (page: number) => `Page ${n(page)}`,
  previous: 'Previous',
  next: 'Next',
  pageOf: (page: number, pages: number) => `Page ${n(page)} of ${n(pages)}`,
  printedFirst: (printed: number, total: number) => `Printed: the first ${n(printed)} of ${n(total)} results. Narrow the search to print the others.`,
  skipToResults: 'Skip to results',
  /** A button under the filters: “Show 64 solutions”. */
  show: (count: string) => `Show ${count}`,
  clearSearch: 'Clear search',
  clearFilters: 'Clear filters',
  searchWithin: (group: string) => `Search in ${group}`,
  emptyWithWords: (words: string) => `No solutions match “${words}”.`,
  searchedFor: (words: string) => `Searched for “${words}”`,
  didYouMean: 'Did you mean',
  /** Ends the “did you mean” question (French puts a narrow no-break space before it). */
  questionMark: '?',
  /** Between a label and its value (“TRL 7: …”); French puts a no-break space before the colon. */
  colon: ': ',
  /** Where an id was looked for when the catalogue came as an object. */
  theCatalogue: 'the catalogue',
  trlBand: (band: string) => TRL_BANDS[band] ?? band,
  sdg: (goal: number) => `SDG ${goal}: ${nth(SDG_NAMES, goal)}`,
  pricing: labels({ free: 'Free', 'open-source': 'Open source', licence: 'Licence', subscription: 'Subscription', 'on-request': 'On request' }),
  providerType: labels({ city: 'City', company: 'Company', startup: 'Start-up', ngo: 'NGO', research: 'Research', 'public-body': 'Public body' }),
  // Detail dialog
  close: 'Close',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  provider: 'Provider',
  readiness: 'Technology readiness',
  trlMeaning: (level: number) => nth(TRL_MEANINGS, level),
  sdgs: 'Sustainable Development Goals',
  impact: 'Impact',
  pricingAndLicence: 'Pricing and licence',
  languages: 'Languages',
  usedBy: 'Cities that use it',
  lastUpdated: 'Last updated',
  links: 'Website and contact',
  website: 'Website',
  contactByEmail: 'E-mail',
  contactPage: 'Contact page',
  external: '(external link, opens in a new tab)',
  technologies: 'Technologies',
  // Cities
  role: labels({ core: 'Core city', mentor: 'Mentor city', observer: 'Observer city', ambassador: 'Ambassador city' }),
  /** `count` comes formatted in the page's language. */
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
  /** Before the English reason an entry of the catalogue was left out. */
  leftOut: (id: string) => `“${id}” was left out of the catalogue:`,
  cityErrorTitle: 'The cities could not be shown',
  cities: (count: number) => plural('en', count, { one: '# city', other: '# cities' }),
  noCities: 'This catalogue has no cities yet.',
  noCityMatch: 'No cities match your search.',
  loadingCities: 'Loading cities…',
  searchCities: 'Search cities',
  searchCitiesPlaceholder: 'City, country, ambition…',
  citySort: labels({ relevance: 'Relevance', name: 'Name', population: 'Population', solutions: 'Most solutions' }),
  cityFacet: labels({ country: 'Country', role: 'Role', track: 'Track or service' }),
  backToCities: 'Back to all cities',
  /** The ICC tracks' names: in English, their official names (src/catalog/tracks.ts). */
  trackNames: Object.fromEntries(ICC_TRACKS.map((track) => [track.id, (track.name as { en: string }).en])) as TrackNames,
  /** A solution's readiness on its card, for citizens: the stage its level belongs to (as the TRL facet's bands), then the level of nine. */
  trlStage: (level: number) => `${nth(['Early research', 'In development', 'Proven in use'], Math.ceil(level / 3))} (TRL ${level} of 9)`,
};

export type Messages = typeof en;
