import { VERSION } from './version.js';

type Versioned = CustomElementConstructor & { t4gVersion?: string };

/**
 * Registers `tag` unless it already is, so a page that loads the library twice
 * (two script tags, the npm build beside the CDN one) never throws. Warns only
 * when the copy already registered is another version, since only then can
 * the two disagree.
 */
export function defineOnce(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag) as Versioned | undefined;
  if (!existing) {
    (element as Versioned).t4gVersion = VERSION;
    customElements.define(tag, element);
    return;
  }
  if (existing.t4gVersion !== VERSION) {
    console.warn(`<${tag}> is already defined by Tech4Good Marketplace ${existing.t4gVersion ?? '(unknown version)'}; version ${VERSION} loaded on the same page is not used.`);
  }
}
