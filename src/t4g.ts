/**
 * The script-tag entry (`dist/t4g.js`): defines every element and exports the
 * same API as the npm package.
 * `<script type="module" src=".../t4g.js"></script>`
 */
import './define-all.js';

export * from './index.js';
