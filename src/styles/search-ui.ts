import { css } from 'lit';

/** Styles of the shared search UI (src/views/search-ui.ts): controls, facets, chips, grid, pages, states. */
export const searchUiStyles = css`
  :host {
    container-type: inline-size;
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
  input[type='search'],
  select {
    width: 100%;
    padding: 0.5em 0.6em;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .facets {
    display: grid;
    gap: 0.75em;
  }
  .filters-toggle {
    margin-bottom: 0.75em;
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
    background: var(--_surface);
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
  .value {
    overflow-wrap: anywhere;
  }
  .facet-count {
    margin-inline-start: auto;
    color: var(--_muted);
    font-size: 0.9em;
  }
  #results-heading {
    margin: 0;
    font-size: 1.15em;
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
  .chip {
    padding: 0.2em 0.7em;
    border: 1px solid var(--_brand);
    border-radius: 1em;
    background: color-mix(in srgb, var(--_brand) 8%, var(--_surface));
    color: var(--_text);
    font: inherit;
    font-size: 0.9em;
    cursor: pointer;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--t4g-card-min-width, 16em)), 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .skeleton {
    height: 10em;
    border-radius: var(--_radius);
    background: var(--_border);
    opacity: 0.4;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: pulse 1.2s ease-in-out infinite alternate;
    }
  }
  @keyframes pulse {
    to {
      opacity: 0.2;
    }
  }
  .empty {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .empty p {
    margin: 0 0 0.5em;
  }
  .empty ul {
    margin: 0 0 0.5em;
  }
  button {
    padding: 0.4em 1em;
    border: 1px solid var(--_brand);
    border-radius: var(--_radius);
    background: var(--_brand);
    color: var(--t4g-color-on-brand, #ffffff);
    font: inherit;
    cursor: pointer;
  }
  button.link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_brand);
    text-decoration: underline;
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
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
    background: var(--_surface);
    color: var(--_brand);
  }
  .pagination button[aria-current='page'] {
    background: var(--_brand);
    color: var(--t4g-color-on-brand, #ffffff);
  }
  .error {
    padding: var(--_space);
    border: 2px solid var(--t4g-color-warning, #b45309);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .error h2 {
    margin-top: 0;
    font-size: 1.1em;
  }
  .error p {
    overflow-wrap: anywhere;
  }
`;
