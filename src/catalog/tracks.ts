import type { Track } from './schema.js';

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
/** A name for each ICC track: the interface's message tables name them in each language (`trackNames`). */
export type TrackNames = Record<IccTrackId, string>;

/**
 * The Intelligent Cities Challenge's thematic tracks and transversal
 * services, with their official English names; a catalogue without `tracks`
 * uses these. Frozen: every catalogue shares them. Their names in the other
 * interface languages are the interface's (src/i18n), not the data's.
 */
export const ICC_TRACKS: readonly Track[] = TRACKS;
for (const track of TRACKS) Object.freeze(Object.freeze(track).name);
Object.freeze(TRACKS);
