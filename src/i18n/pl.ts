/**
 * Polish: quotation marks „…”; plurals in four forms (one: 1, few: 2–4,
 * 22–24…, many: 0, 5–21, 25–31…, other: fractions).
 */
import type { Messages } from './en.js';
import type * as Format from './format.js';

/**
 * The table, given the formatting helpers by the loader: a language file
 * shares no module with the bundle, so it is one file with nothing to import.
 */
export function pl({ formatNumber, labels, nth, plural }: typeof Format): Messages {
  const n = (count: number) => formatNumber('pl', count);
  const quoted = (text: string) => `„${text}”`;

  /** The UN's official Polish short names of the Sustainable Development Goals. */
  const SDG_NAMES = [
    'Koniec z ubóstwem', 'Zero głodu', 'Dobre zdrowie i jakość życia', 'Dobra jakość edukacji', 'Równość płci',
    'Czysta woda i warunki sanitarne', 'Czysta i dostępna energia', 'Wzrost gospodarczy i godna praca',
    'Innowacyjność, przemysł, infrastruktura', 'Mniej nierówności', 'Zrównoważone miasta i społeczności',
    'Odpowiedzialna konsumpcja i produkcja', 'Działania w dziedzinie klimatu', 'Życie pod wodą', 'Życie na lądzie',
    'Pokój, sprawiedliwość i silne instytucje', 'Partnerstwa na rzecz celów',
  ];

  /** Horizon Europe's definitions of the technology readiness levels, in Polish. */
  const TRL_MEANINGS = [
    'zaobserwowano podstawowe zasady',
    'sformułowano koncepcję technologii',
    'eksperymentalne potwierdzenie koncepcji',
    'walidacja technologii w laboratorium',
    'walidacja technologii w odpowiednim środowisku',
    'demonstracja technologii w odpowiednim środowisku',
    'demonstracja prototypu systemu w środowisku operacyjnym',
    'system ukończony i zakwalifikowany',
    'rzeczywisty system sprawdzony w środowisku operacyjnym',
  ];

  const TRL_BANDS = labels({ '1-3': 'TRL 1–3: badania', '4-6': 'TRL 4–6: rozwój', '7-9': 'TRL 7–9: sprawdzone w praktyce' });

  return {
    loading: 'Wczytywanie rozwiązań…',
    solutions: (count) => plural('pl', count, { one: '# rozwiązanie', few: '# rozwiązania', many: '# rozwiązań', other: '# rozwiązania' }),
    noSolutions: 'Ten katalog nie zawiera jeszcze żadnych rozwiązań.',
    noMatch: 'Brak rozwiązań pasujących do wyszukiwania.',
    errorTitle: 'Nie udało się wyświetlić rozwiązań',
    retry: 'Spróbuj ponownie',
    errorLater: 'Spróbuj ponownie później.',
    errorOffline: 'Sprawdź połączenie z internetem i spróbuj ponownie.',
    errorDetails: 'Szczegóły dla zespołu strony',
    // Followed by the provider's name: "Dostawca: Acme".
    providedBy: 'Dostawca:',
    trl: (level) => `TRL ${level}`,
    deployedIn: (count) =>
      plural('pl', count, { one: 'Używane w # mieście', few: 'Używane w # miastach', many: 'Używane w # miastach', other: 'Używane w # miasta' }),
    tracks: 'Obszary tematyczne i usługi',
    searchLabel: 'Szukaj rozwiązań',
    searchPlaceholder: 'Energia, mobilność, otwarte dane…',
    sortLabel: 'Sortuj według',
    sort: labels({ relevance: 'Trafność', name: 'Nazwa', updated: 'Ostatnio zaktualizowane', deployed: 'Najczęściej wdrażane' }),
    filters: 'Filtry',
    facet: labels({
      track: 'Obszar tematyczny lub usługa', technology: 'Technologia', trl: 'Poziom gotowości (TRL)', sdg: 'Cel zrównoważonego rozwoju',
      pricing: 'Model cenowy', providerType: 'Rodzaj dostawcy', providerCountry: 'Kraj dostawcy', city: 'Używane w mieście',
    }),
    showAll: (count) => `Pokaż wszystkie (${n(count)})`,
    showFewer: 'Pokaż mniej',
    activeFilters: 'Aktywne filtry',
    removeFilter: (label) => `Usuń filtr: ${label}`,
    clearAll: 'Wyczyść wszystko',
    pagination: labels({ solution: 'Strony listy rozwiązań', city: 'Strony listy miast' }),
    page: (page) => `Strona ${n(page)}`,
    previous: 'Poprzednia',
    next: 'Następna',
    pageOf: (page, pages) => `Strona ${n(page)} z ${n(pages)}`,
    printedFirst: (printed, total) => `Wydrukowano pierwsze ${n(printed)} z ${n(total)} wyników. Zawęź wyszukiwanie, aby wydrukować pozostałe.`,
    skipToResults: 'Przejdź do wyników',
    show: (count) => `Pokaż: ${count}`,
    clearSearch: 'Wyczyść wyszukiwanie',
    clearFilters: 'Wyczyść filtry',
    searchWithin: (group) => `Szukaj w grupie ${group}`,
    emptyWithWords: (words) => `Brak rozwiązań pasujących do ${quoted(words)}.`,
    searchedFor: (words) => `Wyszukiwano: ${quoted(words)}`,
    didYouMean: 'Czy chodziło o',
    questionMark: '?',
    colon: ': ',
    theCatalogue: 'katalogu',
    trlBand: (band) => TRL_BANDS[band] ?? band,
    sdg: (goal) => `Cel ${goal}: ${nth(SDG_NAMES, goal)}`,
    pricing: labels({ free: 'Bezpłatne', 'open-source': 'Otwarte oprogramowanie', licence: 'Licencja', subscription: 'Subskrypcja', 'on-request': 'Na zapytanie' }),
    providerType: labels({ city: 'Miasto', company: 'Firma', startup: 'Start-up', ngo: 'Organizacja pozarządowa', research: 'Instytucja badawcza', 'public-body': 'Instytucja publiczna' }),
    close: 'Zamknij',
    copyLink: 'Kopiuj link',
    linkCopied: 'Skopiowano link',
    provider: 'Dostawca',
    readiness: 'Gotowość technologiczna',
    trlMeaning: (level) => nth(TRL_MEANINGS, level),
    sdgs: 'Cele zrównoważonego rozwoju',
    impact: 'Efekty',
    pricingAndLicence: 'Cena i licencja',
    languages: 'Języki',
    usedBy: 'Miasta, które z niego korzystają',
    lastUpdated: 'Ostatnia aktualizacja',
    links: 'Strona internetowa i kontakt',
    website: 'Strona internetowa',
    contactByEmail: 'Adres e-mail',
    contactPage: 'Strona kontaktowa',
    external: '(link zewnętrzny, otwiera się w nowej karcie)',
    technologies: 'Technologie',
    role: labels({ core: 'Miasto uczestniczące', mentor: 'Miasto-mentor', observer: 'Miasto-obserwator', ambassador: 'Miasto-ambasador' }),
    population: (count, year) => (year ? `Liczba mieszkańców: ${count} (${year})` : `Liczba mieszkańców: ${count}`),
    ambitions: 'Cele',
    bestPractices: 'Dobre praktyki',
    practiceUses: 'Wykorzystywane rozwiązania:',
    readMore: 'Czytaj więcej',
    solutionsInUse: 'Stosowane rozwiązania',
    mentorCities: 'Miasta-mentorzy',
    mentees: 'Miasta, którym doradza',
    cityWebsite: 'Strona internetowa miasta',
    unknownCity: (id, where) => `Brak miasta o identyfikatorze ${quoted(id)} w ${where}.`,
    unknownSolution: (id, where) => `Brak rozwiązania o identyfikatorze ${quoted(id)} w ${where}.`,
    leftOut: (id) => `Wpis ${quoted(id)} został pominięty w katalogu:`,
    cityErrorTitle: 'Nie udało się wyświetlić miast',
    cities: (count) => plural('pl', count, { one: '# miasto', few: '# miasta', many: '# miast', other: '# miasta' }),
    noCities: 'Ten katalog nie zawiera jeszcze żadnych miast.',
    noCityMatch: 'Brak miast pasujących do wyszukiwania.',
    loadingCities: 'Wczytywanie miast…',
    searchCities: 'Szukaj miast',
    searchCitiesPlaceholder: 'Miasto, kraj, cel…',
    citySort: labels({ relevance: 'Trafność', name: 'Nazwa', population: 'Liczba mieszkańców', solutions: 'Najwięcej rozwiązań' }),
    cityFacet: labels({ country: 'Kraj', role: 'Rola', track: 'Obszar tematyczny lub usługa' }),
    backToCities: 'Powrót do listy miast',
    /** The ICC tracks' names (src/catalog/tracks.ts). */
    trackNames: {
      'green-economy': 'Zielona gospodarka i lokalne zielone łady',
      'citizen-participation': 'Partycypacja obywatelska i cyfryzacja administracji publicznej',
      'tourism': 'Zielona i cyfrowa transformacja turystyki',
      'supply-chains': 'Odporność lokalnych łańcuchów dostaw',
      'skills': 'Podnoszenie i zmiana kwalifikacji pracowników',
      'access-to-data': 'Dostęp do danych',
      'access-to-finance': 'Dostęp do finansowania',
    },
    trlStage: (level) => `${nth(['Faza badań', 'W fazie rozwoju', 'Sprawdzone w praktyce'], Math.ceil(level / 3))} (TRL ${level} z 9)`,
  };
}
