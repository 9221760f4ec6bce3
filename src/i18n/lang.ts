/**
 * The language an element speaks: its own `lang`, else the nearest
 * ancestor's (crossing shadow roots), else the document's, else English.
 */
export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    // The property first: an element's own `lang` may be set and not yet reflected.
    if (node instanceof HTMLElement && node.lang) return validTag(node.lang);
    if (node instanceof Element && node.getAttribute('lang')) return validTag(node.getAttribute('lang')!);
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return validTag(document.documentElement.lang || 'en');
}

const valid = new Map<string, string>();

/**
 * A tag every `Intl` formatter takes: pages write `en_US` or worse, and one
 * bad tag must not stop a widget. Underscores become hyphens; what is still
 * not a language tag reads as English.
 */
function validTag(tag: string): string {
  let known = valid.get(tag);
  if (known === undefined) {
    try {
      known = Intl.getCanonicalLocales(tag.trim().replaceAll('_', '-'))[0] ?? 'en';
    } catch {
      known = 'en';
    }
    if (valid.size < 100) valid.set(tag, known);
  }
  return known;
}
