import { css } from 'lit';

/**
 * Design tokens with their defaults on `:host`, so a token set on `:root` or
 * on the element both win over them, and resets for the text properties a host
 * page's CSS would otherwise pour into the widget. Sizes are in `em`, never
 * `rem`: pages with `html { font-size: 62.5% }` must not shrink the widget.
 */
export const hostStyles = css`
  :host {
    --_brand: var(--t4g-color-brand, #0b5394);
    --_surface: var(--t4g-color-surface, #ffffff);
    --_text: var(--t4g-color-text, #1b1f24);
    --_muted: var(--t4g-color-muted, #555d66);
    --_border: var(--t4g-color-border, #c9ced6);
    --_focus: var(--t4g-color-focus, #b45309);
    --_radius: var(--t4g-radius, 0.5em);
    --_space: var(--t4g-space, 1em);
    --_shadow: var(--t4g-shadow, 0 1px 3px rgb(0 0 0 / 0.12));
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--t4g-font-family, inherit);
    font-size: var(--t4g-font-size, 1em);
    line-height: 1.5;
    text-align: start;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
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
`;
