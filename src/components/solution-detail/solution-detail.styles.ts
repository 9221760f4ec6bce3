import { css } from 'lit';

export const solutionDetailStyles = css`
  dialog {
    width: min(100% - 2em, var(--t4g-dialog-width, 48em));
    max-height: calc(100% - 2em);
    padding: calc(1.5 * var(--_space));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 0.5em 2em rgb(0 0 0 / 0.3);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .header {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: var(--_space);
  }
  h2 {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  p {
    overflow-wrap: anywhere;
  }
  .summary {
    font-size: 1.1em;
  }
  img {
    max-width: 100%;
    height: auto;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(8em, max-content) 1fr;
    gap: 0.5em var(--_space);
  }
  dt {
    font-weight: bold;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  dd ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  ul.cities,
  ul.badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    padding: 0;
    list-style: none;
  }
  .badges li {
    padding: 0.1em 0.6em;
    border: 1px solid var(--_brand);
    border-radius: 1em;
    color: var(--_brand);
    font-size: 0.85em;
  }
  button {
    padding: 0.3em 0.8em;
    border: 1px solid var(--_brand);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_brand);
    font: inherit;
    cursor: pointer;
  }
  a {
    color: var(--_brand);
  }
`;
