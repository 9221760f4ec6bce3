/**
 * `t4g validate --against CATALOG`: the published catalogue a provider's file
 * will join, from a file or an http(s) address. Its own problems are not the
 * provider's: only that it cannot be read, or is no catalogue, stops the check.
 */
import { DEFAULT_MAX_BYTES, formatBytes } from '../catalog/load.js';
import { type Against, type Loaded, againstFrom, sourceFrom } from '../catalog/check/source.js';
import { count, notJsonReason } from './report.js';
import { displayName, loadSource } from './source.js';

const isWebAddress = (address: string) => /^https?:\/\//i.test(address);
/**
 * A published catalogue that does not answer in this time, or then sends nothing more for as long, is down, for a
 * check. Not a time for the whole download: a large catalogue that keeps arriving on a slow line is read to its end.
 */
const TIMEOUT_SECONDS = 30;

/**
 * TIMEOUT_SECONDS, or the seconds in T4G_AGAINST_TIMEOUT (a slow network; the tests, which cannot wait 30 s), up
 * to the 24.8 days a timer can wait (a longer one would fire at once).
 */
function timeoutSeconds(): number {
  const seconds = Number(process.env.T4G_AGAINST_TIMEOUT);
  return seconds > 0 && seconds * 1000 <= 2 ** 31 - 1 ? seconds : TIMEOUT_SECONDS;
}

export async function loadAgainst(address: string): Promise<Against> {
  let loaded: Loaded;
  if (isWebAddress(address)) {
    const downloaded = await download(address);
    loaded = typeof downloaded === 'string' ? { status: 'unreadable', file: address, reason: downloaded } : sourceFrom(address, downloaded);
  } else loaded = loadSource(address);
  const name = displayName(address);
  if (loaded.status === 'not-json') {
    const { line, column, message } = loaded.error;
    return { ok: false, message: `cannot check against ${name}: it is ${notJsonReason(loaded.error)} (line ${line}, column ${column}: ${message})` };
  }
  return againstFrom(name, loaded);
}

/**
 * The body's bytes, or why there are none. The timeout runs first until the answer's headers (connecting
 * included), then again from each piece of the body: it ends the download only after that long without anything.
 */
async function download(url: string): Promise<Uint8Array | string> {
  const seconds = timeoutSeconds();
  const controller = new AbortController();
  /** The body's bytes so far; undefined until the headers have come. */
  let received: number | undefined;
  let timer: NodeJS.Timeout | undefined;
  const restart = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), seconds * 1000);
  };
  restart();
  try {
    const response = await fetch(url, { signal: controller.signal });
    if (!response.ok) {
      await response.body?.cancel();
      return `the server answered ${response.status} ${response.statusText}`.trimEnd();
    }
    received = 0;
    restart();
    return await readBody(response, (bytes) => {
      received = (received ?? 0) + bytes;
      restart();
    });
  } catch (error) {
    if (controller.signal.aborted) {
      const time = count(seconds, 'second', 'seconds');
      return received === undefined ? `no answer within ${time}` : `it stopped sending: nothing more came for ${time}, after ${formatBytes(received)}`;
    }
    // Node's fetch says only "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND…) is its cause.
    const cause = (error as { cause?: unknown } | null)?.cause;
    return `it could not be fetched: ${cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error)}`;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The body, read only up to the size the widgets load by default (a published catalogue that large is a mistake,
 * not one to check against): refused from its declared length, else as soon as it passes it, never kept whole first.
 * `arrived` hears of each piece as it comes.
 */
async function readBody(response: Response, arrived: (bytes: number) => void): Promise<Uint8Array | string> {
  const limit = `the ${formatBytes(DEFAULT_MAX_BYTES)} the widgets load`;
  const declared = Number(response.headers.get('content-length'));
  if (declared > DEFAULT_MAX_BYTES) {
    await response.body?.cancel();
    return `it is ${formatBytes(declared)}, more than ${limit}`;
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const pieces: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    arrived(value.byteLength);
    size += value.byteLength;
    if (size > DEFAULT_MAX_BYTES) {
      await reader.cancel();
      return `it is more than ${limit}`;
    }
    pieces.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const piece of pieces) {
    bytes.set(piece, at);
    at += piece.byteLength;
  }
  return bytes;
}
