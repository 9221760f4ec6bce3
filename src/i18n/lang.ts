/**
 * The language an element speaks: its own `lang`, else the nearest
 * ancestor's (crossing shadow roots), else the document's, else English.
 */
export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    // The property first: an element's own `lang` may be set and not yet reflected.
    if (node instanceof HTMLElement && node.lang) return node.lang;
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.lang || 'en';
}
