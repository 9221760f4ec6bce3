import { css } from 'lit';
import { alertStyles, badgeStyles, buttonStyles, cardStyles } from '../../styles/parts.js';

/** The card's rules; a full profile's own come with it (city-profile.ts), adopted once it has loaded. */
export const cityCardStyles = [
  cardStyles,
  buttonStyles,
  badgeStyles,
  alertStyles,
  css`
    h3 {
      margin: 0;
      font-size: var(--_font-size-large);
      line-height: 1.3;
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
    /* The role badge is filled with the brand colour. */
    .role {
      background: var(--_button);
      color: var(--_on-button);
    }
  `,
];
