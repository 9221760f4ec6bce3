/**
 * What is wrong in a catalogue, and where: the problems validation reports,
 * their paths and how they read in a log. Their wording from schema issues
 * is issue-wording.ts.
 */

export type PathSegment = string | number;

/** What happened to the data because of a problem, when loading leniently. */
export type Consequence = 'entry-left-out' | 'reference-dropped' | 'field-ignored';

/**
 * What kind of problem, in a stable name for machines (`t4g validate --json`):
 * an id used twice, a reference to an id that no entry has, a reference that
 * exists but is not allowed (a city as its own mentor), a solution left with
 * no track. A problem without one is about the shape of a value (`schema`).
 */
export type ProblemType = 'duplicate-id' | 'unknown-reference' | 'invalid-reference' | 'missing-track';

export interface Problem {
  /** Where the offending value is, from the top of the catalogue (or of the file, in the CLI). */
  path: PathSegment[];
  /** A sentence about the value at `path`, naming the field. */
  message: string;
  /** Set by the lenient loader: what it did about the problem. */
  consequence?: Consequence;
  type?: ProblemType;
  /** The solution, city or track concerned, as `solution "bike-share"` or `solution #4`. */
  entry?: string;
}

/**
 * Characters that act rather than show in a terminal or a log: controls (C0, DEL, C1), the line and
 * paragraph separators, and the bidirectional marks and overrides, which reorder what follows.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with those characters written as escapes (`\n`, `\u001b`, `\u2028`). Other text (accents, CJK) stays. */
const escapeUnprintable = (text: string): string =>
  text.replace(UNPRINTABLE, (char) => NAMED_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The most characters of a catalogue's text (a key, an id, a value) a message quotes whole. */
export const QUOTE_LIMIT = 80;
/** What a longer one shows: its first characters, then `…` and its length. */
const QUOTE_KEEP = 60;
/**
 * The longest message shown whole once its quotes are cut: a quoted text with backticks of its own can
 * escape that cut, not this one. A message's own words take under 150 characters, an address it names aside.
 */
export const MESSAGE_LIMIT = 500;

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Where the first `n` characters of `text` end (a surrogate pair is one character, never split), and how many it has. */
function measure(text: string, n: number): { end: number; characters: number } {
  let end = text.length;
  let characters = 0;
  for (let i = 0; i < text.length; i++, characters++) {
    if (characters === n) end = i;
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) i++;
  }
  return { end, characters };
}

/** `text` when it has at most `limit` characters; else its first `keep`, and how many it has. */
function cut(text: string, limit = QUOTE_LIMIT, keep = QUOTE_KEEP): { head: string; characters?: number } {
  if (text.length <= limit) return { head: text };
  const { end, characters } = measure(text, keep);
  return characters <= limit ? { head: text } : { head: text.slice(0, end), characters };
}

const characterCount = (n: number) => `${n.toLocaleString('en-US')} characters`;

/**
 * `text` of a catalogue as a message quotes it: between `mark`s, control characters escaped, and one of more
 * than 80 characters cut after its first 60, with its length: `` `aaaa…` (1,048,576 characters) ``.
 */
export function quote(text: string, mark = '`'): string {
  const { head, characters } = cut(text);
  return characters === undefined ? `${mark}${escapeUnprintable(head)}${mark}` : `${mark}${escapeUnprintable(head)}…${mark} (${characterCount(characters)})`;
}

/**
 * A message with what it quotes between backticks cut as `quote` cuts it, and, if it is still longer than
 * MESSAGE_LIMIT, cut there: a key of a megabyte (of a hostile catalogue, say) is not printed whole.
 */
function shortenQuotes(message: string): string {
  if (message.length <= QUOTE_LIMIT) return message;
  const parts = message.split('`');
  // Odd parts are quoted; the last part is not when the backticks are odd in number.
  for (let i = 1; i < parts.length - 1; i += 2) {
    const { head, characters } = cut(parts[i]!);
    if (characters === undefined) continue;
    parts[i] = `${head}…`;
    parts[i + 1] = ` (${characterCount(characters)})${parts[i + 1]}`;
  }
  const shortened = parts.join('`');
  const { head, characters } = cut(shortened, MESSAGE_LIMIT, MESSAGE_LIMIT);
  return characters === undefined ? head : `${head}… (cut: the message has ${characterCount(characters)})`;
}

/**
 * `text` (a message) as it can be printed: what it quotes of a catalogue cut when long (shortenQuotes), then
 * control characters escaped (`\n`, `\u001b`, `\u2028`), so that a key or value quoted in a message can
 * neither forge lines or clear a terminal nor fill a log. Other text (accents, CJK) stays.
 */
export const printable = (text: string): string => escapeUnprintable(shortenQuotes(text));

/**
 * `solutions[3].summary.fr`; keys that are not plain names are quoted (`summary["fr-BE"]`), and cut as `quote`
 * cuts (`["aaaa…" (1,048,576 characters)]`).
 */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (segment.length <= QUOTE_LIMIT && /^[A-Za-z_$][\w$]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else {
      const { head, characters } = cut(segment);
      // JSON.stringify escapes C0 controls, not the others.
      const quoted = escapeUnprintable(JSON.stringify(characters === undefined ? head : `${head}…`));
      out += `[${quoted}${characters === undefined ? '' : ` (${characterCount(characters)})`}]`;
    }
  }
  return out || '(top level)';
}

/** How a problem names its entry: `solution "bike-share"`. */
export const entryName = (kind: string, id: string): string => `${kind} "${id}"`;

/** The problems that left out the entry of that kind and id: why a card cannot show an id that is in the file. */
export const leftOutProblems = (problems: readonly Problem[], kind: 'solution' | 'city', id: string): Problem[] =>
  problems.filter((problem) => problem.consequence === 'entry-left-out' && problem.entry === entryName(kind, id));

/** What is wrong and where, without the entry: `website must be … (at cities[3].website)`. */
export const describeField = (problem: Problem): string => `${printable(problem.message)} (at ${formatPath(problem.path)})`;

/** One line for a console or a log: the entry, what was done about it, what is wrong and where. */
export function describeProblem(problem: Problem): string {
  const done = problem.consequence === 'entry-left-out' ? ' was left out' : problem.consequence === 'reference-dropped' ? ': reference ignored' : problem.consequence === 'field-ignored' ? ': field ignored' : '';
  const who = problem.entry ? `${problem.entry}${done}: ` : '';
  return `${who}${describeField(problem)}`;
}

export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string': return 'text';
    case 'number': return Number.isInteger(value) ? 'a whole number' : Number.isFinite(value) ? 'a number' : String(value);
    case 'boolean': return 'true/false';
    case 'object': return 'an object';
    default: return typeof value;
  }
}

/**
 * Edit distance, for "did you mean" on unknown keys. Past `limit` the exact
 * distance does not matter: it stops once every way is longer, and returns more than `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    let least = (row[0] = i);
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
      least = Math.min(least, row[j]!);
    }
    // A row's least value never shrinks further down.
    if (least > limit) return least;
  }
  return row[b.length]!;
}

/** How to end "unknown field `x`" at `path` (the object's): key-suggestions.ts's "(did you mean `y`?)", or nothing. */
export type KeySuggester = (key: string, path?: readonly PathSegment[]) => string;
