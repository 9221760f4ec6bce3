import { css } from 'lit';
import { buttonStyles } from '../../styles/parts.js';

/**
 * The workshop: a toolbar, then the editor (with its keys and the help on the
 * field at the cursor under it) beside the problems and the preview from 60em
 * of the element's width, under each other below. The editor keeps a usable
 * height on a phone and never grows past the window.
 */
export const submissionPreviewStyles = [
  buttonStyles,
  css`
    :host {
      container-type: inline-size;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      align-items: center;
      margin-bottom: var(--_space);
    }
    /* The file input is inside its label, which looks like the other buttons. */
    .file {
      display: inline-block;
      padding: 0.3em 0.8em;
      border: 1px solid var(--_link);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_link);
      cursor: pointer;
    }
    .file input {
      position: absolute;
      width: 1px;
      height: 1px;
      opacity: 0;
    }
    .file:focus-within {
      outline: var(--_focus-width) solid var(--_focus);
      outline-offset: var(--_focus-offset);
    }
    .against {
      margin: 0;
      color: var(--_muted);
      font-size: var(--_font-size-small);
      overflow-wrap: anywhere;
    }
    .against.error {
      color: var(--_text);
    }
    .workspace {
      display: grid;
      gap: var(--_space);
    }
    @container (min-width: 60em) {
      .workspace {
        grid-template-columns: minmax(0, 1.2fr) minmax(0, 1fr);
        align-items: start;
      }
    }
    /* The editor, then its keys and the help on the field at the cursor; the gap clears the editor's focus ring. */
    .main {
      display: grid;
      gap: 0.75em;
      min-width: 0;
    }
    /* The editor draws its own border and scrolls inside this height: a phone keeps the page's own scrolling. */
    .editor {
      min-height: 20em;
      height: min(40em, 75vh);
    }
    .keys {
      margin: 0;
      color: var(--_muted);
      font-size: var(--_font-size-small);
    }
    kbd {
      font-family: inherit;
      font-weight: bold;
      white-space: nowrap;
    }
    /* Room for a usual help (three lines) kept while the cursor moves, so that what is below does not jump. */
    .field {
      min-height: 7em;
      padding: 0.5em 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      font-size: var(--_font-size-small);
      overflow-wrap: anywhere;
    }
    .field h2 {
      margin-bottom: 0.25em;
      font-size: 1em;
    }
    .field p {
      margin: 0 0 0.25em;
    }
    .field .hint {
      margin: 0;
    }
    .side {
      display: grid;
      gap: var(--_space);
    }
    .status {
      margin: 0;
      font-weight: bold;
    }
    .waiting {
      margin: 0.25em 0 0;
    }
    .problems {
      display: grid;
      gap: 0.5em;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .problems li {
      padding-inline-start: 0.75em;
      border-inline-start: 4px solid var(--_warning);
    }
    .problems li.warning {
      border-inline-start-color: var(--_border);
    }
    .problems .link {
      display: block;
    }
    .message,
    .path {
      overflow-wrap: anywhere;
    }
    .preview-head {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em var(--_space);
      align-items: baseline;
      justify-content: space-between;
    }
    h2 {
      margin: 0;
      font-size: var(--_font-size-large);
    }
    .hint {
      margin: 0.25em 0 0.75em;
      color: var(--_muted);
    }
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card-min-width, 15em)), 1fr));
      gap: var(--_space);
      margin: 0 0 var(--_space);
      padding: 0;
      list-style: none;
    }
    .cards > li {
      display: grid;
    }
  `,
];
