/** Spanish: angle quotation marks «…», as the RAE recommends; the formal "usted". */
import type { Messages } from './en.js';
import type * as Format from './format.js';

/**
 * The table, given the formatting helpers by the loader: a language file
 * shares no module with the bundle, so it is one file with nothing to import.
 */
export function es({ formatNumber, labels, nth, plural }: typeof Format): Messages {
  const n = (count: number) => formatNumber('es', count);
  const quoted = (text: string) => `«${text}»`;

  /** The UN's official Spanish short names of the Sustainable Development Goals. */
  const SDG_NAMES = [
    'Fin de la pobreza', 'Hambre cero', 'Salud y bienestar', 'Educación de calidad', 'Igualdad de género',
    'Agua limpia y saneamiento', 'Energía asequible y no contaminante', 'Trabajo decente y crecimiento económico',
    'Industria, innovación e infraestructura', 'Reducción de las desigualdades', 'Ciudades y comunidades sostenibles',
    'Producción y consumo responsables', 'Acción por el clima', 'Vida submarina', 'Vida de ecosistemas terrestres',
    'Paz, justicia e instituciones sólidas', 'Alianzas para lograr los objetivos',
  ];

  /** Horizon Europe's definitions of the technology readiness levels, in Spanish. */
  const TRL_MEANINGS = [
    'principios básicos observados',
    'concepto tecnológico formulado',
    'prueba experimental del concepto',
    'tecnología validada en laboratorio',
    'tecnología validada en un entorno pertinente',
    'tecnología demostrada en un entorno pertinente',
    'demostración de un prototipo del sistema en un entorno operativo',
    'sistema completo y cualificado',
    'sistema real probado en un entorno operativo',
  ];

  const TRL_BANDS = labels({ '1-3': 'TRL 1–3: investigación', '4-6': 'TRL 4–6: desarrollo', '7-9': 'TRL 7–9: probada en uso real' });

  return {
    loading: 'Cargando soluciones…',
    solutions: (count) => plural('es', count, { one: '# solución', many: '# de soluciones', other: '# soluciones' }),
    noSolutions: 'Este catálogo aún no tiene soluciones.',
    noMatch: 'Ninguna solución coincide con su búsqueda.',
    errorTitle: 'No se han podido mostrar las soluciones',
    retry: 'Volver a intentarlo',
    errorLater: 'Vuelva a intentarlo más tarde.',
    errorOffline: 'Compruebe su conexión a internet y vuelva a intentarlo.',
    errorDetails: 'Detalles para el equipo del sitio web',
    providedBy: 'Ofrecida por',
    trl: (level) => `TRL ${level}`,
    deployedIn: (count) => plural('es', count, { one: 'Se usa en # ciudad', many: 'Se usa en # de ciudades', other: 'Se usa en # ciudades' }),
    tracks: 'Temas y servicios',
    searchLabel: 'Buscar soluciones',
    searchPlaceholder: 'Energía, movilidad, datos abiertos…',
    sortLabel: 'Ordenar por',
    sort: labels({ relevance: 'Relevancia', name: 'Nombre', updated: 'Actualizadas recientemente', deployed: 'Más implantadas' }),
    filters: 'Filtros',
    facet: labels({
      track: 'Tema o servicio', technology: 'Tecnología', trl: 'Madurez (TRL)', sdg: 'Objetivo de Desarrollo Sostenible',
      pricing: 'Precio', providerType: 'Tipo de proveedor', providerCountry: 'País del proveedor', city: 'Ciudad donde se usa',
    }),
    showAll: (count) => `Mostrar todo (${n(count)})`,
    showFewer: 'Mostrar menos',
    activeFilters: 'Filtros activos',
    removeFilter: (label) => `Quitar filtro: ${label}`,
    clearAll: 'Quitar todos',
    pagination: labels({ solution: 'Páginas de soluciones', city: 'Páginas de ciudades' }),
    page: (page) => `Página ${n(page)}`,
    previous: 'Anterior',
    next: 'Siguiente',
    pageOf: (page, pages) => `Página ${n(page)} de ${n(pages)}`,
    printedFirst: (printed, total) => `Impresos: los primeros ${n(printed)} de ${n(total)} resultados. Acote la búsqueda para imprimir los demás.`,
    skipToResults: 'Ir a los resultados',
    show: (count) => `Mostrar ${count}`,
    clearSearch: 'Borrar la búsqueda',
    clearFilters: 'Borrar los filtros',
    searchWithin: (group) => `Buscar en ${group}`,
    emptyWithWords: (words) => `Ninguna solución coincide con ${quoted(words)}.`,
    searchedFor: (words) => `Búsqueda: ${quoted(words)}`,
    // The widget adds the closing question mark after the suggestion.
    didYouMean: '¿Quiso decir',
    questionMark: '?',
    colon: ': ',
    theCatalogue: 'el catálogo',
    trlBand: (band) => TRL_BANDS[band] ?? band,
    sdg: (goal) => `ODS ${goal}: ${nth(SDG_NAMES, goal)}`,
    pricing: labels({ free: 'Gratuito', 'open-source': 'Código abierto', licence: 'Licencia', subscription: 'Suscripción', 'on-request': 'Bajo petición' }),
    providerType: labels({ city: 'Ciudad', company: 'Empresa', startup: 'Empresa emergente', ngo: 'ONG', research: 'Centro de investigación', 'public-body': 'Organismo público' }),
    close: 'Cerrar',
    copyLink: 'Copiar enlace',
    linkCopied: 'Enlace copiado',
    provider: 'Proveedor',
    readiness: 'Madurez tecnológica',
    trlMeaning: (level) => nth(TRL_MEANINGS, level),
    sdgs: 'Objetivos de Desarrollo Sostenible',
    impact: 'Impacto',
    pricingAndLicence: 'Precio y licencia',
    languages: 'Idiomas',
    usedBy: 'Ciudades que la usan',
    lastUpdated: 'Última actualización',
    links: 'Sitio web y contacto',
    website: 'Sitio web',
    contactByEmail: 'Correo electrónico',
    contactPage: 'Página de contacto',
    external: '(enlace externo, se abre en una pestaña nueva)',
    technologies: 'Tecnologías',
    role: labels({ core: 'Ciudad principal', mentor: 'Ciudad mentora', observer: 'Ciudad observadora', ambassador: 'Ciudad embajadora' }),
    population: (count, year) => (year ? `${count} habitantes (${year})` : `${count} habitantes`),
    ambitions: 'Objetivos',
    bestPractices: 'Buenas prácticas',
    practiceUses: 'Soluciones que utiliza:',
    readMore: 'Más información',
    solutionsInUse: 'Soluciones en uso',
    mentorCities: 'Ciudades mentoras',
    mentees: 'Ciudades a las que asesora',
    cityWebsite: 'Sitio web de la ciudad',
    unknownCity: (id, where) => `No hay ninguna ciudad con el identificador ${quoted(id)} en ${where}.`,
    unknownSolution: (id, where) => `No hay ninguna solución con el identificador ${quoted(id)} en ${where}.`,
    leftOut: (id) => `${quoted(id)} se ha omitido del catálogo:`,
    cityErrorTitle: 'No se han podido mostrar las ciudades',
    cities: (count) => plural('es', count, { one: '# ciudad', many: '# de ciudades', other: '# ciudades' }),
    noCities: 'Este catálogo aún no tiene ciudades.',
    noCityMatch: 'Ninguna ciudad coincide con su búsqueda.',
    loadingCities: 'Cargando ciudades…',
    searchCities: 'Buscar ciudades',
    searchCitiesPlaceholder: 'Ciudad, país, objetivo…',
    citySort: labels({ relevance: 'Relevancia', name: 'Nombre', population: 'Población', solutions: 'Más soluciones' }),
    cityFacet: labels({ country: 'País', role: 'Función', track: 'Tema o servicio' }),
    backToCities: 'Volver a todas las ciudades',
    /** The ICC tracks' names (src/catalog/tracks.ts). */
    trackNames: {
      'green-economy': 'Economía verde y pactos verdes locales',
      'citizen-participation': 'Participación ciudadana y digitalización de la administración pública',
      'tourism': 'Transición verde y digital del turismo',
      'supply-chains': 'Resiliencia de las cadenas de suministro locales',
      'skills': 'Mejora y reciclaje de las competencias laborales',
      'access-to-data': 'Acceso a los datos',
      'access-to-finance': 'Acceso a la financiación',
    },
    trlStage: (level) => `${nth(['En fase de investigación', 'En desarrollo', 'Probada en uso real'], Math.ceil(level / 3))} (TRL ${level} de 9)`,
  };
}
