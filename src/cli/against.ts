/**
 * `t4g validate --against CATALOG`: the published catalogue a provider's file
 * will join, from a file or an http(s) address. Its own problems are not the
 * provider's: only that it cannot be read, or is no catalogue, stops the check.
 */
import { type CatalogFile, isCatalogShaped } from './cross-file.js';
import { type Loaded, loadSource, sourceFrom } from './source.js';

export type Against = { ok: true; catalog: CatalogFile } | { ok: false; message: string };

const isWebAddress = (address: string) => /^https?:\/\//i.test(address);
/** A published catalogue that does not answer in this time is down, for a check. */
const TIMEOUT_SECONDS = 30;

export async function loadAgainst(address: string): Promise<Against> {
  const fail = (reason: string): Against => ({ ok: false, message: `cannot check against ${address}: ${reason}` });
  let loaded: Loaded;
  if (isWebAddress(address)) {
    const downloaded = await download(address);
    if (typeof downloaded === 'string') return fail(downloaded);
    loaded = sourceFrom(address, downloaded);
  } else loaded = loadSource(address);
  if (loaded.status === 'unreadable') return fail(loaded.reason);
  if (loaded.status === 'not-json') return fail(`it is not valid JSON (line ${loaded.error.line}, column ${loaded.error.column}: ${loaded.error.message})`);
  const { source } = loaded;
  if (!isCatalogShaped(source.data)) return fail('it is not a catalogue (a JSON object with "version": 1)');
  return { ok: true, catalog: { source, data: source.data } };
}

/** The body's bytes, or why there are none. */
async function download(url: string): Promise<Uint8Array | string> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_SECONDS * 1000) });
    if (!response.ok) return `the server answered ${response.status} ${response.statusText}`.trimEnd();
    return new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    if ((error as Error | null)?.name === 'TimeoutError') return `no answer within ${TIMEOUT_SECONDS} seconds`;
    // Node's fetch says only "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND…) is its cause.
    const cause = (error as { cause?: unknown } | null)?.cause;
    return `it could not be fetched: ${cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error)}`;
  }
}
