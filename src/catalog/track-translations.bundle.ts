/**
 * track-translations.ts in the script-tag bundles (an alias in vite.config.ts):
 * no names here; each language's join the ICC tracks when its table loads
 * (messages.ts), so an English page downloads only the English ones.
 */
import type { TrackNames } from './tracks.js';

export const TRACK_TRANSLATIONS: Readonly<Record<string, TrackNames>> = {};
