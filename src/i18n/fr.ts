/**
 * French: guillemets « … » and a colon with a no-break space before it, as
 * French typography wants (`Intl.NumberFormat('fr')` already groups
 * thousands with a narrow no-break space: "1 234").
 */
import type { Messages } from './en.js';
import type * as Format from './format.js';

/**
 * The table, given the formatting helpers by the loader: a language file
 * shares no module with the bundle, so it is one file with nothing to import.
 */
export function fr({ formatNumber, labels, nth, plural }: typeof Format): Messages {
  const NBSP = '\u00A0';
  const n = (count: number) => formatNumber('fr', count);
  const quoted = (text: string) => `«${NBSP}${text}${NBSP}»`;
  const colon = `${NBSP}:`;

  /** The UN's official French short names of the Sustainable Development Goals. */
  const SDG_NAMES = [
    'Pas de pauvreté', `Faim ${quoted('zéro')}`, 'Bonne santé et bien-être', 'Éducation de qualité', 'Égalité entre les sexes',
    'Eau propre et assainissement', 'Énergie propre et d’un coût abordable', 'Travail décent et croissance économique',
    'Industrie, innovation et infrastructure', 'Inégalités réduites', 'Villes et communautés durables',
    'Consommation et production responsables', 'Mesures relatives à la lutte contre les changements climatiques',
    'Vie aquatique', 'Vie terrestre', 'Paix, justice et institutions efficaces', 'Partenariats pour la réalisation des objectifs',
  ];

  /** Horizon Europe's definitions of the technology readiness levels, in French. */
  const TRL_MEANINGS = [
    'principes de base observés',
    'concept technologique formulé',
    'preuve expérimentale du concept',
    'technologie validée en laboratoire',
    'technologie validée dans un environnement pertinent',
    'technologie démontrée dans un environnement pertinent',
    'démonstration d’un prototype du système dans un environnement opérationnel',
    'système complet et qualifié',
    'système réel éprouvé dans un environnement opérationnel',
  ];

  const TRL_BANDS = labels({
    '1-3': `TRL 1–3${colon} recherche`,
    '4-6': `TRL 4–6${colon} développement`,
    '7-9': `TRL 7–9${colon} éprouvée en conditions réelles`,
  });

  return {
    loading: 'Chargement des solutions…',
    solutions: (count) => plural('fr', count, { one: '# solution', many: '# de solutions', other: '# solutions' }),
    noSolutions: 'Ce catalogue ne contient encore aucune solution.',
    noMatch: 'Aucune solution ne correspond à votre recherche.',
    errorTitle: 'Impossible d’afficher les solutions',
    retry: 'Réessayer',
    errorLater: 'Veuillez réessayer plus tard.',
    errorOffline: 'Vérifiez votre connexion à Internet, puis réessayez.',
    errorDetails: 'Détails pour l’équipe du site',
    providedBy: 'Proposée par',
    trl: (level) => `TRL ${level}`,
    deployedIn: (count) => plural('fr', count, { one: 'Utilisée dans # ville', many: 'Utilisée dans # de villes', other: 'Utilisée dans # villes' }),
    tracks: 'Thématiques et services',
    searchLabel: 'Rechercher des solutions',
    searchPlaceholder: 'Énergie, mobilité, données ouvertes…',
    sortLabel: 'Trier par',
    sort: labels({ relevance: 'Pertinence', name: 'Nom', updated: 'Mises à jour récentes', deployed: 'Les plus utilisées' }),
    filters: 'Filtres',
    facet: labels({
      track: 'Thématique ou service', technology: 'Technologie', trl: 'Maturité (TRL)', sdg: 'Objectif de développement durable',
      pricing: 'Tarification', providerType: 'Type de fournisseur', providerCountry: 'Pays du fournisseur', city: 'Ville utilisatrice',
    }),
    showAll: (count) => `Afficher les ${n(count)}`,
    showFewer: 'Afficher moins',
    activeFilters: 'Filtres actifs',
    removeFilter: (label) => `Retirer le filtre${colon} ${label}`,
    clearAll: 'Tout effacer',
    pagination: labels({ solution: 'Pages des solutions', city: 'Pages des villes' }),
    page: (page) => `Page ${n(page)}`,
    previous: 'Précédente',
    next: 'Suivante',
    pageOf: (page, pages) => `Page ${n(page)} sur ${n(pages)}`,
    printedFirst: (printed, total) => `Imprimés${colon} les ${n(printed)} premiers résultats sur ${n(total)}. Affinez la recherche pour imprimer les autres.`,
    skipToResults: 'Aller aux résultats',
    show: (count) => `Afficher ${count}`,
    clearSearch: 'Effacer la recherche',
    clearFilters: 'Effacer les filtres',
    searchWithin: (group) => `Rechercher dans ${group}`,
    emptyWithWords: (words) => `Aucune solution ne correspond à ${quoted(words)}.`,
    searchedFor: (words) => `Recherche${colon} ${quoted(words)}`,
    didYouMean: 'Vouliez-vous dire',
    questionMark: '\u202f?',
    colon: '\u00a0: ',
    theCatalogue: 'le catalogue',
    trlBand: (band) => TRL_BANDS[band] ?? band,
    sdg: (goal) => `ODD ${goal}${colon} ${nth(SDG_NAMES, goal)}`,
    pricing: labels({ free: 'Gratuit', 'open-source': 'Logiciel libre', licence: 'Sous licence', subscription: 'Abonnement', 'on-request': 'Sur demande' }),
    providerType: labels({ city: 'Ville', company: 'Entreprise', startup: 'Start-up', ngo: 'ONG', research: 'Organisme de recherche', 'public-body': 'Organisme public' }),
    close: 'Fermer',
    copyLink: 'Copier le lien',
    linkCopied: 'Lien copié',
    provider: 'Fournisseur',
    readiness: 'Maturité technologique',
    trlMeaning: (level) => nth(TRL_MEANINGS, level),
    sdgs: 'Objectifs de développement durable',
    impact: 'Impact',
    pricingAndLicence: 'Tarif et licence',
    languages: 'Langues',
    usedBy: 'Villes qui l’utilisent',
    lastUpdated: 'Dernière mise à jour',
    links: 'Site web et contact',
    website: 'Site web',
    contactByEmail: 'Courriel',
    contactPage: 'Page de contact',
    external: '(lien externe, s’ouvre dans un nouvel onglet)',
    technologies: 'Technologies',
    role: labels({ core: 'Ville principale', mentor: 'Ville mentor', observer: 'Ville observatrice', ambassador: 'Ville ambassadrice' }),
    population: (count, year) => (year ? `${count} habitants (${year})` : `${count} habitants`),
    ambitions: 'Ambitions',
    bestPractices: 'Bonnes pratiques',
    practiceUses: `Solutions utilisées${colon}`,
    readMore: 'En savoir plus',
    solutionsInUse: 'Solutions utilisées',
    mentorCities: 'Villes mentors',
    mentees: 'Villes qu’elle accompagne',
    cityWebsite: 'Site web de la ville',
    unknownCity: (id, where) => `Aucune ville avec l’identifiant ${quoted(id)} dans ${where}.`,
    unknownSolution: (id, where) => `Aucune solution avec l’identifiant ${quoted(id)} dans ${where}.`,
    leftOut: (id) => `${quoted(id)} a été écarté du catalogue${colon}`,
    cityErrorTitle: 'Impossible d’afficher les villes',
    cities: (count) => plural('fr', count, { one: '# ville', many: '# de villes', other: '# villes' }),
    noCities: 'Ce catalogue ne contient encore aucune ville.',
    noCityMatch: 'Aucune ville ne correspond à votre recherche.',
    loadingCities: 'Chargement des villes…',
    searchCities: 'Rechercher des villes',
    searchCitiesPlaceholder: 'Ville, pays, ambition…',
    citySort: labels({ relevance: 'Pertinence', name: 'Nom', population: 'Nombre d’habitants', solutions: 'Le plus de solutions' }),
    cityFacet: labels({ country: 'Pays', role: 'Rôle', track: 'Thématique ou service' }),
    backToCities: 'Retour à toutes les villes',
    /** The ICC tracks' names (src/catalog/tracks.ts). */
    trackNames: {
      'green-economy': 'Économie verte et pactes verts locaux',
      'citizen-participation': 'Participation citoyenne et numérisation de l’administration publique',
      'tourism': 'Transition verte et numérique du tourisme',
      'supply-chains': 'Résilience des chaînes d’approvisionnement locales',
      'skills': 'Perfectionnement et reconversion des travailleurs',
      'access-to-data': 'Accès aux données',
      'access-to-finance': 'Accès au financement',
    },
    trlStage: (level) => `${nth(['En phase de recherche', 'En développement', 'Éprouvée en conditions réelles'], Math.ceil(level / 3))} (TRL ${level} sur 9)`,
  };
}
