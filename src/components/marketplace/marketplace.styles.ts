import { css } from 'lit';

export const marketplaceStyles = css`
  :host {
    container-type: inline-size;
  }
  h2 {
    margin: 0 0 0.25em;
    font-size: 1.4em;
    line-height: 1.25;
  }
  .count {
    margin: 0 0 var(--_space);
    color: var(--_muted);
  }
  ol {
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
  .error {
    padding: var(--_space);
    border: 2px solid var(--t4g-color-warning, #b45309);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .error h2 {
    font-size: 1.1em;
  }
  .error p {
    overflow-wrap: anywhere;
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
`;
