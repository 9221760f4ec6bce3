/**
 * Strict UTF-8: a catalogue saved in another encoding (Latin-1, Windows-1252)
 * is refused with the line and column of its first byte that is not UTF-8,
 * instead of being read with U+FFFD in place of its accented letters.
 */
import { CatalogError } from './errors.js';
import { positionAt } from './json.js';

/** The offset of the first byte of `bytes` that does not belong to well-formed UTF-8, or -1. */
export function firstNonUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    // The continuation bytes a lead byte needs, and the range of the first one (Unicode's table of well-formed sequences).
    const [need, low, high] =
      lead >= 0xc2 && lead <= 0xdf ? [1, 0x80, 0xbf]
      : lead === 0xe0 ? [2, 0xa0, 0xbf]
      : lead === 0xed ? [2, 0x80, 0x9f]
      : lead >= 0xe1 && lead <= 0xef ? [2, 0x80, 0xbf]
      : lead === 0xf0 ? [3, 0x90, 0xbf]
      : lead === 0xf4 ? [3, 0x80, 0x8f]
      : lead >= 0xf1 && lead <= 0xf3 ? [3, 0x80, 0xbf]
      : [0, 0, 0];
    if (!need) return i;
    for (let k = 1; k <= need; k++) {
      const byte = bytes[i + k];
      if (byte === undefined || byte < (k === 1 ? low : 0x80) || byte > (k === 1 ? high : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * `bytes` as text, or a `CatalogError` (`not-json`) naming where the first
 * byte that is not UTF-8 is; `before` is the text that came before `bytes`
 * (a download's earlier pieces), for the line and column.
 */
export function decodeUtf8(bytes: Uint8Array, what: string, before = ''): string {
  const bad = firstNonUtf8(bytes);
  if (bad < 0) return new TextDecoder().decode(bytes);
  const text = before + new TextDecoder().decode(bytes.subarray(0, bad));
  const at = positionAt(text, text.length);
  const byte = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
  throw new CatalogError('not-json', `${what} is not UTF-8 text: the byte 0x${byte} at line ${at.line}, column ${at.column} is not UTF-8. Save the file as UTF-8 (in most editors: Save as, then Encoding: UTF-8).`, at);
}
