import { css } from 'lit';
import { badgeStyles, buttonStyles } from '../../styles/parts.js';

/*
 * Two ways of measuring, each where it answers the question asked:
 * - The sheet is a media query on the viewport. A modal dialog lives in the top layer and is sized against the
 *   viewport whatever holds the element, and no container query can resize the box it measures; the nearest
 *   container above the dialog would be the marketplace (container-type on its host), whose width says nothing about
 *   the dialog's. 37.5em is 600px at the reader's default text size (media queries read that size, not the page's).
 * - Labels beside or above values is a container query on `.body`, inside the dialog, so it follows the dialog's own
 *   width: the sheet, a narrow window, or a small --t4g-dialog-width.
 * Words break at syllables (hyphens: auto and each text's lang, from the host) and, when one still does not fit, at
 * the edge (overflow-wrap: break-word, from the host); only an address (the e-mail) breaks anywhere. Boxes that hold
 * the catalogue's words (the title, the value column, list items) may shrink below their longest word: min-width: 0,
 * minmax(0, 1fr).
 */
export const solutionDetailStyles = [
  buttonStyles,
  badgeStyles,
  css`
    dialog {
      width: min(100% - 2em, var(--_dialog-width));
      max-height: calc(100% - 2em);
      padding: 0;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      box-shadow: var(--_shadow-dialog);
    }
    /* The title row stays at the top; the rest scrolls under it. [open]: a closed dialog stays display: none. */
    dialog[open] {
      display: flex;
      flex-direction: column;
    }
    /* ::backdrop inherits from the dialog in current browsers; older ones get the light default. */
    dialog::backdrop {
      background: var(--_backdrop, rgb(0 0 0 / 0.5));
    }
    @media (max-width: 37.5em) {
      dialog {
        width: 100%;
        max-width: none;
        height: 100%;
        max-height: none;
        margin: 0;
        border: 0;
        border-radius: 0;
      }
    }
    .header {
      display: flex;
      align-items: baseline;
      gap: var(--_space);
      padding: var(--_space) calc(1.5 * var(--_space));
      border-bottom: 1px solid var(--_border);
    }
    h2 {
      flex: 1;
      min-width: 0;
      margin: 0;
      font-size: var(--_font-size-x-large);
      line-height: 1.25;
    }
    /* An outline button (parts.ts) with a × that screen readers skip (the alternative text after the slash). */
    .close {
      flex-shrink: 0;
      white-space: nowrap;
      padding: 0.5em 0.9em;
    }
    .close::before {
      content: '×' / '';
      margin-inline-end: 0.3em;
      font-size: 1.25em;
      line-height: 1;
    }
    .body {
      container-type: inline-size;
      overflow: auto;
      /* Scrolling to its end does not scroll the page behind. */
      overscroll-behavior: contain;
      padding: var(--_space) calc(1.5 * var(--_space)) calc(1.5 * var(--_space));
    }
    .summary {
      margin-top: 0;
      font-size: var(--_font-size-large);
    }
    img {
      max-width: 100%;
      height: auto;
    }
    li {
      min-width: 0;
    }
    /* A summary list: each label bold above its value, or (wide) in a column of its own; a rule under each pair. */
    dl {
      margin: 1.5em 0 0;
    }
    dt {
      padding-top: 0.75em;
      font-weight: bold;
    }
    dd {
      margin: 0;
      padding: 0.25em 0 0.75em;
      border-bottom: 1px solid var(--_border);
    }
    @container (min-width: 35em) {
      dl {
        display: grid;
        grid-template-columns: 12em minmax(0, 1fr);
      }
      dt {
        padding: 0.75em var(--_space) 0.75em 0;
        border-bottom: 1px solid var(--_border);
      }
      dd {
        padding-top: 0.75em;
      }
    }
    dd ul {
      margin: 0;
      padding-inline-start: 1.2em;
    }
    ul.badges {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4em;
      padding: 0;
      list-style: none;
    }
    .share {
      margin: 0;
    }
    /* On paper the dialog is the document: at the top, as long as it is (not a window cut off on every page), no
       shadow or backdrop. The page around it is hidden (search-widget.ts). */
    @media print {
      dialog[open] {
        display: block;
        position: absolute;
        inset: 0 0 auto;
        width: auto;
        max-width: none;
        height: auto;
        max-height: none;
        margin: 0;
        border: 0;
        box-shadow: none;
      }
      dialog::backdrop {
        display: none;
      }
      .body {
        overflow: visible;
      }
    }
    a[href^='mailto:'] bdi {
      overflow-wrap: anywhere;
      hyphens: none;
    }
  `,
];
