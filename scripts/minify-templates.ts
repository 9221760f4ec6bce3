/**
 * A Vite plugin for the script-tag bundles: minifies the text of Lit's
 * `css` and `html` tagged templates in our own sources, which no JavaScript
 * minifier touches (a template's text is a string to it).
 *
 * - `css`: comments go, whitespace runs become one space, and the spaces
 *   around `{ } ; ,`, after `:` and the last `;` of a block go. A space
 *   before `:` stays (`.a :hover` is not `.a:hover`), and so do the spaces
 *   around `+ - * /` and parentheses (`calc(1em + 2px)`, `and (min-width…)`).
 * - `html`: only whitespace that holds a line break is touched, and it becomes
 *   one space, never nothing: between inline elements a space is text a reader
 *   sees, and text content keeps its words apart. `<pre>` and `<textarea>` are
 *   not used in our templates (the plugin refuses a template that has one).
 *
 * Only the template's own text changes, never what `${…}` inserts. The npm
 * build (tsc) and the tests that run the sources see the templates as written;
 * the end-to-end tests run the bundles this plugin minified.
 */
import type { Plugin } from 'vite';

/** The text of a `css` template, one piece between two `${…}` at a time. */
export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
}

/** The text of an `html` template, one piece between two `${…}` at a time. */
export function minifyHtml(text: string): string {
  if (/<(pre|textarea)\b/i.test(text)) throw new Error('minify-templates: <pre> and <textarea> keep their whitespace; teach the plugin about them first');
  return text.replace(/\s*\n\s*/g, ' ');
}

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

interface TemplateElement extends Node {
  value: { raw: string };
}

const MINIFIERS: Record<string, (text: string) => string> = { css: minifyCss, html: minifyHtml };

/** Every `css`…`` and `html`…`` quasi of a module, with its minified text. */
export function templateEdits(code: string, program: Node): { start: number; end: number; text: string }[] {
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object' || typeof (node as Node).type !== 'string') return;
    const current = node as Node;
    const tag = current.tag as Node | undefined;
    const minify = current.type === 'TaggedTemplateExpression' && tag?.type === 'Identifier' ? MINIFIERS[tag.name as string] : undefined;
    if (minify) {
      const quasis = (current.quasi as Node).quasis as TemplateElement[];
      for (const quasi of quasis) {
        if (code.slice(quasi.start, quasi.end) !== quasi.value.raw) throw new Error(`minify-templates: unexpected template position at ${quasi.start}`);
        const text = minify(quasi.value.raw);
        if (text !== quasi.value.raw) edits.push({ start: quasi.start, end: quasi.end, text });
      }
    }
    for (const [key, value] of Object.entries(current)) if (key !== 'type' && typeof value === 'object') visit(value);
  };
  visit(program);
  return edits;
}

export function minifyTemplates(): Plugin {
  return {
    name: 't4g:minify-templates',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html)`/.test(code)) return null;
      const edits = templateEdits(code, this.parse(code) as unknown as Node);
      if (!edits.length) return null;
      let out = code;
      for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
