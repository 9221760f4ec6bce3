import type { Track } from './schema.js';
import { TRACK_TRANSLATIONS } from './track-translations.js';

const TRACKS = [
  { id: 'green-economy', kind: 'track', name: { en: 'Green economy and local green deals' } },
  { id: 'citizen-participation', kind: 'track', name: { en: 'Citizen participation and digitalisation of public administration' } },
  { id: 'tourism', kind: 'track', name: { en: 'Green and digital transition in tourism' } },
  { id: 'supply-chains', kind: 'track', name: { en: 'Resilience of local supply chains' } },
  { id: 'skills', kind: 'track', name: { en: 'Up- and reskilling of the workforce' } },
  { id: 'access-to-data', kind: 'service', name: { en: 'Access to data' } },
  { id: 'access-to-finance', kind: 'service', name: { en: 'Access to finance' } },
] as const satisfies readonly Track[];

export type IccTrackId = (typeof TRACKS)[number]['id'];
/** The ICC tracks' names in one language: each language table but English has them (`trackNames`). */
export type TrackNames = Record<IccTrackId, string>;

/**
 * The Intelligent Cities Challenge's thematic tracks and transversal services.
 * A catalogue without `tracks` uses these.
 *
 * Their names in other languages than English live in the language tables
 * (`trackNames` in src/i18n/fr.ts…). The npm modules have every language here
 * from the start (track-translations.ts); the script-tag bundles carry English,
 * and another language's names join these objects when its table loads
 * (messages.ts), with the rest of its text.
 */
export const ICC_TRACKS: readonly Track[] = TRACKS;

/** Adds a language's names to the ICC tracks (a language table's `trackNames`). */
export function addTrackNames(lang: string, names: TrackNames): void {
  for (const track of TRACKS) (track.name as Record<string, string>)[lang] = names[track.id];
}

for (const [lang, names] of Object.entries(TRACK_TRANSLATIONS)) addTrackNames(lang, names);
