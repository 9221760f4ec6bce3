/**
 * Strict UTF-8 for the CLI: a catalogue saved in another encoding (Latin-1,
 * Windows-1252) is refused with the line and column of its first byte that is
 * not UTF-8, instead of being read with U+FFFD in place of its accented
 * letters. (The browser decodes strictly as it downloads: load.ts.)
 */
import { firstNonUtf8 } from './issue-wording.js';
import { notUtf8Error } from './json.js';

export { firstNonUtf8 };

/** `bytes` as text, or a `CatalogError` (`not-json`) naming where the first byte that is not UTF-8 is. */
export function decodeUtf8(bytes: Uint8Array, what: string): string {
  const bad = firstNonUtf8(bytes);
  if (bad < 0) return new TextDecoder().decode(bytes);
  throw notUtf8Error(what, new TextDecoder().decode(bytes.subarray(0, bad)), bytes[bad]);
}
