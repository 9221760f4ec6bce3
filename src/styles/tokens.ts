import { type CSSResult, unsafeCSS } from 'lit';

/**
 * The design tokens: every `--t4g-*` custom property a page may set, with its
 * private alias (`--_x`, what component styles read) and its defaults.
 *
 * A token is never declared on `:host` itself, only read there with a
 * fallback (`--_brand: var(--t4g-color-brand, <default>)`): a declaration on
 * `:host` would beat a value inherited from `:root`, so a token set on `:root`
 * or on the element both win over the default (shoelace #437).
 *
 * Themed tokens have a light and a dark default, given as `light-dark()`, so
 * each element picks by its used `color-scheme`: light unless `theme="dark"`,
 * or `theme="auto"` (the page's `color-scheme` when it declares one, else the
 * reader's `prefers-color-scheme`; t4g-element.ts reads the page's). A themed
 * element passes its scheme to the widgets nested in it (the marketplace's
 * cards and dialog, the directory's city cards) through the inherited private
 * `--_scheme`, so they follow it. Without a theme attribute on it or around it, an element takes the public
 * `--t4g-color-scheme` (inherited: a page sets it where its own dark mode starts), else light.
 *
 * What each token styles is in token-docs.ts (kept out of the bundle);
 * docs/theming.md documents this table; test/browser/theme.test.ts checks that
 * every token is there, and measures the contrast of the defaults.
 */
export interface Token {
  /** The public custom property. */
  name: `--t4g-${string}`;
  /** The private alias component styles use; none for the font, which the host reads directly. */
  alias?: `--_${string}`;
  /** Default in the light theme (or in both, when there is no `dark`). */
  light: string;
  /** Default in the dark theme. */
  dark?: string;
}

export const TOKENS: readonly Token[] = [
  // Colours. Contrast of the defaults (WCAG 2.1, light / dark) is in docs/theming.md.
  { name: '--t4g-color-brand', alias: '--_brand', light: '#0b5394', dark: '#8ab8ff' },
  { name: '--t4g-color-on-brand', alias: '--_on-brand', light: '#ffffff', dark: '#0d1117' },
  { name: '--t4g-color-surface', alias: '--_surface', light: '#ffffff', dark: '#161a20' },
  { name: '--t4g-color-surface-alt', alias: '--_surface-alt', light: '#f3f5f8', dark: '#20262e' },
  // Light: the page shows through (the cards are on their surface). Dark: a slab of its own (with padding, search-ui.ts).
  { name: '--t4g-color-background', alias: '--_background', light: 'transparent', dark: 'var(--_surface)' },
  { name: '--t4g-color-text', alias: '--_text', light: '#1b1f24', dark: '#e6e9ee' },
  { name: '--t4g-color-muted', alias: '--_muted', light: '#555d66', dark: '#a3adb9' },
  { name: '--t4g-color-border', alias: '--_border', light: '#c9ced6', dark: '#3d4550' },
  { name: '--t4g-color-input-border', alias: '--_input-border', light: 'var(--_muted)' },
  { name: '--t4g-color-link', alias: '--_link', light: 'var(--_brand)' },
  { name: '--t4g-color-button', alias: '--_button', light: 'var(--_brand)' },
  { name: '--t4g-color-on-button', alias: '--_on-button', light: 'var(--_on-brand)' },
  { name: '--t4g-color-focus', alias: '--_focus', light: '#1b1f24', dark: '#ffd617' },
  { name: '--t4g-color-success', alias: '--_success', light: '#1a7f37', dark: '#4cc26f' },
  { name: '--t4g-color-warning', alias: '--_warning', light: '#b45309', dark: '#f0a35b' },
  { name: '--t4g-color-highlight', alias: '--_highlight', light: '#fff0a8', dark: '#4d3d00' },
  { name: '--t4g-color-backdrop', alias: '--_backdrop', light: 'rgb(0 0 0 / 0.5)', dark: 'rgb(0 0 0 / 0.7)' },
  // The page's own dark mode (a design system's attribute on <html>, src/presets/): which scheme the widget takes when
  // it has no theme attribute and sits in no themed widget. No alias: read once, by color-scheme below.
  { name: '--t4g-color-scheme', light: 'light' },
  // Type: in em, relative to the widget's base size, never rem (material-web #1911).
  { name: '--t4g-font-family', light: 'inherit' },
  { name: '--t4g-font-family-heading', light: 'inherit' },
  { name: '--t4g-font-weight-heading', alias: '--_heading-weight', light: '700' },
  // `medium` is the reader's default text size: what `1rem` is, unless the page changed its root size. Not `1em`:
  // a page with `html { font-size: 62.5% }` and no size on body would pass 10px on to the widget (examples/hostile/municipal.html).
  { name: '--t4g-font-size', alias: '--_font-size', light: 'medium' },
  { name: '--t4g-font-size-small', alias: '--_font-size-small', light: '0.875em' },
  // The type scale: small, base, large, x-large, title.
  { name: '--t4g-font-size-large', alias: '--_font-size-large', light: '1.125em' },
  { name: '--t4g-font-size-x-large', alias: '--_font-size-x-large', light: '1.25em' },
  { name: '--t4g-font-size-title', alias: '--_font-size-title', light: '1.5em' },
  // Shape and space.
  { name: '--t4g-radius', alias: '--_radius', light: '0.5em' },
  { name: '--t4g-space', alias: '--_space', light: '1em' },
  { name: '--t4g-focus-width', alias: '--_focus-width', light: '0.1875em' },
  { name: '--t4g-focus-offset', alias: '--_focus-offset', light: '0.125em' },
  // Shapes and states that a colour cannot say (#19): a design system's square fields, pill-free badges, a button's
  // bottom bar, and a focus drawn as a fill with a bar (GOV.UK) rather than an outline. Empty by default: no change.
  { name: '--t4g-badge-radius', alias: '--_badge-radius', light: 'min(var(--_radius), 0.25em)' },
  { name: '--t4g-button-radius', alias: '--_button-radius', light: 'var(--_radius)' },
  { name: '--t4g-button-shadow', alias: '--_button-shadow', light: 'none' },
  { name: '--t4g-color-field', alias: '--_field', light: 'var(--_surface)' },
  { name: '--t4g-field-border-width', alias: '--_field-border-width', light: '1px' },
  { name: '--t4g-field-radius', alias: '--_field-radius', light: 'var(--_radius)' },
  { name: '--t4g-focus-shadow', alias: '--_focus-shadow', light: 'none' },
  { name: '--t4g-color-focus-text', alias: '--_focus-text', light: 'currentcolor' },
  { name: '--t4g-field-focus-shadow', alias: '--_field-focus-shadow', light: 'none' },
  // Shadows are themed through their colour: light-dark() takes colours only.
  { name: '--t4g-shadow', alias: '--_shadow', light: '0 1px 3px light-dark(rgb(0 0 0 / 0.12), rgb(0 0 0 / 0.6))' },
  { name: '--t4g-shadow-dialog', alias: '--_shadow-dialog', light: '0 0.5em 2em light-dark(rgb(0 0 0 / 0.3), rgb(0 0 0 / 0.7))' },
  { name: '--t4g-card-min-width', alias: '--_card-min-width', light: '15em' },
  { name: '--t4g-dialog-width', alias: '--_dialog-width', light: '48em' },
];

const aliased = TOKENS.filter((token) => token.alias);
const fallback = (token: Token) => (token.dark === undefined ? token.light : `light-dark(${token.light},${token.dark})`);

// Built from constants of this file only (no outside input), hence unsafeCSS.
// Written without spaces or line breaks, as the bundles' other styles are once minified.
export const tokenStyles: CSSResult = unsafeCSS(
  `:host{${aliased.map((token) => `${token.alias}:var(${token.name},${fallback(token)});`).join('')}color-scheme:var(--_scheme,var(--t4g-color-scheme,light))}` +
    `:host([theme=light]){--_scheme:light}:host([theme=dark]){--_scheme:dark}:host([theme=auto]){--_scheme:var(--_page-scheme,light dark)}`,
);
