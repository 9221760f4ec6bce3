/**
 * The data the Storybook documentation pages read, generated so that the docs
 * cannot drift from the code (`npx tsx scripts/docs-data.ts`):
 *
 * - stories/docs/generated/catalogue-fields.json: every object of the
 *   catalogue contract, field by field (type in plain words, required or not,
 *   rules, an example), read from catalog/catalog.schema.json, which
 *   `npm run schema` generates from src/catalog/schema.ts;
 * - stories/docs/generated/example-catalogue.json: a short complete catalogue,
 *   checked here with the strict validator (the script fails if it is not valid);
 * - stories/docs/generated/validate-example.json: what `t4g validate` really
 *   prints for a file with mistakes and for a valid one, text and `--json`.
 *
 * Deterministic: the same sources give byte-identical files. With `--check` it
 * writes nothing and exits 1 when a file on disk differs from what it would
 * write (a stale docs page).
 *
 * The script refuses what it does not know how to put in words (a new pattern,
 * format or object in the schema): it stops with a message saying what to add,
 * rather than publish a raw regular expression.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COUNTRY_CODE_CORRECTIONS } from '../src/catalog/countries.js';
import { EMAIL, LANGUAGE_TAG, NAME_MAX, SLUG, SPDX, SUMMARY_MAX, VISIBLE } from '../src/catalog/constants.js';
import { validateCatalog } from '../src/catalog/validate.js';
import { reportFiles } from '../src/cli/validate-command.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'stories/docs/generated');
const SCHEMA_FILE = 'catalog/catalog.schema.json';
const SAMPLE_FILE = 'catalog/icc-sample.json';

type Node = {
  type?: string;
  const?: unknown;
  enum?: string[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minProperties?: number;
  properties?: Record<string, Node>;
  required?: string[];
  additionalProperties?: boolean | Node;
  propertyNames?: Node;
  items?: Node;
  anyOf?: Node[];
  description?: string;
  'x-message'?: string;
};

const schema = JSON.parse(readFileSync(path.join(ROOT, SCHEMA_FILE), 'utf8')) as Node;
const sample = JSON.parse(readFileSync(path.join(ROOT, SAMPLE_FILE), 'utf8')) as Record<string, unknown>;

function fail(message: string): never {
  console.error(`docs-data: ${message}`);
  process.exit(2);
}

// ---------------------------------------------------------------------------
// The objects of the contract, in the order the page shows them.

interface ObjectSpec {
  id: string;
  title: string;
  /** Where it sits in a catalogue, as a path of the schema (`[]` = each item of a list). */
  at: string[];
  /** Where it sits, in words. */
  where: string;
}

const OBJECTS: ObjectSpec[] = [
  { id: 'catalogue', title: 'The catalogue', at: [], where: 'the whole file' },
  { id: 'solution', title: 'A solution', at: ['solutions', '[]'], where: 'each entry of `solutions`' },
  { id: 'provider', title: 'A provider', at: ['solutions', '[]', 'provider'], where: 'the `provider` of a solution' },
  { id: 'contact', title: 'A contact', at: ['solutions', '[]', 'contact'], where: 'the `contact` of a solution' },
  { id: 'impact', title: 'An impact', at: ['solutions', '[]', 'impact', '[]'], where: 'each entry of a solution’s `impact`' },
  { id: 'city', title: 'A city', at: ['cities', '[]'], where: 'each entry of `cities`' },
  { id: 'best-practice', title: 'A best practice', at: ['cities', '[]', 'bestPractices', '[]'], where: 'each entry of a city’s `bestPractices`' },
  { id: 'geo', title: 'A position', at: ['cities', '[]', 'geo'], where: 'the `geo` of a city' },
  { id: 'track', title: 'A track', at: ['tracks', '[]'], where: 'each entry of `tracks` (only when a catalogue lists its own)' },
];

/** Schema path → the object it is, so a field of that shape is named after it. */
const OBJECT_AT = new Map(OBJECTS.map((spec) => [spec.at.join('.'), spec]));

function nodeAt(at: readonly string[]): Node {
  let node: Node | undefined = schema;
  for (const step of at) node = step === '[]' ? node?.items : node?.properties?.[step];
  if (!node) fail(`${SCHEMA_FILE} has nothing at ${at.join('.')}; update OBJECTS in scripts/docs-data.ts`);
  return node;
}

// ---------------------------------------------------------------------------
// Types and rules in words.

const isLocalized = (node: Node) =>
  !!node.anyOf && node.anyOf.length === 2 && node.anyOf[0]!.type === 'string' && node.anyOf[1]!.type === 'object' && node.anyOf[1]!.propertyNames?.pattern === LANGUAGE_TAG.source;

const isCountry = (node: Node) => node.type === 'string' && (node.enum?.length ?? 0) > 200;

/** What a short id refers to, from the schema's own description ("Track id: …", "City id, unique in the catalogue: …"). */
function idKind(node: Node): string {
  const what = node.description?.split(/[,:]/)[0]?.trim();
  if (!what) fail(`an id field has no description in ${SCHEMA_FILE}`);
  return what.charAt(0).toLowerCase() + what.slice(1);
}

const PATTERNS: Record<string, { type: string; rule: string }> = {
  [SLUG.source]: { type: 'id', rule: 'lowercase letters, digits and single hyphens, like `bike-sharing`' },
  [LANGUAGE_TAG.source]: { type: 'language tag', rule: 'a language tag like `en`, `fr` or `fr-BE`' },
  [SPDX.source]: { type: 'licence identifier', rule: 'an SPDX licence identifier like `EUPL-1.2` or `MIT`; `AND`, `OR` or `WITH` may join several, like `Apache-2.0 OR MIT`' },
  [EMAIL.source]: { type: 'e-mail address', rule: 'an e-mail address like `name@example.org`, with or without `mailto:` in front' },
};

const join = (values: readonly unknown[]) => values.map((value) => `\`${String(value)}\``).join(', ');
const plural = (word: string) => (word.endsWith('y') && !word.endsWith('ay') ? `${word.slice(0, -1)}ies` : word.endsWith('s') ? word : `${word}s`);

interface Described {
  type: string;
  rules: string[];
}

function describe(node: Node, at: readonly string[]): Described {
  const object = OBJECT_AT.get(at.join('.'));
  if (object) return { type: object.title.replace(/^(A|An|The) /, '').toLowerCase(), rules: [`see [${object.title.toLowerCase()}](#${object.id})`] };

  if (isLocalized(node)) {
    const [plain] = node.anyOf!;
    const rules = ['not empty'];
    if (plain!.maxLength !== undefined) rules.push(`at most ${plain!.maxLength} characters, in each language`);
    return { type: 'text, or text in several languages', rules };
  }
  if (node.const !== undefined) return { type: `always \`${JSON.stringify(node.const)}\``, rules: [] };
  if (isCountry(node)) {
    const corrections = Object.entries(COUNTRY_CODE_CORRECTIONS).map(([habit, iso]) => `\`${iso}\`, not \`${habit}\``);
    return { type: 'country code', rules: [`two capital letters (ISO 3166-1 alpha-2), like \`FI\`; ${corrections.join('; ')}`] };
  }
  if (node.enum) return { type: `one of ${join(node.enum)}`, rules: [] };

  switch (node.type) {
    case 'string': {
      if (node.format === 'uri') return { type: 'web address', rules: ['a full address starting with `https://` (or `http://`)'] };
      if (node.format === 'uri-reference') return { type: 'web address', rules: ['a full address starting with `https://` (or `http://`), or the path of an image file (.jpg, .jpeg, .png, .gif, .webp, .avif or .svg) relative to the catalogue file, like `images/bikes.jpg`'] };
      if (node.format === 'date') return { type: 'date YYYY-MM-DD', rules: ['a real date, like `2026-03-31`'] };
      if (node.format) fail(`string format "${node.format}" at ${at.join('.')} has no words in scripts/docs-data.ts`);
      if (node.pattern && node.pattern !== VISIBLE.source) {
        const known = PATTERNS[node.pattern];
        if (!known) fail(`pattern ${node.pattern} at ${at.join('.')} has no words in PATTERNS (scripts/docs-data.ts)`);
        const type = known.type === 'id' ? idKind(node) : known.type;
        return { type, rules: [known.rule] };
      }
      const rules: string[] = [];
      if (node.minLength === 1) rules.push(node.pattern === VISIBLE.source ? 'not empty, nor only spaces or invisible characters' : 'not empty');
      if (node.maxLength !== undefined) rules.push(`at most ${node.maxLength} characters`);
      return { type: 'text', rules };
    }
    case 'integer':
    case 'number': {
      const noun = node.type === 'integer' ? 'whole number' : 'number';
      // 2^53 − 1 is zod's bound for safe integers, not a rule anyone has to think about.
      const max = node.maximum !== undefined && node.maximum < Number.MAX_SAFE_INTEGER ? node.maximum : undefined;
      const sign = (n: number) => (n < 0 ? `−${-n}` : String(n));
      if (node.minimum !== undefined && max !== undefined) return { type: `${noun} ${sign(node.minimum)}–${sign(max)}`, rules: [] };
      if (node.exclusiveMinimum === 0 && max === undefined) return { type: `${noun} above 0`, rules: [] };
      if (node.minimum === undefined && node.exclusiveMinimum === undefined && max === undefined) return { type: noun, rules: node.type === 'number' ? ['may have decimals, like `48000.5`'] : [] };
      fail(`number bounds at ${at.join('.')} have no words in scripts/docs-data.ts`);
    }
    case 'array': {
      const item = describe(node.items!, [...at, '[]']);
      // A list of ids refers to entries whose own ids already follow the id rule: what matters is the reference (CROSS_RULES).
      const isIdList = node.items!.pattern === SLUG.source;
      const rules = isIdList ? [] : item.rules.map((rule) => (rule.startsWith('see ') ? rule : `each: ${rule}`));
      if (node.minItems !== undefined) rules.unshift(node.minItems === 1 ? 'at least one' : `at least ${node.minItems}`);
      const type = item.type.startsWith('text, or text') ? 'list of texts, each in one or several languages'
        : item.type.startsWith('one of ') ? `list of ${item.type.replace(/^one of/, 'values among')}`
        : item.type.includes(' ') && /^(whole number|number)/.test(item.type) ? `list of ${plural(item.type.split(' ').slice(0, 2).join(' '))} ${item.type.split(' ').slice(2).join(' ')}`
        : `list of ${plural(item.type)}`;
      return { type, rules };
    }
    default:
      fail(`the schema node at ${at.join('.')} (type ${String(node.type)}) has no words in scripts/docs-data.ts`);
  }
}

/**
 * Rules the schema cannot say, checked across entries by src/catalog/validate.ts
 * (checkReferences): unique ids and references to other entries. Keep in step
 * with that function; the key is the field's schema path.
 */
const CROSS_RULES: Record<string, string> = {
  'tracks': 'without it, the ICC’s five thematic tracks and two services are used',
  'solutions.[].id': 'unique among the solutions (the widgets leave out a second one with the same id)',
  'solutions.[].tracks': 'each must be a track of the catalogue: the ICC tracks, unless it lists its own; the widgets skip one that is not, and leave out a solution with no track left',
  'solutions.[].cities': 'each must be a city of the catalogue, when it has cities; the widgets skip one that is not',
  'cities.[].id': 'unique among the cities (the widgets leave out a second one with the same id)',
  'cities.[].tracks': 'each must be a track of the catalogue; the widgets skip one that is not',
  'cities.[].mentors': 'each must be another city of the catalogue; the widgets skip one that is not',
  'cities.[].bestPractices.[].solutions': 'each must be a solution of the catalogue; the widgets skip one that is not',
  'tracks.[].id': 'unique among the tracks (the widgets leave out a second one with the same id)',
};

/**
 * The schema's own prose about a field, when it says more than its type and
 * rules already do (trl, sdgs, a solution's description); the descriptions
 * every field of a kind shares (ids, addresses, dates, texts) say nothing new.
 */
const SAYS_NOTHING_NEW = /^(Text, or an object of BCP 47|Absolute https|The picture shown with it|A real date|ISO 3166|An e-mail address|SPDX licence identifier|[A-Z][a-z]+ id\b)/;
function schemaNotes(node: Node): string[] {
  return [node.description, node.items?.description]
    .filter((text): text is string => !!text && !SAYS_NOTHING_NEW.test(text))
    .map((text) => text.replace(/\.$/, ''));
}

/** What the schema cannot say and a reader needs, from the code named. Keys are schema paths. */
const NOTES: Record<string, string> = {
  // README.md, "For solution providers".
  '$schema': 'the address of the published schema, so that editors complete field names and flag mistakes as you type',
  // src/components/solution-card, solution-detail, city-card: `alt` is the localized imageAlt, empty when there is none.
  'solutions.[].image': 'describe it in `imageAlt`; without one the image is treated as decoration',
  'cities.[].image': 'shown on the full city card; describe it in `imageAlt`, without one it is treated as decoration',
};

/** Rules of a whole object, from its schema node. */
function objectRules(node: Node): string[] {
  const rules: string[] = [];
  if (node.additionalProperties === false) rules.push('Only the fields below. Another field (a misspelt one, say) is a problem for `t4g validate`; the widgets ignore it.');
  if (node.anyOf?.every((option) => option.required?.length === 1)) {
    rules.push(`Needs at least one of ${join(node.anyOf.map((option) => option.required![0]))}.`);
  } else if (node.anyOf) fail('an object with an anyOf the script does not know');
  return rules;
}

// ---------------------------------------------------------------------------
// Examples: the first value in the bundled sample catalogue, shortened;
// for the few fields the sample does not use, the values below.

const FALLBACK_EXAMPLES: Record<string, unknown> = {
  'tracks': [{ id: 'mobility', name: { en: 'Mobility', fr: 'Mobilité' }, kind: 'track' }],
  'tracks.[].id': 'mobility',
  'tracks.[].name': { en: 'Mobility', fr: 'Mobilité' },
  'tracks.[].description': 'Getting around the city with less traffic and fewer emissions.',
  'tracks.[].kind': 'track',
  'solutions.[].image': 'https://example.org/images/heat-planner.jpg',
  'solutions.[].imageAlt': { en: 'Map of a district coloured by heat demand' },
  'cities.[].image': 'https://example.org/images/harbour.jpg',
  'cities.[].imageAlt': { en: 'The harbour at sunset' },
  'cities.[].bestPractices.[].url': 'https://example.org/case-studies/heat-planning',
};

/** Values under a schema path in the sample: lists are walked item by item. */
function sampleValues(value: unknown, at: readonly string[]): unknown[] {
  if (at.length === 0) return value === undefined ? [] : [value];
  const [step, ...rest] = at;
  if (step === '[]') return Array.isArray(value) ? value.flatMap((item) => sampleValues(item, rest)) : [];
  if (value && typeof value === 'object' && !Array.isArray(value)) return sampleValues((value as Record<string, unknown>)[step!], rest);
  return [];
}

const MAX_TEXT = 64;
const shortText = (text: string) => (!/^https?:/.test(text) && [...text].length > MAX_TEXT ? `${[...text].slice(0, MAX_TEXT - 1).join('').trimEnd()}…` : text);

/** A value cut down to fit a table cell: short texts, two languages, three list items, three fields. */
function shorten(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return shortText(value.replace(/\s+/g, ' '));
  if (Array.isArray(value)) return value.slice(0, depth ? 2 : 3).map((item) => shorten(item, depth + 1));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).slice(0, depth ? 2 : 3).map(([key, item]) => [key, shorten(item, depth + 1)]));
  }
  return value;
}

/** JSON on one line, with a space after each colon and comma. */
function compact(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(compact).join(', ')}]`;
  if (value && typeof value === 'object') return `{${Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${compact(item)}`).join(', ')}}`;
  return JSON.stringify(value);
}

/** Where the sample's value would mislead (its `$schema` is a relative path, for this repository). */
const PREFERRED_EXAMPLES: Record<string, unknown> = {
  '$schema': (schema as { $id?: string }).$id,
};

function example(at: readonly string[]): string {
  const key = at.join('.');
  const found = key in PREFERRED_EXAMPLES ? PREFERRED_EXAMPLES[key] : sampleValues(sample, at)[0];
  const value = found !== undefined ? found : FALLBACK_EXAMPLES[key];
  if (value === undefined) fail(`no example for ${key}: the sample catalogue has none; add one to FALLBACK_EXAMPLES`);
  // An object with a table of its own is only sketched here: its first two fields, then "…".
  const sketch = (object: unknown) => {
    const entries = Object.entries(object as Record<string, unknown>);
    const shown = entries.slice(0, 2).map(([name, item]) => `${JSON.stringify(name)}: ${compact(shorten(item, 1))}`);
    return `{${shown.join(', ')}${entries.length > 2 ? ', …' : ''}}`;
  };
  if (OBJECT_AT.has(key)) return sketch(value);
  if (OBJECT_AT.has(`${key}.[]`) && Array.isArray(value)) return `[${sketch(value[0])}${value.length > 1 ? ', …' : ''}]`;
  return compact(shorten(value));
}

// ---------------------------------------------------------------------------
// The field tables.

interface Field {
  name: string;
  type: string;
  required: boolean;
  rules: string[];
  example: string;
}

interface ObjectTable {
  id: string;
  title: string;
  where: string;
  rules: string[];
  fields: Field[];
}

function fieldsOf(spec: ObjectSpec): ObjectTable {
  const node = nodeAt(spec.at);
  if (node.type !== 'object' || !node.properties) fail(`${spec.at.join('.')} is not an object in ${SCHEMA_FILE}`);
  const required = new Set(node.required ?? []);
  const fields = Object.entries(node.properties).map(([name, child]): Field => {
    const at = [...spec.at, name];
    const { type, rules } = describe(child, at);
    const key = at.join('.');
    const cross = CROSS_RULES[key];
    const notes = [...schemaNotes(child), ...(NOTES[key] ? [NOTES[key]] : [])];
    return { name, type, required: required.has(name), rules: [...notes, ...rules, ...(cross ? [cross] : [])], example: example(at) };
  });
  for (const key of Object.keys(CROSS_RULES)) {
    if (key.startsWith(`${spec.at.join('.')}${spec.at.length ? '.' : ''}`) && key.split('.').length === spec.at.length + 1 && !node.properties[key.split('.').at(-1)!]) {
      fail(`CROSS_RULES names ${key}, which the schema does not have`);
    }
  }
  return { id: spec.id, title: spec.title, where: spec.where, rules: objectRules(node), fields };
}

// Every object in the schema must be one of OBJECTS, so a new one cannot go undocumented.
function checkEveryObjectIsListed(node: Node, at: string[]) {
  if (node.type === 'object' && node.properties && !OBJECT_AT.has(at.join('.'))) fail(`${SCHEMA_FILE} has an object at ${at.join('.')} that OBJECTS in scripts/docs-data.ts does not list`);
  for (const [name, child] of Object.entries(node.properties ?? {})) checkEveryObjectIsListed(child, [...at, name]);
  if (node.items) checkEveryObjectIsListed(node.items, [...at, '[]']);
}
checkEveryObjectIsListed(schema, []);

const catalogueFields = {
  generatedBy: 'scripts/docs-data.ts',
  from: SCHEMA_FILE,
  schemaId: (schema as { $id?: string }).$id,
  summaryMax: SUMMARY_MAX,
  nameMax: NAME_MAX,
  objects: OBJECTS.map(fieldsOf),
};

// ---------------------------------------------------------------------------
// A short complete catalogue, and a file with mistakes for the validator.

const exampleCatalogue = {
  $schema: 'https://unpkg.com/tech4good-marketplace/catalog/catalog.schema.json',
  version: 1,
  title: { en: 'Tech4Good Marketplace — Zagreb and partners', fr: 'Tech4Good Marketplace — Zagreb et ses partenaires' },
  updated: '2026-03-31',
  solutions: [
    {
      id: 'heat-pump-district-planner',
      name: { en: 'Heat Pump District Planner', de: 'Wärmepumpen-Quartiersplaner' },
      summary: {
        en: 'Maps building heat demand block by block and suggests where heat pumps or district heating make most sense.',
        de: 'Kartiert den Wärmebedarf Block für Block und zeigt, wo Wärmepumpen oder Fernwärme am sinnvollsten sind.',
      },
      description: 'Combines building age, floor area and heating type with street-level maps.\n\nResults can be exported as open data.',
      tracks: ['green-economy', 'access-to-data'],
      provider: { name: 'Example Heat Analytics', type: 'company', country: 'DE', url: 'https://example.org/heat' },
      technologies: ['GIS', 'Open data'],
      tags: ['heating', 'energy planning'],
      trl: 7,
      sdgs: [7, 11, 13],
      cities: ['zagreb'],
      impact: [{ label: { en: 'Blocks mapped', de: 'Kartierte Blöcke' }, value: 1250 }, { label: 'Emissions avoided', value: 480, unit: 't CO₂e a year' }],
      pricing: 'subscription',
      languages: ['en', 'de', 'hr'],
      contact: { email: 'hello@example.org' },
      website: 'https://example.org/heat-planner',
      updated: '2026-02-14',
    },
  ],
  cities: [
    {
      id: 'zagreb',
      name: 'Zagreb',
      country: 'HR',
      role: 'core',
      population: 767131,
      populationYear: 2021,
      geo: { lat: 45.81, lon: 15.98 },
      tagline: 'Capital city working on cleaner air and cleaner heating',
      summary: { en: 'Zagreb works with peer cities on the green economy and on reusable city data.', fr: 'Zagreb travaille avec d’autres villes sur l’économie verte et les données ouvertes.' },
      ambitions: ['Map the heat demand of every district', 'Give residents open air quality data'],
      tracks: ['green-economy', 'access-to-data'],
      bestPractices: [
        {
          title: 'Planning heating block by block',
          summary: 'Residents and utilities discuss heat pumps and district heating around one shared map.',
          solutions: ['heat-pump-district-planner'],
        },
      ],
      mentors: ['porto'],
    },
    { id: 'porto', name: 'Porto', country: 'PT', role: 'mentor', website: 'https://www.porto.pt' },
  ],
};

const checked = validateCatalog(structuredClone(exampleCatalogue), { strict: true });
if (checked.problems.length) fail(`the example catalogue is not valid:\n${checked.problems.map((p) => `  ${p.path.join('.')}: ${p.message}`).join('\n')}`);

/** A provider's file with five common mistakes; the validator's report on it is shown on the page. */
const MISTAKES_FILE = 'my-solutions.json';
const mistakesText = `{
  "version": 1,
  "solutions": [
    {
      "id": "bike-sharing",
      "name": "Bike sharing",
      "summary": {
        "en": "Shared bikes for short trips, with stations near public transport.",
        "fr": "Des vélos en libre-service pour les petits trajets, avec des stations près des transports publics, des abonnements au mois ou à l’année, et une application qui montre en temps réel les vélos disponibles à chaque station, ainsi que les places libres pour les rendre. Les vélos électriques coûtent un peu plus cher."
      },
      "tracks": ["green-economy"],
      "provider": { "name": "Example Mobility", "type": "startup", "country": "EL" },
      "sumary": "Shared bikes",
      "trl": "seven",
      "website": "www.example-mobility.eu"
    }
  ]
}
`;
const VALID_FILE = 'my-catalogue.json';

/** Runs `t4g validate` as a provider would, in a scratch folder so the report names the file as they would type it. */
function validateRun(files: Record<string, string>, args: string[], json: boolean) {
  const dir = mkdtempSync(path.join(tmpdir(), 't4g-docs-'));
  const cwd = process.cwd();
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    process.chdir(dir);
    const lines: string[] = [];
    const exitCode = reportFiles({ files: args, format: json ? 'json' : 'text' }, undefined, (text) => lines.push(text));
    return { command: `npx t4g validate ${json ? '--json ' : ''}${args.join(' ')}`, output: lines.join('\n'), exitCode };
  } finally {
    process.chdir(cwd);
    rmSync(dir, { recursive: true, force: true });
  }
}

const files = { [MISTAKES_FILE]: mistakesText, [VALID_FILE]: `${pretty(exampleCatalogue)}\n` };
const validateExample = {
  generatedBy: 'scripts/docs-data.ts',
  file: MISTAKES_FILE,
  text: mistakesText,
  report: validateRun(files, [MISTAKES_FILE], false),
  json: validateRun(files, [MISTAKES_FILE], true),
  valid: validateRun(files, [VALID_FILE], false),
};
if (validateExample.report.exitCode !== 1 || validateExample.valid.exitCode !== 0) fail('the validator did not answer as the docs say (1 for problems, 0 when valid)');

// ---------------------------------------------------------------------------
// Write (or, with --check, compare).

/** JSON as people write it: two-space indents, with a list or object that fits on one line kept on one line. */
function pretty(value: unknown, indent = ''): string {
  const oneLine = compact(value);
  if (indent.length + oneLine.length <= 100 || value === null || typeof value !== 'object') return oneLine;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((item) => `${inner}${pretty(item, inner)}`).join(',\n')}\n${indent}]`;
  return `{\n${Object.entries(value).map(([key, item]) => `${inner}${JSON.stringify(key)}: ${pretty(item, inner)}`).join(',\n')}\n${indent}}`;
}

const outputs: Record<string, string> = {
  'catalogue-fields.json': `${JSON.stringify(catalogueFields, null, 2)}\n`,
  'example-catalogue.json': `${pretty(exampleCatalogue)}\n`,
  'validate-example.json': `${JSON.stringify(validateExample, null, 2)}\n`,
};

if (process.argv.includes('--check')) {
  const stale = Object.entries(outputs).filter(([name, text]) => {
    try {
      return readFileSync(path.join(OUT, name), 'utf8') !== text;
    } catch {
      return true;
    }
  });
  for (const [name] of stale) console.error(`stories/docs/generated/${name} is stale: run npx tsx scripts/docs-data.ts`);
  process.exit(stale.length ? 1 : 0);
}

mkdirSync(OUT, { recursive: true });
for (const [name, text] of Object.entries(outputs)) writeFileSync(path.join(OUT, name), text);
console.log(`wrote ${Object.keys(outputs).map((name) => `stories/docs/generated/${name}`).join(', ')}`);
