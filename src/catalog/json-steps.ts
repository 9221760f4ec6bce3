/**
 * JSON.parse of a large catalogue in short steps (run by `runSliced`), so
 * that a 15 MB body does not hold the page for 150 ms in one task.
 *
 * A catalogue is one object whose bulk sits in a few long arrays (solutions,
 * cities). One pass over the text finds, outside strings, where each of those
 * arrays starts and ends and the commas between its elements. Then the object
 * is parsed with those arrays left empty, and their elements in batches.
 * Every piece goes through JSON.parse itself, and the pieces put back
 * together are the text, so they are all valid exactly when the whole is and
 * the result is the same. Anything unusual (not an object at the top, a key
 * twice, a batch with the wrong number of elements, any syntax error) falls
 * back to one JSON.parse of the whole text, whose error says where.
 */
import { parseJson } from './json.js';

/** Below this many characters the text is parsed in one step (about 10 ms). */
export const STEPPED_PARSE_FROM = 1_000_000;
/** Arrays shorter than this stay in the object parsed first. */
const LONG_ARRAY = 32_768;
/** Characters scanned per step: a few milliseconds even before the engine has optimised the loop. */
const SCAN_STEP = 16_384;
/** Characters parsed per step: one to three milliseconds. */
export const BATCH = 131_072;

/** An array at the top level of the object: its key (as written), its brackets and the commas between its elements. */
export interface LongArray {
  key: string;
  open: number;
  close: number;
  commas: number[];
}

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;

/** Parses `text` as JSON in steps; the result and the errors are those of `parseJson(text, what)`. */
export function* parseJsonSteps(text: string, what: string): Generator<void, unknown> {
  if (text.length < STEPPED_PARSE_FROM) return parseJson(text, what);
  const found = yield* scanLongArrays(text);
  if (!found) return parseJson(text, what);
  try {
    return yield* assemble(text, found.arrays, found.members);
  } catch {
    return parseJson(text, what);
  }
}

/**
 * The long arrays of the top-level object and its number of members, or
 * undefined when the text is not shaped like a catalogue (it is then parsed
 * whole). Exact for valid JSON; for invalid text the pieces fail to parse.
 */
export function* scanLongArrays(text: string): Generator<void, { arrays: LongArray[]; members: number } | undefined> {
  const start = text.search(/\S/);
  if (start < 0 || text.charCodeAt(start) !== 123) return undefined;
  const arrays: LongArray[] = [];
  let depth = 0;
  let topCommas = 0;
  let current: LongArray | undefined;
  let lastTopString = { from: 0, to: 0 };
  let nextPause = SCAN_STEP;
  let pos = start;
  for (;;) {
    const quote = text.indexOf('"', pos);
    const gapEnd = quote < 0 ? text.length : quote;
    // Between two strings: brackets and commas only need counting here.
    for (let i = pos; i < gapEnd; i++) {
      const char = text.charCodeAt(i);
      if (char === COMMA) {
        if (depth === 1) topCommas++;
        else if (depth === 2 && current) current.commas.push(i);
      } else if (char === 123 || char === 91) {
        depth++;
        if (depth === 2 && char === 91) current = { key: text.slice(lastTopString.from, lastTopString.to), open: i, close: -1, commas: [] };
      } else if (char === 125 || char === 93) {
        if (depth === 2 && current) {
          current.close = i;
          if (i - current.open >= LONG_ARRAY) arrays.push(current);
          current = undefined;
        }
        depth--;
      }
    }
    if (quote < 0) break;
    const end = closingQuote(text, quote);
    if (end < 0) return undefined;
    if (depth === 1) lastTopString = { from: quote, to: end + 1 };
    pos = end + 1;
    if (pos >= nextPause) {
      nextPause = pos + SCAN_STEP;
      yield;
    }
  }
  return depth === 0 && arrays.length ? { arrays, members: topCommas + 1 } : undefined;
}

/** The quote that ends the string opening at `open` (one not escaped by an odd run of backslashes), or -1. */
function closingQuote(text: string, open: number): number {
  let at = open;
  for (;;) {
    at = text.indexOf('"', at + 1);
    if (at < 0) return -1;
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return at;
  }
}

/** The object with the long arrays left empty, then each array parsed batch by batch. Throws on anything unexpected. */
function* assemble(text: string, arrays: LongArray[], members: number): Generator<void, unknown> {
  let rest = '';
  let from = 0;
  for (const array of arrays) {
    rest += text.slice(from, array.open + 1);
    from = array.close;
  }
  const root: unknown = JSON.parse(rest + text.slice(from));
  // A key given twice keeps only its last value, which need not be the long array.
  if (typeof root !== 'object' || root === null || Array.isArray(root) || Object.keys(root).length !== members) throw new Error('unexpected shape');
  yield;
  for (const array of arrays) {
    const key: unknown = JSON.parse(array.key);
    if (typeof key !== 'string') throw new Error('unexpected key');
    const elements: unknown[] = [];
    const bounds = [array.open, ...array.commas, array.close];
    for (let first = 0; first < bounds.length - 1; ) {
      let last = first + 1;
      while (last < bounds.length - 1 && bounds[last]! - bounds[first]! < BATCH) last++;
      const batch: unknown = JSON.parse(`[${text.slice(bounds[first]! + 1, bounds[last])}]`);
      // An empty element (`[1,,2]`, `[1,]`) parses as fewer elements than commas allow.
      if (!Array.isArray(batch) || batch.length !== last - first) throw new Error('unexpected batch');
      for (const element of batch) elements.push(element);
      first = last;
      yield;
    }
    // As JSON.parse does: an own property even for "__proto__".
    Object.defineProperty(root, key, { value: elements, writable: true, enumerable: true, configurable: true });
  }
  return root;
}
