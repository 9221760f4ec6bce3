/** Dutch: quotation marks ‘…’ (as in the Rijkshuisstijl); the polite "u", as most municipalities write. */
import type { Messages } from './en.js';
import type * as Format from './format.js';

/**
 * The table, given the formatting helpers by the loader: a language file
 * shares no module with the bundle, so it is one file with nothing to import.
 */
export function nl({ formatNumber, labels, nth, plural }: typeof Format): Messages {
  const n = (count: number) => formatNumber('nl', count);
  const quoted = (text: string) => `‘${text}’`;

  /** The Dutch names of the Sustainable Development Goals, as SDG Nederland and the Dutch government write them. */
  const SDG_NAMES = [
    'Geen armoede', 'Geen honger', 'Goede gezondheid en welzijn', 'Kwaliteitsonderwijs', 'Gendergelijkheid',
    'Schoon water en sanitair', 'Betaalbare en duurzame energie', 'Waardig werk en economische groei',
    'Industrie, innovatie en infrastructuur', 'Ongelijkheid verminderen', 'Duurzame steden en gemeenschappen',
    'Verantwoorde consumptie en productie', 'Klimaatactie', 'Leven in het water', 'Leven op het land',
    'Vrede, justitie en sterke publieke diensten', 'Partnerschap om doelstellingen te bereiken',
  ];

  /** Horizon Europe's definitions of the technology readiness levels, in Dutch (as RVO translates them). */
  const TRL_MEANINGS = [
    'basisprincipes waargenomen',
    'technologieconcept geformuleerd',
    'experimenteel bewijs van het concept',
    'technologie gevalideerd in het laboratorium',
    'technologie gevalideerd in een relevante omgeving',
    'technologie gedemonstreerd in een relevante omgeving',
    'demonstratie van een systeemprototype in een operationele omgeving',
    'systeem compleet en gekwalificeerd',
    'daadwerkelijk systeem bewezen in een operationele omgeving',
  ];

  const TRL_BANDS = labels({ '1-3': 'TRL 1–3: onderzoek', '4-6': 'TRL 4–6: ontwikkeling', '7-9': 'TRL 7–9: bewezen in gebruik' });

  return {
    loading: 'Oplossingen worden geladen…',
    solutions: (count) => plural('nl', count, { one: '# oplossing', other: '# oplossingen' }),
    noSolutions: 'Deze catalogus bevat nog geen oplossingen.',
    noMatch: 'Er zijn geen oplossingen gevonden voor uw zoekopdracht.',
    errorTitle: 'De oplossingen konden niet worden getoond',
    retry: 'Opnieuw proberen',
    errorLater: 'Probeer het later nog eens.',
    errorOffline: 'Controleer uw internetverbinding en probeer het opnieuw.',
    errorDetails: 'Details voor het websiteteam',
    providedBy: 'Aangeboden door',
    trl: (level) => `TRL ${level}`,
    deployedIn: (count) => plural('nl', count, { one: 'In gebruik in # stad', other: 'In gebruik in # steden' }),
    tracks: 'Thema’s en diensten',
    searchLabel: 'Oplossingen zoeken',
    searchPlaceholder: 'Energie, mobiliteit, open data…',
    sortLabel: 'Sorteren op',
    sort: labels({ relevance: 'Relevantie', name: 'Naam', updated: 'Laatst bijgewerkt', deployed: 'Meest gebruikt' }),
    filters: 'Filters',
    facet: labels({
      track: 'Thema of dienst', technology: 'Technologie', trl: 'Technologische rijpheid (TRL)', sdg: 'Duurzaam ontwikkelingsdoel',
      pricing: 'Prijsmodel', providerType: 'Soort aanbieder', providerCountry: 'Land van de aanbieder', city: 'In gebruik in',
    }),
    showAll: (count) => `Alle ${n(count)} tonen`,
    showFewer: 'Minder tonen',
    activeFilters: 'Actieve filters',
    removeFilter: (label) => `Filter verwijderen: ${label}`,
    clearAll: 'Alles wissen',
    pagination: labels({ solution: 'Pagina’s met oplossingen', city: 'Pagina’s met steden' }),
    page: (page) => `Pagina ${n(page)}`,
    previous: 'Vorige',
    next: 'Volgende',
    pageOf: (page, pages) => `Pagina ${n(page)} van ${n(pages)}`,
    printedFirst: (printed, total) => `Afgedrukt: de eerste ${n(printed)} van ${n(total)} resultaten. Verfijn de zoekopdracht om de rest af te drukken.`,
    skipToResults: 'Naar de resultaten',
    show: (count) => `${count} tonen`,
    clearSearch: 'Zoekopdracht wissen',
    clearFilters: 'Filters wissen',
    searchWithin: (group) => `Zoeken in ${group}`,
    emptyWithWords: (words) => `Er zijn geen oplossingen gevonden voor ${quoted(words)}.`,
    searchedFor: (words) => `Gezocht naar ${quoted(words)}`,
    didYouMean: 'Bedoelde u',
    questionMark: '?',
    colon: ': ',
    theCatalogue: 'de catalogus',
    trlBand: (band) => TRL_BANDS[band] ?? band,
    sdg: (goal) => `SDG ${goal}: ${nth(SDG_NAMES, goal)}`,
    pricing: labels({ free: 'Gratis', 'open-source': 'Open source', licence: 'Licentie', subscription: 'Abonnement', 'on-request': 'Op aanvraag' }),
    providerType: labels({ city: 'Gemeente', company: 'Bedrijf', startup: 'Start-up', ngo: 'Ngo', research: 'Onderzoeksinstelling', 'public-body': 'Overheidsinstantie' }),
    close: 'Sluiten',
    copyLink: 'Link kopiëren',
    linkCopied: 'Link gekopieerd',
    provider: 'Aanbieder',
    readiness: 'Technologische rijpheid',
    trlMeaning: (level) => nth(TRL_MEANINGS, level),
    sdgs: 'Duurzame ontwikkelingsdoelen',
    impact: 'Effect',
    pricingAndLicence: 'Prijs en licentie',
    languages: 'Talen',
    usedBy: 'Steden die deze oplossing gebruiken',
    lastUpdated: 'Laatst bijgewerkt',
    links: 'Website en contact',
    website: 'Website',
    contactByEmail: 'E-mail',
    contactPage: 'Contactpagina',
    external: '(externe link, opent in een nieuw tabblad)',
    technologies: 'Technologieën',
    role: labels({ core: 'Kernstad', mentor: 'Mentorstad', observer: 'Waarnemende stad', ambassador: 'Ambassadeursstad' }),
    population: (count, year) => (year ? `Inwoners: ${count} (${year})` : `Inwoners: ${count}`),
    ambitions: 'Ambities',
    bestPractices: 'Goede voorbeelden',
    practiceUses: 'Gebruikte oplossingen:',
    readMore: 'Meer lezen',
    solutionsInUse: 'Oplossingen in gebruik',
    mentorCities: 'Mentorsteden',
    mentees: 'Steden die zij begeleidt',
    cityWebsite: 'Website van de stad',
    unknownCity: (id, where) => `Geen stad met id ${quoted(id)} in ${where}.`,
    unknownSolution: (id, where) => `Geen oplossing met id ${quoted(id)} in ${where}.`,
    leftOut: (id) => `${quoted(id)} is weggelaten uit de catalogus:`,
    cityErrorTitle: 'De steden konden niet worden getoond',
    cities: (count) => plural('nl', count, { one: '# stad', other: '# steden' }),
    noCities: 'Deze catalogus bevat nog geen steden.',
    noCityMatch: 'Er zijn geen steden gevonden voor uw zoekopdracht.',
    loadingCities: 'Steden worden geladen…',
    searchCities: 'Steden zoeken',
    searchCitiesPlaceholder: 'Stad, land, ambitie…',
    citySort: labels({ relevance: 'Relevantie', name: 'Naam', population: 'Inwoners', solutions: 'Meeste oplossingen' }),
    cityFacet: labels({ country: 'Land', role: 'Rol', track: 'Thema of dienst' }),
    backToCities: 'Terug naar alle steden',
    /** The ICC tracks' names (src/catalog/tracks.ts). */
    trackNames: {
      'green-economy': 'Groene economie en lokale Green Deals',
      'citizen-participation': 'Burgerparticipatie en digitalisering van het openbaar bestuur',
      'tourism': 'Groene en digitale transitie in het toerisme',
      'supply-chains': 'Veerkracht van lokale toeleveringsketens',
      'skills': 'Bij- en omscholing van de beroepsbevolking',
      'access-to-data': 'Toegang tot data',
      'access-to-finance': 'Toegang tot financiering',
    },
    trlStage: (level) => `${nth(['Onderzoeksfase', 'In ontwikkeling', 'Bewezen in gebruik'], Math.ceil(level / 3))} (TRL ${level} van 9)`,
  };
}
