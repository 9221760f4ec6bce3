/**
 * The ICC tracks' names in the languages other than English, for the npm
 * modules, the CLI and the tests, where every language is at hand.
 *
 * The script-tag bundles use track-translations.bundle.ts instead (an alias in
 * vite.config.ts), so that these names stay in the language files beside the
 * bundle, loaded with the rest of their language (see tracks.ts).
 */
import { trackNames as de } from '../i18n/de.js';
import type { TrackNames } from './tracks.js';
import { trackNames as es } from '../i18n/es.js';
import { trackNames as fr } from '../i18n/fr.js';
import { trackNames as it } from '../i18n/it.js';
import { trackNames as pl } from '../i18n/pl.js';

export const TRACK_TRANSLATIONS: Readonly<Record<string, TrackNames>> = { fr, de, es, it, pl };
