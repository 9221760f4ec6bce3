import { css } from 'lit';
import { alertStyles, buttonStyles, chipStyles } from './parts.js';

/** Styles of the shared search UI (src/views/search-ui.ts): controls, facets, chips, grid, pages, states. */
export const searchUiStyles = [
  buttonStyles,
  chipStyles,
  alertStyles,
  css`
    :host {
      container-type: inline-size;
      /* A phone's width: less than this, and the search field and a card no longer fit side by side with anything. */
      --_min-inline-size: 20em;
    }
    /* A dark widget on a page of another colour: its own slab, with room around the text. */
    :host([theme='dark']) {
      padding: var(--_space);
      border-radius: var(--_radius);
    }
    @media (prefers-color-scheme: dark) {
      :host([theme='auto']) {
        padding: var(--_space);
        border-radius: var(--_radius);
      }
    }
    .title {
      margin: 0 0 0.5em;
      font-size: var(--_font-size-title);
      line-height: 1.25;
    }
    /* minmax(0, …): the results never grow past the widget to fit a catalogue's very long word. */
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--_space) calc(var(--_space) * 1.5);
    }
    /* The filters beside the results from 40em (a CMS content column of 700 to 800 px); below, in a panel (renderPage). */
    @container (min-width: 40em) {
      .layout {
        grid-template-columns: minmax(11em, 13em) minmax(0, 1fr);
        align-items: start;
      }
      /* Always the wide column, also while loading, when there are no facets yet. */
      .results {
        grid-column: -2 / -1;
      }
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em var(--_space);
      margin-bottom: var(--_space);
    }
    .search {
      flex: 1 1 16em;
    }
    label[for] {
      display: block;
      margin-bottom: 0.25em;
      font-weight: bold;
    }
    /* Form controls: their border must meet 3:1 against the surface, hence its own token. Field and menu
       are the same height, so that their labels line up. */
    input[type='search'],
    select {
      width: 100%;
      height: 2.75em;
      padding: 0 0.6em;
      border: var(--_field-border-width) solid var(--_input-border);
      border-radius: var(--_field-radius);
      background: var(--_field);
      color: var(--_text);
      font: inherit;
    }
    input[type='search']:focus-visible,
    select:focus-visible {
      box-shadow: var(--_field-focus-shadow);
    }
    input[type='search']::placeholder {
      color: var(--_muted);
      opacity: 1;
    }
    /* Primary buttons: filled. */
    .filters-toggle,
    .primary,
    .pagination button[aria-current='page'] {
      border-color: var(--_button);
      background: var(--_button);
      color: var(--_on-button);
      box-shadow: var(--_button-shadow);
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em var(--_space);
      align-items: center;
      justify-content: space-between;
      margin-bottom: 0.75em;
    }
    #results-heading {
      margin: 0;
      font-size: var(--_font-size-large);
    }
    /* A target of focus moved by the widget (a new page of results), not a control: no focus ring on it. */
    #results-heading:focus {
      outline: none;
    }
    .filters {
      position: relative;
    }
    /* "Skip to results": shown when it has focus. */
    .skip:not(:focus) {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .skip:focus {
      margin-bottom: 0.5em;
    }
    .facets {
      display: grid;
      gap: 0.5em;
    }
    details {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface-alt);
    }
    summary {
      display: flex;
      gap: 0.5em;
      justify-content: space-between;
      padding: 0.5em 0.75em;
      font-weight: bold;
      cursor: pointer;
      list-style: none;
    }
    summary::-webkit-details-marker {
      display: none;
    }
    /* Drawn, not read: the summary's name is its title (and a screen reader says collapsed or expanded). */
    summary::after {
      content: '+' / '';
      flex-shrink: 0;
      font-weight: normal;
    }
    [open] > summary::after {
      content: '−' / '';
    }
    .ticked {
      margin-inline-end: auto;
      font-weight: normal;
      /* "(2)" stays whole beside a long title: the title wraps instead. */
      flex-shrink: 0;
      white-space: nowrap;
    }
    fieldset {
      margin: 0;
      padding: 0 0.75em 0.75em;
      border: 0;
    }
    /* Above the group's fieldset, not in it: in a fieldset, a text field beside 10,000 values made Chromium's
       layout take 34 s instead of 0.7 s (test/e2e/payloads.test.mjs). */
    .within {
      display: block;
      width: calc(100% - 1.5em);
      height: 2.25em;
      margin: 0 0.75em 0.25em;
    }
    fieldset ul,
    .chips ul,
    .pagination ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    fieldset label {
      display: flex;
      gap: 0.4em;
      align-items: baseline;
      padding: 0.2em 0;
      cursor: pointer;
    }
    .facet-count {
      flex-shrink: 0;
      margin-inline-start: auto;
      color: var(--_muted);
      font-size: var(--_font-size-small);
    }
    /* The filters' panel on narrow widths: a sheet over the whole screen, its title and its buttons always in view. */
    .panel {
      width: 100%;
      max-width: none;
      height: 100%;
      max-height: none;
      margin: 0;
      padding: 0;
      border: 0;
      background: var(--_surface);
      color: var(--_text);
    }
    .panel[open] {
      display: flex;
      flex-direction: column;
    }
    .panel::backdrop {
      background: var(--_backdrop);
    }
    .panel-head,
    .panel-foot {
      display: flex;
      gap: 0.5em var(--_space);
      flex-wrap: wrap;
      align-items: center;
      padding: 0.75em var(--_space);
    }
    .panel-head {
      justify-content: space-between;
      border-bottom: 1px solid var(--_border);
    }
    .panel-head h2 {
      margin: 0;
      font-size: var(--_font-size-x-large);
    }
    .panel .facets {
      flex: 1;
      overflow-y: auto;
      padding: var(--_space);
    }
    .panel-foot {
      border-top: 1px solid var(--_border);
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      align-items: center;
      margin-bottom: 0.75em;
    }
    .chips ul {
      display: contents;
    }
    .grid {
      display: grid;
      /* As many columns as cards of the minimum width fit, three at most (wide cards read better than many). */
      grid-template-columns: repeat(auto-fill, minmax(min(100%, max(var(--_card-min-width), (100% - 2 * var(--_space)) / 3)), 1fr));
      gap: var(--_space);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    /* Cards out of view skip layout and paint until scrolled to (each keystroke lays out only what shows),
       keeping their last size so the page does not jump. */
    .grid > li {
      display: grid;
      content-visibility: auto;
      contain-intrinsic-size: auto 16em;
    }
    /* A loading card: about a card's height, so the page hardly moves when the cards come. */
    .skeleton {
      height: 16em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface-alt);
    }
    @media (prefers-reduced-motion: no-preference) {
      .skeleton {
        animation: pulse 1.2s ease-in-out infinite alternate;
      }
    }
    @keyframes pulse {
      to {
        opacity: 0.5;
      }
    }
    .empty {
      margin: 0 0 var(--_space);
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .empty p {
      margin: 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
    }
    .empty .actions {
      margin-top: 0.75em;
    }
    .pagination ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.35em;
      align-items: center;
      justify-content: center;
      margin-top: calc(var(--_space) * 1.5);
    }
    .pagination button {
      min-width: 2.5em;
      text-align: center;
    }
    .pagination .of {
      display: none;
      padding: 0 0.5em;
    }
    /* Narrow: Previous, "Page 3 of 6", Next, on one line. */
    @container (max-width: 30em) {
      .pagination .n {
        display: none;
      }
      .pagination .of {
        display: block;
      }
    }
    /* On paper: the results under their heading, without the search, sort, filters and pages (the buttons: host.ts),
       and with an entry open, that entry alone. */
    @media print {
      .controls,
      .skip,
      .filters,
      [part='pagination'] {
        display: none !important;
      }
      .layout {
        display: block;
      }
      :host([data-t4g-open]) > :not(t4g-solution-detail, .profile) {
        display: none;
      }
    }
  `,
];
