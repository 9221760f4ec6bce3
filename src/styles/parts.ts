import { css } from 'lit';

/**
 * Rules that several components share: buttons and links, badges, chips, the
 * card box and error boxes. Each component's own style file keeps only what is
 * its own, and lists the modules it uses; colours come from the tokens
 * (tokens.ts) only, so every pairing here is one whose contrast the theme test
 * measures.
 */

/**
 * Buttons: outline (brand on surface) by default; `.link` and a card's `.name`
 * look like links. Which buttons are filled with the brand colour is the search
 * UI's own (search-ui.ts). Disabled buttons are dimmed (WCAG exempts inactive
 * controls from contrast).
 */
export const buttonStyles = css`
  button {
    /* A catalogue's long names (German compounds) wrap inside the button rather than push it past the card. */
    max-width: 100%;
    overflow-wrap: anywhere;
    text-align: start;
    padding: 0.3em 0.8em;
    border: 1px solid var(--_brand);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_brand);
    font: inherit;
    cursor: pointer;
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  button.link,
  button.name {
    padding: 0;
    border: 0;
    border-radius: 0;
    background: none;
    color: var(--_brand);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  button.name {
    font-weight: bold;
    overflow-wrap: anywhere;
  }
  button.link:hover,
  button.name:hover {
    text-decoration-thickness: 0.12em;
  }
  a {
    color: var(--_brand);
  }
`;

/** Badges: a card's tracks and role (`.badge`), the dialog's tracks (`.badges > li`). */
export const badgeStyles = css`
  .badge,
  .badges > li {
    padding: 0.1em 0.6em;
    border: 1px solid var(--_brand);
    border-radius: 1em;
    color: var(--_brand);
    font-size: var(--_font-size-small);
    /* A track named with one very long word wraps inside its badge (anywhere: a badge in a flex row may then shrink). */
    overflow-wrap: anywhere;
  }
`;

/** An active filter's remove button: a pill, brand border, text colour on a hint of the brand. */
export const chipStyles = css`
  .chip {
    padding: 0.2em 0.7em;
    border: 1px solid var(--_brand);
    border-radius: 1em;
    background: color-mix(in srgb, var(--_brand) 8%, var(--_surface));
    color: var(--_text);
    font-size: var(--_font-size-small);
  }
`;

/** A card's outer box, its `<article part="card">`. */
export const cardStyles = css`
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
    overflow-wrap: anywhere;
  }
  /* A card waiting for its catalogue: the card's size, no content. */
  article.loading {
    min-height: 8em;
    background: var(--_surface-alt);
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
    overflow-wrap: anywhere;
  }
  .error h2 {
    margin: 0 0 0.5em;
    font-size: var(--_font-size-large);
  }
  .error button {
    background: var(--_brand);
    color: var(--_on-brand);
  }
  .error details {
    margin-top: 0.75em;
    color: var(--_muted);
  }
`;
