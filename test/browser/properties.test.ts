/**
 * Property-based tests (fast-check) of the elements, issue #14 item 8: for any
 * valid catalogue generated from the contract (test/support/arbitrary-catalog.ts),
 * every element renders with no error, the status lines name the right
 * counts, and the facet counts shown add up (test/support/facet-oracle.ts).
 * A fixed seed; on failure fast-check prints it with the shrunk catalogue.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import * as fc from 'fast-check';
import { nothing } from 'lit';
import { CITY_FACET_KEYS, type CityFacetKey } from '../../src/catalog/cities.js';
import { FACET_KEYS, type FacetKey, facetValueLabel, countryName } from '../../src/catalog/facets.js';
import { loadCatalog } from '../../src/catalog/load.js';
import { localize } from '../../src/catalog/localized.js';
import { trackName } from '../../src/catalog/names.js';
import type { T4gCityCard } from '../../src/components/city-card/city-card.js';
import type { T4gCityDirectory } from '../../src/components/city-directory/city-directory.js';
import type { T4gMarketplace } from '../../src/components/marketplace/marketplace.js';
import type { T4gSolutionCard } from '../../src/components/solution-card/solution-card.js';
import { type Messages, loadMessages } from '../../src/i18n/messages.js';
import '../../src/t4g.js';
import { type GeneratedCatalog, SEED, validCatalog } from '../support/arbitrary-catalog.js';
import { type BruteForce, bruteForce, cityValues, expectedFacet, filterPicks, resolveFilters, solutionValues } from '../support/facet-oracle.js';
import { $, $$, detailOf, until } from './helpers.js';

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
/** A widget's status line (the marketplace's or the directory's). */
const statusText = (el: Element) => $(el, '[role="status"]')?.textContent?.trim();

/** Errors of any kind while an element renders: thrown, rejected, or fired as `t4g-error` / `t4g-catalog-problems`. */
function recordTrouble() {
  const trouble: string[] = [];
  const onError = (event: ErrorEvent) => void trouble.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => void trouble.push(`unhandled rejection: ${String(event.reason)}`);
  const onT4gError = (event: Event) => void trouble.push(`t4g-error: ${JSON.stringify((event as CustomEvent).detail)}`);
  const onProblems = (event: Event) => void trouble.push(`t4g-catalog-problems: ${JSON.stringify((event as CustomEvent).detail)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  document.addEventListener('t4g-error', onT4gError);
  document.addEventListener('t4g-catalog-problems', onProblems);
  return {
    trouble,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      document.removeEventListener('t4g-error', onT4gError);
      document.removeEventListener('t4g-catalog-problems', onProblems);
    },
  };
}

/** Every facet of a widget as shown, each opened and expanded ("show all" pressed) first: `legend | label = count` for each value, sorted, joined by `; ` (a diff of strings shows it all). */
async function shownFacets(el: HTMLElement & { updateComplete: Promise<unknown> }): Promise<string> {
  for (const group of $$<HTMLDetailsElement>(el, 'details[part~="filter-group"]:not([open])')) group.querySelector('summary')!.click();
  await el.updateComplete;
  for (const button of $$(el, 'fieldset button[aria-expanded="false"]')) button.click();
  await el.updateComplete;
  return $$<HTMLFieldSetElement>(el, 'fieldset').flatMap((fieldset) => {
    const legend = squash(fieldset.querySelector('legend')!.textContent);
    return [...fieldset.querySelectorAll('label')].map((label) => `${legend} | ${squash(label.querySelector('.value')!.textContent)} = ${Number(label.querySelector('.facet-count')!.textContent!.replace(/\D/g, ''))}`);
  }).sort().join('; ');
}

/** What the facets should show, from the brute force, written the same way. */
function expectedFacets<K extends string>(keys: readonly K[], expected: BruteForce<K>, legend: (key: K) => string, label: (key: K, value: string) => string): string {
  return keys.flatMap((key) => [...expectedFacet(expected, key)].map(([value, count]) => `${squash(legend(key))} | ${squash(label(key, value))} = ${count}`)).sort().join('; ');
}

const LANGS = ['en', 'fr', 'de', 'es-MX'] as const;

/** A valid catalogue, a page language, which solution and city to show on their own (by number), filters to apply; no `chain`, so it shrinks well. */
const scene = fc.record({
  catalog: validCatalog({ maxSolutions: 10, maxCities: 5 }),
  lang: fc.constantFrom(...LANGS),
  solutionPick: fc.nat(),
  cityPick: fc.nat(),
  variant: fc.constantFrom('compact', 'full'),
  picks: filterPicks(FACET_KEYS),
});

/** A catalogue's ids only, when printed in a counterexample after its whole text. */
const idsOf = (catalog: GeneratedCatalog) => ({ solutions: (catalog.solutions ?? []).map((s) => s.id), cities: (catalog.cities ?? []).map((c) => c.id) });

describe('any valid catalogue: every element renders, with counts that add up', () => {
  it('marketplace, directory, a solution card, a city card and a solution’s detail: no error, the right status and facet counts', async function () {
    this.timeout(120_000);
    await fc.assert(
      fc.asyncProperty(scene, async ({ catalog: input, lang, solutionPick, cityPick, variant, picks }) => {
        const t: Messages = await loadMessages(lang);
        const inputSolutions = input.solutions ?? [];
        const inputCities = input.cities ?? [];
        const solutionId = inputSolutions.length ? inputSolutions[solutionPick % inputSolutions.length]!.id : undefined;
        const cityId = inputCities.length ? inputCities[cityPick % inputCities.length]!.id : undefined;
        const present = (key: FacetKey) => [...new Set(inputSolutions.flatMap((solution) => [...solutionValues(solution, key)]))];
        const filters = resolveFilters(picks, present);
        const record = recordTrouble();
        try {
          const root = await fixture<HTMLDivElement>(html`<div lang=${lang}>
            <t4g-marketplace .catalog=${input} page-size="100"></t4g-marketplace>
            <t4g-city-directory .catalog=${input} page-size="100"></t4g-city-directory>
            ${solutionId ? html`<t4g-solution-card .catalog=${input} solution-id=${solutionId}></t4g-solution-card>` : nothing}
            ${cityId ? html`<t4g-city-card .catalog=${input} city-id=${cityId} variant=${variant}></t4g-city-card>` : nothing}
          </div>`);
          // The catalogue every element got, validated once for them all.
          const { catalog } = await loadCatalog(input);
          const market = root.querySelector<T4gMarketplace>('t4g-marketplace')!;
          const directory = root.querySelector<T4gCityDirectory>('t4g-city-directory')!;

          // Marketplace: every solution, its status line and its facets.
          await market.searchReady;
          const solutions = catalog.solutions;
          const marketStatus = solutions.length ? t.solutions(solutions.length) : t.noSolutions;
          await until(market, () => statusText(market) === marketStatus, `the marketplace's status reads “${marketStatus}”, not “${statusText(market)}”`);
          expect(new Set(market.results)).to.deep.equal(new Set(solutions.map((s) => s.id)));
          expect($$(market, 't4g-solution-card').length).to.equal(solutions.length);
          const solutionLegend = (key: FacetKey) => t.facet[key];
          const solutionLabel = (key: FacetKey, value: string) => facetValueLabel(catalog, key, value, lang, t);
          expect(await shownFacets(market)).to.deep.equal(expectedFacets(FACET_KEYS, bruteForce(solutions, FACET_KEYS, solutionValues, {}), solutionLegend, solutionLabel));

          // The same under filters: OR within a facet, AND across, each facet counted under the others.
          market.setFilters(filters);
          await market.updateComplete;
          const filtered = bruteForce(solutions, FACET_KEYS, solutionValues, filters);
          const filteredStatus = filtered.results.length ? t.solutions(filtered.results.length) : solutions.length ? t.noMatch : t.noSolutions;
          expect(squash(statusText(market)), `status under ${JSON.stringify(filters)}`).to.equal(squash(filteredStatus));
          expect(new Set(market.results), `results under ${JSON.stringify(filters)}`).to.deep.equal(new Set(filtered.results));
          expect(await shownFacets(market), `facets under ${JSON.stringify(filters)}`).to.deep.equal(expectedFacets(FACET_KEYS, filtered, solutionLegend, solutionLabel));
          market.clearFilters();
          await market.updateComplete;

          // The directory: every city, its status line and its facets.
          const cities = catalog.cities;
          const directoryStatus = cities.length ? t.cities(cities.length) : t.noCities;
          await until(directory, () => statusText(directory) === directoryStatus, `the directory's status reads “${directoryStatus}”, not “${statusText(directory)}”`);
          expect(new Set(directory.results)).to.deep.equal(new Set(cities.map((c) => c.id)));
          expect($$(directory, 't4g-city-card').length).to.equal(cities.length);
          const cityLabel = (key: CityFacetKey, value: string) => (key === 'country' ? countryName(value, lang) : key === 'role' ? (t.role[value] ?? value) : trackName(catalog, value, lang, t.trackNames));
          expect(await shownFacets(directory)).to.deep.equal(expectedFacets(CITY_FACET_KEYS, bruteForce(cities, CITY_FACET_KEYS, cityValues, {}), (key) => t.cityFacet[key], cityLabel));

          // A solution card and a city card on their own, by id.
          if (solutionId) {
            const card = root.querySelector<T4gSolutionCard>('t4g-solution-card')!;
            const name = squash(localize(catalog.solutions.find((s) => s.id === solutionId)!.name, lang));
            await until(card, () => squash($(card, 'h3')?.textContent) === name, `the solution card shows “${name}”`);
          }
          if (cityId) {
            const card = root.querySelector<T4gCityCard>('t4g-city-card')!;
            const name = squash(localize(catalog.cities.find((c) => c.id === cityId)!.name, lang));
            await until(card, () => squash($(card, 'h3')?.textContent) === name, `the city card shows “${name}”`);
          }

          // The marketplace's detail, opened for a solution.
          if (solutionId) {
            market.openSolutionById(solutionId);
            await market.updateComplete;
            const detail = detailOf(market);
            await detail.updateComplete;
            expect(detail.open, 'the detail is open').to.equal(true);
            const name = squash(localize(catalog.solutions.find((s) => s.id === solutionId)!.name, lang));
            expect(squash($(detail, '#title')?.textContent)).to.equal(name);
            expect($<HTMLDialogElement>(detail, 'dialog')!.open, 'its dialog is open').to.equal(true);
          }
          // A turn for anything late (a rejected promise, an error in a later render).
          await new Promise((resolve) => setTimeout(resolve, 0));
          expect(record.trouble, `no error for ${JSON.stringify(idsOf(input))}`).to.deep.equal([]);
        } finally {
          record.stop();
          fixtureCleanup();
        }
      }),
      { seed: SEED, numRuns: 40, includeErrorInReport: true, interruptAfterTimeLimit: 50_000 },
    );
  });
});
