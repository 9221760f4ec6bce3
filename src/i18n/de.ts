/** German: quotation marks „…“; the formal "Sie". */
import type { Messages } from './en.js';
import type * as Format from './format.js';

/**
 * The table, given the formatting helpers by the loader: a language file
 * shares no module with the bundle, so it is one file with nothing to import.
 */
export function de({ formatNumber, labels, nth, plural }: typeof Format): Messages {
  const n = (count: number) => formatNumber('de', count);
  const quoted = (text: string) => `„${text}“`;

  /** The official German short names of the Sustainable Development Goals (UN, German Federal Government). */
  const SDG_NAMES = [
    'Keine Armut', 'Kein Hunger', 'Gesundheit und Wohlergehen', 'Hochwertige Bildung', 'Geschlechtergleichheit',
    'Sauberes Wasser und Sanitäreinrichtungen', 'Bezahlbare und saubere Energie', 'Menschenwürdige Arbeit und Wirtschaftswachstum',
    'Industrie, Innovation und Infrastruktur', 'Weniger Ungleichheiten', 'Nachhaltige Städte und Gemeinden',
    'Nachhaltiger Konsum und nachhaltige Produktion', 'Maßnahmen zum Klimaschutz', 'Leben unter Wasser', 'Leben an Land',
    'Frieden, Gerechtigkeit und starke Institutionen', 'Partnerschaften zur Erreichung der Ziele',
  ];

  /** Horizon Europe's definitions of the technology readiness levels, in German. */
  const TRL_MEANINGS = [
    'grundlegende Prinzipien beobachtet',
    'Technologiekonzept formuliert',
    'experimenteller Nachweis des Konzepts',
    'Technologie im Labor validiert',
    'Technologie in relevanter Umgebung validiert',
    'Technologie in relevanter Umgebung demonstriert',
    'Demonstration eines Systemprototyps in einer Einsatzumgebung',
    'System vollständig und qualifiziert',
    'tatsächliches System in einer Einsatzumgebung bewährt',
  ];

  const TRL_BANDS = labels({ '1-3': 'TRL 1–3: Forschung', '4-6': 'TRL 4–6: Entwicklung', '7-9': 'TRL 7–9: im Einsatz bewährt' });

  return {
    loading: 'Lösungen werden geladen…',
    solutions: (count) => plural('de', count, { one: '# Lösung', other: '# Lösungen' }),
    noSolutions: 'Dieser Katalog enthält noch keine Lösungen.',
    noMatch: 'Zu Ihrer Suche wurden keine Lösungen gefunden.',
    errorTitle: 'Die Lösungen konnten nicht angezeigt werden',
    retry: 'Erneut versuchen',
    errorLater: 'Bitte versuchen Sie es später noch einmal.',
    errorOffline: 'Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.',
    errorDetails: 'Details für das Website-Team',
    providedBy: 'Angeboten von',
    trl: (level) => `TRL ${level}`,
    deployedIn: (count) => plural('de', count, { one: 'Im Einsatz in # Stadt', other: 'Im Einsatz in # Städten' }),
    tracks: 'Themenfelder und Services',
    searchLabel: 'Lösungen durchsuchen',
    searchPlaceholder: 'Energie, Mobilität, offene Daten…',
    sortLabel: 'Sortieren nach',
    sort: labels({ relevance: 'Relevanz', name: 'Name', updated: 'Zuletzt aktualisiert', deployed: 'Am häufigsten eingesetzt' }),
    filters: 'Filter',
    facet: labels({
      track: 'Themenfeld oder Service', technology: 'Technologie', trl: 'Reifegrad (TRL)', sdg: 'Ziel für nachhaltige Entwicklung',
      pricing: 'Preismodell', providerType: 'Art des Anbieters', providerCountry: 'Land des Anbieters', city: 'Im Einsatz in',
    }),
    showAll: (count) => `Alle ${n(count)} anzeigen`,
    showFewer: 'Weniger anzeigen',
    activeFilters: 'Aktive Filter',
    removeFilter: (label) => `Filter entfernen: ${label}`,
    clearAll: 'Alle entfernen',
    pagination: labels({ solution: 'Ergebnisseiten der Lösungen', city: 'Ergebnisseiten der Städte' }),
    page: (page) => `Seite ${n(page)}`,
    previous: 'Zurück',
    next: 'Weiter',
    pageOf: (page, pages) => `Seite ${n(page)} von ${n(pages)}`,
    printedFirst: (printed, total) => `Gedruckt: die ersten ${n(printed)} von ${n(total)} Ergebnissen. Grenzen Sie die Suche ein, um die übrigen zu drucken.`,
    skipToResults: 'Zu den Ergebnissen springen',
    show: (count) => `${count} anzeigen`,
    clearSearch: 'Suche löschen',
    clearFilters: 'Filter zurücksetzen',
    searchWithin: (group) => `In ${group} suchen`,
    emptyWithWords: (words) => `Zu ${quoted(words)} wurden keine Lösungen gefunden.`,
    searchedFor: (words) => `Gesucht nach ${quoted(words)}`,
    didYouMean: 'Meinten Sie',
    questionMark: '?',
    colon: ': ',
    theCatalogue: 'dem Katalog',
    trlBand: (band) => TRL_BANDS[band] ?? band,
    sdg: (goal) => `SDG ${goal}: ${nth(SDG_NAMES, goal)}`,
    pricing: labels({ free: 'Kostenlos', 'open-source': 'Open Source', licence: 'Lizenz', subscription: 'Abonnement', 'on-request': 'Auf Anfrage' }),
    providerType: labels({ city: 'Stadt', company: 'Unternehmen', startup: 'Start-up', ngo: 'Nichtregierungsorganisation', research: 'Forschungseinrichtung', 'public-body': 'Öffentliche Einrichtung' }),
    close: 'Schließen',
    copyLink: 'Link kopieren',
    linkCopied: 'Link kopiert',
    provider: 'Anbieter',
    readiness: 'Technologischer Reifegrad',
    trlMeaning: (level) => nth(TRL_MEANINGS, level),
    sdgs: 'Ziele für nachhaltige Entwicklung',
    impact: 'Wirkung',
    pricingAndLicence: 'Preis und Lizenz',
    languages: 'Sprachen',
    usedBy: 'Städte, die sie einsetzen',
    lastUpdated: 'Zuletzt aktualisiert',
    links: 'Website und Kontakt',
    website: 'Website',
    contactByEmail: 'E-Mail',
    contactPage: 'Kontaktseite',
    external: '(externer Link, öffnet in einem neuen Tab)',
    technologies: 'Technologien',
    role: labels({ core: 'Kernstadt', mentor: 'Mentorstadt', observer: 'Beobachterstadt', ambassador: 'Botschafterstadt' }),
    population: (count, year) => (year ? `Einwohnerzahl: ${count} (${year})` : `Einwohnerzahl: ${count}`),
    ambitions: 'Ziele',
    bestPractices: 'Gute Praxisbeispiele',
    practiceUses: 'Eingesetzte Lösungen:',
    readMore: 'Mehr erfahren',
    solutionsInUse: 'Eingesetzte Lösungen',
    mentorCities: 'Mentorstädte',
    mentees: 'Städte, die sie als Mentorin begleitet',
    cityWebsite: 'Website der Stadt',
    unknownCity: (id, where) => `Keine Stadt mit der ID ${quoted(id)} in ${where}.`,
    unknownSolution: (id, where) => `Keine Lösung mit der ID ${quoted(id)} in ${where}.`,
    leftOut: (id) => `${quoted(id)} wurde aus dem Katalog ausgelassen:`,
    cityErrorTitle: 'Die Städte konnten nicht angezeigt werden',
    cities: (count) => plural('de', count, { one: '# Stadt', other: '# Städte' }),
    noCities: 'Dieser Katalog enthält noch keine Städte.',
    noCityMatch: 'Zu Ihrer Suche wurden keine Städte gefunden.',
    loadingCities: 'Städte werden geladen…',
    searchCities: 'Städte durchsuchen',
    searchCitiesPlaceholder: 'Stadt, Land, Ziel…',
    citySort: labels({ relevance: 'Relevanz', name: 'Name', population: 'Einwohnerzahl', solutions: 'Meiste Lösungen' }),
    cityFacet: labels({ country: 'Land', role: 'Rolle', track: 'Themenfeld oder Service' }),
    backToCities: 'Zurück zu allen Städten',
    /** The ICC tracks' names (src/catalog/tracks.ts). */
    trackNames: {
      'green-economy': 'Grüne Wirtschaft und lokale Green Deals',
      'citizen-participation': 'Bürgerbeteiligung und Digitalisierung der öffentlichen Verwaltung',
      'tourism': 'Grüner und digitaler Wandel im Tourismus',
      'supply-chains': 'Widerstandsfähigkeit lokaler Lieferketten',
      'skills': 'Weiter- und Umqualifizierung der Arbeitskräfte',
      'access-to-data': 'Zugang zu Daten',
      'access-to-finance': 'Zugang zu Finanzierung',
    },
    trlStage: (level) => `${nth(['Forschungsphase', 'In Entwicklung', 'Im Einsatz bewährt'], Math.ceil(level / 3))} (TRL ${level} von 9)`,
  };
}
