/** The UI's message tables: every language complete and translated, plurals and numbers in the table's own language. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { en } from '../../src/i18n/en.js';
import { formatNumber, plural } from '../../src/i18n/format.js';
import { countryName, languageName } from '../../src/catalog/names.js';
import { LANGUAGES, type Messages, interfaceLang, interfaceMark, loadMessages, messages } from '../../src/i18n/messages.js';

// Tables other than English load on first use; load them all before the tests read them.
const untilLoaded = messages('fr');
await Promise.all(LANGUAGES.map((lang) => loadMessages(lang)));

const OTHERS = LANGUAGES.filter((lang) => lang !== 'en');

test('a table not yet loaded reads as English, and loads on first use', () => {
  assert.equal(untilLoaded, en);
  assert.notEqual(messages('fr'), en);
});

/** Arguments to call each message function with; a new function needs a line here. */
const SAMPLES: Record<string, unknown[][]> = {
  solutions: [[0], [1], [2], [5], [22], [1234]],
  deployedIn: [[1], [3], [12]],
  cities: [[0], [1], [2], [5], [21], [1000000]],
  showAll: [[12]],
  page: [[3]],
  trl: [[7]],
  removeFilter: [['Espoo']],
  emptyWithWords: [['bike sharing']],
  searchedFor: [['bike sharing']],
  searchWithin: [['Technology']],
  show: [['64 solutions']],
  pageOf: [[3, 6]],
  printedFirst: [[200, 10000]],
  trlBand: [['1-3'], ['4-6'], ['7-9']],
  sdg: Array.from({ length: 17 }, (_, i) => [i + 1]),
  trlMeaning: Array.from({ length: 9 }, (_, i) => [i + 1]),
  population: [['305,274', 2023], ['305,274']],
  unknownCity: [['nowhere', 'cities.json']],
  unknownSolution: [['nothing', 'catalog.json']],
  leftOut: [['porto']],
  trlStage: Array.from({ length: 9 }, (_, i) => [i + 1]),
};

/** Every string of a table as `path → text`: nested tables flattened, functions called with their samples. */
function leaves(table: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(table)) {
    const path = prefix + key;
    if (typeof value === 'string') out.set(path, value);
    else if (typeof value === 'function') {
      const samples = SAMPLES[key];
      assert.ok(samples, `${path} is a function with no sample arguments in this test`);
      for (const args of samples) out.set(`${path}(${args.map((a) => JSON.stringify(a)).join(', ')})`, (value as (...a: unknown[]) => unknown)(...args) as string);
    } else if (value && typeof value === 'object') for (const [k, v] of leaves(value, `${path}.`)) out.set(k, v);
    else assert.fail(`${path} is neither a string, a function nor a table`);
  }
  return out;
}

/** Keys of a table, recursively, with `.` between levels. */
function keys(table: object, prefix = ''): string[] {
  return Object.entries(table).flatMap(([key, value]) =>
    value && typeof value === 'object' ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

const ENGLISH = leaves(en);
const NNBSP = '\u202F';
const NBSP = '\u00A0';

for (const lang of LANGUAGES) {
  const table = messages(lang);

  test(`${lang}: has every key of English, nested tables included, and no other`, () => {
    assert.deepEqual(keys(table).sort(), keys(en).sort());
    for (const key of keys(en)) {
      const type = (t: object) => typeof key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], t);
      assert.equal(type(table), type(en), `${lang}: ${key} is a ${type(en)} in English`);
    }
  });

  test(`${lang}: no empty strings; functions give text for sample arguments`, () => {
    for (const [path, text] of leaves(table)) {
      assert.equal(typeof text, 'string', `${lang}: ${path}`);
      assert.ok(text.trim(), `${lang}: ${path} is empty`);
      // Punctuation that joins two texts carries its own spacing (French: a space before the colon).
      if (!PUNCTUATION.has(path)) assert.equal(text, text.trim(), `${lang}: ${path} has spaces around it`);
      assert.doesNotMatch(text, /undefined|NaN|\[object/, `${lang}: ${path}`);
    }
  });

  test(`${lang}: messages that quote or name something include it`, () => {
    assert.match(table.emptyWithWords('bike sharing'), /bike sharing/);
    assert.match(table.searchedFor('bike sharing'), /bike sharing/);
    assert.match(table.searchWithin('Technology'), /Technology/);
    assert.match(table.show('64 solutions'), /64 solutions/);
    assert.match(table.pageOf(3, 6), /3.*6/);
    assert.match(table.printedFirst(200, 1000), /200.*1[,.\u00a0\u202f ]?000/);
    assert.match(table.removeFilter('Espoo'), /Espoo/);
    assert.match(table.unknownCity('nowhere', 'cities.json'), /nowhere.*cities\.json/);
    assert.match(table.unknownSolution('nothing', 'catalog.json'), /nothing.*catalog\.json/);
    assert.match(table.population('305,274', 2023), /305,274.*2023/);
    assert.doesNotMatch(table.population('305,274'), /\(|undefined/);
    assert.match(table.trl(7), /7/);
    assert.match(table.page(3), /3/);
    for (let goal = 1; goal <= 17; goal++) assert.match(table.sdg(goal), new RegExp(`\\b${goal}\\b.*\\p{L}{3}`, 'u'), `${lang}: SDG ${goal}`);
    // Each goal and each level has its own name.
    assert.equal(new Set(Array.from({ length: 17 }, (_, i) => table.sdg(i + 1))).size, 17);
    assert.equal(new Set(Array.from({ length: 9 }, (_, i) => table.trlMeaning(i + 1))).size, 9);
    assert.equal(table.trlMeaning(10), '');
  });

  test(`${lang}: counts are formatted in ${lang} in every plural message`, () => {
    const format = new Intl.NumberFormat(lang);
    for (const count of [0, 1, 2, 3, 5, 11, 21, 22, 25, 101, 1234, 12345, 1000000]) {
      for (const message of [table.solutions, table.cities, table.deployedIn, table.showAll]) {
        assert.ok(message(count).includes(format.format(count)), `${lang}: ${message(count)} shows ${format.format(count)}`);
      }
    }
  });
}

/** Separators placed between texts, not sentences: the same punctuation in several languages. */
const PUNCTUATION = new Set(['colon', 'questionMark']);

// "A handful": words such as TRL, Start-up or Impact are the same in several languages.
const HANDFUL = 6;

for (const lang of OTHERS) {
  test(`${lang}: translated, not copied from English (at most ${HANDFUL} strings the same)`, () => {
    const ownLeaves = leaves(messages(lang));
    // A function counts as English when it says the same as English for every sample ("1 solution" alone may coincide).
    const key = (path: string) => path.replace(/\(.*/, '');
    const differs = new Set([...ENGLISH].filter(([path, text]) => ownLeaves.get(path) !== text).map(([path]) => key(path)));
    const same = [...new Set([...ENGLISH.keys()].map(key))].filter((path) => !differs.has(path) && !PUNCTUATION.has(path));
    assert.ok(same.length <= HANDFUL, `${lang} has ${same.length} English strings: ${same.join(', ')}`);
    // The things a person reads first are never English.
    for (const key of ['loading', 'searchLabel', 'noMatch', 'clearFilters', 'close', 'sdgs', 'external'] as const) {
      assert.notEqual(messages(lang)[key], en[key], `${lang}: ${key}`);
    }
    assert.notEqual(messages(lang).cities(2), en.cities(2));
    assert.notEqual(messages(lang).sdg(1), en.sdg(1));
    assert.notEqual(messages(lang).trlMeaning(1), en.trlMeaning(1));
  });
}

test('Polish counts take one, few and many forms', () => {
  const pl = messages('pl');
  const expected: [number, string][] = [
    [1, '1 rozwiązanie'], [2, '2 rozwiązania'], [4, '4 rozwiązania'], [5, '5 rozwiązań'], [12, '12 rozwiązań'],
    [14, '14 rozwiązań'], [22, '22 rozwiązania'], [25, '25 rozwiązań'], [0, '0 rozwiązań'], [102, '102 rozwiązania'], [111, '111 rozwiązań'],
  ];
  for (const [count, text] of expected) assert.equal(pl.solutions(count), text);
  assert.deepEqual([1, 2, 5, 22, 25].map((count) => pl.cities(count)), ['1 miasto', '2 miasta', '5 miast', '22 miasta', '25 miast']);
  assert.deepEqual([1, 3, 7].map((count) => pl.deployedIn(count)), ['Używane w 1 mieście', 'Używane w 3 miastach', 'Używane w 7 miastach']);
});

test('French: 0 and 1 are singular', () => {
  const fr = messages('fr');
  assert.deepEqual([0, 1, 2].map((count) => fr.solutions(count)), ['0 solution', '1 solution', '2 solutions']);
  assert.deepEqual([0, 1, 2].map((count) => fr.cities(count)), ['0 ville', '1 ville', '2 villes']);
  assert.equal(fr.deployedIn(1), 'Utilisée dans 1 ville');
  // English says "0 solutions".
  assert.equal(messages('en').solutions(0), '0 solutions');
  assert.equal(messages('en').solutions(1), '1 solution');
});

test('other languages: singular and plural', () => {
  assert.deepEqual([1, 8].map((count) => messages('de').solutions(count)), ['1 Lösung', '8 Lösungen']);
  assert.deepEqual([1, 8].map((count) => messages('es').solutions(count)), ['1 solución', '8 soluciones']);
  assert.deepEqual([1, 8].map((count) => messages('it').solutions(count)), ['1 soluzione', '8 soluzioni']);
  assert.deepEqual([1, 8].map((count) => messages('it').cities(count)), ['1 città', '8 città']);
});

test('numbers inside messages follow the language', () => {
  assert.equal(messages('en').solutions(1234), '1,234 solutions');
  assert.equal(messages('fr').solutions(1234), `1${NNBSP}234 solutions`);
  assert.equal(messages('de').solutions(1234), '1.234 Lösungen');
  // Spanish, Italian and Polish group only from five digits.
  assert.equal(messages('it').solutions(1234), '1234 soluzioni');
  assert.equal(messages('it').solutions(12345), '12.345 soluzioni');
  assert.equal(messages('es').solutions(12345), '12.345 soluciones');
  assert.equal(messages('pl').solutions(12345), `12${NBSP}345 rozwiązań`);
  // Dutch groups from four digits, with a full stop.
  assert.equal(messages('nl').solutions(1234), '1.234 oplossingen');
  assert.equal(messages('nl').deployedIn(1), 'In gebruik in 1 stad');
  assert.equal(messages('de').cities(1000000), '1.000.000 Städte');
  assert.equal(messages('fr').cities(1000000), `1${NNBSP}000${NNBSP}000 de villes`);
});

test('the plural helper picks the form for the category, else other, and formats the count', () => {
  assert.equal(plural('pl', 3, { one: '# a', few: '# b', many: '# c', other: '# d' }), '3 b');
  assert.equal(plural('pl', 1.5, { one: '# a', few: '# b', many: '# c', other: '# d' }), '1,5 d');
  assert.equal(plural('pl', 5, { one: '# a', other: '# d' }), '5 d');
  assert.equal(plural('en', 2, { one: 'one', other: 'many' }), 'many');
});

test('French quotes the search with guillemets and no-break spaces', () => {
  assert.equal(messages('fr').emptyWithWords('vélo'), `Aucune solution ne correspond à «${NBSP}vélo${NBSP}».`);
  assert.equal(messages('fr').sdg(2), `ODD 2${NBSP}: Faim «${NBSP}zéro${NBSP}»`);
  assert.equal(messages('de').emptyWithWords('Rad'), 'Zu „Rad“ wurden keine Lösungen gefunden.');
});

test('SDG names are the UN short names', () => {
  assert.equal(messages('en').sdg(11), 'SDG 11: Sustainable cities and communities');
  assert.equal(messages('fr').sdg(1), `ODD 1${NBSP}: Pas de pauvreté`);
  assert.equal(messages('de').sdg(1), 'SDG 1: Keine Armut');
  assert.equal(messages('es').sdg(1), 'ODS 1: Fin de la pobreza');
  assert.equal(messages('it').sdg(1), 'Obiettivo 1: Sconfiggere la povertà');
  assert.equal(messages('pl').sdg(1), 'Cel 1: Koniec z ubóstwem');
  assert.equal(messages('nl').sdg(13), 'SDG 13: Klimaatactie');
});

test('messages(lang): exact tag, then base language, case-insensitively, else English', () => {
  assert.equal(messages('fr-BE'), messages('fr'));
  assert.equal(messages('fr-BE').searchLabel, 'Rechercher des solutions');
  assert.equal(messages('PL'), messages('pl'));
  assert.equal(messages('PL').searchLabel, 'Szukaj rozwiązań');
  assert.equal(messages('de-AT').searchLabel, 'Lösungen durchsuchen');
  assert.equal(messages('ES-mx'), messages('es'));
  assert.equal(messages('nl-BE').searchLabel, 'Oplossingen zoeken', 'Flemish pages get Dutch');
  assert.equal(messages('xx'), en);
  assert.equal(messages(''), en);
  assert.equal(messages('constructor'), en);
  assert.equal(messages('en-GB'), en);
});

test('the types demand every key, nested ones included', () => {
  const { loading: _loading, ...withoutLoading } = en;
  // @ts-expect-error a table without `loading` is not a complete table
  const missingKey: Messages = withoutLoading;
  // @ts-expect-error a sort table without `name`, `updated` and `deployed` is not complete
  const missingNested: Messages = { ...en, sort: { relevance: 'Relevanz' } };
  // Any string still indexes the label tables, as components do with catalogue values.
  const role: string | undefined = en.role['someday'];
  assert.ok(missingKey && missingNested && role === undefined);
});

test('numbers and country names are remembered per language, never mixed up', () => {
  for (let round = 0; round < 2; round++) {
    assert.equal(formatNumber('en', 12345), '12,345');
    assert.equal(formatNumber('de', 12345), '12.345');
    assert.equal(formatNumber('fr', 12345), '12\u202f345');
    assert.equal(formatNumber('en', -0.5), '-0.5');
    assert.equal(countryName('DE', 'en'), 'Germany');
    assert.equal(countryName('DE', 'fr'), 'Allemagne');
    assert.equal(languageName('de', 'en'), 'German');
    assert.equal(countryName('not a code', 'en'), 'not a code');
    assert.equal(countryName('DE', 'de'), 'Deutschland');
    assert.equal(languageName('de', 'de'), 'Deutsch');
  }
});

test('interfaceLang: the page’s language where a table speaks it, regional tags kept; else English (issue #19)', () => {
  assert.equal(interfaceLang('fr-BE'), 'fr-BE', 'Belgian dates and numbers in the French interface');
  assert.equal(interfaceLang('nl'), 'nl');
  assert.equal(interfaceLang('en-GB'), 'en-GB');
  assert.equal(interfaceLang('sv'), 'en');
  assert.equal(interfaceLang('pt-PT'), 'en');
  assert.equal(interfaceMark('sv'), 'en');
  assert.equal(interfaceMark('de-AT'), undefined);
  assert.equal(interfaceMark('en'), undefined);
});
