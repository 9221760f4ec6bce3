/**
 * What the CLI's HTML may hold, checked without a browser: every `<` opens
 * or closes a tag of the known set, with known attribute names and quoted
 * values (so no catalogue text became markup), JSON-LD blocks apart; hrefs
 * are the widgets' addresses, pages of the site, or http(s) and mailto;
 * images' srcs are http(s) or the site's own files.
 */
const TAGS = new Set(['html', 'head', 'body', 'meta', 'title', 'link', 'script', 'header', 'main', 'nav', 'article', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'li', 'a', 'span', 'bdi', 'strong', 'dl', 'dt', 'dd', 'time', 'img', 't4g-marketplace', 't4g-city-directory']);
const ATTRIBUTES = new Set(['class', 'lang', 'href', 'hreflang', 'rel', 'type', 'src', 'datetime', 'charset', 'name', 'content', 'aria-current', 'sync-url', 'listen', 'heading', 'alt', 'loading', 'decoding']);
const TAG = /<(\/?)([a-z][a-z0-9-]*)((?:\s+[a-z-]+(?:="[^"<>]*")?)*)\s*>/y;
const JSON_LD_OPEN = '<script type="application/ld+json">';

export interface Scanned {
  problems: string[];
  jsonLd: string[];
  hrefs: string[];
  /** The `src` of every `<img>`. */
  images: string[];
}

export function scanHtml(html: string): Scanned {
  const problems: string[] = [];
  const jsonLd: string[] = [];
  const hrefs: string[] = [];
  const images: string[] = [];
  let at = html.startsWith('<!doctype html>\n') ? 16 : 0;
  for (;;) {
    const next = html.indexOf('<', at);
    if (next < 0) break;
    if (html.startsWith(JSON_LD_OPEN, next)) {
      const end = html.indexOf('</script>', next);
      jsonLd.push(html.slice(next + JSON_LD_OPEN.length, end));
      at = end + '</script>'.length;
      continue;
    }
    TAG.lastIndex = next;
    const match = TAG.exec(html);
    if (!match) {
      problems.push(`a < that opens no known tag: ${JSON.stringify(html.slice(next, next + 60))}`);
      at = next + 1;
      continue;
    }
    const [whole, , name, attributes] = match;
    if (!TAGS.has(name!)) problems.push(`unexpected tag <${name}>`);
    for (const [, key, value] of attributes!.matchAll(/\s+([a-z-]+)(?:="([^"]*)")?/g)) {
      if (!ATTRIBUTES.has(key!)) problems.push(`unexpected attribute ${key} on <${name}>`);
      if (key === 'href') hrefs.push(value!.replaceAll('&amp;', '&'));
      if (key === 'src' && name === 'img') images.push(value!.replaceAll('&amp;', '&'));
    }
    at = next + whole.length;
  }
  for (const href of hrefs) {
    if (!/^(?:\?t4g-[a-z-]*=[a-z0-9-]+$|https?:\/\/|mailto:|(?:\.\.\/)*[a-z0-9/-]+\.(?:html|css)$)/.test(href)) problems.push(`unexpected href ${href}`);
  }
  for (const src of images) {
    if (!/^(?:https?:\/\/|(?:\.\.\/)*[a-z0-9/._-]+\.(?:svg|png|jpe?g|webp|avif|gif)$)/i.test(src)) problems.push(`unexpected image src ${src}`);
  }
  for (const block of jsonLd) if (/[<\u2028\u2029]/.test(block)) problems.push('a JSON-LD block holds a raw <, U+2028 or U+2029');
  return { problems, jsonLd, hrefs, images };
}
