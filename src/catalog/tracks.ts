import type { Track } from './schema.js';

/**
 * The Intelligent Cities Challenge's thematic tracks and transversal services.
 * A catalogue without `tracks` uses these.
 */
export const ICC_TRACKS: readonly Track[] = [
  { id: 'green-economy', kind: 'track', name: { en: 'Green economy and local green deals', fr: 'Économie verte et pactes verts locaux', de: 'Grüne Wirtschaft und lokale Green Deals', es: 'Economía verde y pactos verdes locales', it: 'Economia verde e green deal locali', pl: 'Zielona gospodarka i lokalne zielone łady' } },
  { id: 'citizen-participation', kind: 'track', name: { en: 'Citizen participation and digitalisation of public administration', fr: 'Participation citoyenne et numérisation de l’administration publique', de: 'Bürgerbeteiligung und Digitalisierung der öffentlichen Verwaltung', es: 'Participación ciudadana y digitalización de la administración pública', it: 'Partecipazione dei cittadini e digitalizzazione della pubblica amministrazione', pl: 'Partycypacja obywatelska i cyfryzacja administracji publicznej' } },
  { id: 'tourism', kind: 'track', name: { en: 'Green and digital transition in tourism', fr: 'Transition verte et numérique du tourisme', de: 'Grüner und digitaler Wandel im Tourismus', es: 'Transición verde y digital del turismo', it: 'Transizione verde e digitale nel turismo', pl: 'Zielona i cyfrowa transformacja turystyki' } },
  { id: 'supply-chains', kind: 'track', name: { en: 'Resilience of local supply chains', fr: 'Résilience des chaînes d’approvisionnement locales', de: 'Widerstandsfähigkeit lokaler Lieferketten', es: 'Resiliencia de las cadenas de suministro locales', it: 'Resilienza delle filiere locali', pl: 'Odporność lokalnych łańcuchów dostaw' } },
  { id: 'skills', kind: 'track', name: { en: 'Up- and reskilling of the workforce', fr: 'Perfectionnement et reconversion des travailleurs', de: 'Weiter- und Umqualifizierung der Arbeitskräfte', es: 'Mejora y reciclaje de las competencias laborales', it: 'Aggiornamento e riqualificazione della forza lavoro', pl: 'Podnoszenie i zmiana kwalifikacji pracowników' } },
  { id: 'access-to-data', kind: 'service', name: { en: 'Access to data', fr: 'Accès aux données', de: 'Zugang zu Daten', es: 'Acceso a los datos', it: 'Accesso ai dati', pl: 'Dostęp do danych' } },
  { id: 'access-to-finance', kind: 'service', name: { en: 'Access to finance', fr: 'Accès au financement', de: 'Zugang zu Finanzierung', es: 'Acceso a la financiación', it: 'Accesso ai finanziamenti', pl: 'Dostęp do finansowania' } },
];
