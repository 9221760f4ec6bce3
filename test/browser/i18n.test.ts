import { expect, fixture, html } from '@open-wc/testing';
import { clearCatalogCache } from '../../src/catalog/load.js';
import type { T4gCityCard } from '../../src/components/city-card/city-card.js';
import type { T4gMarketplace } from '../../src/components/marketplace/marketplace.js';
import { LANGUAGES, loadMessages } from '../../src/i18n/messages.js';
import '../../src/t4g.js';
import { $, $$, CITIES, FACETS, cardNames, cards, detailOf, facetCounts, mountMarketplace, recordFetches, statusText, nameFromContent, nameFromLabelledBy, textOf, until, withPageLang } from './helpers.js';

const NNBSP = '\u202F';

const searchLabel = (el: Element) => $(el, 'label[for="search"]')?.textContent?.trim();
const legends = (el: Element) => $$(el, 'legend').map((legend) => legend.textContent!.trim());
const sortOptions = (el: Element) => $$<HTMLOptionElement>(el, '#sort option').map((option) => option.textContent!.trim());
const providerLines = (el: T4gMarketplace) => cards(el).map((card) => $(card, '.provider')!.textContent!.trim());

describe('the interface speaks the page’s language', () => {
  beforeEach(() => clearCatalogCache());

  it('German from a lang on an ancestor: search, status, facets, sort, cards', async () => {
    const el = await mountMarketplace({ lang: 'de' });
    expect(searchLabel(el)).to.equal('Lösungen durchsuchen');
    expect($<HTMLInputElement>(el, '#search')!.placeholder).to.equal('Energie, Mobilität, offene Daten…');
    expect(statusText(el)).to.equal('8 Lösungen');
    expect($(el, '[role="status"]')!.textContent!.trim()).to.equal('8 Lösungen');
    expect(legends(el)).to.deep.equal([
      'Themenfeld oder Service', 'Technologie', 'Reifegrad (TRL)', 'Ziel für nachhaltige Entwicklung',
      'Preismodell', 'Art des Anbieters', 'Land des Anbieters', 'Im Einsatz in',
    ]);
    expect(sortOptions(el)).to.deep.equal(['Name', 'Zuletzt aktualisiert', 'Am häufigsten eingesetzt']);
    expect(await facetCounts(el, 'Ziel für nachhaltige Entwicklung')).to.deep.include(['SDG 11: Nachhaltige Städte und Gemeinden', 3]);
    expect((await facetCounts(el, 'Reifegrad (TRL)')).map(([label]) => label)).to.include('TRL 7–9: im Einsatz bewährt');
    expect((await facetCounts(el, 'Art des Anbieters')).map(([label]) => label)).to.include.members(['Start-up', 'Unternehmen', 'Forschungseinrichtung']);
    expect((await facetCounts(el, 'Land des Anbieters')).map(([label]) => label)).to.include('Finnland');
    expect(providerLines(el)).to.include('Angeboten von Provider A');
    await expect(el).to.be.accessible();
  });

  it('Dutch (issue #19): labels, counts, facets, cards', async () => {
    const el = await mountMarketplace({ lang: 'nl' });
    await until(el, () => searchLabel(el) === 'Oplossingen zoeken', 'the Dutch texts did not arrive');
    expect(statusText(el)).to.equal('8 oplossingen');
    expect(legends(el)).to.deep.equal([
      'Thema of dienst', 'Technologie', 'Technologische rijpheid (TRL)', 'Duurzaam ontwikkelingsdoel',
      'Prijsmodel', 'Soort aanbieder', 'Land van de aanbieder', 'In gebruik in',
    ]);
    expect(await facetCounts(el, 'Duurzaam ontwikkelingsdoel')).to.deep.include(['SDG 11: Duurzame steden en gemeenschappen', 3]);
    expect((await facetCounts(el, 'Land van de aanbieder')).map(([label]) => label), 'country names from Intl, in Dutch').to.include('Finland');
    await until(el, () => providerLines(el).every((line) => line.startsWith('Aangeboden door')), 'the cards did not switch to Dutch');
    await expect(el).to.be.accessible();
  });

  it('switching the element’s lang to Polish re-renders everything in Polish without fetching again', async () => {
    const fetches = recordFetches();
    const calls = () => fetches.urls.length;
    try {
      const el = await mountMarketplace({ lang: 'de' });
      expect(calls(), 'the catalogue is fetched once').to.equal(1);
      expect(statusText(el)).to.equal('8 Lösungen');

      el.lang = 'pl';
      await el.updateComplete;
      expect(el.getAttribute('lang')).to.equal('pl');
      // The Polish table loads on first use (a file beside the bundle), then everything re-renders.
      await until(el, () => searchLabel(el) === 'Szukaj rozwiązań', 'the Polish texts did not arrive');
      expect(statusText(el)).to.equal('8 rozwiązań');
      expect($(el, '#results-heading')!.textContent!.trim(), 'the count heads the results').to.equal('8 rozwiązań');
      expect(legends(el)[0]).to.equal('Obszar tematyczny lub usługa');
      expect(await facetCounts(el, 'Cel zrównoważonego rozwoju')).to.deep.include(['Cel 11: Zrównoważone miasta i społeczności', 3]);
      // The cards follow in their own update.
      await until(el, () => providerLines(el).every((line) => line.startsWith('Dostawca:')), 'the cards did not switch to Polish');
      expect(providerLines(el)).to.include('Dostawca: Provider A');
      expect(calls(), 'no new fetch for a new language').to.equal(1);

      // A filter: the count takes the Polish plural forms (1 rozwiązanie, 2–4 rozwiązania).
      el.setFilters({ pricing: ['free'] });
      await el.updateComplete;
      expect(statusText(el)).to.equal('2 rozwiązania');
      el.setFilters({ providerType: ['startup'], pricing: ['free'] });
      await el.updateComplete;
      expect(statusText(el)).to.equal('1 rozwiązanie');
      expect(calls()).to.equal(1);
    } finally {
      fetches.restore();
    }
  });

  it('Spanish when the page switches language, for a widget without a lang of its own', async () => {
    const el = await mountMarketplace();
    await withPageLang('es-ES', async () => {
      await until(el, () => statusText(el) === '8 soluciones', 'the widget did not switch to Spanish');
      expect(searchLabel(el)).to.equal('Buscar soluciones');
    });
  });

  it('follows a change of the document’s language', async () => {
    const el = await mountMarketplace();
    await withPageLang('fr', async () => {
      await until(el, () => cards(el).some((card) => card.shadowRoot!.textContent!.includes('Vélos partagés')));
    });
  });

  it('switching lang at run time re-renders content and search in that language without reloading', async () => {
    const el = await mountMarketplace();
    const fetches = recordFetches();
    try {
      el.lang = 'fr';
      await el.updateComplete;
      await Promise.all(cards(el).map((card) => card.updateComplete));
      expect(cardNames(el)).to.include('Vélos partagés');
      el.search('vélos');
      await el.updateComplete;
      expect(el.results[0]).to.equal('b');
      expect(fetches.urls.length).to.equal(0);
    } finally {
      fetches.restore();
    }
  });

  it('marks text shown in another language with its lang, and formats the update date in the page’s language', async () => {
    const el = await mountMarketplace({ lang: 'de' });
    el.openSolutionById('d');
    const detail = detailOf(el);
    await until(detail, () => !!$(detail, 'dl'), 'the detail did not open');
    // The fixture's texts are plain strings (language unknown): nothing to mark.
    expect($(detail, 'h2')!.hasAttribute('lang')).to.equal(false);
    expect($(detail, 'time')!.getAttribute('datetime')).to.equal('2026-02-02');
    expect($(detail, 'time')!.textContent).to.equal('2. Februar 2026');
    // Bike sharing has English and French names: on a German page the English one shows, marked as English.
    const bike = cards(el).find((card) => card.solution?.id === 'b')!;
    await bike.updateComplete;
    expect($(bike, '.name')!.getAttribute('lang')).to.equal('en');
  });

  it('Italian solution detail: readiness meaning and SDG names', async () => {
    const el = await mountMarketplace({ lang: 'it' });
    el.openSolutionById('a');
    await el.updateComplete;
    const detail = detailOf(el);
    await until(detail, () => !!$(detail, 'dl'), 'the detail did not open');
    const text = textOf(detail);
    expect(text).to.contain('Maturità tecnologica');
    expect(text).to.contain('TRL 8: sistema completo e qualificato');
    expect(text).to.contain('Obiettivo 11: Città e comunità sostenibili');
    expect(text).to.contain('Obiettivo 3: Salute e benessere');
    expect($(detail, 'button.close')!.textContent!.trim()).to.equal('Chiudi');
  });

  it('a Swedish page (no table): English labels marked lang="en", English dates, numbers and country names (issue #19)', async () => {
    const el = await mountMarketplace({ lang: 'sv' });
    expect(searchLabel(el)).to.equal('Search solutions');
    // Every part of the interface says it is English; nothing of ours is left to read with a Swedish voice.
    expect($(el, '.controls')!.getAttribute('lang')).to.equal('en');
    expect($(el, '.layout')!.getAttribute('lang')).to.equal('en');
    expect((await facetCounts(el, 'Provider country')).map(([label]) => label), 'country names in English, not Swedish').to.include.members(['Germany', 'Spain']);
    const card = cards(el)[0]!;
    expect($(card, 'article')!.getAttribute('lang')).to.equal('en');
    // Bike sharing has English and French names: the English one shows, in an English interface: no mark of its own.
    const bike = cards(el).find((c) => c.solution?.id === 'b')!;
    await bike.updateComplete;
    expect($(bike, '.name')!.hasAttribute('lang')).to.equal(false);
    // A plain string's language is unknown: taken to be the page's, so it keeps the page's language inside English.
    el.openSolutionById('d');
    const detail = detailOf(el);
    await until(detail, () => !!$(detail, 'dl'), 'the detail did not open');
    expect($(detail, 'dialog')!.getAttribute('lang')).to.equal('en');
    expect($(detail, 'h2')!.getAttribute('lang')).to.equal('sv');
    expect($(detail, 'time')!.textContent, 'an English date, not "2 februari 2026"').to.equal('February 2, 2026');
    await expect(el).to.be.accessible();
  });

  it('a Swedish city card groups its population the English way, in a card marked English', async () => {
    const el = await fixture<T4gCityCard>(html`<t4g-city-card lang="sv" src=${CITIES} city-id="espoo"></t4g-city-card>`);
    await until(el, () => !!$(el, '.role'), 'the city did not load');
    expect($(el, 'article')!.getAttribute('lang')).to.equal('en');
    expect($(el, '.population')!.textContent!.trim(), 'not "305 274"').to.equal('Population 305,274 (2023)');
    expect($(el, '.country')!.textContent).to.contain('Finland');
  });

  it('a catalogue that says its language (`language`): plain strings marked in it on another page; a city\'s name is not', async () => {
    const catalog = {
      version: 1,
      language: 'en',
      title: 'Smart city solutions',
      tracks: [{ id: 'water', name: 'Water' }],
      solutions: [{ id: 'x', name: 'Bike sharing', summary: 'Bikes for everyone in town.', description: 'Docks in every district.', provider: { name: 'P' }, tracks: ['water'], cities: ['rouen'] }],
      cities: [{ id: 'rouen', name: 'Métropole Rouen Normandie', country: 'FR', role: 'core', tagline: 'A port city' }],
    };
    const marks = async (lang: string) => {
      const el = await fixture<T4gMarketplace>(html`<t4g-marketplace lang=${lang} .catalog=${catalog}></t4g-marketplace>`);
      await until(el, () => cards(el).length === 1, 'no card');
      const [card] = cards(el);
      await card!.updateComplete;
      el.openSolutionById('x');
      const detail = detailOf(el);
      await until(detail, () => !!$(detail, '.description'), 'the detail did not open');
      const city = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<t4g-city-card lang=${lang} .catalog=${catalog} city-id="rouen"></t4g-city-card>`);
      await until(city, () => !!$(city, '.tagline'), 'the city did not load');
      const langOf = (root: Element, selector: string) => $(root, selector)!.getAttribute('lang');
      return {
        title: langOf(el, '.title'), name: langOf(card!, '.name'), summary: langOf(card!, '.summary'), badge: langOf(card!, '.badge'),
        description: langOf(detail, '.description'), city: langOf(city, 'h3'), tagline: langOf(city, '.tagline'),
      };
    };
    // A German page: the English catalogue's text is marked English; the city's name, a proper name, is left alone.
    expect(await marks('de')).to.deep.equal({ title: 'en', name: 'en', summary: 'en', badge: 'en', description: 'en', city: null, tagline: 'en' });
    // A Catalan page speaks English (no table): English text inside it needs no mark; the city's name is the page's.
    // The title sits above the interface, in the page's language: marked.
    expect(await marks('ca')).to.deep.equal({ title: 'en', name: null, summary: null, badge: null, description: null, city: 'ca', tagline: null });
    expect(await marks('en')).to.deep.equal({ title: null, name: null, summary: null, badge: null, description: null, city: null, tagline: null });
  });

  it('a track the catalogue names itself is catalogue text: marked in an English interface on a Swedish page', async () => {
    const catalog = {
      version: 1,
      tracks: [{ id: 'mobility', name: { en: 'Mobility', sv: 'Rörlighet' } }, { id: 'water', name: 'Water' }],
      solutions: [{ id: 'x', name: 'Bike sharing', summary: 'Bikes for everyone in town.', provider: { name: 'P' }, tracks: ['mobility', 'water'] }],
    };
    const badges = async (lang: string) => {
      const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<t4g-solution-card lang=${lang} .catalog=${catalog} solution-id="x"></t4g-solution-card>`);
      await until(el, () => !!$(el, '.badge'), 'the card did not load');
      return $$(el, '.badge').map((li) => [li.textContent!.trim(), li.getAttribute('lang')]);
    };
    // Swedish page, English interface: the Swedish name is marked sv; a plain name is taken to be the page's language.
    expect(await badges('sv')).to.deep.equal([['Rörlighet', 'sv'], ['Water', 'sv']]);
    // An English page: nothing to mark. A German one, whose interface is German: the English fallback is marked en.
    expect(await badges('en')).to.deep.equal([['Mobility', null], ['Water', null]]);
    expect(await badges('de')).to.deep.equal([['Mobility', 'en'], ['Water', null]]);
  });

  it('the same track names in the filters and the chips of both search widgets', async () => {
    const catalog = {
      version: 1,
      tracks: [{ id: 'mobility', name: { en: 'Mobility', sv: 'Rörlighet' } }, { id: 'water', name: 'Water' }],
      solutions: [{ id: 'x', name: 'Bike sharing', summary: 'Bikes for everyone in town.', provider: { name: 'P' }, tracks: ['mobility', 'water'] }],
      cities: [{ id: 'umea', name: 'Umeå', country: 'SE', role: 'core', tracks: ['mobility', 'water'] }],
    };
    const marks = async (tag: 't4g-marketplace' | 't4g-city-directory', lang: string) => {
      const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
        tag === 't4g-marketplace'
          ? html`<t4g-marketplace lang=${lang} .catalog=${catalog}></t4g-marketplace>`
          : html`<t4g-city-directory lang=${lang} .catalog=${catalog}></t4g-city-directory>`,
      );
      const value = (name: string) => $$(el, 'bdi.value').find((bdi) => bdi.textContent === name);
      // The directory's track group is folded at first (only the first group starts open): opened, as a person would.
      await until(el, () => $$(el, 'details').length > 0, `${tag} shows no filters`);
      for (const group of $$<HTMLDetailsElement>(el, 'details:not([open])')) group.querySelector('summary')!.click();
      await until(el, () => !!value('Water'), `${tag} shows no track filter`);
      const labels = ['Rörlighet', 'Mobility', 'Water'].filter((name) => value(name)).map((name) => [name, value(name)!.getAttribute('lang')]);
      value('Water')!.closest('label')!.querySelector('input')!.click();
      await until(el, () => !!$(el, '[part="chip"] bdi'), `${tag} shows no chip`);
      const chip = $(el, '[part="chip"]')!;
      // Named by its content (an aria-label would be one string in one voice): the value keeps its lang inside the name.
      expect(chip.hasAttribute('aria-label'), `${tag}'s chip has an aria-label`).to.equal(false);
      return { labels, chip: $(el, '[part="chip"] bdi')!.getAttribute('lang'), name: nameFromContent(chip) };
    };
    for (const tag of ['t4g-marketplace', 't4g-city-directory'] as const) {
      expect(await marks(tag, 'sv'), `${tag} on a Swedish page`).to.deep.equal({ labels: [['Rörlighet', 'sv'], ['Water', 'sv']], chip: 'sv', name: 'Remove filter: Water' });
      expect(await marks(tag, 'en'), `${tag} on an English page`).to.deep.equal({ labels: [['Mobility', null], ['Water', null]], chip: null, name: 'Remove filter: Water' });
      expect(await marks(tag, 'de'), `${tag} on a German page`).to.deep.equal({ labels: [['Mobility', 'en'], ['Water', null]], chip: null, name: 'Filter entfernen: Water' });
    }
  });

  it('a page whose language has a table is not marked again, a regional one included (fr-BE)', async () => {
    const el = await fixture<T4gCityCard>(html`<t4g-city-card lang="fr-BE" src=${CITIES} city-id="espoo"></t4g-city-card>`);
    await until(el, () => !!$(el, '.role'), 'the city did not load');
    expect($(el, 'article')!.hasAttribute('lang')).to.equal(false);
    expect($(el, '.role')!.textContent!.trim()).to.equal('Ville mentor');
  });

  it('a French city card names its role in French and groups the population the French way', async () => {
    const el = await fixture<T4gCityCard>(html`<t4g-city-card lang="fr" src=${CITIES} city-id="espoo"></t4g-city-card>`);
    await until(el, () => !!$(el, '.role'), 'the city did not load');
    expect($(el, '.role')!.textContent!.trim()).to.equal('Ville mentor');
    expect($(el, '.population')!.textContent!.trim()).to.equal(`305${NNBSP}274 habitants (2023)`);
    expect($(el, '.tracks')!.getAttribute('aria-label')).to.equal('Thématiques et services');
    expect($(el, '.country')!.textContent).to.contain('Finlande');
    await expect(el).to.be.accessible();
  });

  it('the marketplace’s and the directory’s pages are landmarks of different names, in English and German, and every table names both', async () => {
    const navNames = async (lang: string) => {
      const page = await fixture<HTMLDivElement>(html`<div lang=${lang}>
        <t4g-marketplace src=${FACETS} page-size="2"></t4g-marketplace>
        <t4g-city-directory src=${CITIES} page-size="2"></t4g-city-directory>
      </div>`);
      const widgets = [page.querySelector('t4g-marketplace')!, page.querySelector('t4g-city-directory')!];
      for (const el of widgets) await until(el, () => !!$(el, 'nav'), `${el.localName} shows no pages`);
      // axe's landmark-unique: two <nav>s of one name on a page cannot be told apart.
      await expect(page).to.be.accessible();
      return widgets.map((el) => nameFromLabelledBy($(el, 'nav')!));
    };
    // Each named with its catalogue's title as well (see the next test).
    expect(await navNames('en')).to.deep.equal(['Pages of solutions Facet fixture', 'Pages of cities City fixture']);
    expect(await navNames('de')).to.deep.equal(['Ergebnisseiten der Lösungen Facet fixture', 'Ergebnisseiten der Städte City fixture']);
    for (const lang of LANGUAGES) {
      const { pagination } = await loadMessages(lang);
      expect(pagination.solution, lang).to.be.a('string').and.not.equal('');
      expect(pagination.city, lang).to.be.a('string').and.not.equal(pagination.solution);
    }
  });

  it('two marketplaces on one page: their pages and their results are landmarks named by each one’s title', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <t4g-marketplace src=${FACETS} page-size="2" heading="Energy solutions"></t4g-marketplace>
      <t4g-marketplace src=${FACETS} page-size="2" heading="Mobility solutions"></t4g-marketplace>
    </div>`);
    const widgets = [...page.querySelectorAll('t4g-marketplace')];
    for (const el of widgets) await until(el, () => !!$(el, 'nav'), 'no pages shown');
    expect(widgets.map((el) => nameFromLabelledBy($(el, 'nav')!))).to.deep.equal(['Pages of solutions Energy solutions', 'Pages of solutions Mobility solutions']);
    const counts = widgets.map((el) => $(el, '#results-heading')!.textContent!.trim());
    expect(widgets.map((el) => nameFromLabelledBy($(el, 'section.results')!))).to.deep.equal([`Energy solutions ${counts[0]}`, `Mobility solutions ${counts[1]}`]);
    await expect(page).to.be.accessible();
  });
});
