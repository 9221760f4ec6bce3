import { type PropertyDeclarations, type PropertyValues, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CheckSummary } from '../../catalog/check/check-source.js';
import { severityOf } from '../../catalog/check/problem-types.js';
import { CatalogError } from '../../catalog/errors.js';
import { languagesOf as textLanguages } from '../../catalog/localized.js';
import { formatPath } from '../../catalog/problems.js';
import type { City, Solution } from '../../catalog/schema.js';
import { MINIMAL_SOLUTION } from '../../catalog/starter.js';
import { decodeUtf8 } from '../../catalog/utf8.js';
import { type SubmissionProblem, fire } from '../../events.js';
import { resolveLang } from '../../i18n/lang.js';
import { besideScript } from '../../internal/beside-script.js';
import { T4gElement } from '../../internal/t4g-element.js';
import { hostStyles } from '../../styles/host.js';
import { T4gCityCard } from '../city-card/city-card.js';
import { T4gSolutionCard } from '../solution-card/solution-card.js';
import { T4gSolutionDetail } from '../solution-detail/solution-detail.js';
import schema from '../../../catalog/catalog.schema.json' with { type: 'json' };
import { PREVIEWED, type Waiting } from './check-answer.js';
import { Checks } from './checks.js';
import { type FieldAtCaret, type JsonEditor, createJsonEditor } from './json-editor.js';
import { valuesText } from './schema-help.js';
import { submissionPreviewStyles } from './submission-preview.styles.js';

type AgainstState = { status: 'none' | 'loading' | 'ready' } | { status: 'error'; message: string };

/** Set by the workshop's build (vite.config.ts): a worker file beside the bundle checks off the page's thread. */
declare const __T4G_SUBMIT_WORKER__: boolean | undefined;
const BUILT = typeof __T4G_SUBMIT_WORKER__ !== 'undefined' && __T4G_SUBMIT_WORKER__;
const workerUrl = () => (BUILT ? new URL(besideScript('t4g-submit-worker.js')) : undefined);
/** Checks on the page: from the sources, their module; built, the worker's file itself (so the bundle does not carry them twice). */
const localChecks = () => (BUILT ? import(/* @vite-ignore */ workerUrl()!.href) : import('./check-worker.js')).then((module: typeof import('./check-worker.js')) => module.answer);

/** What the preview shows and the messages name the text as. */
const NAME = 'your entry';
/** Where the text is kept between visits (this browser only). */
const STORAGE_KEY = 't4g-submission';
/** Checks wait for a pause in typing; a long text waits longer, so typing stays fluid. */
const pauseFor = (length: number) => (length > 1_000_000 ? 1000 : 300);

/**
 * A workshop for solution providers: a JSON editor (line numbers, brackets,
 * completion and documentation from the catalogue's schema), every problem
 * listed and underlined where it is, with the same checks, messages and
 * positions as `t4g validate`, and a live preview of each solution as a card
 * and as its detail, and each city as a card. The checks run in a worker
 * (`t4g-submit-worker.js`, beside the bundle), so a 5 MB text never holds up
 * typing; where it cannot start, on the page. The text is kept in this
 * browser (`localStorage`); nothing is sent anywhere, except the one request
 * for the catalogue named by `against`. `updateComplete` resolves once the
 * latest check is shown.
 *
 * @summary Check and preview a catalogue entry before submitting it.
 * @tagname t4g-submission-preview
 * @fires t4g-validate - After each check; `detail: { problems, valid }`.
 * @csspart editor - The editor's box.
 * @csspart field-help - The help on the field at the cursor, below the editor.
 * @csspart problems - The list of problems.
 * @csspart preview - The preview of the entries.
 * @csspart button - The toolbar's buttons.
 */
export class T4gSubmissionPreview extends T4gElement {
  static override styles = [hostStyles, submissionPreviewStyles];
  static override tag = 't4g-submission-preview';
  static override dependencies = [T4gSolutionCard, T4gSolutionDetail, T4gCityCard];
  static override properties: PropertyDeclarations = {
    against: {},
    summary: { state: true },
    previewLang: { state: true },
    opened: { state: true },
    againstState: { state: true },
    checking: { state: true },
    notice: { state: true },
    field: { state: true },
    waiting: { state: true },
  };

  /** Address of the published catalogue the entry will join: its cities, tracks and ids are checked too. */
  against?: string;

  private text = '';
  private editor?: JsonEditor;
  private summary?: CheckSummary;
  private checks?: Checks;
  /** The check being answered, for `updateComplete`; a newer one replaces it. */
  private pending?: Promise<void>;
  private generation = 0;
  private previewLang?: string;
  /** The solution whose detail is open in the preview. */
  private opened?: Solution;
  private againstState: AgainstState = { status: 'none' };
  private checking = false;
  /** A file that could not be read, said once. */
  private notice?: string;
  private timer?: ReturnType<typeof setTimeout>;
  /**
   * The counts of problems last told to screen readers (`errors/warnings`; `empty` for no text). The first check of
   * the text the page starts with sets it silently; after that, a check that changes it is said (see `say`).
   */
  private heard?: string;
  /** The text has changed since the element started (typing, a template, a file): checks may speak from now on. */
  private touched = false;
  /** The field the caret rests in, whose help shows below the editor. */
  private field?: FieldAtCaret;
  /** What the last check could not reach yet (a text that is not JSON…): said under the count. */
  private waiting?: Waiting;

  /** The JSON text. */
  get value(): string {
    return this.editor?.text() ?? this.text;
  }

  set value(text: string) {
    this.text = text;
    this.editor?.setText(text);
    this.checkNow();
  }

  /** The problems of the last check, in text order (warnings included). */
  get problems(): SubmissionProblem[] {
    return (this.summary?.problems ?? []).map((p) => ({ line: p.line, column: p.column, path: formatPath(p.path), message: p.message, severity: severityOf(p.type) }));
  }

  override connectedCallback() {
    super.connectedCallback();
    if (!this.text) this.text = stored() ?? '';
    this.checks ??= new Checks(workerUrl(), localChecks);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.checks?.close();
    this.checks = undefined;
  }

  // Resolves once the latest check is answered and shown (a worker answers after the render that asked).
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let pending = this.pending; pending; pending = this.pending === pending ? undefined : this.pending) {
      await pending;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  override firstUpdated() {
    this.editor = createJsonEditor({
      parent: this.renderRoot.querySelector<HTMLElement>('.editor')!,
      doc: this.text,
      schema,
      label: 'Catalogue entry (JSON)',
      problemsSummary: 'summary',
      hint: 'keys',
      announce: (text) => this.say(text),
      onField: (field) => (this.field = field),
      onChange: (text) => {
        this.text = text;
        this.touched = true;
        this.checking = true;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.checkNow(), pauseFor(text.length));
      },
    });
    this.checkNow();
  }

  override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (changed.has('against')) void this.loadAgainst();
  }

  /** Loads the `against` catalogue into the checker, then checks again. */
  private async loadAgainst() {
    const address = this.against;
    if (!address) return void (this.againstState = { status: 'none' });
    this.againstState = { status: 'loading' };
    let download: { bytes?: Uint8Array; reason?: string };
    try {
      const response = await fetch(address);
      download = response.ok ? { bytes: new Uint8Array(await response.arrayBuffer()) } : { reason: `the server answered ${response.status} ${response.statusText}`.trimEnd() };
    } catch {
      download = { reason: 'it could not be fetched (offline, or the server does not allow this page to read it)' };
    }
    if (address !== this.against || !this.checks) return;
    const answer = await this.checks.ask({ kind: 'against', address, ...download }).catch(() => undefined);
    if (!answer) return this.checkerMissing();
    if (address !== this.against) return;
    this.againstState = answer.kind === 'against' && answer.error ? { status: 'error', message: answer.error } : { status: 'ready' };
    this.checkNow();
  }

  /** Checks the text now (the newest check wins), keeps it, and says so. */
  private checkNow() {
    clearTimeout(this.timer);
    const text = this.value;
    store(text);
    const generation = ++this.generation;
    if (!text.trim() || !this.checks) {
      this.checking = false;
      this.summary = undefined;
      this.waiting = undefined;
      this.editor?.setProblems([]);
      if (this.checks) this.heard = 'empty';
      return;
    }
    this.checking = true;
    this.pending = this.checks.ask({ kind: 'check', name: NAME, text }).then((answer) => {
      if (generation !== this.generation || answer.kind !== 'check') return;
      const { summary } = answer;
      this.summary = summary;
      this.waiting = answer.waiting;
      this.checking = false;
      this.editor?.setProblems(summary.problems.map((p, i) => ({ from: p.offset, to: tokenEnd(text, p.offset), message: p.message, severity: severityOf(p.type), spoken: spokenProblem(summary.problems, i) })));
      const problems = this.problems;
      this.sayCounts(problems);
      fire(this, 't4g-validate', { problems, valid: summary.status === 'valid' });
    }, () => this.checkerMissing());
  }

  /**
   * Says the number of problems, when a check changes it ("3 problems", "No problems"): not while typing, not for a
   * check that finds as many as the last, and not for the text the page opens with (its summary describes the editor).
   */
  private sayCounts(problems: readonly SubmissionProblem[]) {
    const errors = problems.filter((p) => p.severity === 'error').length;
    const warnings = problems.length - errors;
    const heard = `${errors}/${warnings}`;
    if (this.touched && this.heard !== undefined && heard !== this.heard) {
      this.say(`${errors ? count(errors, 'problem') : 'No problems'}${warnings ? `, ${count(warnings, 'warning')}` : ''}`);
    }
    this.heard = heard;
  }

  /**
   * Tells screen readers `text` in the workshop's one polite live region: the counts after a check, and the problem F8
   * or a problem's button went to. The editor speaks through here too, so CodeMirror's own region stays silent and
   * nothing is said twice. The same words again (F8 on the only problem) get a no-break space, to be new words.
   */
  private say(text: string) {
    const region = this.renderRoot.querySelector<HTMLElement>('#said');
    if (region) region.textContent = region.textContent === text ? `${text}\u00a0` : text;
  }

  /** A problem's button: the caret to it, and the problem said (the button's text only gave its line and column). */
  private goTo(index: number) {
    const problem = this.summary?.problems[index];
    if (!problem) return;
    this.editor?.select(problem.offset);
    this.say(spokenProblem(this.summary!.problems, index));
  }

  /** The checks' file could not be loaded (not copied beside t4g-submit.js): said, instead of checking forever. */
  private checkerMissing() {
    this.checking = false;
    this.notice = `The checks could not be loaded: keep t4g-submit-worker.js beside t4g-submit.js (${String(workerUrl() ?? 'check-worker.js')}).`;
  }

  private startFromTemplate() {
    this.value = `${JSON.stringify(MINIMAL_SOLUTION, null, 2)}\n`;
    this.editor?.select(0);
  }

  /** A file opened or dropped: read as the CLI reads it, so one that is not UTF-8 is said so, as the CLI says it. */
  private async open(file: File | undefined) {
    if (!file) return;
    this.notice = undefined;
    try {
      this.value = decodeUtf8(new Uint8Array(await file.arrayBuffer()), file.name).replace(/^\uFEFF/, '');
    } catch (error) {
      this.notice = error instanceof CatalogError ? error.message : `${file.name} could not be read.`;
    }
  }

  private download() {
    const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(new Blob([this.value], { type: 'application/json' })), download: 'catalogue-entry.json' });
    link.click();
    URL.revokeObjectURL(link.href);
  }

  private onDrop(event: DragEvent) {
    event.preventDefault();
    void this.open(event.dataTransfer?.files[0]);
  }

  override render() {
    const preview = this.summary?.preview;
    // The workshop speaks English (its checks' messages are the CLI's): on a page in another language it says so, for
    // screen readers (WCAG 3.1.2); the previewed cards carry the language they are shown in.
    const english = /^en(-|$)/i.test(resolveLang(this)) ? undefined : 'en';
    return html`
      <div class="toolbar" lang=${ifDefined(english)}>
        <button type="button" part="button" @click=${this.startFromTemplate}>Start from a template</button>
        <label class="file" part="button">Open a file…<input type="file" accept=".json,application/json" @change=${(e: Event) => this.open((e.target as HTMLInputElement).files?.[0])} /></label>
        <button type="button" part="button" @click=${this.download}>Download</button>
        ${this.renderAgainst()}
      </div>
      <div class="workspace" lang=${ifDefined(english)}>
        <div class="main">
          <div class="editor" part="editor" @dragover=${(e: DragEvent) => e.preventDefault()} @drop=${this.onDrop}></div>
          <p class="keys" id="keys">
            In the editor: <kbd>Ctrl</kbd>+<kbd>Space</kbd> suggests fields and values; <kbd>F8</kbd> and <kbd>Shift</kbd>+<kbd>F8</kbd> go to the next
            and previous problem; <kbd>F2</kbd> reads the help on the field at the cursor; <kbd>Tab</kbd> leaves the editor.
          </p>
          ${this.renderField()}
        </div>
        <div class="side">
          <div id="summary">
            <p class="status">${this.statusText()}</p>
            ${this.waiting && !this.checking ? html`<p class="waiting">${waitingText(this.waiting)}</p>` : nothing}
          </div>
          <p id="said" class="visually-hidden" role="status"></p>
          ${this.notice ? html`<p class="notice" role="alert">${this.notice}</p>` : nothing}
          ${this.renderProblems()}
          ${preview ? this.renderPreview(preview, this.summary!) : nothing}
        </div>
      </div>
    `;
  }

  /**
   * What the schema says of the field at the cursor, beside the editor as the cursor moves (after a pause): the hover's
   * help, for the keyboard and for screen readers too. Not a live region (it would speak at every arrow key): F2 in
   * the editor says it, and a screen reader can read it here, under its heading.
   */
  private renderField() {
    const field = this.field;
    const help = field?.help;
    return html`<section class="field" part="field-help" aria-labelledby="field-title">
      <h2 id="field-title">Field at the cursor</h2>
      ${!field
        ? html`<p class="hint">Move the cursor into a field to see what it is for, whether it is required, and the values it takes.</p>`
        : html`<p><code class="path">${formatPath(field.path)}</code>${help ? html` · ${help.required ? 'required' : 'optional'} · ${help.type}` : html`: the catalogue has no such field here.`}</p>
            ${help?.description ? html`<p>${help.description}</p>` : nothing}
            ${help?.values.length ? html`<p>One of: ${valuesText(help)}</p>` : nothing}`}
    </section>`;
  }

  private renderAgainst() {
    const state = this.againstState;
    if (state.status === 'none') return nothing;
    if (state.status === 'error') return html`<p class="against error" role="alert">${state.message}</p>`;
    return html`<p class="against">${state.status === 'loading' ? `Loading ${this.against}…` : html`Checked against <bdi>${this.against}</bdi>`}</p>`;
  }

  private statusText(): string {
    if (this.checking) return 'Checking…';
    const summary = this.summary;
    if (!summary) return 'Paste your entry, drop a .json file here, open one, or start from a template.';
    const problems = this.problems;
    const errors = problems.filter((p) => p.severity === 'error').length;
    const warnings = problems.length - errors;
    const warned = warnings ? `, ${count(warnings, 'warning')}` : '';
    if (summary.status === 'valid') return `Valid: ${count(summary.solutions, 'solution')}, ${count(summary.cities, 'city', 'cities')}${warned}.`;
    return `${count(errors, 'problem')}${warned}.`;
  }

  private renderProblems() {
    const problems = this.summary?.problems ?? [];
    if (!problems.length) return nothing;
    // Each button is described by its problem (field and message), so a screen reader hears more than a position.
    return html`<ol class="problems" part="problems" aria-label="Problems">
      ${problems.map((problem, i) => html`<li class=${severityOf(problem.type)}>
        <button type="button" class="link" aria-describedby=${`problem-${i}`} @click=${() => this.goTo(i)}>Line ${problem.line}, column ${problem.column}</button>
        <span id=${`problem-${i}`}>${severityOf(problem.type) === 'warning' ? html`<strong>Warning:</strong> ` : nothing}${problem.path.length ? html`<code class="path">${formatPath(problem.path)}</code>: ` : nothing}<span class="message">${problem.message}</span></span>
      </li>`)}
    </ol>`;
  }

  private renderPreview(entries: NonNullable<CheckSummary['preview']>, counts: CheckSummary) {
    const { solutions, cities, catalog } = entries;
    if (!solutions.length && !cities.length) return nothing;
    const langs = languagesOf([...solutions, ...cities]);
    const lang = this.previewLang && langs.includes(this.previewLang) ? this.previewLang : langs.includes(resolveLang(this)) ? resolveLang(this) : langs[0] ?? 'en';
    return html`<section class="preview" part="preview" aria-labelledby="preview-title">
      <div class="preview-head">
        <h2 id="preview-title">Preview</h2>
        ${langs.length > 1
          ? html`<label>Language <select @change=${(e: Event) => (this.previewLang = (e.target as HTMLSelectElement).value)}>
              ${langs.map((code) => html`<option value=${code} ?selected=${code === lang}>${languageName(code)}</option>`)}
            </select></label>`
          : nothing}
      </div>
      ${solutions.length
        ? html`<p class="hint">As a result card; choose one to see it as its detail.</p>
            <ol class="cards" @t4g-select=${(e: CustomEvent<{ solutionId: string }>) => (this.opened = solutions.find((s) => s.id === e.detail.solutionId))}>
              ${solutions.map((solution) => html`<li><t4g-solution-card lang=${lang} href="#" .solution=${solution} .tracks=${catalog.tracks}></t4g-solution-card></li>`)}
            </ol>
            ${more(counts.solutions, 'solution')}`
        : nothing}
      ${cities.length
        ? html`<ol class="cards">${cities.map((city: City) => html`<li><t4g-city-card lang=${lang} href="#" .city=${city} .catalog=${catalog}></t4g-city-card></li>`)}</ol>
            ${more(counts.cities, 'city', 'cities')}`
        : nothing}
      <t4g-solution-detail lang=${lang} href="" .solution=${this.opened} .catalog=${catalog} ?open=${!!this.opened} @t4g-close=${() => (this.opened = undefined)}></t4g-solution-detail>
    </section>`;
  }
}

/** A language's English name with its tag ("French (fr)"), for the preview's choice; the tag alone where Intl has no name. */
function languageName(code: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

/**
 * What waits for the listed problems to be fixed, said under the count, so that new problems after a fix are no
 * surprise. (References and ids of an entry with an error are checked already: see catalog/check/early-checks.ts.)
 */
function waitingText(waiting: Waiting) {
  if (waiting.for === 'json') return 'Once the text is JSON, its fields and the references between its entries are checked too.';
  if (waiting.for === 'catalog') return html`Once it is a catalogue (a JSON object with <code>"version": 1</code>), its entries are checked too.`;
  const names = waiting.lists.map((list, i) => html`${i ? (i === waiting.lists.length - 1 ? ' and ' : ', ') : ''}<code>${list}</code>`);
  return waiting.lists.length === 1 ? html`Once ${names} is a list, its entries are checked too.` : html`Once ${names} are lists, their entries are checked too.`;
}

/** What a screen reader is told of the problem at `index` when the caret goes to it: its place in the list, field and message. */
function spokenProblem(problems: CheckSummary['problems'], index: number): string {
  const { path, message, type } = problems[index]!;
  return `${index + 1} of ${problems.length}: ${severityOf(type) === 'warning' ? 'Warning: ' : ''}${path.length ? `${formatPath(path)}: ` : ''}${message}`;
}

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** Under a preview cut short: how many it leaves out. */
const more = (total: number, one: string, many?: string) =>
  total > PREVIEWED ? html`<p class="hint">The first ${PREVIEWED} of ${count(total, one, many)}; every one is checked.</p>` : nothing;

/** The end of the JSON token at `offset` (a string, a number, a word), for the underline; one character for a bracket. */
function tokenEnd(text: string, offset: number): number {
  const match = /^(?:"(?:[^"\\\n]|\\.)*"?|[^\s,:\]}[{"]+)/.exec(text.slice(offset, offset + 10_000));
  return offset + Math.max(1, match?.[0].length ?? 1);
}

/** The languages the entries' names and summaries are written in, for the preview's choice; English first when present. */
function languagesOf(entries: readonly (Solution | City)[]): string[] {
  const found = new Set(entries.flatMap((entry) => [...textLanguages(entry.name), ...textLanguages(entry.summary)]));
  return [...found].sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
}

function stored(): string | undefined {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

function store(text: string) {
  try {
    localStorage.setItem(STORAGE_KEY, text);
  } catch {
    // Storage full or blocked: the text stays in the page, and "Download" keeps it.
  }
}

declare global {
  interface HTMLElementTagNameMap {
    't4g-submission-preview': T4gSubmissionPreview;
  }
}
