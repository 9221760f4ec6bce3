/**
 * The workshop's checks off the page's thread (`dist/t4g-submit-worker.js`): a
 * 5 MB text takes about half a second to check, which typing must not wait
 * for. Where no worker starts (the file missing, a Content-Security-Policy),
 * the page imports this same file and answers with it.
 */
import { type CheckRequest, type CheckState, answer } from './check-answer.js';

export { answer };

// In a worker (no document): answer the page. Imported by a page, it only lends `answer`.
if (typeof document === 'undefined') {
  const state: CheckState = {};
  self.onmessage = ({ data }: MessageEvent<CheckRequest>) => self.postMessage(answer(state, data));
}
