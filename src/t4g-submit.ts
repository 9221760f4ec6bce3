/**
 * The solution providers' workshop (`dist/t4g-submit.js`, issue #17): a bundle
 * of its own, apart from the embed bundle `dist/t4g.js`, because its JSON
 * editor (CodeMirror) weighs about four times the whole marketplace. Budget:
 * 160 KB gzip (scripts/size.mjs).
 * `<script type="module" src=".../t4g-submit.js"></script>`
 */
import { T4gSubmissionPreview } from './components/submission-preview/submission-preview.js';

T4gSubmissionPreview.define();

export { T4gSubmissionPreview };
export { createJsonEditor } from './components/submission-preview/json-editor.js';
export type { EditorProblem, JsonEditor, JsonEditorOptions, JsonSchema } from './components/submission-preview/json-editor.js';
