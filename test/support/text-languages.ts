/**
 * The language each piece of text of the CLI's HTML is read in: the `lang` of its nearest element that has one, as
 * screen readers take it (WCAG 3.1.2). For the CLI's own markup only (html-check.ts says what it may hold): tags
 * always closed, but for the void ones; JSON-LD blocks and the head are no text anyone reads.
 */
const VOID = new Set(['meta', 'link', 'img', 'br']);
const TAG = /<(\/?)([a-z][a-z0-9-]*)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*>/g;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

export interface LanguagedText {
  text: string;
  lang: string | undefined;
}

/** The body's texts (trimmed, none empty), each with the language it is read in. */
export function textLanguages(html: string): LanguagedText[] {
  const body = html.slice(html.indexOf('<body>'), html.lastIndexOf('</body>')).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
  const outer = /<html lang="([^"]*)">/.exec(html)?.[1];
  const langs: (string | undefined)[] = [];
  const texts: LanguagedText[] = [];
  const addText = (raw: string) => {
    const text = raw.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!).replace(/\s+/g, ' ').trim();
    if (text) texts.push({ text, lang: langs.findLast((lang) => lang !== undefined) ?? outer });
  };
  let at = 0;
  for (const match of body.matchAll(TAG)) {
    addText(body.slice(at, match.index));
    at = match.index + match[0].length;
    const [, closing, name, attributes] = match;
    if (closing) langs.pop();
    else if (!VOID.has(name!)) langs.push(/\slang="([^"]*)"/.exec(attributes!)?.[1]);
  }
  addText(body.slice(at));
  return texts;
}
