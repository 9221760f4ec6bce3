import { css } from 'lit';
import { alertStyles, badgeStyles, buttonStyles, cardStyles } from '../../styles/parts.js';

export const solutionCardStyles = [
  cardStyles,
  buttonStyles,
  badgeStyles,
  alertStyles,
  css`
    /* The solution's picture across the top of the card, 16:9 whatever its own shape (no jump when it arrives). */
    .image {
      flex: none;
      width: calc(100% + 2 * var(--_space));
      max-width: none;
      height: auto;
      aspect-ratio: 16 / 9;
      margin: calc(-1 * var(--_space)) calc(-1 * var(--_space)) 0.25em;
      object-fit: cover;
      border-radius: calc(var(--_radius) - 1px) calc(var(--_radius) - 1px) 0 0;
    }
    /* The whole card opens the solution (solution-card.ts); the name stays its one link, and its focus ring is the card's.
       Drawn inside the card's edge: inside the marketplace, each card's cell clips what is drawn outside it. */
    article:has(.name) {
      cursor: pointer;
    }
    article:has(.name:focus-visible) {
      outline: var(--_focus-width) solid var(--_focus);
      outline-offset: calc(-1 * var(--_focus-width));
    }
    @supports selector(:has(a)) {
      .name:focus-visible {
        outline: 0;
      }
    }
    article:hover .name {
      text-decoration-thickness: 0.12em;
    }
    h3 {
      margin: 0;
      font-size: var(--_font-size-large);
      line-height: 1.3;
    }
    .provider,
    .facts {
      margin: 0;
      color: var(--_muted);
      font-size: var(--_font-size-small);
    }
    .summary {
      margin: 0;
    }
    /* Search matches (src/controllers/match-highlight.ts) keep their text's colour (brand in the name): the highlight meets 4.5:1
       with both. Every property is set: a highlight's style inherits through the page, so a page's own ::highlight(t4g-match) would reach in. */
    ::highlight(t4g-match) {
      background-color: var(--_highlight);
      color: var(--_text);
      text-decoration: none;
      text-shadow: none;
    }
    .name::highlight(t4g-match) {
      color: var(--_link);
    }
  `,
];
