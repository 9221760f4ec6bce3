/**
 * The workshop's checks as requests and answers: one protocol, run in the
 * worker (check-worker.ts) or, where none starts, on the page, so both run the
 * same code (catalog/check) and give the same answer.
 */
import { type CheckSummary, checkText, summarize } from '../../catalog/check/check-source.js';
import type { CatalogFile } from '../../catalog/check/cross-file.js';
import { againstFrom, sourceFrom } from '../../catalog/check/source.js';

/** Entries of each kind previewed: a provider's few, all; a whole catalogue pasted, its first ones (the rest counted). */
export const PREVIEWED = 12;

export type CheckRequest =
  | { id: number; kind: 'against'; address: string; bytes?: Uint8Array; reason?: string }
  | { id: number; kind: 'check'; name: string; text: string };

export type CheckAnswer = { id: number; kind: 'against'; error?: string } | { id: number; kind: 'check'; summary: CheckSummary };

/** What a checker keeps between requests: the catalogue the entry will join, once loaded. */
export interface CheckState {
  against?: CatalogFile;
}

export function answer(state: CheckState, request: CheckRequest): CheckAnswer {
  if (request.kind === 'check') return { id: request.id, kind: 'check', summary: summarize(checkText(request.name, request.text, state.against), PREVIEWED) };
  const { address, bytes, reason } = request;
  const loaded = againstFrom(address, bytes ? sourceFrom(address, bytes) : { status: 'unreadable', file: address, reason: reason ?? 'it could not be fetched' });
  state.against = loaded.ok ? loaded.catalog : undefined;
  return loaded.ok ? { id: request.id, kind: 'against' } : { id: request.id, kind: 'against', error: loaded.message };
}
