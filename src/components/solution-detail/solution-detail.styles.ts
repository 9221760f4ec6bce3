import { css } from 'lit';
import { badgeStyles, buttonStyles } from '../../styles/parts.js';

export const solutionDetailStyles = [
  buttonStyles,
  badgeStyles,
  css`
    dialog {
      width: min(100% - 2em, var(--_dialog-width));
      max-height: calc(100% - 2em);
      padding: calc(1.5 * var(--_space));
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      box-shadow: var(--_shadow-dialog);
    }
    /* ::backdrop inherits from the dialog in current browsers; older ones get the light default. */
    dialog::backdrop {
      background: var(--_backdrop, rgb(0 0 0 / 0.5));
    }
    .header {
      display: flex;
      align-items: start;
      justify-content: space-between;
      gap: var(--_space);
    }
    h2 {
      margin: 0;
      font-size: var(--_font-size-title);
      line-height: 1.25;
      overflow-wrap: anywhere;
    }
    p {
      overflow-wrap: anywhere;
    }
    .summary {
      font-size: var(--_font-size-large);
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
  `,
];
