/**
 * Word lists for the benchmark's synthetic catalogues (bench/generate.mjs).
 *
 * The search cost depends on how many distinct words a catalogue has, how
 * long they are and how they are spread, so the text is built from a few
 * thousand real words rather than random letters: ten domains of urban,
 * energy, mobility, tourism, skills, data and finance words (with their French
 * and German counterparts for translated names and summaries), general words
 * to hold sentences together, local terms in other languages, and real
 * European place names with their accents (Skellefteå, Kraków, Besançon).
 *
 * Lists are space-separated strings (`|` where an entry has spaces), most
 * common first: the generator picks with a skew towards the start, as real
 * text does.
 */

/** `'a b|c d'` → `['a b', 'c d']`; `'a b c'` → `['a', 'b', 'c']`. */
export const list = (text) => (text.includes('|') ? text.split('|') : text.split(/\s+/)).map((w) => w.trim()).filter(Boolean);

/**
 * Each domain: the tracks and SDGs its solutions get, words for names
 * (`nouns`, `products`, `adjectives`), for text (`actors`, `goals`), tags,
 * technologies, and French and German names and nouns for translations.
 */
export const DOMAINS = [
  {
    key: 'energy',
    tracks: ['green-economy', 'access-to-data', 'access-to-finance'],
    sdgs: [7, 11, 13, 12],
    nouns: list('energy|heat|heat pump|solar panel|solar roof|battery storage|grid|microgrid|smart meter|district heating|insulation|retrofit|building renovation|energy community|self-consumption|peak demand|tariff|photovoltaic array|wind turbine|hydrogen|biogas|boiler|thermostat|rooftop|substation|flexibility|charging point|energy efficiency|carbon emission|geothermal loop|heat network|power purchase|street lighting|demand response|energy audit|heat demand|cooling|ventilation|solar carport|energy poverty'),
    products: list('Planner Dashboard Monitor Map Marketplace Cooperative Toolkit Optimiser Twin Atlas Calculator Exchange Platform Register Coach Compass Scanner'),
    adjectives: list('Solar Thermal Low-Carbon Renewable Efficient Shared Community Fossil-Free Net-Zero Decentralised Smart Warm'),
    actors: list('homeowners|housing associations|utilities|energy cooperatives|tenants|installers|building managers|schools|facility managers'),
    goals: list('cut energy bills|plan a fair move away from fossil heating|share rooftop solar power|find the best renovation package|balance local demand and supply|spot buildings that waste heat|lower peak demand on the grid'),
    tags: list('energy solar heat-pumps heating energy-communities self-consumption renovation efficiency climate batteries grids hydrogen lighting energy-poverty'),
    technologies: list('IoT|smart meters|digital twin|GIS|solar PV|machine learning|forecasting|API|open data|LoRaWAN|blockchain|data analytics|mobile app|thermal imaging|LED'),
    fr: { products: list('Planificateur|Tableau de bord|Carte|Plateforme|Coopérative|Observatoire|Calculateur'), nouns: list('énergie solaire|pompes à chaleur|réseau de chaleur|rénovation énergétique|communautés d’énergie|autoconsommation|toitures solaires|stockage d’électricité|précarité énergétique') },
    de: { products: list('Planer Dashboard Karte Plattform Genossenschaft Monitor Rechner'), nouns: list('Solarenergie|Wärmepumpen|Fernwärme|energetische Sanierung|Energiegemeinschaften|Eigenverbrauch|Solardächer|Stromspeicher|Energiearmut') },
  },
  {
    key: 'mobility',
    tracks: ['green-economy', 'supply-chains', 'access-to-data'],
    sdgs: [9, 11, 13, 3],
    nouns: list('mobility|bike sharing|cargo bike|e-scooter|public transport|bus|tram|parking|traffic|commuting|micromobility|car sharing|charging station|electric vehicle|route|timetable|ride pooling|walking|cycling lane|congestion|urban logistics|delivery|last mile|school street|mobility hub|on-demand bus|ticketing|pedestrian crossing|journey planner|bike parking|low-emission zone|speed limit|freight consolidation|taxi|ferry'),
    products: list('Planner Navigator Hub Tracker Pass Counter Dashboard Sensors Booking Optimiser Radar Lab'),
    adjectives: list('Electric Shared On-Demand Active Zero-Emission Clean Seamless Safe Last-Mile Flexible'),
    actors: list('commuters|transport operators|cyclists|delivery companies|traffic engineers|residents|parents|taxi drivers|older passengers'),
    goals: list('leave the car at home|find a free parking space|plan safer cycling routes|cut delivery van trips|see when the next bus comes|share vehicles between neighbours|keep streets around schools calm'),
    tags: list('mobility cycling bike-sharing public-transport parking traffic e-bikes last-mile logistics accessibility walking electric cargo-bikes buses transport-planning'),
    technologies: list('GTFS|GBFS|DATEX II|computer vision|route optimisation|mobile app|open data|API|IoT|edge computing|GPS|machine learning|Bluetooth beacons|payments'),
    fr: { products: list('Navigateur|Plateforme|Compteur|Pass|Tableau de bord|Carte'), nouns: list('mobilité douce|vélos partagés|transports publics|stationnement|covoiturage|logistique urbaine|vélos cargos|mobilité électrique|rues scolaires') },
    de: { products: list('Navigator Plattform Zähler Pass Dashboard Karte'), nouns: list('Radverkehr|Leihräder|öffentlicher Nahverkehr|Parkraum|Lastenräder|Elektromobilität|Stadtlogistik|Fahrgemeinschaften|Schulstraßen') },
  },
  {
    key: 'tourism',
    tracks: ['tourism', 'access-to-data', 'green-economy'],
    sdgs: [8, 11, 12, 14],
    nouns: list('tourism|visitor flow|overtourism|crowding|heritage site|museum|cruise passenger|hotel|booking|footfall|destination|festival|itinerary|beach|old town|tourist tax|guided tour|hiking trail|rural tourism|hospitality|seasonality|audio guide|visitor card|cultural route|harbour|island|vineyard|monastery|castle|accessible tourism'),
    products: list('Insights Guide Pass Radar Planner Observatory Studio Map Counter Explorer Trails'),
    adjectives: list('Sustainable Slow Accessible Coastal Cultural Seasonal Immersive Hidden Rural Green'),
    actors: list('visitors|hotels|tour operators|museums|destination managers|local shops|guides|restaurants|cruise lines'),
    goals: list('spread visitors across the day|discover quieter places nearby|plan staff for busy weekends|protect fragile heritage sites|keep more spending in the local economy|welcome visitors with disabilities'),
    tags: list('tourism visitors overtourism crowding heritage culture hospitality sustainable-tourism rural-tourism cruise destination-management inclusive-tourism tourism-tax'),
    technologies: list('augmented reality|computer vision|mobile app|QR codes|data analytics|Wi-Fi sensing|booking engine|3D reconstruction|chatbot|open data|payments'),
    fr: { products: list('Guide|Observatoire|Pass|Carte|Radar|Itinéraires'), nouns: list('tourisme durable|flux de visiteurs|patrimoine|surtourisme|hébergement|itinéraires culturels|offices de tourisme|tourisme rural') },
    de: { products: list('Reiseführer Observatorium Pass Karte Radar Routen'), nouns: list('nachhaltiger Tourismus|Besucherströme|Kulturerbe|Übertourismus|Gastgewerbe|Wanderwege|Reiseziele|Landtourismus') },
  },
  {
    key: 'skills',
    tracks: ['skills', 'green-economy', 'citizen-participation'],
    sdgs: [4, 8, 10, 5],
    nouns: list('skills|digital skills|training|bootcamp|apprenticeship|online course|micro-credential|mentoring|jobseeker|coding|curriculum|teacher|learner|workshop|upskilling|reskilling|green jobs|labour market|vocational school|certificate|coaching|makerspace|library|career guidance|internship|skills gap|trainer|fab lab|literacy|welding'),
    products: list('Academy Bootcamp Match Passport Campus Hub Pathfinder Coach Lab School Navigator'),
    adjectives: list('Digital Green Lifelong Practical Inclusive Open Hands-On Future Local Young'),
    actors: list('jobseekers|SMEs|teachers|young people|workers|trainers|employers|migrants|women returning to work'),
    goals: list('learn a trade close to home|find training that employers value|move into green jobs|show skills with a recognised badge|match apprentices with local firms|close the digital skills gap'),
    tags: list('digital-skills reskilling bootcamp training green-skills employment youth libraries mentoring labour-market makerspaces peer-learning green-jobs'),
    technologies: list('e-learning|open badges|micro-credentials|skills taxonomy|AI|video conferencing|no-code|self-assessment|3D printing|CNC|virtual reality'),
    fr: { products: list('Académie|Campus|Passeport|Parcours|Atelier'), nouns: list('compétences numériques|formation professionnelle|reconversion|apprentissage|emplois verts|ateliers|orientation') },
    de: { products: list('Akademie Campus Pass Lernpfad Werkstatt'), nouns: list('digitale Kompetenzen|Weiterbildung|Umschulung|Ausbildung|grüne Berufe|Werkstätten|Berufsorientierung') },
  },
  {
    key: 'data',
    tracks: ['access-to-data', 'citizen-participation', 'green-economy'],
    sdgs: [9, 11, 16, 17],
    nouns: list('open data|data portal|dataset|data space|API|dashboard|sensor network|interoperability|metadata|data sharing|digital twin|city data|privacy|anonymisation|data governance|open standard|data catalogue|visualisation|urban platform|3D city model|address register|statistics|census|geodata|satellite data'),
    products: list('Portal Exchange Observatory Twin Hub Catalogue Lens Space Atlas Gateway Studio'),
    adjectives: list('Open Shared Federated Trusted Urban Linked Public Real-Time Anonymous Interoperable'),
    actors: list('city departments|researchers|developers|journalists|data stewards|statisticians|students|startups'),
    goals: list('find and reuse city data|publish datasets with clear licences|share data without giving away privacy|compare neighbourhoods on one map|connect data from different departments|build apps on reliable feeds'),
    tags: list('open-data data-sharing interoperability transparency privacy portal ai digital-twin geodata statistics'),
    technologies: list('CKAN|API|open data|data spaces|usage control|differential privacy|OGC SensorThings|CityGML|3D Tiles|data visualisation|machine learning|linked data|GIS'),
    fr: { products: list('Portail|Jumeau numérique|Observatoire|Plateforme|Catalogue'), nouns: list('données ouvertes|portail de données|partage de données|jumeau numérique|interopérabilité|vie privée|données géographiques') },
    de: { products: list('Portal Zwilling Observatorium Plattform Katalog'), nouns: list('offene Daten|Datenportal|Datenaustausch|digitaler Zwilling|Interoperabilität|Datenschutz|Geodaten') },
  },
  {
    key: 'participation',
    tracks: ['citizen-participation', 'access-to-data', 'skills'],
    sdgs: [10, 11, 16, 5],
    nouns: list('participatory budgeting|consultation|citizens assembly|petition|vote|proposal|neighbourhood|e-government|public service|complaint|fix-my-street report|transparency|municipal budget|deliberation|civic tech|town hall|accessibility|appointment|online form|youth council|public meeting|local democracy|open government|freedom of information'),
    products: list('Agora Forum Voice Square Desk Assistant Budget Portal Townhall Compass'),
    adjectives: list('Civic Open Participatory Digital Transparent Accessible Inclusive Local Everyday Direct'),
    actors: list('residents|civil servants|councillors|associations|young people|older residents|neighbourhood groups|people with disabilities'),
    goals: list('propose and vote on local projects|report broken street lights|follow how the budget is spent|book an appointment at the town hall|take part without travelling|have a say in new plans'),
    tags: list('participation participatory-budgeting consultation democracy e-government citizen-services transparency civic-tech deliberation voting fix-my-street accessibility anti-corruption'),
    technologies: list('web platform|mobile app|natural language processing|chatbot|e-government|sortition|video call|open source|e-signature|case management'),
    fr: { products: list('Agora|Forum|Guichet|Assistant|Budget'), nouns: list('budget participatif|démocratie locale|concertation|services publics numériques|pétitions|conseils de quartier|transparence') },
    de: { products: list('Agora Forum Bürgerbüro Assistent Haushalt'), nouns: list('Bürgerhaushalt|Bürgerbeteiligung|Verwaltungsdigitalisierung|Bürgerdienste|Petitionen|Nachbarschaften|Transparenz') },
  },
  {
    key: 'supply',
    tracks: ['supply-chains', 'green-economy', 'access-to-finance'],
    sdgs: [8, 9, 12, 2],
    nouns: list('supply chain|supplier|SME|public procurement|port|container|freight|warehouse|customs|traceability|short supply chain|local food|farmer|producer|distribution|inventory|invoice|resilience|risk|manufacturing|cold chain|spare parts|olive oil|fisheries|textiles|packaging'),
    products: list('Registry Ledger Marketplace Radar Trace Network Connect Exchange Hub Map'),
    adjectives: list('Local Resilient Short Transparent Regional Fair Traceable Connected Agile Sustainable'),
    actors: list('SMEs|buyers|farmers|port authorities|hauliers|manufacturers|wholesalers|school canteens|procurement officers'),
    goals: list('find local suppliers fast|trace products from farm to fork|spot risks before shelves empty|buy local through public tenders|share warehouse space|pay small suppliers on time'),
    tags: list('supply-chains suppliers smes procurement logistics ports traceability food resilience manufacturing short-supply-chains farmers exports customs'),
    technologies: list('blockchain|API|e-invoicing|data analytics|route optimisation|OCDS|IoT|RFID|machine learning|EDI|QR codes'),
    fr: { products: list('Registre|Place de marché|Radar|Réseau|Traçabilité'), nouns: list('circuits courts|chaînes d’approvisionnement|fournisseurs locaux|marchés publics|traçabilité|logistique portuaire|cantines scolaires') },
    de: { products: list('Register Marktplatz Radar Netzwerk Rückverfolgung'), nouns: list('Lieferketten|regionale Lieferanten|öffentliche Beschaffung|Rückverfolgbarkeit|Hafenlogistik|kurze Wege|Schulkantinen') },
  },
  {
    key: 'finance',
    tracks: ['access-to-finance', 'green-economy', 'skills'],
    sdgs: [8, 9, 17, 1],
    nouns: list('finance|green bond|crowdfunding|grant|loan|microcredit|investor|match funding|subsidy|EU funding|investment|guarantee|cash flow|invoice financing|pitch|business plan|venture capital|social enterprise|budget planning|tax credit|revolving fund|energy loan'),
    products: list('Compass Desk Fund Academy Match Finder Bridge Radar Wallet Navigator'),
    adjectives: list('Green Social Local Blended Impact Fair Community Circular Ethical Small'),
    actors: list('entrepreneurs|investors|small businesses|municipalities|banks|cooperatives|social enterprises|startups'),
    goals: list('find the right grant in minutes|raise money from residents|get a loan for a green renovation|prepare an investor pitch|combine EU and local funding|keep cash flowing while invoices wait'),
    tags: list('finance crowdfunding green-bonds grants eu-funding investment microcredit startups green-loans match-funding social-enterprise cash-flow'),
    technologies: list('open banking|fintech|crowdfunding|payments|rules engine|e-invoicing|data analytics|EU taxonomy screening|credit scoring'),
    fr: { products: list('Boussole|Guichet|Fonds|Académie|Passerelle'), nouns: list('financement participatif|obligations vertes|subventions européennes|microcrédit|investissement local|prêts verts') },
    de: { products: list('Kompass Förderlotse Fonds Akademie Brücke'), nouns: list('Bürgerfinanzierung|grüne Anleihen|EU-Fördermittel|Mikrokredite|lokale Investitionen|grüne Kredite') },
  },
  {
    key: 'climate',
    tracks: ['green-economy', 'access-to-data', 'citizen-participation'],
    sdgs: [6, 11, 13, 15, 3],
    nouns: list('water|leak detection|drought|flood|rainwater|sewer|stormwater|heatwave|tree canopy|urban forest|green roof|biodiversity|soil|river|early warning|shade|cooling centre|air quality|noise|pollution|pollen|wildfire|coastal erosion|groundwater|sponge city|heat island|pesticide-free park'),
    products: list('Watch Sentinel Monitor Map Alert Observatory Canopy Twin Index Radar'),
    adjectives: list('Cool Green Blue Resilient Clean Quiet Healthy Climate-Ready Living Natural'),
    actors: list('water utilities|park managers|civil protection|schools|residents|farmers|health services|gardeners'),
    goals: list('find leaks before streets flood|warn residents ahead of a heatwave|plant trees where shade is most needed|keep rivers clean|measure the air children breathe|plan for drier summers'),
    tags: list('water leaks drought floods climate-adaptation trees biodiversity air-quality noise heat early-warning soil parks citizen-science'),
    technologies: list('satellite imagery|hydrological modelling|IoT|acoustic sensing|soil sensors|LoRaWAN|computer vision|drones|GIS|weather forecasting|machine learning'),
    fr: { products: list('Sentinelle|Observatoire|Alerte|Carte|Canopée'), nouns: list('qualité de l’air|îlots de chaleur|gestion de l’eau|inondations|arbres urbains|biodiversité|sécheresse') },
    de: { products: list('Wächter Observatorium Warnsystem Karte Baumkrone'), nouns: list('Luftqualität|Hitzeinseln|Wassermanagement|Hochwasser|Stadtbäume|Artenvielfalt|Trockenheit') },
  },
  {
    key: 'circular',
    tracks: ['green-economy', 'supply-chains', 'citizen-participation'],
    sdgs: [11, 12, 13, 9],
    nouns: list('waste|recycling|reuse|repair|circular economy|building material|construction waste|deposit return|compost|packaging|textile|second-hand goods|waste bin|collection route|material passport|food waste|repair café|bulky waste|electronics|furniture'),
    products: list('Loop Exchange Marketplace Tracker Passport Map Bank Cycle Hub Finder'),
    adjectives: list('Circular Zero-Waste Second-Life Reusable Repairable Smart Local Clean Shared Upcycled'),
    actors: list('builders|waste operators|repair cafés|retailers|households|architects|restaurants|schools'),
    goals: list('give materials a second life|empty bins only when full|repair instead of throwing away|cut food waste in canteens|track materials in buildings|sort waste right at home'),
    tags: list('waste recycling circular-economy reuse repair construction compost food-waste packaging electronics'),
    technologies: list('material passports|computer vision|RFID|route optimisation|mobile app|QR codes|IoT|fill-level sensors|marketplace platform'),
    fr: { products: list('Boucle|Bourse|Place de marché|Passeport|Carte'), nouns: list('économie circulaire|réemploi|recyclage|réparation|déchets de chantier|compostage|gaspillage alimentaire') },
    de: { products: list('Kreislauf Börse Marktplatz Pass Karte'), nouns: list('Kreislaufwirtschaft|Wiederverwendung|Recycling|Reparatur|Bauabfälle|Kompost|Lebensmittelverschwendung') },
  },
];

/** Verbs for sentences (base forms; the generator makes `-s` and `-ing` forms). */
export const VERBS = list(
  'map track measure compare share plan forecast match connect publish predict detect reduce cut improve monitor visualise collect combine estimate analyse simulate book pay report train guide coordinate prioritise optimise support help engage involve inform alert calibrate export integrate automate schedule manage review certify test pilot scale fund finance design prototype recommend rank filter search explain translate host maintain update open protect anonymise aggregate validate verify audit procure source deliver route charge store heat cool insulate retrofit renovate plant repair reuse recycle sort count survey consult discuss propose learn teach mentor coach hire upskill attract welcome inspire digitise streamline benchmark replicate',
);

export const ADJECTIVES = list(
  'local regional municipal public private open shared digital green smart low-cost real-time hourly daily weekly monthly yearly seasonal fair inclusive accessible affordable secure transparent interoperable modular lightweight multilingual mobile-friendly citizen-led data-driven evidence-based community-owned small medium-sized large rural urban peri-urban coastal mountain historic industrial residential commercial practical simple detailed indicative anonymous aggregated calibrated certified voluntary existing new early-stage mature proven experimental European national cross-border neighbouring nearby remote hybrid independent collaborative participatory responsive resilient sustainable circular renewable efficient clean quiet safe healthy young older vulnerable low-income busy off-peak',
);

export const NOUNS = list(
  'city town region municipality district neighbourhood street square block building school library hospital park station port market shop business company startup cooperative association university department council resident citizen visitor worker student family household owner tenant operator partner supplier customer user team staff manager planner engineer researcher volunteer decision scenario pilot project programme service tool platform app dashboard map report plan budget cost saving benefit risk impact indicator target goal result outcome evidence guideline standard method model estimate forecast trend pattern demand supply capacity network system process workflow step stage phase month year week season hour minute place area zone route site location layer record dataset source sensor device reading measurement alert notification request application permit form contract tender grant fee price payment subscription guide manual template checklist workshop meeting event exhibition campaign survey interview feedback comment question answer idea proposal priority need challenge problem opportunity lesson practice experience knowledge skill job career income economy growth transition climate emission footprint pollution health safety comfort quality access inclusion equality privacy trust accountability governance policy regulation strategy roadmap',
);

/** Local terms a description quotes ("known in Gdańsk as …"), by language. */
export const LOCAL_TERMS = {
  fr: list('mobilité douce|communauté énergétique|données ouvertes|tourisme durable|budget participatif|économie circulaire|rénovation thermique|circuits courts|maison de quartier|ressourcerie'),
  de: list('Bürgerdach|Energiegenossenschaft|Quartierswerkstatt|Stadtwerke|Bürgerhaushalt|Lastenradverleih|Kiezlabor|Nahwärmenetz|Reparaturcafé|Mitfahrbank'),
  es: list('movilidad sostenible|energía comunitaria|datos abiertos|turismo rural|presupuestos participativos|economía circular|huertos urbanos|supermanzana|vecindario|ayuntamiento'),
  it: list('mobilità dolce|comunità energetiche|dati aperti|turismo lento|bilancio partecipativo|economia circolare|botteghe|quartiere|filiera corta|piazza digitale'),
  pl: list('zielona energia|budżet obywatelski|otwarte dane|gospodarka obiegu zamkniętego|mobilność miejska|turystyka zrównoważona|spółdzielnia energetyczna|rower miejski|dzielnica|urząd miasta'),
  nl: list('fietsdeelsysteem|energiecoöperatie|open gegevens|burgerbegroting|circulaire economie|stadslogistiek|buurthuis|wijkaanpak|deelauto|zonnedaken'),
  sv: list('cykelpool|energigemenskap|öppna data|medborgarbudget|cirkulär ekonomi|hållbar turism|fjärrvärme|kommunen|återbruk|grannskap'),
  fi: list('kaupunkipyörät|energiayhteisö|avoin data|osallistuva budjetointi|kiertotalous|kestävä matkailu|kaukolämpö|kirjasto|asukastalo|työllisyys'),
  pt: list('mobilidade suave|comunidades de energia|dados abertos|turismo sustentável|orçamento participativo|economia circular|freguesia|bairro|câmara municipal|hortas urbanas'),
};

/** Morphemes for provider brand names ("Polderlucht", "Kvarnholm"): two are joined. */
export const BRAND_PARTS = list(
  'Varme Flod Polder Lucht Sol Mar Vento Terra Luce Bosque Vinter Zelen Most Rzeka Kivi Järvi Ilma Stern Wald Brücke Lumière Rivière Côte Pont Fjell Haven Strand Aurora Kvarn Berg Holm Ström Lago Ponte Río Nube Głos Łąka Światło Sever Jug Vila Casa Nova Verde Blau Grün Roz Alba Ocaso Norr Söder Väst Öst Tuuli Meri Valo Kaupunki Dom Kraj Città Borgo Campo Ville Quartier Stadt Hafen Bahn Weg Sentiero Camino Ścieżka Senda Kompas Lanterne Faro Leuchte Fyr Tähti Gwiazda Estrella Stella Étoile Anker Ancora Kotwica Vela Segel Zeil Purje Moln Wolke Chmura Pilvi',
);

export const PROVIDER_SUFFIXES = {
  startup: list('Labs|Analytics|Technologies|Systems|Sensing|Studio|Tech|Solutions|AI|Data'),
  company: list('GmbH|BV|SAS|S.L.|S.p.A.|Oy|AB|Sp. z o.o.|Ltd|Group|Engineering|Consulting'),
  ngo: list('Foundation|Collective|Association|Cooperative|Initiative|Network|Stichting|Fundacja|Verein|Commons'),
  research: list('Institute|Research Group|Lab|Observatory|Centre|University Lab|Living Lab'),
  'public-body': list('Agency|Office|Desk|Helpdesk|Authority|Service|Bureau'),
  city: list(''),
};

/** Countries providers come from (ISO 3166-1 alpha-2), mostly the EU, most frequent first. */
export const PROVIDER_COUNTRIES = list(
  'DE FR ES IT NL PL BE SE FI AT DK PT IE CZ GR HU RO HR SI SK LT LV EE LU BG CY MT NO CH GB IS UA RS BA MK AL ME TR SG IL US CA',
);

export const PRODUCT_WORDS = list('Platform Toolkit App Service Network System Programme Kit Suite Portal');

export const LICENCES = list('EUPL-1.2 MIT Apache-2.0 AGPL-3.0-only GPL-3.0-only MPL-2.0 BSD-3-Clause LGPL-3.0-or-later CC-BY-4.0');

export const LANGUAGES = list('en fr de es it pl nl pt sv fi da el hr ro hu cs sk sl lt lv et bg ca eu ga mt');

export const IMPACT_UNITS = [
  ['Buildings mapped', 'buildings'],
  ['CO₂ avoided', 't CO₂/year'],
  ['People trained', 'people'],
  ['Sensors installed', 'sensors'],
  ['Trips shifted to bikes', 'trips/month'],
  ['Visitors reached', 'visitors'],
  ['Waste diverted from landfill', 't/year'],
  ['Funding raised', 'EUR'],
  ['Water saved', 'm³/year'],
  ['Suppliers listed', 'suppliers'],
];

/**
 * Real European cities added to the sample's 61 to make 136: name (or names
 * by language), country. Positions come from the country's centre (see
 * generate.mjs), since only the city directory's map would use them.
 */
export const EXTRA_CITIES = [
  [{ en: 'Kraków', pl: 'Kraków', de: 'Krakau' }, 'PL'], ['Besançon', 'FR'], [{ en: 'Gdańsk', de: 'Danzig' }, 'PL'], [{ en: 'Wrocław', de: 'Breslau' }, 'PL'],
  ['Łódź', 'PL'], ['Lublin', 'PL'], ['Brno', 'CZ'], ['Ostrava', 'CZ'], [{ en: 'Plzeň', de: 'Pilsen' }, 'CZ'], ['Košice', 'SK'], ['Žilina', 'SK'],
  ['Linz', 'AT'], ['Graz', 'AT'], ['Innsbruck', 'AT'], ['Malmö', 'SE'], [{ en: 'Gothenburg', sv: 'Göteborg' }, 'SE'], ['Umeå', 'SE'], ['Uppsala', 'SE'],
  ['Linköping', 'SE'], [{ en: 'Oulu', sv: 'Uleåborg' }, 'FI'], [{ en: 'Vaasa', sv: 'Vasa' }, 'FI'], ['Lahti', 'FI'], ['Tartu', 'EE'], ['Pärnu', 'EE'],
  ['Kaunas', 'LT'], ['Klaipėda', 'LT'], ['Šiauliai', 'LT'], ['Daugavpils', 'LV'], ['Jelgava', 'LV'], ['Cluj-Napoca', 'RO'], ['Timișoara', 'RO'],
  ['Iași', 'RO'], ['Brașov', 'RO'], ['Plovdiv', 'BG'], ['Varna', 'BG'], ['Burgas', 'BG'], ['Split', 'HR'], ['Osijek', 'HR'], ['Maribor', 'SI'],
  ['Celje', 'SI'], ['Győr', 'HU'], ['Debrecen', 'HU'], ['Szeged', 'HU'], ['Pécs', 'HU'], ['Coimbra', 'PT'], ['Braga', 'PT'], ['Aveiro', 'PT'],
  ['Évora', 'PT'], [{ en: 'Bilbao', eu: 'Bilbo' }, 'ES'], ['Zaragoza', 'ES'], ['Valladolid', 'ES'], ['Córdoba', 'ES'], ['Málaga', 'ES'], ['Vigo', 'ES'],
  ['Nantes', 'FR'], ['Grenoble', 'FR'], ['Dijon', 'FR'], ['Rennes', 'FR'], ['Montpellier', 'FR'], [{ en: 'Strasbourg', de: 'Straßburg' }, 'FR'],
  ['Clermont-Ferrand', 'FR'], ['Saint-Étienne', 'FR'], [{ en: 'Aachen', fr: 'Aix-la-Chapelle' }, 'DE'], ['Münster', 'DE'], ['Freiburg im Breisgau', 'DE'],
  ['Dresden', 'DE'], ['Leipzig', 'DE'], ['Würzburg', 'DE'], [{ en: 'Nuremberg', de: 'Nürnberg' }, 'DE'], ['Göttingen', 'DE'], ['Lüneburg', 'DE'],
  ['Eindhoven', 'NL'], ['Groningen', 'NL'], ['Utrecht', 'NL'], [{ en: 'Ghent', nl: 'Gent', fr: 'Gand' }, 'BE'], [{ en: 'Liège', nl: 'Luik', de: 'Lüttich' }, 'BE'],
  ['Namur', 'BE'], ['Esch-sur-Alzette', 'LU'], ['Limerick', 'IE'], ['Galway', 'IE'], ['Bologna', 'IT'], [{ en: 'Turin', it: 'Torino' }, 'IT'], ['Bari', 'IT'],
  ['Cagliari', 'IT'], [{ en: 'Padua', it: 'Padova' }, 'IT'], ['Odense', 'DK'], ['Aalborg', 'DK'], ['Bergen', 'NO'], ['Trondheim', 'NO'], ['Reykjavík', 'IS'],
];

/** Rough centre of each country (lat, lon), for synthetic city positions. */
export const COUNTRY_CENTRES = {
  DE: [51, 10], FR: [46.5, 2.5], ES: [40, -3.7], IT: [42.8, 12.5], PL: [52, 19], CZ: [49.8, 15.5], SK: [48.7, 19.5], AT: [47.5, 14.5],
  SE: [60, 15], FI: [62, 25.5], EE: [58.7, 25.5], LT: [55.3, 23.9], LV: [56.9, 24.6], RO: [45.9, 24.9], BG: [42.7, 25.4], HR: [45.1, 15.2],
  SI: [46.1, 14.9], HU: [47.1, 19.5], PT: [39.5, -8], NL: [52.2, 5.3], BE: [50.6, 4.6], LU: [49.7, 6.1], IE: [53.2, -8], DK: [56, 10],
  NO: [61, 9], IS: [64.9, -19],
};
