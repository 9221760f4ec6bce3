import { css } from 'lit';
import { tokenStyles } from './tokens.js';

/**
 * What every component starts from: the design tokens with their defaults on
 * `:host` (tokens.ts), and resets for the text properties a host page's CSS
 * would otherwise pour into the widget. Sizes are in `em` of the host's size,
 * never `rem`, and the host's size defaults to `medium` (the reader's default),
 * so pages with `html { font-size: 62.5% }` do not shrink the widget.
 */
export const hostStyles = [
  tokenStyles,
  css`
    /* A block at the full width of its container, in a flex or grid parent too: the search widgets are size
       containers (container-type, search-ui.ts), whose own content then counts as no width at all, so a row that
       sizes its children by their content (Utrecht's grid, a float, an inline-block) shrank them to 0 px. They grow
       into the room there is and keep a usable minimum: a minimum width for flex rows (never wider than the row),
       and the width a size container reports as its content, for grid tracks and shrink-to-fit boxes. A page's own
       rule on the element wins over these. */
    :host {
      display: block;
      flex: 1 1 auto;
      min-inline-size: min(100%, var(--_min-inline-size, 15em));
      contain-intrinsic-inline-size: var(--_min-inline-size, 15em);
      box-sizing: border-box;
      background: var(--_background);
      color: var(--_text);
      accent-color: var(--_button);
      /* No alias: a custom property cannot hold the keyword inherit as a value to pass on. */
      font-family: var(--t4g-font-family, inherit);
      font-size: var(--_font-size);
      line-height: 1.5;
      text-align: start;
      text-indent: 0;
      letter-spacing: normal;
      word-spacing: normal;
      text-transform: none;
      white-space: normal;
      /* What a page sets on its text that would break the widget's layout or its labels: words cut anywhere
         (word-break), italic or bold everywhere. font-size-adjust is left to inherit: it fits the page's font. */
      word-break: normal;
      line-break: auto;
      font-style: normal;
      font-weight: normal;
      font-variant: normal;
      font-stretch: normal;
      /* Long words (German compounds) break at syllables, in the language of their element's lang; one that still
         does not fit breaks anywhere rather than overflow (links to addresses break anywhere: views/common.ts). */
      hyphens: auto;
      overflow-wrap: break-word;
    }
    h2,
    h3,
    h4,
    [role='heading'] {
      font-family: var(--t4g-font-family-heading, inherit);
      font-weight: var(--_heading-weight);
    }
    :host([hidden]) {
      display: none;
    }
    /* Not inherit from the host: a page rule like * { box-sizing: content-box } reaches the host itself. */
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    /* A flex or grid item may be narrower than its longest word, which then breaks (overflow-wrap above): a
       catalogue's 100,000-letter word never widens the widget. Checkboxes keep their size. */
    * {
      min-width: 0;
    }
    input[type='checkbox'] {
      flex-shrink: 0;
    }
    /* Widgets nested in this one (the marketplace's cards and dialog, the directory's city cards) take
       this one's size: without this they would start again from medium, or apply --t4g-font-size twice. */
    t4g-solution-card,
    t4g-solution-detail,
    t4g-city-card {
      --t4g-font-size: 1em;
    }
    /* Read by screen readers, not shown. */
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    :focus-visible {
      outline: var(--_focus-width) solid var(--_focus);
      outline-offset: var(--_focus-offset);
    }
    /* A focus drawn as a fill with a bar (GOV.UK's): a shadow under the text, the text in its own colour. A shadow, not
       a background, so that the default (none) leaves each control's own background alone; and the text's fill colour,
       not its colour, so that the default (currentcolor) leaves it as it is. */
    a:focus-visible,
    button:focus-visible,
    summary:focus-visible {
      box-shadow: var(--_focus-shadow);
      -webkit-text-fill-color: var(--_focus-text);
    }
    /* On paper: light (a dark theme's pale text would print on white), no buttons (a filter's chip stays: it says
       what was searched; the search UI's other controls: search-ui.ts), no card or list item cut in two, and the
       address of each link after its text. */
    @media print {
      :host {
        color-scheme: light !important;
      }
      button:not(.chip) {
        display: none !important;
      }
      /* A card whole; not a city's full profile, which would start on a sheet of its own. */
      :host(:not([variant='full'])) article,
      li {
        break-inside: avoid;
      }
      /* An inline block: the link's underline and weight stop at it. */
      a[href^='http']::after {
        display: inline-block;
        margin-inline-start: 0.25em;
        content: '(' attr(href) ')';
        color: var(--_text);
        font-size: var(--_font-size-small);
        font-weight: normal;
        overflow-wrap: anywhere;
      }
      /* A card's name: its address on a line of its own, under it. */
      .name::after {
        display: block;
        margin: 0;
      }
      /* The open entry's own address, where "Copy link" was. */
      .share::before {
        content: attr(data-href);
        font-size: var(--_font-size-small);
        overflow-wrap: anywhere;
      }
    }
  `,
];
