/**
 * What each design token styles, for the docs and custom-elements.json: apart
 * from tokens.ts so the prose stays out of the script-tag bundle.
 */
import { TOKENS, type Token } from './tokens.js';

export const TOKEN_USES: Readonly<Record<Token['name'], string>> = {
  '--t4g-color-brand': 'The city\'s colour: the default of the link and button colours (set those apart when the brand colour is light, a yellow say)',
  '--t4g-color-on-brand': 'Text on the brand colour: the default of the text on buttons',
  '--t4g-color-link': 'Links, link-style and outline buttons, badges and chip borders (default: the brand colour); must meet 4.5:1 on the surfaces',
  '--t4g-color-button': 'Fill of primary buttons (Filters, Try again, the current page) and of the role badge; also ticked checkboxes (default: the brand colour)',
  '--t4g-color-on-button': 'Text on primary buttons (default: the on-brand colour)',
  '--t4g-color-surface': 'Background of cards, the dialog, fields and outline buttons',
  '--t4g-color-surface-alt': 'Background of panels (the filter groups) and placeholders (loading cards)',
  '--t4g-color-background': "The widget's own background, behind its cards: transparent in the light theme (the page shows through), the surface colour in the dark one (with padding, so text never touches its edge)",
  '--t4g-color-text': 'Text',
  '--t4g-color-muted': 'Secondary text (counts, provider, facts, population)',
  '--t4g-color-border': 'Decorative borders: cards, panels, the dialog, the empty state',
  '--t4g-color-input-border': 'Border of the search field and the sort menu (default: the muted colour, which meets 3:1 against the surface)',
  '--t4g-color-focus': 'Focus outline (distinct from the warning colour; must meet 3:1 against the surfaces)',
  '--t4g-focus-width': 'Width of the focus outline',
  '--t4g-focus-offset': 'Gap between a focused control and its outline',
  '--t4g-focus-shadow': 'Shadow of a focused link or button, under its text: a fill (`inset 0 0 0 100vmax <colour>`) and a bar (`0 4px 0 <colour>`) for a focus drawn as GOV.UK draws it',
  '--t4g-color-focus-text': 'Text of a focused link or button (default: unchanged), for a focus drawn as a fill',
  '--t4g-field-focus-shadow': 'Shadow of the focused search field and sort menu, such as a thicker border (`inset 0 0 0 2px <colour>`)',
  '--t4g-badge-radius': 'Corner radius of badges and filter chips (default: the radius, at most 0.25em)',
  '--t4g-button-radius': 'Corner radius of buttons (default: the radius)',
  '--t4g-button-shadow': 'Shadow of primary buttons, such as a bar under them (`0 2px 0 <colour>`)',
  '--t4g-color-field': 'Background of the search field and the sort menu (default: the surface colour)',
  '--t4g-field-border-width': 'Border width of the search field and the sort menu',
  '--t4g-field-radius': 'Corner radius of the search field and the sort menu (default: the radius)',
  '--t4g-color-success': 'Success states (reserved: no component shows one yet)',
  '--t4g-color-warning': 'Border of error boxes (catalogue failed to load, unknown solution or city)',
  '--t4g-color-highlight': 'Background of search matches (painted as `::highlight(t4g-match)`)',
  '--t4g-color-backdrop': "Backdrop behind the solution's dialog",
  '--t4g-color-scheme': "The widget's scheme, `light` or `dark`, when no `theme` attribute sets it: a page's own dark mode (default: light)",
  '--t4g-font-family': "Font (default: the page's)",
  '--t4g-font-family-heading': 'Font of headings: the catalogue title, card and dialog titles (default: the font above)',
  '--t4g-font-weight-heading': 'Weight of headings',
  '--t4g-font-size': "Base text size (default: the reader's default size; `1em` follows the text around the widget)",
  '--t4g-font-size-small': 'Badges, chips, counts, secondary text',
  '--t4g-font-size-large': 'Card titles, the results heading, error titles',
  '--t4g-font-size-x-large': "The dialog's title, a city's name",
  '--t4g-font-size-title': "The catalogue's title",
  '--t4g-radius': 'Corner radius of cards, panels, fields and buttons',
  '--t4g-space': 'Padding of cards and gaps between them',
  '--t4g-shadow': 'Shadow of cards',
  '--t4g-shadow-dialog': "Shadow of the solution's dialog",
  '--t4g-card-min-width': 'Narrowest a card may be before the grid drops a column',
  '--t4g-dialog-width': "Widest the solution's dialog gets",
};

/** Every token with what it styles. */
export function documentedTokens(): (Token & { use: string })[] {
  return TOKENS.map((token) => ({ ...token, use: TOKEN_USES[token.name] ?? '' }));
}
