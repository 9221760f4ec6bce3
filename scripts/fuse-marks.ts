/**
 * A Vite plugin for the script-tag bundles: in fuse.js, the character class of
 * combining marks that its `ignoreDiacritics` option strips is written out as
 * 2,100 characters of `\u` ranges, 1.1 KB of dist/t4g.js's gzip size. It
 * becomes the Unicode property `\p{M}`, which names the same marks (and any
 * Unicode has added since the list was written).
 *
 * The search never sets `ignoreDiacritics` (text-index.ts folds accents
 * itself), so what it finds is the same either way; the test compares the two
 * on words with marks. If a fuse.js release writes the class otherwise, the
 * build warns and leaves it, and `npm run size` shows the bytes come back.
 */
import type { Plugin } from 'vite';

/** The regular expression literal of the marks' class, as fuse.js 7.5 writes it. */
const MARKS = /\/\[\\u0300-\\u036F(?:\\u[0-9A-F]{4}(?:-\\u[0-9A-F]{4})?)+\]\/g(?=,)/;

/** fuse.js's source with its class of combining marks written short; undefined when it is not there. */
export function shortMarks(code: string): string | undefined {
  const match = MARKS.exec(code);
  return match ? code.slice(0, match.index) + String.raw`/\p{M}/gu` + code.slice(match.index + match[0].length) : undefined;
}

export function fuseMarks(): Plugin {
  return {
    name: 't4g:fuse-marks',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]fuse\.js[\\/]dist[\\/]fuse\.basic\.mjs$/.test(id)) return null;
      const out = shortMarks(code);
      if (out === undefined) {
        this.warn('fuse-marks: fuse.js no longer writes its combining marks as this plugin expects; they stay as they are');
        return null;
      }
      return { code: out, map: null };
    },
  };
}
