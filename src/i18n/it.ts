/** Italian: quotation marks «…»; the informal "tu" usual on Italian public-sector sites. */
import type { Messages } from './en.js';
import type * as Format from './format.js';

/**
 * The table, given the formatting helpers by the loader: a language file
 * shares no module with the bundle, so it is one file with nothing to import.
 */
export function it({ formatNumber, labels, nth, plural }: typeof Format): Messages {
  const n = (count: number) => formatNumber('it', count);
  const quoted = (text: string) => `«${text}»`;

  /** The UN's official Italian short names of the Sustainable Development Goals. */
  const SDG_NAMES = [
    'Sconfiggere la povertà', 'Sconfiggere la fame', 'Salute e benessere', 'Istruzione di qualità', 'Parità di genere',
    'Acqua pulita e servizi igienico-sanitari', 'Energia pulita e accessibile', 'Lavoro dignitoso e crescita economica',
    'Imprese, innovazione e infrastrutture', 'Ridurre le disuguaglianze', 'Città e comunità sostenibili',
    'Consumo e produzione responsabili', 'Lotta contro il cambiamento climatico', 'Vita sott’acqua', 'Vita sulla terra',
    'Pace, giustizia e istituzioni solide', 'Partnership per gli obiettivi',
  ];

  /** Horizon Europe's definitions of the technology readiness levels, in Italian. */
  const TRL_MEANINGS = [
    'principi di base osservati',
    'concetto tecnologico formulato',
    'prova sperimentale del concetto',
    'tecnologia convalidata in laboratorio',
    'tecnologia convalidata in un ambiente pertinente',
    'tecnologia dimostrata in un ambiente pertinente',
    'dimostrazione di un prototipo del sistema in un ambiente operativo',
    'sistema completo e qualificato',
    'sistema reale comprovato in un ambiente operativo',
  ];

  const TRL_BANDS = labels({ '1-3': 'TRL 1–3: ricerca', '4-6': 'TRL 4–6: sviluppo', '7-9': 'TRL 7–9: collaudata sul campo' });

  return {
    loading: 'Caricamento delle soluzioni…',
    solutions: (count) => plural('it', count, { one: '# soluzione', many: '# di soluzioni', other: '# soluzioni' }),
    noSolutions: 'Questo catalogo non contiene ancora soluzioni.',
    noMatch: 'Nessuna soluzione corrisponde alla ricerca.',
    errorTitle: 'Non è stato possibile mostrare le soluzioni',
    retry: 'Riprova',
    errorLater: 'Riprova più tardi.',
    errorOffline: 'Controlla la connessione a Internet, poi riprova.',
    errorDetails: 'Dettagli per il team del sito',
    providedBy: 'Offerta da',
    trl: (level) => `TRL ${level}`,
    // "Città" does not change in the plural.
    deployedIn: (count) => plural('it', count, { one: 'Usata in # città', many: 'Usata in # di città', other: 'Usata in # città' }),
    tracks: 'Temi e servizi',
    searchLabel: 'Cerca soluzioni',
    searchPlaceholder: 'Energia, mobilità, dati aperti…',
    sortLabel: 'Ordina per',
    sort: labels({ relevance: 'Pertinenza', name: 'Nome', updated: 'Aggiornate di recente', deployed: 'Più diffuse' }),
    filters: 'Filtri',
    facet: labels({
      track: 'Tema o servizio', technology: 'Tecnologia', trl: 'Maturità (TRL)', sdg: 'Obiettivo di sviluppo sostenibile',
      pricing: 'Prezzo', providerType: 'Tipo di fornitore', providerCountry: 'Paese del fornitore', city: 'Città in cui è usata',
    }),
    showAll: (count) => `Mostra tutti (${n(count)})`,
    showFewer: 'Mostra meno',
    activeFilters: 'Filtri attivi',
    removeFilter: (label) => `Rimuovi filtro: ${label}`,
    clearAll: 'Rimuovi tutti',
    pagination: labels({ solution: 'Pagine delle soluzioni', city: 'Pagine delle città' }),
    page: (page) => `Pagina ${n(page)}`,
    previous: 'Precedente',
    next: 'Successiva',
    pageOf: (page, pages) => `Pagina ${n(page)} di ${n(pages)}`,
    printedFirst: (printed, total) => `Stampati: i primi ${n(printed)} di ${n(total)} risultati. Restringi la ricerca per stampare gli altri.`,
    skipToResults: 'Vai ai risultati',
    show: (count) => `Mostra ${count}`,
    clearSearch: 'Cancella la ricerca',
    clearFilters: 'Cancella i filtri',
    searchWithin: (group) => `Cerca in ${group}`,
    emptyWithWords: (words) => `Nessuna soluzione corrisponde a ${quoted(words)}.`,
    searchedFor: (words) => `Ricerca: ${quoted(words)}`,
    didYouMean: 'Forse cercavi',
    questionMark: '?',
    colon: ': ',
    theCatalogue: 'il catalogo',
    trlBand: (band) => TRL_BANDS[band] ?? band,
    sdg: (goal) => `Obiettivo ${goal}: ${nth(SDG_NAMES, goal)}`,
    pricing: labels({ free: 'Gratuito', 'open-source': 'Open source', licence: 'Licenza', subscription: 'Abbonamento', 'on-request': 'Su richiesta' }),
    providerType: labels({ city: 'Città', company: 'Impresa', startup: 'Start-up', ngo: 'ONG', research: 'Ente di ricerca', 'public-body': 'Ente pubblico' }),
    close: 'Chiudi',
    copyLink: 'Copia link',
    linkCopied: 'Link copiato',
    provider: 'Fornitore',
    readiness: 'Maturità tecnologica',
    trlMeaning: (level) => nth(TRL_MEANINGS, level),
    sdgs: 'Obiettivi di sviluppo sostenibile',
    impact: 'Impatto',
    pricingAndLicence: 'Prezzo e licenza',
    languages: 'Lingue',
    usedBy: 'Città che la usano',
    lastUpdated: 'Ultimo aggiornamento',
    links: 'Sito web e contatti',
    website: 'Sito web',
    contactByEmail: 'Posta elettronica',
    contactPage: 'Pagina dei contatti',
    external: '(link esterno, si apre in una nuova scheda)',
    technologies: 'Tecnologie',
    role: labels({ core: 'Città principale', mentor: 'Città mentore', observer: 'Città osservatrice', ambassador: 'Città ambasciatrice' }),
    population: (count, year) => (year ? `${count} abitanti (${year})` : `${count} abitanti`),
    ambitions: 'Obiettivi',
    bestPractices: 'Buone pratiche',
    practiceUses: 'Soluzioni che utilizza:',
    readMore: 'Leggi di più',
    solutionsInUse: 'Soluzioni in uso',
    mentorCities: 'Città mentori',
    mentees: 'Città di cui è mentore',
    cityWebsite: 'Sito web della città',
    unknownCity: (id, where) => `Nessuna città con l’identificativo ${quoted(id)} in ${where}.`,
    unknownSolution: (id, where) => `Nessuna soluzione con l’identificativo ${quoted(id)} in ${where}.`,
    leftOut: (id) => `${quoted(id)} è stato escluso dal catalogo:`,
    cityErrorTitle: 'Non è stato possibile mostrare le città',
    cities: (count) => plural('it', count, { one: '# città', many: '# di città', other: '# città' }),
    noCities: 'Questo catalogo non contiene ancora città.',
    noCityMatch: 'Nessuna città corrisponde alla ricerca.',
    loadingCities: 'Caricamento delle città…',
    searchCities: 'Cerca città',
    searchCitiesPlaceholder: 'Città, paese, obiettivo…',
    citySort: labels({ relevance: 'Pertinenza', name: 'Nome', population: 'Popolazione', solutions: 'Più soluzioni' }),
    cityFacet: labels({ country: 'Paese', role: 'Ruolo', track: 'Tema o servizio' }),
    backToCities: 'Torna a tutte le città',
    /** The ICC tracks' names (src/catalog/tracks.ts). */
    trackNames: {
      'green-economy': 'Economia verde e green deal locali',
      'citizen-participation': 'Partecipazione dei cittadini e digitalizzazione della pubblica amministrazione',
      'tourism': 'Transizione verde e digitale nel turismo',
      'supply-chains': 'Resilienza delle filiere locali',
      'skills': 'Aggiornamento e riqualificazione della forza lavoro',
      'access-to-data': 'Accesso ai dati',
      'access-to-finance': 'Accesso ai finanziamenti',
    },
    trlStage: (level) => `${nth(['In fase di ricerca', 'In sviluppo', 'Collaudata sul campo'], Math.ceil(level / 3))} (TRL ${level} su 9)`,
  };
}
