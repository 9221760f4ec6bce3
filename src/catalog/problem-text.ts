/**
 * How problems read in a log, a console or a message: what they quote of a catalogue cut when long, control
 * characters escaped, paths written out. A module of its own, which the script-tag bundle leaves to the validation's
 * file (t4g-validation.js re-exports `describeField` and `describeProblem`): only a catalogue with problems needs it.
 */
import type { PathSegment, Problem } from './problems.js';

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

/** What is wrong and where, without the entry: `website must be … (at cities[3].website)`. */
export const describeField = (problem: Problem): string => `${printable(problem.message)} (at ${formatPath(problem.path)})`;

/** One line for a console or a log: the entry, what was done about it, what is wrong and where. */
export function describeProblem(problem: Problem): string {
  const done = problem.consequence === 'entry-left-out' ? ' was left out' : problem.consequence === 'reference-dropped' ? ': reference ignored' : problem.consequence === 'field-ignored' ? ': field ignored' : '';
  const who = problem.entry ? `${problem.entry}${done}: ` : '';
  return `${who}${describeField(problem)}`;
}
