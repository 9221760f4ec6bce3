/**
 * The workshop's checks as requests and answers: one protocol, run in the
 * worker (check-worker.ts) or, where none starts, on the page, so both run the
 * same code (catalog/check) and give the same answer.
 */
import { type CheckSummary, type FileReport, checkLoaded, summarize } from '../../catalog/check/check-source.js';
import { type CatalogFile, LISTS } from '../../catalog/check/cross-file.js';
import { againstFrom, sourceFrom } from '../../catalog/check/source.js';

/** Entries of each kind previewed: a provider's few, all; a whole catalogue pasted, its first ones (the rest counted). */
export const PREVIEWED = 12;

export type CheckRequest =
  | { id: number; kind: 'against'; address: string; bytes?: Uint8Array; reason?: string }
  | { id: number; kind: 'check'; name: string; text: string };

/**
 * What no check could look at yet, for the workshop to say so: the text is not JSON (or not UTF-8), not a catalogue,
 * or has lists (`solutions`…) that are not lists, whose entries wait for that fix.
 */
export type Waiting = { for: 'json' } | { for: 'catalog' } | { for: 'lists'; lists: string[] };

export type CheckAnswer = { id: number; kind: 'against'; error?: string } | { id: number; kind: 'check'; summary: CheckSummary; waiting?: Waiting };

/** What a checker keeps between requests: the catalogue the entry will join, once loaded. */
export interface CheckState {
  against?: CatalogFile;
}

export function answer(state: CheckState, request: CheckRequest): CheckAnswer {
  if (request.kind === 'check') {
    const { report, waiting } = check(request.name, request.text, state.against);
    return { id: request.id, kind: 'check', summary: summarize(report, PREVIEWED), ...(waiting ? { waiting } : {}) };
  }
  const { address, bytes, reason } = request;
  const loaded = againstFrom(address, bytes ? sourceFrom(address, bytes) : { status: 'unreadable', file: address, reason: reason ?? 'it could not be fetched' });
  state.against = loaded.ok ? loaded.catalog : undefined;
  return loaded.ok ? { id: request.id, kind: 'against' } : { id: request.id, kind: 'against', error: loaded.message };
}

/**
 * The text checked as `t4g validate` checks a file (check-source.ts's `checkLoaded`, which also checks the references
 * and ids of entries left out for an error: check/early-checks.ts), and what no check could reach yet.
 */
function check(name: string, text: string, against: CatalogFile | undefined): { report: FileReport; waiting?: Waiting } {
  const loaded = sourceFrom(name, new TextEncoder().encode(text));
  const report = checkLoaded(loaded, against);
  if (loaded.status !== 'loaded') return { report, waiting: { for: 'json' } };
  if (report.status === 'unreadable' || report.status === 'not-json') return { report };
  if (report.problems.some((problem) => problem.type === 'not-catalog')) return { report, waiting: { for: 'catalog' } };
  const data = loaded.source.data as Record<string, unknown>;
  const lists = LISTS.filter((list) => data[list] !== undefined && !Array.isArray(data[list]));
  const waiting: Waiting | undefined = lists.length ? { for: 'lists', lists } : undefined;
  return { report, ...(waiting ? { waiting } : {}) };
}
