/** Track names: the data core gives the catalogue's own names; the interface names the ICC tracks in its languages. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { facetValueLabel } from '../../src/catalog/facets.js';
import { trackName } from '../../src/catalog/names.js';
import type { Track } from '../../src/catalog/schema.js';
import { ICC_TRACKS } from '../../src/catalog/tracks.js';
import { LANGUAGES, loadMessages } from '../../src/i18n/messages.js';

const tables = Object.fromEntries(await Promise.all(LANGUAGES.map(async (lang) => [lang, await loadMessages(lang)] as const)));

test('every interface language names every ICC track, each name its own', () => {
  for (const lang of LANGUAGES) {
    assert.deepEqual(Object.keys(tables[lang]!.trackNames).sort(), ICC_TRACKS.map((track) => track.id).sort(), lang);
  }
  for (const track of ICC_TRACKS) {
    const names = LANGUAGES.map((lang) => tables[lang]!.trackNames[track.id as 'tourism']);
    assert.equal(new Set(names).size, LANGUAGES.length, `${track.id}: ${names.join(' | ')}`);
    assert.equal(tables.en!.trackNames[track.id as 'tourism'], (track.name as { en: string }).en, 'English is the official name');
  }
});

test('an ICC track of a catalogue without tracks reads in the interface language', () => {
  const catalog = { tracks: ICC_TRACKS };
  assert.equal(trackName(catalog, 'tourism', 'de', tables.de!.trackNames), 'Grüner und digitaler Wandel im Tourismus');
  assert.equal(trackName(catalog, 'tourism', 'pl-PL', tables.pl!.trackNames), 'Zielona i cyfrowa transformacja turystyki');
  assert.equal(trackName(undefined, 'tourism', 'fr', tables.fr!.trackNames), tables.fr!.trackNames.tourism, 'no catalogue: the ICC tracks');
  assert.equal(trackName(catalog, 'tourism', 'de'), 'Green and digital transition in tourism', 'without interface names: the data’s English');
});

test('a track the catalogue defines goes by the catalogue’s names, whatever its id', () => {
  const tracks: Track[] = [
    { id: 'tourism', kind: 'track', name: { en: 'Sustainable tourism', de: 'Nachhaltiger Tourismus' } },
    { id: 'skills', kind: 'track', name: { en: 'Skills' } },
    { id: 'mobility', kind: 'track', name: { en: 'Mobility' } },
    { id: 'plain', kind: 'track', name: 'Plain name' },
  ];
  const catalog = { tracks };
  const de = tables.de!.trackNames;
  assert.equal(trackName(catalog, 'tourism', 'de-AT', de), 'Nachhaltiger Tourismus');
  assert.equal(trackName(catalog, 'tourism', 'nl', tables.en!.trackNames), 'Sustainable tourism', 'a page with no table of its own: the catalogue’s English, not the ICC name');
  assert.equal(trackName(catalog, 'skills', 'de', de), 'Skills', 'an ICC id the catalogue named itself keeps its name');
  assert.equal(trackName(catalog, 'mobility', 'de', de), 'Mobility');
  assert.equal(trackName(catalog, 'plain', 'de', de), 'Plain name', 'a plain string is the catalogue’s name in any language');
  assert.equal(trackName(catalog, 'nowhere', 'de', de), 'nowhere', 'unknown: the id');
});

test('names of built-in objects are never taken for interface names', () => {
  const catalog = { tracks: ICC_TRACKS };
  for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) assert.equal(trackName(catalog, id, 'fr', tables.fr!.trackNames), id);
});

test('the facet label of a track follows the same rule', () => {
  const t = tables.it!;
  assert.equal(facetValueLabel({ tracks: [...ICC_TRACKS], cities: [] }, 'track', 'access-to-data', 'it', t), 'Accesso ai dati');
});
