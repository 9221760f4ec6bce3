import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { LangController } from '../controllers/lang-controller.js';

/**
 * What every element of the library shares: its language and its theme. The
 * design tokens (`--t4g-*`) are listed in custom-elements.json for each element
 * from src/styles/tokens.ts (see custom-elements-manifest.config.mjs), and in
 * docs/theming.md.
 */
export class T4gElement extends LitElement {
  /** Language of the interface and content; by default the nearest `lang` of the page. */
  @property({ reflect: true }) override lang!: string;

  /** `light` or `dark`; by default the reader's preference (`prefers-color-scheme`). */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  private readonly langWatch = new LangController(this);
}
