import { css } from 'lit';
import { alertStyles, badgeStyles, buttonStyles, cardStyles } from '../../styles/parts.js';

export const solutionCardStyles = [
  cardStyles,
  buttonStyles,
  badgeStyles,
  alertStyles,
  css`
    .image {
      width: calc(100% + 2 * var(--_space));
      margin: calc(-1 * var(--_space)) calc(-1 * var(--_space)) 0;
      aspect-ratio: 16 / 5;
      object-fit: cover;
      border-radius: var(--_radius) var(--_radius) 0 0;
    }
    .placeholder {
      aspect-ratio: auto;
      height: 0.4em;
      background: linear-gradient(135deg, color-mix(in srgb, var(--_brand) 14%, var(--_surface-alt)), var(--_surface-alt));
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
      overflow-wrap: anywhere;
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
    ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.35em;
      margin: 0;
      padding: 0;
      list-style: none;
    }
  `,
];
