import { css } from 'lit';

/**
 * Rules that several components share: buttons and links, badges, chips, the
 * card box and error boxes. Each component's own style file keeps only what is
 * its own, and lists the modules it uses; colours come from the tokens
 * (tokens.ts) only, so every pairing here is one whose contrast the theme test
 * measures.
 */

/**
 * Buttons: outline (link colour on surface) by default; `.link` looks like a
 * link. A card's `.name` is a link, in bold. A button's label never wraps or shrinks; the
 * catalogue's words (a card's name, a chip) may. Which buttons are filled with the brand colour is the search
 * UI's own (search-ui.ts). Disabled buttons are dimmed (WCAG exempts inactive
 * controls from contrast).
 */
export const buttonStyles = css`
  button {
    /* A catalogue's name in a button (a card's name, a city's solutions) breaks within it, never past it. */
    max-width: 100%;
    flex-shrink: 0;
    white-space: nowrap;
    hyphens: none;
    text-align: start;
    padding: 0.3em 0.8em;
    border: 1px solid var(--_link);
    border-radius: var(--_button-radius);
    background: var(--_surface);
    color: var(--_link);
    font: inherit;
    cursor: pointer;
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  button.link,
  .name {
    padding: 0;
    border: 0;
    border-radius: 0;
    background: none;
    color: var(--_link);
    white-space: normal;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .name {
    font-weight: bold;
  }
  button.link:hover,
  .name:hover {
    text-decoration-thickness: 0.12em;
  }
  a {
    color: var(--_link);
  }
`;

/**
 * Badges: a city's role (`.badge`) and the dialog's tracks (`.badges > li`), small tags whose corners follow
 * --t4g-radius but never round into pills. A card's tracks and services (`.badge[data-track]`) are a line each, after a
 * small marker in the track's colour (one per ICC track; neutral for a catalogue's own), so that a long name wraps as
 * text does, and the colour is never all there is: the name is always written. The colours are decorative, yet each
 * meets 3:1 against the surface in both themes (on #ffffff 4.5 to 5.9, on #161a20 7.2 to 9.4), so they stay apart.
 */
export const badgeStyles = css`
  .badge,
  .badges > li {
    padding: 0.1em 0.5em;
    border: 1px solid var(--_link);
    border-radius: var(--_badge-radius);
    color: var(--_link);
    font-size: var(--_font-size-small);
  }
  .badge[data-track] {
    position: relative;
    padding: 0;
    padding-inline-start: 1.1em;
    border: 0;
    color: var(--_text);
  }
  .badge[data-track]::before {
    content: '';
    position: absolute;
    inset-inline-start: 0;
    top: 0.45em;
    width: 0.6em;
    height: 0.6em;
    border-radius: min(var(--_radius), 0.1em);
    background: var(--_track, var(--_muted));
  }
  [data-track='green-economy'] {
    --_track: light-dark(#2a7d1f, #7bd34f);
  }
  [data-track='citizen-participation'] {
    --_track: light-dark(#8e44ad, #c99bf0);
  }
  [data-track='tourism'] {
    --_track: light-dark(#d1470a, #ff8a4c);
  }
  [data-track='supply-chains'] {
    --_track: light-dark(#946300, #e8b829);
  }
  [data-track='skills'] {
    --_track: light-dark(#1d5fd1, #6fa8ff);
  }
  [data-track='access-to-data'] {
    --_track: light-dark(#008577, #2fd0c0);
  }
  [data-track='access-to-finance'] {
    --_track: light-dark(#c2185b, #ff7ab0);
  }
`;

/** An active filter's remove button: link-colour border, text colour on a hint of it; a long label is cut short (its name says it whole). */
export const chipStyles = css`
  .chip {
    max-width: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    padding: 0.2em 0.7em;
    border: 1px solid var(--_link);
    border-radius: var(--_badge-radius);
    background: color-mix(in srgb, var(--_link) 8%, var(--_surface));
    color: var(--_text);
    font-size: var(--_font-size-small);
  }
`;

/**
 * A card's outer box, its `<article part="card">`. The host and its box fill what holds them, so cards in a row of a
 * grid end at the same height.
 */
export const cardStyles = css`
  :host {
    height: 100%;
  }
  article {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    height: 100%;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: var(--_shadow);
  }
  /* A card waiting for its catalogue: the card's size, no content. */
  article.loading {
    min-height: 8em;
    background: var(--_surface-alt);
  }
  /* A card's name is the catalogue's words: they hyphenate, and a word longer than the card breaks rather than widen it. */
  .name {
    max-width: 100%;
    hyphens: auto;
  }
  /* Its tracks and facts at the foot of the card, level with those of the cards beside it. */
  .tracks {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin: auto 0 0;
    padding: 0;
    list-style: none;
  }
`;

/** What cannot be shown: the error box (views/common.ts) of every element, its "Try again" a primary button. */
export const alertStyles = css`
  .error {
    margin: 0;
    padding: var(--_space);
    border: 2px solid var(--_warning);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .error h2 {
    margin: 0 0 0.5em;
    font-size: var(--_font-size-large);
  }
  .error button {
    background: var(--_button);
    color: var(--_on-button);
    box-shadow: var(--_button-shadow);
  }
  .error details {
    margin-top: 0.75em;
    color: var(--_muted);
  }
`;
