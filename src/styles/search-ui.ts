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
    .layout {
      display: grid;
      gap: var(--_space);
    }
    @container (min-width: 48em) {
      .layout {
        grid-template-columns: minmax(12em, 16em) 1fr;
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
      align-items: end;
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
    /* Form controls: their border must meet 3:1 against the surface, hence its own token. */
    input[type='search'],
    select {
      width: 100%;
      padding: 0.5em 0.6em;
      border: 1px solid var(--_input-border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      font: inherit;
    }
    input[type='search']::placeholder {
      color: var(--_muted);
      opacity: 1;
    }
    /* Primary buttons: filled with the brand colour. */
    .filters-toggle,
    .pagination button[aria-current='page'] {
      background: var(--_button);
      color: var(--_on-button);
    }
    .filters-toggle {
      margin-bottom: 0.75em;
    }
    .facets {
      display: grid;
      gap: 0.75em;
    }
    .facets.folded {
      display: none;
    }
    @container (min-width: 48em) {
      .filters-toggle {
        display: none;
      }
      .facets.folded {
        display: grid;
      }
    }
    fieldset {
      margin: 0;
      padding: 0.5em 0.75em 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface-alt);
    }
    legend {
      padding: 0 0.25em;
      font-weight: bold;
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
      padding: 0.15em 0;
      cursor: pointer;
    }
    .facet-count {
      margin-inline-start: auto;
      color: var(--_muted);
      font-size: var(--_font-size-small);
    }
    #results-heading {
      margin: 0;
      font-size: var(--_font-size-large);
    }
    .count {
      margin: 0 0 0.75em;
      color: var(--_muted);
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
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card-min-width)), 1fr));
      gap: var(--_space);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    /* Cards out of view skip layout and paint until scrolled to (each keystroke lays out only what shows),
       keeping their last size so the page does not jump. */
    .grid > li {
      content-visibility: auto;
      contain-intrinsic-size: auto 16em;
    }
    .skeleton {
      height: 10em;
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
      padding: var(--_space);
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
    }
    .empty p,
    .empty ul {
      margin: 0 0 0.5em;
    }
    .pagination ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.35em;
      align-items: center;
      margin-top: var(--_space);
    }
    .pagination button {
      min-width: 2.5em;
    }
  `,
];
