/**
 * JSON.parse of a large catalogue in short steps (run by `runSliced`), so
 * that a body of many megabytes never holds the page in one long task.
 *
 * A catalogue is one object whose bulk sits in a few long arrays (solutions,
 * cities). One pass over the text finds, outside strings, where each of those
 * arrays starts and ends and the commas between its elements. Then the object
 * is parsed with those arrays left empty, and their elements one by one.
 * Every piece goes through JSON.parse itself, and the pieces put back
 * together are the text, so they are all valid exactly when the whole is and
 * the result is the same. Anything unusual (not an object at the top, a key
 * twice, an empty element, any syntax error) falls back to parsing the whole
 * text (`whole`, whose error says where).
 *
 * The text comes as the pieces it was downloaded in: joining them into one
 * string, or reading a string built piece by piece, makes the engine copy it
 * all at once (a quarter of a second for 70 MB), so the pass reads the pieces
 * as they are and an element is cut out of the piece that holds it.
 *
 * The loader imports this module only for large bodies, and the bundles make
 * it a file of its own (`t4g-json-steps.js`), so it imports nothing from the bundle (shared-strings.ts is built into it).
 */

/** Arrays shorter than this stay in the object parsed first. */
const LONG_ARRAY = 32_768;
/** Characters scanned, or parsed, per step: a few milliseconds even before the engine has optimised the loop. */
const STEP = 16_384;

/** An array at the top level of the object: its key (as written), its brackets and the commas between its elements, as offsets in the whole text. */
export interface LongArray {
  key: string;
  open: number;
  close: number;
  commas: number[];
}

const BACKSLASH = 92;
const COMMA = 44;

/** The text as pieces, and where each starts in the whole. */
class Pieces {
  readonly starts: number[] = [];
  readonly length: number;
  constructor(readonly pieces: readonly string[]) {
    let at = 0;
    for (const piece of pieces) this.starts.push(at), (at += piece.length);
    this.length = at;
  }

  /** The text from `from` to `to`: a slice of one piece (no copy) when one holds it. */
  slice(from: number, to: number): string {
    let i = this.pieceAt(from);
    let out = '';
    for (; from < to; i++) {
      const start = this.starts[i]!;
      const part = this.pieces[i]!.slice(from - start, to - start);
      out = out ? out + part : part;
      from = start + this.pieces[i]!.length;
    }
    return out;
  }

  private pieceAt(offset: number): number {
    let [low, high] = [0, this.starts.length - 1];
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}

/** Shares repeated texts between a large catalogue's solutions: given to `parseJsonSteps` by the loader. */
export { shareSolutionStrings } from './shared-strings.js';

/**
 * Parses the text made of `texts` as JSON in steps; anything unusual is left to `whole`, which parses the whole text.
 * `onElement` sees each element of a long array, with the array's key, as soon as it is parsed.
 */
export function* parseJsonSteps(texts: readonly string[], whole: () => unknown, onElement?: (key: string, element: unknown) => void): Generator<void, unknown> {
  const pieces = new Pieces(texts);
  const found = yield* scanLongArrays(texts, pieces);
  if (!found) return whole();
  try {
    return yield* assemble(pieces, found.arrays, found.members, onElement);
  } catch {
    return whole();
  }
}

/**
 * The long arrays of the top-level object and its number of members, or
 * undefined when the text is not shaped like a catalogue (it is then parsed
 * whole). Exact for valid JSON whose top is an object; for anything else the
 * pieces fail to parse, or do not make an object.
 */
export function* scanLongArrays(pieces: readonly string[], whole = new Pieces(pieces)): Generator<void, { arrays: LongArray[]; members: number } | undefined> {
  const arrays: LongArray[] = [];
  let depth = 0;
  let topCommas = 0;
  let current: LongArray | undefined;
  let lastTopString = { from: 0, to: 0 };
  // A string may run over from one piece into the next, with the backslashes it ends on so far.
  let stringFrom = -1;
  let backslashesBefore = 0;
  let nextPause = STEP;
  let base = 0;
  for (const text of pieces) {
    let pos = 0;
    for (;;) {
      if (stringFrom >= 0) {
        const end = closingQuote(text, pos, backslashesBefore);
        if (end < 0) {
          backslashesBefore = trailingBackslashes(text, pos, backslashesBefore);
          break;
        }
        if (depth === 1) lastTopString = { from: stringFrom, to: base + end + 1 };
        stringFrom = -1;
        pos = end + 1;
      }
      const quote = text.indexOf('"', pos);
      const gapEnd = quote < 0 ? text.length : quote;
      // Between two strings: brackets and commas only need counting here.
      for (let i = pos; i < gapEnd; i++) {
        if (base + i >= nextPause) {
          nextPause = base + i + STEP;
          yield;
        }
        const char = text.charCodeAt(i);
        if (char === COMMA) {
          if (depth === 1) topCommas++;
          else if (depth === 2 && current) current.commas.push(base + i);
        } else if (char === 123 || char === 91) {
          depth++;
          if (depth === 2 && char === 91) current = { key: whole.slice(lastTopString.from, lastTopString.to), open: base + i, close: -1, commas: [] };
        } else if (char === 125 || char === 93) {
          if (depth === 2 && current) {
            current.close = base + i;
            if (current.close - current.open >= LONG_ARRAY) arrays.push(current);
            current = undefined;
          }
          depth--;
        }
      }
      if (quote < 0) break;
      stringFrom = base + quote;
      backslashesBefore = 0;
      pos = quote + 1;
      if (base + pos >= nextPause) {
        nextPause = base + pos + STEP;
        yield;
      }
    }
    base += text.length;
  }
  return depth === 0 && stringFrom < 0 && arrays.length ? { arrays, members: topCommas + 1 } : undefined;
}

/**
 * The quote ending the string that runs from `from` in `text` (one not escaped
 * by an odd run of backslashes, counting `before` ones that ended the previous
 * piece when the run starts the piece), or -1.
 */
function closingQuote(text: string, from: number, before: number): number {
  let at = from - 1;
  for (;;) {
    at = text.indexOf('"', at + 1);
    if (at < 0) return -1;
    let backslashes = 0;
    while (at - 1 - backslashes >= from && text.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes++;
    if (at - backslashes === from) backslashes += before;
    if (backslashes % 2 === 0) return at;
  }
}

/** The backslashes a piece ends on, inside a string that continues in the next piece. */
function trailingBackslashes(text: string, from: number, before: number): number {
  let count = 0;
  while (text.length - 1 - count >= from && text.charCodeAt(text.length - 1 - count) === BACKSLASH) count++;
  return text.length - count === from ? count + before : count;
}

const unusual = new Error('not shaped like a catalogue');

/** The object with the long arrays left empty, then each element on its own. Throws on anything unexpected. */
function* assemble(pieces: Pieces, arrays: LongArray[], members: number, onElement?: (key: string, element: unknown) => void): Generator<void, unknown> {
  let rest = '';
  let from = 0;
  for (const array of arrays) {
    rest += pieces.slice(from, array.open + 1);
    from = array.close;
  }
  const root: unknown = JSON.parse(rest + pieces.slice(from, pieces.length));
  // A key given twice keeps only its last value, which need not be the long array.
  if (typeof root !== 'object' || root === null || Array.isArray(root) || Object.keys(root).length !== members) throw unusual;
  yield;
  for (const array of arrays) {
    const key: unknown = JSON.parse(array.key);
    // JSON.parse makes "__proto__" an own property; an assignment would not: left to it.
    if (typeof key !== 'string' || key === '__proto__') throw unusual;
    const elements: unknown[] = [];
    let parsed = 0;
    let previous = array.open;
    for (const end of [...array.commas, array.close]) {
      // An element cut out of one piece costs no copy; an empty one (`[1,,2]`, `[1,]`) does not parse.
      const element: unknown = JSON.parse(pieces.slice(previous + 1, end));
      onElement?.(key, element);
      elements.push(element);
      parsed += end - previous;
      previous = end;
      if (parsed >= STEP) {
        parsed = 0;
        yield;
      }
    }
    (root as Record<string, unknown>)[key] = elements;
  }
  return root;
}
