/**
 * Loading a catalogue in the browser (or Node): fetch, size limit, JSON,
 * lenient validation (JSON and validation in slices for large catalogues, so
 * the page stays responsive). Fatal problems throw `CatalogError`;
 * everything else comes back as `problems` beside a catalogue that still works.
 */
import { CatalogError, errorMessage } from './errors.js';
import { notUtf8Error, parseJson } from './json.js';
import { loadJsonSteps } from './json-steps-loader.js';
import { runSliced } from './slices.js';
import { loadIssueWording } from './issue-wording-loader.js';
import { type ValidatedCatalog, isValidated, validateCatalogInSlices } from './validated.js';
import { loadValidation } from './validation-loader.js';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** From this many characters a body is parsed in steps (below, one JSON.parse is a short task). */
export const STEPPED_PARSE_FROM = 1_000_000;

export interface LoadOptions {
  /** Refuse bodies larger than this many bytes (default 20 MB). */
  maxBytes?: number;
  /** Cancels the fetch; the promise then rejects with an `AbortError`. */
  signal?: AbortSignal;
  /** Resolves a relative catalogue address, and the relative image addresses of a catalogue given as an object (default: the document's base URL in a browser). */
  baseUrl?: string;
  /** Skip the shared cache and fetch again (a retry after an error). */
  fresh?: boolean;
  /** Give up on a server that sends nothing (no answer, or no more of the body) for this many seconds (default 15). */
  timeout?: number;
}

export const DEFAULT_TIMEOUT = 15;

export type LoadedCatalog = ValidatedCatalog;

/**
 * Loads a catalogue from a URL or takes an object already in memory (a
 * catalogue this library validated comes back as it is, with no problems).
 * Several widgets asking for the same URL share one fetch, and for the same
 * object one validation; a failed load is not kept, so a retry loads again.
 * An aborted `signal` rejects for its caller only; the shared work stops
 * when no caller waits for it any more.
 */
export function loadCatalog(source: string | URL | object, options: LoadOptions = {}): Promise<LoadedCatalog> {
  // Not a catalogue, said as validation says it (null is an object to typeof, and no key of a WeakMap).
  if (source == null) return validateCatalogInSlices(source);
  let isObject: boolean;
  try {
    // A hostile object (a Proxy whose traps throw, a revoked one) throws even here.
    isObject = typeof source === 'object' && !(source instanceof URL);
  } catch (error) {
    return Promise.reject(unreadable(error));
  }
  if (isObject) {
    const catalog = source as object;
    if (isValidated(catalog)) return Promise.resolve({ catalog, problems: [] });
    return share(validations, catalog, options, ({ signal }) =>
      validateCatalogInSlices(catalog, { signal }).then((result) => withImages(result, base(options.baseUrl)), (error: unknown) => {
        throw error instanceof CatalogError || signal.aborted ? error : unreadable(error);
      }),
    );
  }
  if (typeof source === 'string' && !source.trim()) {
    return Promise.reject(new CatalogError('network', 'The catalogue address is empty: give the element a src, the address of the catalogue (a JSON file).'));
  }
  let url: string;
  try {
    url = resolveUrl(source as string | URL, options.baseUrl);
  } catch (error) {
    // A promise, never a throw: callers handle one way.
    return Promise.reject(error);
  }
  // The entries' checker is a file of its own: fetched while the catalogue downloads.
  loadValidation().catch(() => {});
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  return share(fetches, `${url}\n${maxBytes}\n${timeout}`, options, (abort) => fetchCatalog(url, maxBytes, abort, timeout));
}

/** Forgets every cached catalogue (tests; a page that knows its data changed). */
export function clearCatalogCache(): void {
  fetches.clear();
}

/** One load and how many wait for it: callers with a signal are counted; one without waits for ever (Infinity). */
interface Shared { promise: Promise<LoadedCatalog>; abort?: AbortController; waiting: number; forget(): void }

interface Cache<K> { get(key: K): Shared | undefined; set(key: K, value: Shared): unknown; delete(key: K): unknown }

const fetches = new Map<string, Shared>();
const validations = new WeakMap<object, Shared>();

/** The load of `key` in `cache`, started by `load` unless one is under way (or `fresh` asks for another). */
function share<K>(cache: Cache<K>, key: K, { signal, fresh }: LoadOptions, load: (abort: AbortController) => Promise<LoadedCatalog>): Promise<LoadedCatalog> {
  let shared = fresh ? undefined : cache.get(key);
  if (!shared) {
    const abort = new AbortController();
    const entry: Shared = { promise: load(abort), abort, waiting: 0, forget: () => cache.get(key) === entry && cache.delete(key) };
    entry.promise.then(() => (entry.abort = undefined), entry.forget);
    cache.set(key, (shared = entry));
  }
  return waitFor(shared, signal);
}

// The data core is DOM-free; in a page, relative URLs resolve against the document, as `fetch` would.
const base = (baseUrl?: string) => baseUrl ?? (globalThis as { document?: { baseURI: string } }).document?.baseURI;

function resolveUrl(source: string | URL, baseUrl?: string): string {
  try {
    return new URL(source, base(baseUrl)).href;
  } catch {
    throw new CatalogError('network', `The catalogue address "${String(source)}" is not a valid URL.`);
  }
}

// One shared load serves every widget, so one widget's abort only stops its
// own waiting; the load itself stops when the last one waiting gives up.
function waitFor(shared: Shared, signal?: AbortSignal): Promise<LoadedCatalog> {
  if (!signal) {
    shared.waiting = Infinity;
    return shared.promise;
  }
  if (signal.aborted) return Promise.reject(signal.reason);
  shared.waiting++;
  return new Promise<LoadedCatalog>((resolve, reject) => {
    const onAbort = () => {
      reject(signal.reason);
      if (--shared.waiting || !shared.abort) return;
      // Forgotten at once: a widget asking again right after (one moved in the page) starts anew.
      shared.forget();
      shared.abort.abort();
    };
    signal.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function fetchCatalog(url: string, maxBytes: number, abort: AbortController, timeout: number): Promise<LoadedCatalog> {
  const what = `The catalogue at ${url}`;
  const { signal } = abort;
  // A stall, not a duration: nothing from the server (no answer, no more of the body) for `timeout` seconds. A slow but steady download goes on.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stalled = () => {
    clearTimeout(timer);
    // setTimeout takes at most 2^31 - 1 ms (24.8 days; more reads as 0): a longer or infinite timeout is that long.
    timer = setTimeout(() => abort.abort(new CatalogError('timeout', `${what} sent nothing for ${timeout} seconds.`)), Math.min(timeout * 1000, 2 ** 31 - 1));
  };
  let pieces: string[];
  let address = url;
  try {
    stalled();
    let response: Response;
    try {
      response = await fetch(url, { headers: { accept: 'application/json' }, signal });
    } catch (error) {
      signal.throwIfAborted();
      throw new CatalogError('network', `${what} could not be loaded: ${errorMessage(error)} (the network is down, or the server does not allow this page to read it).`);
    }
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      throw new CatalogError('http', `${what} could not be loaded: the server answered ${status}.`);
    }
    address = response.url || url;
    pieces = await readPieces(response, maxBytes, what, stalled, signal);
  } finally {
    clearTimeout(timer);
  }
  // Parsed here, so nobody else holds it: entries need no defensive copy (a quarter of validation's time).
  return withImages(await validateCatalogInSlices(await parse(pieces, what, signal), { owned: true, signal }), address);
}

/**
 * Makes the catalogue's image addresses full: one relative to the catalogue
 * (schema.ts) against the catalogue's address (where it was fetched from,
 * redirects included), or the page's for a catalogue given as an object. An
 * address that cannot be made full is dropped (no image rather than a broken one).
 * The entries are the loader's own (parsed, or copied by validation).
 */
function withImages(result: LoadedCatalog, against?: string): LoadedCatalog {
  // Without an address to resolve against (Node, an object), the addresses stay as written.
  if (against) for (const entry of [...result.catalog.solutions, ...result.catalog.cities]) {
    try {
      if (entry.image) entry.image = new URL(entry.image, against).href;
    } catch {
      delete entry.image;
    }
  }
  return result;
}

/** A catalogue object that throws when read (a getter, a Proxy's trap): said as a catalogue problem, not "try again later". */
const unreadable = (error: unknown) =>
  new CatalogError('not-catalog', 'The catalogue object could not be read: reading it threw an exception (see the browser console).', undefined, error);

/**
 * The body as JSON: at once when small; in steps when large (one long task if the parser's file cannot be loaded), each
 * solution's repeated texts shared as it is parsed (shared-strings.ts).
 */
async function parse(pieces: string[], what: string, signal: AbortSignal): Promise<unknown> {
  const whole = () => parseJson(pieces.join(''), what);
  if (pieces.reduce((length, piece) => length + piece.length, 0) < STEPPED_PARSE_FROM) return whole();
  const steps = await loadJsonSteps().catch((error: unknown) => {
    console.warn('Tech4Good Marketplace: t4g-json-steps.js (keep it beside the bundle) could not be loaded; the catalogue is parsed in one go.', error);
  });
  return steps ? runSliced(steps.parseJsonSteps(pieces, whole, steps.shareSolutionStrings()), undefined, signal) : whole();
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} bytes`;
}

/**
 * Reads the body as the pieces it arrives in (joined, a large text would be
 * copied whole at once), giving up as soon as it passes `maxBytes` rather
 * than after downloading it all.
 */
async function readPieces(response: Response, maxBytes: number, what: string, received: () => void, signal: AbortSignal): Promise<string[]> {
  const tooLarge = (size?: number) =>
    new CatalogError('too-large', `${what} is ${size ? formatBytes(size) : 'too large'}; the limit is ${formatBytes(maxBytes)}.`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw tooLarge(declared);
  if (!response.body) return [await response.text()];
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const pieces: string[] = [];
  let size = 0;
  let piece: Uint8Array | undefined;
  try {
    for (;;) {
      let read: ReadableStreamReadResult<Uint8Array>;
      try {
        read = await reader.read();
      } catch (error) {
        signal.throwIfAborted();
        // The page may get nothing of what the network did carry (Chromium drops its buffer on a cut): say what the page got.
        const got = size ? `after the page had received ${formatBytes(size)}` : 'before the page had received any of it';
        throw new CatalogError('network', `${what} broke off ${got}: ${errorMessage(error)}. Try again; if it keeps failing, the server or a proxy cuts the download short.`);
      }
      if (read.done) break;
      received();
      size += (piece = read.value).byteLength;
      if (size > maxBytes) throw tooLarge();
      pieces.push(decoder.decode(piece, { stream: true }));
    }
    piece = undefined;
    pieces.push(decoder.decode());
  } catch (error) {
    // Whatever stops the reading stops the download too.
    reader.cancel().catch(() => {});
    // The strict decoder's TypeError: the text is not UTF-8.
    throw error instanceof TypeError ? await notUtf8(piece ?? new Uint8Array(), pieces, what) : error;
  }
  return pieces;
}

/**
 * Where a download stops being UTF-8: in `piece`, past the end of a character
 * the previous piece began, after the text of the pieces before. The byte is
 * found by issue-wording.ts, loaded for it (without it, the end of the text so
 * far is named).
 */
async function notUtf8(piece: Uint8Array, before: string[], what: string): Promise<CatalogError> {
  let start = 0;
  while (start < 3 && piece[start]! >= 0x80 && piece[start]! < 0xc0) start++;
  const rest = piece.subarray(start);
  const bad = await loadIssueWording().then((module) => module.firstNonUtf8(rest), () => -1);
  const text = before.join('') + (start ? '\ufffd' : '') + new TextDecoder().decode(rest.subarray(0, bad < 0 ? 0 : bad));
  return notUtf8Error(what, text, bad < 0 ? undefined : rest[bad]);
}
