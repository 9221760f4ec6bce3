import { type CSSResultOrNative, type LitElement, adoptStyles } from 'lit';

/** `load`, once per page: every element shares the one load; a failed one is tried again the next time. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

/**
 * A part of an element's rendering that is a file of its own beside the script-tag bundles (kept out of them because
 * the first screen of results never needs it: a solution's detail, a city's whole profile). The element asks for it
 * when it renders what needs it, and renders again when it arrives; a search widget fetches it beforehand, while the
 * page is idle after its first results (search-widget.ts), so opening an entry finds it there. The part's own rules
 * (its `styles`, when it has them) join the element's in its shadow root the first time the part is handed out.
 */
export class LazyPart<T> {
  /** The part, once loaded. */
  private part?: T;
  private loading?: Promise<void>;
  /** The part's rules are in the host's shadow root. */
  private styled = false;

  /** @param name the file's name, for the console when it cannot be loaded. */
  constructor(
    private readonly host: LitElement,
    private readonly load: () => Promise<T>,
    private readonly name: string,
  ) {}

  /** The part if it is here, its rules adopted; else undefined, the load starts, and the host renders again once it comes. */
  get(): T | undefined {
    const part = this.part;
    if (!part) void this.start();
    else if (!this.styled) {
      this.styled = true;
      const styles = (part as { styles?: CSSResultOrNative }).styles;
      if (styles) adoptStyles(this.host.renderRoot as ShadowRoot, [...(this.host.constructor as typeof LitElement).elementStyles, styles]);
    }
    return part;
  }

  /** Whether the part is here (its load starts if not), without handing it out: its rules join only what renders it. */
  isHere(): boolean {
    if (!this.part) void this.start();
    return !!this.part;
  }

  /** Resolves once the part is here, or once its load failed (then the next `get` tries again). */
  whenLoaded(): Promise<void> {
    return this.part ? Promise.resolve() : this.start();
  }

  private start(): Promise<void> {
    return (this.loading ??= this.load().then(
      (part) => {
        this.part = part;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.loading = undefined;
        console.warn(`Tech4Good Marketplace: ${this.name} (keep it beside the bundle) could not be loaded.`, error);
      },
    ));
  }
}

/**
 * Starts `load` once the page is idle (Safari has no requestIdleCallback: a timer after this task). A failure is left
 * to whoever asks for it next, and says so then (LazyPart). `load` is a module's function: the callback holds no
 * element, so one removed meanwhile is not kept.
 */
export function loadWhenIdle(load: () => Promise<unknown>): void {
  (window.requestIdleCallback ?? setTimeout)(() => void load().catch(() => {}));
}
