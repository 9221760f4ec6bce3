import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CatalogError } from '../catalog/errors.js';
import { loadCatalog } from '../catalog/load.js';
import { countryName, entryById } from '../catalog/names.js';
import { type Problem, leftOutProblems } from '../catalog/problems.js';
import { loadValidation } from '../catalog/validation-loader.js';
import { type ValidatedCatalog, isValidated } from '../catalog/validated.js';
import { type T4gErrorDetail, fire } from '../events.js';
import { formatNumber } from '../i18n/format.js';
import { resolveLang } from '../i18n/lang.js';
import { messages, messagesInTime } from '../i18n/messages.js';

export type Catalog = ValidatedCatalog['catalog'];

/**
 * How problems read (problem-text.ts: quotes cut, controls escaped), from the validation's file, which is loaded before
 * there are any: the first script does not carry it.
 */
let problemText: Pick<Awaited<ReturnType<typeof loadValidation>>, 'describeField' | 'describeProblem'> | undefined;

export type CatalogState =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; catalog: Catalog; problems: Problem[] }
  | { status: 'error'; error: T4gErrorDetail };

export interface CatalogSource<E> {
  /** A URL, or a catalogue object (validated unless this library made it); nothing: idle. */
  source(): string | object | undefined;
  maxBytes?(): number | undefined;
  /** Seconds without anything from the server before a load gives up (`timeout`). */
  timeout?(): number | undefined;
  /** Work to finish before the catalogue is shown, in that language (a large catalogue's index, in slices). */
  prepare?(catalog: Catalog, lang: string): Promise<void> | void;
  /** The one entry a card shows: its kind, its id, and the catalogue's list of such entries. */
  entry?(): { kind: 'solution' | 'city'; id?: string; list(catalog: Catalog): readonly E[] };
}

/** The entry a card asked for, or why it cannot be shown. */
export interface EntryLookup<E> {
  entry?: E;
  failure?: T4gErrorDetail;
}

/** A size or a time that is not a positive number (`max-bytes="20MB"`, `timeout="soon"`) means the default. */
const positive = (value: number | undefined) => (value! > 0 ? value : undefined);

/** Catalogues whose problems the console has been told. */
const warned = new WeakSet<object>();

/** What an element shows and fires for a catalogue that cannot be used. */
export function errorDetail(error: unknown): T4gErrorDetail {
  // An exception's own text is for the console, never for the page.
  return error instanceof CatalogError ? { message: error.message, kind: error.kind } : { message: 'Unexpected error (see the browser console).', kind: 'unknown' };
}

/**
 * Every element's one way to its catalogue. Like `@lit/task`, it starts from
 * one place: when the host updates, if the source, the size limit or the
 * language differ from the last run's. The previous run is aborted (its
 * fetch too, when no other widget waits for it); a language change with the
 * same data keeps the catalogue on screen while the new language's table and
 * preparation arrive. The problems of a partial catalogue are reported once
 * per load, by `t4g-catalog-problems` and the console; a failure becomes
 * `state.error` and `t4g-error`.
 *
 * Not `@lit/task` itself: the script-tag bundle has no room for it, and the
 * cache, the retry and the reporting here would remain around it.
 */
export class CatalogController<E extends { id: string } = never> implements ReactiveController {
  state: CatalogState = { status: 'idle' };
  /** With `entry`: the entry once the catalogue is shown, or why it is not there (`t4g-error`, once per id and catalogue). */
  lookup: EntryLookup<E> = {};
  private reported?: readonly unknown[];
  /** The source, size limit and language of the last run. */
  private args?: readonly unknown[];
  private run?: AbortController;
  private waiters: { resolve: (catalog: Catalog) => void; reject: (error: Error) => void }[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: CatalogSource<E>,
  ) {
    host.addController(this);
  }

  get catalog(): Catalog | undefined {
    return this.state.status === 'ready' ? this.state.catalog : undefined;
  }

  hostConnected() {
    // Back on the page after a load was dropped: start again.
    if (!this.args) this.host.requestUpdate();
  }

  /** What a run depends on: the source, the size limit, the language. */
  private current() {
    return [this.options.source(), positive(this.options.maxBytes?.()), resolveLang(this.host)] as const;
  }

  hostUpdate() {
    const args = this.current();
    const previous = this.args;
    if (!previous || args.some((arg, i) => !Object.is(arg, previous[i]))) {
      this.args = args;
      void this.start(args, previous);
    }
    this.lookup = this.find(args[2]);
  }

  hostUpdated() {
    const failure = this.lookup.failure;
    const key = failure && [this.catalog, this.options.entry?.().id];
    if (key && this.reported?.every((part, i) => part === key[i])) return;
    this.reported = key;
    if (failure) fire(this.host, 't4g-error', failure);
  }

  hostDisconnected() {
    // Decided a microtask later: an element moved in the page is connected again by then and goes on.
    queueMicrotask(() => {
      if (this.host.isConnected || this.state.status !== 'loading') return;
      this.run?.abort();
      this.args = undefined;
      this.state = { status: 'idle' };
    });
  }

  /** Loads the current source again, bypassing the shared cache (the "Try again" button). */
  reload(): Promise<void> {
    return this.start((this.args = this.current()), undefined, true);
  }

  /** Resolves with the catalogue once it is shown; rejects if it cannot be (an error state). */
  whenReady(): Promise<Catalog> {
    return new Promise((resolve, reject) => {
      this.waiters.push({ resolve, reject });
      this.settle();
    });
  }

  private find(lang: string): EntryLookup<E> {
    const wanted = this.options.entry?.();
    if (!wanted?.id || this.state.status !== 'ready') return {};
    const { catalog, problems } = this.state;
    const entry = entryById(wanted.list(catalog), wanted.id);
    if (entry) return { entry };
    const t = messages(lang);
    const leftOut = leftOutProblems(problems, wanted.kind, wanted.id);
    const source = this.options.source();
    const where = typeof source === 'string' ? source : t.theCatalogue;
    const message = leftOut.length
      ? `${t.leftOut(wanted.id)} ${leftOut.map((problem) => problemText?.describeField(problem) ?? problem.message).join('; ')}`
      : (wanted.kind === 'city' ? t.unknownCity : t.unknownSolution)(wanted.id, where);
    return { failure: { message, kind: 'not-found' } };
  }

  private async start([source, maxBytes, lang]: readonly unknown[], previous?: readonly unknown[], fresh = false): Promise<void> {
    const stale = this.run;
    const run = (this.run = new AbortController());
    const language = String(lang);
    const shown = this.state.status === 'ready' ? this.state : undefined;
    const sameData = shown && previous?.[0] === source && previous?.[1] === maxBytes;
    const prepare = this.options.prepare;
    // The new run joins a shared fetch before the stale one leaves it, so a language change mid-download does not restart it.
    // An empty src (`src=""`) is a mistake to say, not nothing to show: only a missing one waits.
    const none = source === undefined || source === null;
    const loading = sameData || none || (!prepare && isValidated(source)) ? undefined : loadCatalog(source as string | object, { signal: run.signal, fresh, maxBytes: maxBytes as number | undefined, timeout: positive(this.options.timeout?.()) });
    stale?.abort();
    if (none) return this.set({ status: 'idle' });
    // A catalogue this library made (a widget's, handed to the cards it renders) shows at once; its language's table re-renders it when it arrives.
    if (!loading && !sameData) return this.set({ status: 'ready', catalog: source as Catalog, problems: [] });
    if (!sameData) this.set({ status: 'loading' });
    try {
      // Intl's first country name and number format take milliseconds (locale data): paid while the data downloads.
      countryName('FI', language);
      formatNumber(language, 0);
      // The language's table arrives with the data, so results never show in English first; a file that does not
      // come in a moment (stalled) gives way to English, marked so, and the widget renders again when it comes.
      const [loaded] = await Promise.all([loading ?? shown!, messagesInTime(language)]);
      await prepare?.(loaded.catalog, language);
      if (loaded.problems.length) problemText ??= await loadValidation();
      if (run.signal.aborted) return;
      this.set({ status: 'ready', catalog: loaded.catalog, problems: loaded.problems });
      if (!sameData && loaded.problems.length) {
        // In the console once per catalogue, however many elements show it; each element fires its own event.
        if (!warned.has(loaded.catalog)) console.warn(`Tech4Good Marketplace: ${loaded.problems.length} problem(s) in the catalogue; the rest is shown.\n${loaded.problems.map(problemText!.describeProblem).join('\n')}`);
        warned.add(loaded.catalog);
        // Copies: a listener that edits its event's problems must not change what other elements read and fire.
        fire(this.host, 't4g-catalog-problems', { problems: loaded.problems.map((problem) => ({ ...problem, path: [...problem.path] })) });
      }
    } catch (error) {
      if (run.signal.aborted) return;
      const detail = errorDetail(error);
      // What went wrong underneath (a failed import, a getter's exception) too: for the site's team, never the page.
      const cause = error instanceof Error && error.cause !== undefined ? ['\nCaused by:', error.cause] : [];
      console.warn(`Tech4Good Marketplace: ${detail.message}`, error, ...cause);
      this.set({ status: 'error', error: detail });
      fire(this.host, 't4g-error', { ...detail });
    }
  }

  private set(state: CatalogState) {
    this.state = state;
    this.host.requestUpdate();
    this.settle();
  }

  private settle() {
    const state = this.state;
    if (state.status !== 'ready' && state.status !== 'error') return;
    for (const waiter of this.waiters.splice(0)) {
      if (state.status === 'ready') waiter.resolve(state.catalog);
      else waiter.reject(new Error(state.error.message));
    }
  }
}
