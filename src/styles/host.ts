import { css } from 'lit';
import { tokenStyles } from './tokens.js';

/**
 * What every component starts from: the design tokens with their defaults on
 * `:host` (tokens.ts), and resets for the text properties a host page's CSS
 * would otherwise pour into the widget. Sizes are in `em`, never `rem`: pages
 * with `html { font-size: 62.5% }` must not shrink the widget.
 */
export const hostStyles = [
  tokenStyles,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      background: var(--_background);
      color: var(--_text);
      accent-color: var(--_brand);
      font-family: var(--_font-family);
      font-size: var(--_font-size);
      font-style: normal;
      font-weight: normal;
      line-height: 1.5;
      text-align: start;
      text-indent: 0;
      letter-spacing: normal;
      word-spacing: normal;
      text-transform: none;
      white-space: normal;
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    /* Widgets nested in this one (the marketplace's cards and dialog, the directory's city cards) are
       already at this one's size: without this, --t4g-font-size would apply twice. */
    t4g-solution-card,
    t4g-solution-detail,
    t4g-city-card {
      --t4g-font-size: 1em;
    }
    /* Read by screen readers, not shown. */
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    :focus-visible {
      outline: 0.15em solid var(--_focus);
      outline-offset: 0.15em;
    }
  `,
];
