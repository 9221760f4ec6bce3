/**
 * <t4g-submission-preview>: the providers' workshop in a real browser. The
 * checks themselves are the CLI's (test/node/check-text.test.ts compares
 * them); here: what a provider does with them.
 */
import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { T4gSolutionCard } from '../../src/components/solution-card/solution-card.js';
import { checkText } from '../../src/catalog/check/check-source.js';
import { againstFrom, sourceFrom } from '../../src/catalog/check/source.js';
import { formatPath } from '../../src/catalog/problems.js';
import type { JsonEditor } from '../../src/components/submission-preview/json-editor.js';
import type { T4gSubmissionPreview } from '../../src/components/submission-preview/submission-preview.js';
import '../../src/t4g-submit.js';
import { $, $$, until } from './helpers.js';

const entry = (solution: Record<string, unknown>, more: Record<string, unknown> = {}) =>
  JSON.stringify({ version: 1, solutions: [{ id: 'heat-map', name: 'Heat map', summary: 'Maps heat.', tracks: ['green-economy'], provider: { name: 'P' }, ...solution }], ...more }, null, 2);

async function mount(value?: string, against?: string): Promise<T4gSubmissionPreview> {
  const el = document.createElement('t4g-submission-preview');
  if (against) el.against = against;
  if (value !== undefined) el.value = value;
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

/** The editor's CodeMirror view, as the tests of json-editor.ts reach it. */
const editorOf = (el: T4gSubmissionPreview) => (el as unknown as { editor: JsonEditor }).editor;

/**
 * What screen readers are told from now on: each new text of any live region in the workshop (its own, CodeMirror's
 * `.cm-announced`, a status or an alert), blank resets left out.
 */
function heardIn(el: T4gSubmissionPreview): string[] {
  const heard: string[] = [];
  const last = new Map<Element, string>();
  new MutationObserver(() => {
    for (const region of $$(el, '[role="status"], [role="alert"], [aria-live]:not([aria-live="off"])')) {
      const text = region.textContent!.replace(/\s+/g, ' ').trim();
      if (text && text !== last.get(region)) heard.push(text);
      last.set(region, text);
    }
  }).observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
  return heard;
}

/** Waits for the check after the pause in typing, and for it to be shown. */
async function checked(el: T4gSubmissionPreview) {
  await until(el, () => !(el as unknown as { checking: boolean }).checking, 'the text was not checked after typing');
}

describe('<t4g-submission-preview>', () => {
  beforeEach(() => localStorage.removeItem('t4g-submission'));
  afterEach(() => localStorage.removeItem('t4g-submission'));

  it('empty: says what to do, no problems, no preview', async () => {
    const el = await mount();
    expect($(el, '.status')!.textContent).to.match(/Paste your entry, drop a \.json file here, open one, or start from a template/);
    expect(el.problems).to.deep.equal([]);
    expect($(el, '.problems, .preview')).to.equal(null);
  });

  it('invalid: each problem with its line, column, path and message, listed and underlined; choosing one puts the caret there', async () => {
    const text = entry({ tracks: ['green-economy'], pricing: 'cheap' });
    const validated = oneEvent(document, 't4g-validate');
    const el = await mount(text);
    const { detail } = await validated;
    expect(detail.valid).to.equal(false);
    expect(el.problems).to.have.length(1);
    const [problem] = el.problems;
    const line = text.split('\n').findIndex((l) => l.includes('"pricing"')) + 1;
    expect(problem).to.include({ line, column: text.split('\n')[line - 1]!.indexOf('"cheap"') + 1, path: 'solutions[0].pricing', severity: 'error' });
    expect(problem!.message).to.match(/pricing/);
    expect(detail.problems).to.deep.equal(el.problems);
    const button = $$<HTMLButtonElement>(el, '.problems button')[0]!;
    expect(button.textContent).to.equal(`Line ${problem!.line}, column ${problem!.column}`);
    // Described by its field and message, for screen readers (not a position alone).
    const description = el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!;
    expect(description.textContent).to.equal(`solutions[0].pricing: ${problem!.message}`);
    await until(el, () => !!el.shadowRoot!.querySelector('.cm-lintRange-error'), 'the problem is underlined');
    button.click();
    const editor = editorOf(el);
    expect(editor.view.state.selection.main.head).to.equal(editor.view.state.doc.line(problem!.line).from + problem!.column - 1);
    expect($(el, '.status')!.textContent).to.equal('1 problem.');
  });

  it('the editing area is invalid while the entry has errors, and described by the problems’ summary; valid, neither', async () => {
    const el = await mount(entry({ pricing: 'cheap' }));
    const content = $(el, '.cm-content')!;
    const described = () => (content.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean).map((id) => el.shadowRoot!.getElementById(id)!.textContent!.replace(/\s+/g, ' ').trim());
    expect(content.getAttribute('aria-invalid')).to.equal('true');
    expect(described()[0]).to.equal('1 problem.');
    el.value = entry({});
    await el.updateComplete;
    expect(el.problems).to.deep.equal([]);
    expect(content.hasAttribute('aria-invalid')).to.equal(false);
    expect(described().some((text) => /problem/.test(text) && !/F8/.test(text)), 'no summary of problems').to.equal(false);
  });

  it('says how many problems there are when a check changes that number, not on each key, nor for the text it opens with', async () => {
    const el = await mount(entry({ pricing: 'cheap' }));
    expect($$(el, '[role="status"], [aria-live="polite"]').map((region) => region.textContent!.trim()).filter(Boolean), 'the page opens quietly').to.deep.equal([]);
    const heard = heardIn(el);
    const editor = editorOf(el);
    // Typing in the name: a check after the pause finds the same one problem; nothing is said.
    editor.select(el.value.indexOf('Heat map') + 'Heat map'.length);
    await sendKeys({ type: ' pro' });
    await checked(el);
    expect(el.value).to.contain('Heat map pro');
    expect(el.problems).to.have.length(1);
    expect(heard, 'nothing while typing, nor for the same count').to.deep.equal([]);
    // Fixing it from the keyboard.
    const at = el.value.indexOf('cheap');
    editor.view.dispatch({ selection: { anchor: at, head: at + 'cheap'.length } });
    await sendKeys({ type: 'free' });
    await checked(el);
    expect(el.problems).to.deep.equal([]);
    expect(heard).to.deep.equal(['No problems']);
    el.value = entry({ pricing: 'cheap', trl: 12 });
    await el.updateComplete;
    expect(heard).to.deep.equal(['No problems', '2 problems']);
  });

  it('F8 and Shift+F8, and a problem’s button, say the problem they went to (place, field, message), once', async () => {
    const el = await mount(entry({ pricing: 'cheap', trl: 12 }));
    const [pricing, trl] = el.problems;
    expect([pricing!.path, trl!.path]).to.deep.equal(['solutions[0].pricing', 'solutions[0].trl']);
    const heard = heardIn(el);
    editorOf(el).select(0);
    await sendKeys({ press: 'F8' });
    await sendKeys({ press: 'F8' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'F8' });
    await sendKeys({ up: 'Shift' });
    const first = `1 of 2: solutions[0].pricing: ${pricing!.message}`;
    const second = `2 of 2: solutions[0].trl: ${trl!.message}`;
    expect(heard).to.deep.equal([first, second, first]);
    expect(editorOf(el).view.state.selection.main.from).to.equal(editorOf(el).view.state.doc.line(pricing!.line).from + pricing!.column - 1);
    $$<HTMLButtonElement>(el, '.problems button')[1]!.click();
    await nextFrame();
    expect(heard).to.deep.equal([first, second, first, second]);
    expect(el.shadowRoot!.activeElement, 'the caret is in the editor').to.equal($(el, '.cm-content'));
  });

  it('the help on the field at the cursor shows below the editor as the cursor moves; F2 says it; the keys are in the editor’s description', async () => {
    const el = await mount(entry({ pricing: 'free' }));
    const help = () => $(el, '.field')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(help()).to.match(/^Field at the cursor Move the cursor into a field/);
    expect($(el, '.field')!.getAttribute('aria-labelledby')).to.equal('field-title');
    // Arrowing onto the pricing line: the help follows the cursor (after it rests).
    const editor = editorOf(el);
    editor.select(0);
    const line = el.value.split('\n').findIndex((l) => l.includes('"pricing"'));
    for (let i = 0; i < line; i++) await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'End' });
    await until(el, () => help().includes('solutions[0].pricing'), `the help did not follow the cursor: ${help()}`);
    expect(help()).to.match(/solutions\[0\]\.pricing · optional · string/);
    expect(help()).to.contain('One of: "free", "open-source"');
    // Not a live region: moving does not speak; F2 does, in the workshop's one voice.
    expect($(el, '.field [aria-live], .field[aria-live], .field [role="status"]')).to.equal(null);
    const heard = heardIn(el);
    await sendKeys({ press: 'F2' });
    await nextFrame();
    expect(heard).to.have.length(1);
    expect(heard[0]).to.match(/^pricing, optional: string\. .*One of: free, open-source/);
    const keys = $(el, '.cm-content')!.getAttribute('aria-describedby')!.split(' ').map((id) => el.shadowRoot!.getElementById(id)!.textContent!.replace(/\s+/g, ' ').trim());
    expect(keys.at(-1)).to.match(/^In the editor: Ctrl\+Space suggests .* F8 and Shift\+F8 go to the next and previous problem; F2 reads the help on the field at the cursor; Tab leaves the editor\.$/);
    await expect(el).to.be.accessible();
  });

  it('"Start from a template" gives a valid solution, previewed as a card that opens as its detail', async () => {
    const el = await mount();
    $$<HTMLButtonElement>(el, '.toolbar button').find((b) => b.textContent === 'Start from a template')!.click();
    await el.updateComplete;
    expect(el.problems).to.deep.equal([]);
    expect($(el, '.status')!.textContent).to.equal('Valid: 1 solution, 0 cities.');
    const card = $<T4gSolutionCard>(el, '.preview t4g-solution-card')!;
    await card.updateComplete;
    expect($(card, '.name')!.textContent).to.equal('My solution');
    $<HTMLAnchorElement>(card, '.name')!.click();
    await el.updateComplete;
    const detail = $(el, 't4g-solution-detail')!;
    await (detail as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(detail.hasAttribute('open')).to.equal(true);
    expect($(detail, '#title')!.textContent).to.equal('My solution');
    expect($(detail, '.share'), 'no "Copy link" in a preview').to.equal(null);
    expect(location.search).to.not.contain('t4g-open', 'the page’s address is left alone');
  });

  it('the text is kept in this browser: a reload (a new element) has it back', async () => {
    const first = await mount(entry({ name: 'Kept across reloads' }));
    first.remove();
    const again = await mount();
    expect(again.value).to.contain('Kept across reloads');
    expect(again.problems).to.deep.equal([]);
  });

  it('a preview in each language the entry is written in', async () => {
    const el = await mount(entry({ name: { en: 'Heat map', fr: 'Carte de chaleur' } }));
    const select = $<HTMLSelectElement>(el, '.preview select')!;
    expect([...select.options].map((o) => o.value)).to.deep.equal(['en', 'fr']);
    expect([...select.options].map((o) => o.textContent), 'named, not codes alone').to.deep.equal(['English (en)', 'French (fr)']);
    select.value = 'fr';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const card = $<T4gSolutionCard>(el, '.preview t4g-solution-card')!;
    await card.updateComplete;
    expect($(card, '.name')!.textContent).to.equal('Carte de chaleur');
  });

  it('on a French page: the workshop says it is English; the preview, the language it shows', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
    const el = document.createElement('t4g-submission-preview');
    el.value = entry({ name: { en: 'Heat map', fr: 'Carte de chaleur' } });
    page.append(el);
    await until(el, () => !!$(el, '.preview t4g-solution-card'), 'no preview');
    expect([$(el, '.toolbar')!.getAttribute('lang'), $(el, '.workspace')!.getAttribute('lang')]).to.deep.equal(['en', 'en']);
    const card = $<T4gSolutionCard>(el, '.preview t4g-solution-card')!;
    await card.updateComplete;
    expect([card.getAttribute('lang'), $(card, '.name')!.textContent]).to.deep.equal(['fr', 'Carte de chaleur']);
    // An English page: nothing to mark.
    const english = await mount();
    expect($(english, '.toolbar')!.hasAttribute('lang')).to.equal(false);
  });

  it('against a published catalogue: an unknown city suggests the closest id', async () => {
    const el = await mount(entry({ cities: ['portoo'] }), '/catalog/icc-sample.json');
    // Before the catalogue comes, the city is a warning ("was not checked"); once it is here, an error.
    await until(el, () => el.problems.some((p) => /portoo` does not exist/.test(p.message)), 'the catalogue was not loaded');
    expect(el.problems.map((p) => p.message)).to.include('city `portoo` does not exist in this file or in /catalog/icc-sample.json (did you mean `porto`?)');
    expect($(el, '.against')!.textContent).to.contain('Checked against');
  });

  it('a catalogue that cannot be loaded: said, naming it; the entry is still checked alone', async () => {
    const el = await mount(entry({}), '/__status/404/catalog.json');
    await until(el, () => !!$(el, '.against.error'));
    expect($(el, '.against.error')!.textContent).to.match(/cannot check against \/__status\/404\/catalog\.json: the server answered 404/);
    expect($(el, '.status')!.textContent).to.equal('Valid: 1 solution, 0 cities.');
  });

  it('hostile text stays text: markup in a name is shown, never run', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    const name = '<img src=x onerror="window.pwned=true">';
    const el = await mount(entry({ name }));
    const card = $<T4gSolutionCard>(el, '.preview t4g-solution-card')!;
    await card.updateComplete;
    expect($(card, '.name')!.textContent).to.equal(name);
    expect($(card, 'img')).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as unknown as { pwned: boolean }).pwned).to.equal(false);
  });

  it('not JSON: one problem where the text stops being JSON, and what is checked once it is', async () => {
    const el = await mount('{ "version": 1, "solutions": [ }');
    expect(el.problems).to.have.length(1);
    expect(el.problems[0]).to.include({ line: 1 });
    expect($(el, '.preview')).to.equal(null);
    const summary = () => $(el, '#summary')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(summary()).to.equal('1 problem. Once the text is JSON, its fields and the references between its entries are checked too.');
    el.value = '[1]';
    await el.updateComplete;
    expect(summary()).to.equal('1 problem. Once it is a catalogue (a JSON object with "version": 1), its entries are checked too.');
    el.value = '{ "version": 1, "solutions": {} }';
    await el.updateComplete;
    expect(summary()).to.equal('1 problem. Once solutions is a list, its entries are checked too.');
    el.value = entry({});
    await el.updateComplete;
    expect(summary(), 'nothing waits').to.equal('Valid: 1 solution, 0 cities.');
  });

  it('an entry left out for an error still has its references and id checked, beside that error, as t4g validate words them once it is fixed', async () => {
    const against = '/catalog/icc-sample.json';
    // No name (required): validation leaves the solution out, and would look at its cities, tracks and id only once named.
    const broken = { id: 'heat-map', summary: 'Maps heat.', tracks: ['green-economi'], provider: { name: 'P' }, cities: ['portoo'] };
    const twin = { id: 'heat-map', name: 'Twin', summary: 'Same id.', tracks: ['tourism'], provider: { name: 'P' } };
    const el = await mount(JSON.stringify({ version: 1, solutions: [broken, twin] }, null, 2), against);
    await until(el, () => el.problems.some((p) => /`portoo` does not exist/.test(p.message)), 'the city of the solution left out was not checked');
    const shown = el.problems.map(({ path, message }) => ({ path, message }));
    expect(shown[0]).to.deep.equal({ path: 'solutions[0].name', message: 'name is required but missing' });
    // What the CLI's checks say of the same text with the name written in.
    const published = againstFrom(against, sourceFrom(against, new Uint8Array(await (await fetch(against)).arrayBuffer())));
    if (!published.ok) throw new Error(published.message);
    const fixed = checkText('your entry', JSON.stringify({ version: 1, solutions: [{ ...broken, name: 'Heat map' }, twin] }, null, 2), published.catalog);
    const later = fixed.status === 'unreadable' ? [] : fixed.problems.map(({ path, message }) => ({ path: formatPath(path), message }));
    expect(later.map((p) => p.message)).to.include.members([
      'city `portoo` does not exist in this file or in /catalog/icc-sample.json (did you mean `porto`?)',
      'track `green-economi` does not exist in this file or in /catalog/icc-sample.json (did you mean `green-economy`?)',
      'id `heat-map` is already used by solutions[0]; ids must be unique',
    ]);
    expect(shown.slice(1)).to.deep.equal(later);
    expect(el.problems.every((p) => p.severity === 'error')).to.equal(true);
  });

  it('is accessible, empty and with problems', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    el.value = entry({ pricing: 'cheap' });
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
