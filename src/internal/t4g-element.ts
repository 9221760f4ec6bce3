import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { LangController } from '../controllers/lang-controller.js';
import { defineOnce } from '../define.js';

/**
 * What every element of the library shares: its language, its theme, and its
 * registration. The design tokens (`--t4g-*`) are listed in
 * custom-elements.json for each element from src/styles/tokens.ts (see
 * custom-elements-manifest.config.mjs), and in docs/theming.md.
 */
export class T4gElement extends LitElement {
  /** The element's tag (`t4g-marketplace`…), under which `define()` registers it. */
  static tag: string;

  /** The elements this one renders: registered with it, so that each element works when imported alone. */
  static dependencies: readonly (typeof T4gElement)[] = [];
  /** Lit's reactive properties (documented on their fields below). */
  static override properties: PropertyDeclarations = { lang: { reflect: true }, theme: { reflect: true } };

  /** Registers the element under its tag, and every element it renders under theirs; once each, whatever else is on the page. */
  static define(): void {
    for (const dependency of this.dependencies) dependency.define();
    defineOnce(this.tag, this);
  }

  /** Language of the interface and content; by default the nearest `lang` of the page. */
  override lang!: string;

  /**
   * `light` (the default), `dark`, or `auto`: the page's `color-scheme` when it
   * declares one (read when the element is connected or the theme changes),
   * else the reader's preference (`prefers-color-scheme`). Choose `auto` only
   * when the site itself follows the reader.
   */
  theme?: 'light' | 'dark' | 'auto';

  private readonly langWatch = new LangController(this);

  /** Also waits, at first and for a moment at most, for the element's language table and the render in it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.langWatch.ready;
    return super.getUpdateComplete();
  }

  override willUpdate(changed: PropertyValues<this>) {
    // Into the private --_page-scheme, which tokens.ts reads for theme="auto".
    if (changed.has('theme') && this.theme === 'auto') {
      const around = getComputedStyle(this.parentElement ?? document.documentElement).colorScheme;
      if (around !== 'normal') this.style.setProperty('--_page-scheme', around);
      else this.style.removeProperty('--_page-scheme');
    }
  }

  constructor() {
    super();
    // Also when a page registered this class itself, under a tag of its own.
    for (const dependency of (this.constructor as typeof T4gElement).dependencies) dependency.define();
  }
}
