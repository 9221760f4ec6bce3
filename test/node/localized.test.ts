/** `localize()`: the requested language, its base language, English, then the first entry. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fallbackLanguage, languagesOf, localize } from '../../src/catalog/localized.js';
import type { LocalizedText } from '../../src/catalog/schema.js';
import { ICC_TRACKS } from '../../src/catalog/tracks.js';

const CASES: [string, LocalizedText | undefined, string | undefined, string][] = [
  ['the exact language', { en: 'Bike share', fr: 'Vélos partagés', de: 'Leihräder' }, 'fr', 'Vélos partagés'],
  ['the exact region over its base language', { fr: 'Vélos', 'fr-BE': 'Vélos (BE)', en: 'Bikes' }, 'fr-BE', 'Vélos (BE)'],
  ['the exact tag, case-insensitively (tag in capitals)', { en: 'Bikes', 'FR-be': 'Vélos (BE)' }, 'fr-BE', 'Vélos (BE)'],
  ['the exact tag, case-insensitively (request in capitals)', { en: 'Bikes', fr: 'Vélos' }, 'FR', 'Vélos'],
  ['the base language of a region', { en: 'Bikes', fr: 'Vélos' }, 'fr-BE', 'Vélos'],
  ['the base language before English', { de: 'Räder', fr: 'Vélos', en: 'Bikes' }, 'fr-CH', 'Vélos'],
  ['the base language, case-insensitively', { en: 'Bikes', FR: 'Vélos' }, 'fr-be', 'Vélos'],
  ['the base language of a tag with a script and region', { en: 'Bikes', zh: '自行车' }, 'zh-Hant-TW', '自行车'],
  ['English when the language is missing', { de: 'Räder', en: 'Bikes', it: 'Bici' }, 'fr', 'Bikes'],
  ['English when neither the region nor its base is there', { de: 'Räder', en: 'Bikes' }, 'fr-BE', 'Bikes'],
  ['English, not a sibling region', { 'fr-CA': 'Vélos (CA)', en: 'Bikes' }, 'fr', 'Bikes'],
  ['the first entry when neither the language nor English is there', { de: 'Räder', it: 'Bici' }, 'fr', 'Räder'],
  ['English by default', { fr: 'Vélos', en: 'Bikes' }, undefined, 'Bikes'],
  ['the first entry by default without English', { fr: 'Vélos', de: 'Räder' }, undefined, 'Vélos'],
  ['a plain string whatever the language', 'Bike share', 'fr', 'Bike share'],
  ['a plain string by default', 'Bike share', undefined, 'Bike share'],
  ['an empty string for undefined', undefined, 'fr', ''],
  ['an empty string for undefined by default', undefined, undefined, ''],
];

for (const [what, text, lang, expected] of CASES) {
  test(`localize picks ${what}`, () => {
    assert.equal(lang === undefined ? localize(text) : localize(text, lang), expected);
  });
}

test('the ICC tracks are frozen, with their English names only: the data does not change when a language loads', () => {
  assert.ok(Object.isFrozen(ICC_TRACKS));
  for (const track of ICC_TRACKS) {
    assert.ok(Object.isFrozen(track) && Object.isFrozen(track.name), track.id);
    assert.deepEqual(Object.keys(track.name as object), ['en'], track.id);
  }
  const green = ICC_TRACKS.find((track) => track.id === 'green-economy');
  assert.equal(localize(green?.name, 'de'), 'Green economy and local green deals');
});

test('languagesOf lists the languages of a text, none for a plain string or undefined', () => {
  assert.deepEqual(languagesOf({ en: 'Bikes', 'fr-BE': 'Vélos' }), ['en', 'fr-BE']);
  assert.deepEqual(languagesOf('Bikes'), []);
  assert.deepEqual(languagesOf(undefined), []);
});

test('fallbackLanguage names the language of a fallback text, so the element showing it can say so', () => {
  const text = { en: 'Bike sharing', fr: 'Vélos partagés' };
  assert.equal(fallbackLanguage(text, 'fr-BE'), undefined, 'French on a Belgian French page');
  assert.equal(fallbackLanguage(text, 'de'), 'en', 'English shown on a German page');
  assert.equal(fallbackLanguage({ pl: 'Rowery' }, 'de'), 'pl');
  assert.equal(fallbackLanguage('Plain text', 'de'), undefined, 'a plain string has no known language');
});

test('fallbackLanguage against the interface around the text: English on a Swedish page (issue #19)', () => {
  const text = { en: 'Bike sharing', sv: 'Lånecyklar' };
  // The interface speaks English (no Swedish table): Swedish text is marked, English text is not.
  assert.equal(fallbackLanguage(text, 'sv', 'en'), 'sv');
  assert.equal(fallbackLanguage({ en: 'Bike sharing' }, 'sv', 'en'), undefined);
  // A plain string's language is unknown: taken to be the page's, so it is marked inside an English interface.
  assert.equal(fallbackLanguage('Lånecyklar', 'sv', 'en'), 'sv');
  assert.equal(fallbackLanguage('Lånecyklar', 'sv'), undefined, 'nothing around it but the page');
  assert.equal(fallbackLanguage(undefined, 'sv', 'en'), undefined);
});

test('fallbackLanguage: a catalogue that says its plain strings\' language (`language`) has them marked in it', () => {
  // An English catalogue on a German page: its plain strings are English, not German.
  assert.equal(fallbackLanguage('Bike sharing', 'de', 'de', 'en'), 'en');
  // On a Catalan page the interface is English: English plain strings need no mark inside it, Catalan ones do.
  assert.equal(fallbackLanguage('Bike sharing', 'ca', 'en', 'en'), undefined);
  assert.equal(fallbackLanguage('Bicicletes', 'ca', 'en', 'ca'), 'ca');
  // Only plain strings: a text in several languages says its own.
  assert.equal(fallbackLanguage({ fr: 'Vélos' }, 'de', 'de', 'en'), 'fr');
  assert.equal(fallbackLanguage('Bike sharing', 'en', 'en', 'en'), undefined);
});

test('trackLang: a catalogue’s own track name is marked against the interface; an ICC track named by the interface is not', async () => {
  const { trackLang } = await import('../../src/catalog/names.js');
  const catalog = { tracks: [{ id: 'mobility', name: { en: 'Mobility', sv: 'Rörlighet' } }] };
  assert.equal(trackLang(catalog, 'mobility', 'sv', 'en'), 'sv');
  assert.equal(trackLang(catalog, 'mobility', 'en', 'en'), undefined);
  assert.equal(trackLang(undefined, 'tourism', 'sv', 'en', { tourism: 'Green and digital transition in tourism' }), undefined, 'the interface’s words');
  assert.equal(trackLang(catalog, 'unknown', 'sv', 'en'), undefined);
});
