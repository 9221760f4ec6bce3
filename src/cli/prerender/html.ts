/**
 * HTML as strings, escaped by construction: `html` is a tagged template whose
 * values are text (escaped for text and for quoted attributes alike) unless
 * they are `Html` made by `html` itself, so catalogue text can never become
 * markup. Arrays are joined; `undefined`, `null` and `false` write nothing.
 * The prerendered pages are plain HTML for readers without JavaScript and for
 * crawlers; no DOM is needed to write them.
 */

/** Markup that is already safe: only `html` makes one. */
export class Html {
  readonly #text: string;
  constructor(text: string, key: typeof MADE_HERE) {
    if (key !== MADE_HERE) throw new Error('Html is made by html`…` only');
    this.#text = text;
  }
  toString(): string {
    return this.#text;
  }
}
const MADE_HERE = Symbol('html');

export type Value = string | number | Html | undefined | null | false | readonly Value[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `text` safe in an element's content and in a quoted attribute value (NUL, which HTML drops or mangles, as U+FFFD). */
export const escapeHtml = (text: string): string => text.replace(/[&<>"'\0]/g, (c) => ESCAPES[c] ?? '\uFFFD');

function write(value: Value): string {
  if (value === undefined || value === null || value === false) return '';
  if (value instanceof Html) return value.toString();
  if (Array.isArray(value)) return value.map(write).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => (out += write(value) + strings[i + 1]!));
  return new Html(out, MADE_HERE);
}

const NAME = /^[a-z][a-z0-9-]*$/;

/**
 * `<name attributes…>content</name>`, for tag and attribute names chosen in
 * code (checked, never catalogue text); attribute values are escaped, an
 * undefined or empty one is left out, `true` writes a boolean attribute.
 */
export function element(name: string, attributes: Record<string, string | number | boolean | undefined>, content: Value): Html {
  const names = [name, ...Object.keys(attributes)];
  const bad = names.find((each) => !NAME.test(each));
  if (bad !== undefined) throw new Error(`not a tag or attribute name: ${bad}`);
  const written = Object.entries(attributes).map(([key, value]) => (value === undefined || value === '' || value === false ? '' : value === true ? ` ${key}` : ` ${key}="${escapeHtml(String(value))}"`));
  return new Html(`<${name}${written.join('')}>${write(content)}</${name}>`, MADE_HERE);
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` written `\u003c`, so
 * `</script>` or `<!--` in a catalogue name cannot end or bend the block, and
 * `>`, `&` likewise; U+2028 and U+2029 escaped, which older parsers take for
 * line ends. Still the same JSON to any parser.
 */
export function jsonForScript(data: unknown, indent?: number): Html {
  const text = JSON.stringify(data, null, indent).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return new Html(text, MADE_HERE);
}

/** A whole `<script type="application/ld+json">` block of schema.org data. */
export const jsonLdScript = (data: unknown): Html => html`<script type="application/ld+json">${jsonForScript(data)}</script>`;
