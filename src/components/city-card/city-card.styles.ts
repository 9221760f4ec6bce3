import { css } from 'lit';
import { alertStyles, badgeStyles, buttonStyles, cardStyles } from '../../styles/parts.js';

export const cityCardStyles = [
  cardStyles,
  buttonStyles,
  badgeStyles,
  alertStyles,
  css`
    .image {
      width: 100%;
      max-height: 16em;
      object-fit: cover;
      border-radius: var(--_radius);
    }
    h3 {
      margin: 0;
      font-size: var(--_font-size-large);
      line-height: 1.3;
    }
    h4 {
      margin: 0.75em 0 0.25em;
      font-size: 1em;
    }
    /* Long words break at syllables (the host's hyphens: auto), not anywhere. */
    p {
      margin: 0;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      align-items: center;
      color: var(--_muted);
    }
    .tagline {
      font-style: italic;
    }
    .population {
      color: var(--_muted);
      font-size: var(--_font-size-small);
    }
    ul {
      margin: 0;
      padding-inline-start: 1.2em;
    }
    .practices {
      display: grid;
      gap: 0.75em;
      padding: 0;
      list-style: none;
    }
    .practices li {
      display: grid;
      gap: 0.25em;
      padding-inline-start: 0.75em;
      border-inline-start: 3px solid var(--_border);
    }
    /* The role badge is filled with the brand colour. */
    .role {
      background: var(--_button);
      color: var(--_on-button);
    }
  `,
];
