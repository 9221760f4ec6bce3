/** The workshop's JSON editor (CodeMirror) in a shadow root: editing, problems, caret, completion, hover, keyboard, looks. */
import { currentCompletions, startCompletion } from '@codemirror/autocomplete';
import type { Tooltip } from '@codemirror/view';
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createJsonEditor, type FieldAtCaret, fieldAt, type JsonEditor, type JsonEditorOptions, type JsonSchema, schemaHover } from '../../src/components/submission-preview/json-editor.js';
import { tokenStyles } from '../../src/styles/tokens.js';
import { backgroundOf, contrast, over, parseColor } from './contrast.js';

const DOC = `{
  "version": 1,
  "solutions": [
    {
      "id": "bikes",
      "summary": "Shared bikes",
      "trl": 7,
      "open": true,
      "pricing": "free"
    }
  ]
}`;

let schema: JsonSchema;
before(async () => {
  schema = (await (await fetch('/catalog/catalog.schema.json')).json()) as JsonSchema;
});

interface Mounted {
  host: HTMLElement;
  root: ShadowRoot;
  after: HTMLButtonElement;
  editor: JsonEditor;
  changes: string[];
}

const mounted: JsonEditor[] = [];
afterEach(() => mounted.splice(0).forEach((editor) => editor.destroy()));

/**
 * The editor in the shadow root of a host styled by the widgets' tokens (`theme` as on the elements), with a button
 * after it; `more` options for the editor (what describes it, where it speaks).
 */
async function mount(doc = DOC, theme: 'light' | 'dark' = 'light', more: Partial<JsonEditorOptions> = {}): Promise<Mounted> {
  const wrapper = await fixture<HTMLElement>(html`<div><div class="host" theme=${theme}></div><button>After</button></div>`);
  const host = wrapper.querySelector<HTMLElement>('.host')!;
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [tokenStyles.styleSheet!];
  root.innerHTML = '<p id="summary">1 problem.</p><p id="keys">F8: next problem.</p>';
  const changes: string[] = [];
  const editor = createJsonEditor({ parent: root, doc, schema, label: 'Catalogue (JSON)', onChange: (text) => changes.push(text), ...more });
  mounted.push(editor);
  await nextFrame();
  return { host, root, after: wrapper.querySelector('button')!, editor, changes };
}

const offsetOf = (text: string, what: string, shift = 0) => {
  const at = text.indexOf(what);
  if (at < 0) throw new Error(`${what} is not in the text`);
  return at + shift;
};

async function completionsAt(editor: JsonEditor, offset: number): Promise<string[]> {
  editor.select(offset);
  startCompletion(editor.view);
  await waitUntil(() => currentCompletions(editor.view.state).length > 0, 'no completion', { timeout: 2000 });
  return currentCompletions(editor.view.state).map((option) => option.label);
}

describe('json-editor', () => {
  it('typing changes text() and calls onChange; setText replaces the text as one undoable step', async () => {
    const { editor, changes } = await mount();
    editor.select(offsetOf(DOC, '"bikes"', 6));
    await sendKeys({ type: '-2' });
    expect(editor.text()).to.include('"bikes-2"');
    expect(changes.at(-1)).to.equal(editor.text());
    editor.setText('{"version": 1}');
    expect(editor.text()).to.equal('{"version": 1}');
    expect(changes.at(-1)).to.equal('{"version": 1}');
    const count = changes.length;
    editor.setText('{"version": 1}');
    expect(changes.length, 'the same text again changes nothing').to.equal(count);
    editor.select(0);
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    expect(editor.text()).to.include('"bikes-2"');
  });

  it('setProblems underlines each range; the next call replaces them', async () => {
    const { root, editor } = await mount();
    const [from, to] = [offsetOf(DOC, '"open"'), offsetOf(DOC, '"open"', 6)];
    editor.setProblems([
      { from, to, message: 'Unknown key `open`', severity: 'error' },
      { from: offsetOf(DOC, '7'), to: offsetOf(DOC, '7', 1), message: 'Check this', severity: 'warning' },
    ]);
    await nextFrame();
    const errors = [...root.querySelectorAll('.cm-lintRange-error')];
    expect(errors.map((el) => el.textContent)).to.deep.equal(['"open"']);
    expect(root.querySelector('.cm-lintRange-warning')?.textContent).to.equal('7');
    editor.setProblems([{ from: 9999, to: 10000, message: 'At the end', severity: 'error' }]);
    await nextFrame();
    expect(root.querySelectorAll('.cm-lintRange-error').length, 'the old ones are gone').to.equal(0);
    expect(root.querySelector('.cm-lintRange-warning')).to.equal(null);
  });

  it('invalid while it has errors: aria-invalid, described by the problems’ summary (and always by its hint); cleared when none are left', async () => {
    const { root, editor } = await mount(DOC, 'light', { hint: 'keys', problemsSummary: 'summary' });
    const content = root.querySelector('.cm-content')!;
    const state = () => [content.getAttribute('aria-invalid'), content.getAttribute('aria-describedby')];
    expect(state(), 'no problems yet').to.deep.equal([null, 'keys']);
    const [from, to] = [offsetOf(DOC, '"open"'), offsetOf(DOC, '"open"', 6)];
    editor.setProblems([{ from, to, message: 'Unknown key `open`', severity: 'error' }]);
    expect(state()).to.deep.equal(['true', 'summary keys']);
    // Each id names an element in the editor's own root, so the description reaches a screen reader.
    expect(content.getAttribute('aria-describedby')!.split(' ').map((id) => root.getElementById(id)?.textContent)).to.deep.equal(['1 problem.', 'F8: next problem.']);
    editor.setProblems([{ from, to, message: 'Check this', severity: 'warning' }]);
    expect(state(), 'a warning alone: described, not invalid').to.deep.equal([null, 'summary keys']);
    editor.setProblems([{ from, to, message: 'Unknown key `open`', severity: 'error' }]);
    editor.setText('{"version": 1}');
    expect(state(), 'a new text has no problems until it is checked').to.deep.equal([null, 'keys']);
    editor.setProblems([{ from: 0, to: 1, message: 'Again', severity: 'error' }]);
    editor.setProblems([]);
    expect(state(), 'valid').to.deep.equal([null, 'keys']);
  });

  /** What `root`'s live regions are told from now on (CodeMirror's own is `.cm-announced`), without blank resets. */
  function heardIn(root: ShadowRoot): string[] {
    const heard: string[] = [];
    new MutationObserver(() => {
      const text = root.querySelector('[aria-live]')?.textContent?.trim();
      if (text && text !== heard.at(-1)) heard.push(text);
    }).observe(root, { subtree: true, childList: true, characterData: true });
    return heard;
  }

  it('F8 goes to the next problem and says it: in CodeMirror’s live region, or through `announce` alone', async () => {
    const open = { from: offsetOf(DOC, '"open"'), to: offsetOf(DOC, '"open"', 6), message: 'Unknown key `open`', severity: 'error' as const, spoken: '1 of 1: solutions[0].open: unknown key' };
    const alone = await mount();
    const heard = heardIn(alone.root);
    alone.editor.setProblems([open]);
    alone.editor.select(0);
    await sendKeys({ press: 'F8' });
    expect([alone.editor.view.state.selection.main.from, alone.editor.view.state.selection.main.to]).to.deep.equal([open.from, open.to]);
    await waitUntil(() => heard.length > 0, 'nothing said');
    expect(heard).to.deep.equal(['1 of 1: solutions[0].open: unknown key']);

    const said: string[] = [];
    const { root, editor } = await mount(DOC, 'light', { announce: (text) => said.push(text) });
    const silent = heardIn(root);
    editor.setProblems([open, { from: offsetOf(DOC, '7'), to: offsetOf(DOC, '7', 1), message: 'Check this', severity: 'warning' }]);
    editor.select(0);
    await sendKeys({ press: 'F8' });
    await sendKeys({ press: 'F8' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'F8' });
    await sendKeys({ up: 'Shift' });
    // In text order (the 7 comes first), and back; a problem without `spoken` is said by its message.
    expect(said).to.deep.equal(['Check this', '1 of 1: solutions[0].open: unknown key', 'Check this']);
    editor.setProblems([]);
    await sendKeys({ press: 'F8' });
    expect(said.at(-1)).to.equal('No problems.');
    await nextFrame();
    expect(silent, 'CodeMirror’s own region says nothing: one voice').to.deep.equal([]);
  });

  it('select(offset) puts the caret there and focuses the editor', async () => {
    const { root, editor } = await mount();
    const offset = offsetOf(DOC, '"pricing"');
    editor.select(offset);
    expect(editor.view.state.selection.main.head).to.equal(offset);
    expect(editor.view.hasFocus).to.equal(true);
    expect(root.activeElement).to.equal(root.querySelector('.cm-content'));
    editor.select(1e9);
    expect(editor.view.state.selection.main.head).to.equal(DOC.length);
  });

  it('completes the keys a solution may have, not those it has, required ones first', async () => {
    const doc = '{"solutions": [{"id": "a", }]}';
    const { editor } = await mount(doc);
    const labels = await completionsAt(editor, offsetOf(doc, ', }', 2));
    expect(labels).to.include('summary');
    expect(labels).not.to.include('id');
    expect(labels.slice(0, 4)).to.deep.equal(['name', 'summary', 'tracks', 'provider']);
  });

  /** Types `keys` at `offset` of a new editor on `doc`, waits for `label` to be offered and accepts it with Enter. */
  async function typeAndAccept(doc: string, offset: number, keys: string, label: string): Promise<string> {
    const { editor } = await mount(doc);
    editor.select(offset);
    await sendKeys({ type: keys });
    await waitUntil(() => currentCompletions(editor.view.state).some((option) => option.label === label), `${label} is not offered after ${keys}`, { timeout: 2000 });
    // CodeMirror ignores Enter for 75 ms after the list opens (interactionDelay), so that a quick Enter is a new line.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await sendKeys({ press: 'Enter' });
    return editor.text();
  }

  it('completes a key as it is typed from its opening quote, and Enter writes it with quotes and colon', async () => {
    const doc = '{"solutions": [{"id": "a", }]}';
    // closeBrackets makes `"` into `""`: the option is matched against what is between the quotes.
    expect(await typeAndAccept(doc, offsetOf(doc, ', }', 2), '"', 'name')).to.equal('{"solutions": [{"id": "a", "name": }]}');
    expect(await typeAndAccept(doc, offsetOf(doc, ', }', 2), '"sum', 'summary')).to.equal('{"solutions": [{"id": "a", "summary": }]}');
    const withColon = '{"solutions": [{"id": "a", "": 1}]}';
    expect(await typeAndAccept(withColon, offsetOf(withColon, '"":', 1), 'pri', 'pricing')).to.equal('{"solutions": [{"id": "a", "pricing": 1}]}');
  });

  it('completes a value as it is typed, with its quotes', async () => {
    const doc = '{"solutions": [{"provider": {"type": }}]}';
    expect(await typeAndAccept(doc, offsetOf(doc, ': }', 2), '"st', 'startup')).to.equal('{"solutions": [{"provider": {"type": "startup"}}]}');
  });

  it('completes the values of an enum, and booleans and integer ranges', async () => {
    const doc = '{"solutions": [{"pricing": , "trl": }]}';
    const { editor } = await mount(doc);
    expect(await completionsAt(editor, offsetOf(doc, ': ,', 2))).to.include.members(['free', 'open-source', 'on-request']);
    editor.view.dispatch({ selection: { anchor: 0 } });
    expect(await completionsAt(editor, offsetOf(doc, ': }', 2))).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('Ctrl+Space after a complete value offers every value, in it those it begins, and nothing is offered in a value of free text', async () => {
    const doc = '{"solutions": [{"pricing": "free", "summary": "S"}]}';
    const { editor } = await mount(doc);
    expect(await completionsAt(editor, offsetOf(doc, '"free"', 6))).to.have.length(5);
    // Inside the string, what is before the caret is the prefix.
    expect(await completionsAt(editor, offsetOf(doc, '"free"', 2))).to.deep.equal(['free']);
    editor.select(offsetOf(doc, '"S"', 2));
    startCompletion(editor.view);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(currentCompletions(editor.view.state)).to.deep.equal([]);
  });

  it('hover on a key shows its description and type', async () => {
    const { editor } = await mount();
    const hover = schemaHover(schema);
    const tooltip = (await hover(editor.view, offsetOf(DOC, '"summary"', 3), 1)) as Tooltip | null;
    expect(tooltip).to.not.equal(null);
    const text = tooltip!.create(editor.view).dom.textContent ?? '';
    expect(text).to.include('summary (required): string or object of string');
    expect(text).to.include('Text, or an object of BCP 47 language tags to text');
    expect(await hover(editor.view, offsetOf(DOC, '"open"', 2), 1), 'a key the schema does not know').to.equal(null);
    expect(await hover(editor.view, offsetOf(DOC, 'Shared', 2), 1), 'a value').to.equal(null);
  });

  it('the field at the caret: on its key, in its value, in an item of its list, after its comma; none in blank space', async () => {
    const doc = '{\n  "solutions": [\n    {\n      "tracks": ["tourism", "skills"],\n      "pricing": "free",\n      "open": 1\n    }\n  ]\n}';
    const { editor } = await mount(doc);
    const at = (offset: number) => {
      const field = fieldAt(schema, editor.view.state, offset);
      return field && [field.path.join('.'), field.help?.type];
    };
    expect(at(offsetOf(doc, '"pricing"')), 'at the start of its key').to.deep.equal(['solutions.0.pricing', 'string']);
    expect(at(offsetOf(doc, '"free"', 3)), 'in its value').to.deep.equal(['solutions.0.pricing', 'string']);
    expect(at(offsetOf(doc, '"free",', 7)), 'after its comma (End on its line)').to.deep.equal(['solutions.0.pricing', 'string']);
    expect(at(offsetOf(doc, '"skills"', 2)), 'an item of its list').to.deep.equal(['solutions.0.tracks', 'array of string']);
    expect(at(offsetOf(doc, '"open"', 2)), 'a key the schema does not know').to.deep.equal(['solutions.0.open', undefined]);
    expect(at(0), 'outside every field').to.equal(undefined);
  });

  it('F2 says the help on the field at the caret and shows it as its tooltip; Escape or moving closes it; onField follows the caret, after a pause', async () => {
    const said: string[] = [];
    const fields: (FieldAtCaret | undefined)[] = [];
    const { root, editor } = await mount(DOC, 'light', { announce: (text) => said.push(text), onField: (field) => fields.push(field) });
    editor.select(offsetOf(DOC, '"free"', 3));
    await sendKeys({ press: 'F2' });
    expect(said).to.have.length(1);
    expect(said[0]).to.match(/^pricing, optional: string\. .*One of: free, open-source, /);
    await waitUntil(() => root.querySelector('.cm-t4g-help'), 'no tooltip after F2');
    expect(root.querySelector('.cm-t4g-help')!.textContent).to.match(/^pricing: string/);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !root.querySelector('.cm-t4g-help'), 'Escape leaves the tooltip open');
    await sendKeys({ press: 'F2' });
    await waitUntil(() => root.querySelector('.cm-t4g-help'), 'no tooltip after F2');
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => !root.querySelector('.cm-t4g-help'), 'the tooltip stays when the caret moves away');
    // onField: once the caret rests, with the field it is in (the "open" line now)…
    await waitUntil(() => fields.at(-1)?.path.join('.') === 'solutions.0.open', 'onField did not follow the caret');
    // …and not for a place the caret only passed through.
    fields.length = 0;
    editor.select(offsetOf(DOC, '"trl"', 2));
    editor.select(offsetOf(DOC, '"id"', 2));
    await waitUntil(() => fields.length > 0, 'onField was not called');
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(fields.map((field) => field?.path.join('.'))).to.deep.equal(['solutions.0.id']);
    editor.select(0);
    await sendKeys({ press: 'F2' });
    expect(said.at(-1)).to.equal('The cursor is in no field.');
  });

  it('Tab leaves the editor (Tab is not trapped), Enter does not', async () => {
    const { editor, after } = await mount();
    editor.select(offsetOf(DOC, '"version"'));
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(after);
    expect(editor.text()).to.equal(DOC);
  });

  it('has a name and no axe violations, light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const { host, root, editor } = await mount(DOC, theme);
      editor.setProblems([{ from: 2, to: 11, message: 'A problem', severity: 'error' }]);
      const content = root.querySelector('.cm-content')!;
      expect(content.getAttribute('aria-label')).to.equal('Catalogue (JSON)');
      expect(content.getAttribute('role')).to.equal('textbox');
      await expect(host).to.be.accessible();
    }
  });

  it('syntax colours and line numbers reach 4.5:1 on the surface, light and dark; the focus ring shows', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const { root, editor } = await mount(DOC, theme);
      const spans = [...root.querySelectorAll('.cm-line span')];
      const span = (text: string) => spans.find((el) => el.textContent === text);
      const measured = [['key', span('"summary"')], ['string', span('"Shared bikes"')], ['number', span('7')], ['boolean', span('true')], ['line number', root.querySelector('.cm-lineNumbers .cm-gutterElement:not([style*="hidden"])')]] as const;
      for (const [what, el] of measured) {
        expect(el, `${theme}: ${what} is rendered`).to.be.instanceOf(Element);
        const bg = backgroundOf(el!);
        const ratio = contrast(over(parseColor(getComputedStyle(el!).color), bg), bg);
        expect(ratio, `${theme}: ${what} ${getComputedStyle(el!).color} on ${bg.join(',')}`).to.be.at.least(4.5);
      }
      editor.select(0);
      await waitUntil(() => root.querySelector('.cm-editor.cm-focused'), `${theme}: focused`);
      const outline = getComputedStyle(root.querySelector('.cm-editor')!);
      expect(outline.outlineStyle, `${theme}: focus ring`).to.equal('solid');
      expect(parseFloat(outline.outlineWidth)).to.be.at.least(2);
    }
  });
});
