/**
 * The catalogue contract, version 1: the single source of truth for the
 * TypeScript types, the browser loader, the `t4g` CLI and the published
 * `catalog/catalog.schema.json`.
 *
 * Written with `zod/mini`, the tree-shakable form of zod: the published schema
 * and the CLI come from it, and the browser reads its generated JSON Schema
 * form (contract-check.ts). Messages are left to
 * `problems.ts`, which words them for people who are not programmers.
 *
 * `catalogSchemas(strict)` builds the same definitions twice: strict (unknown
 * keys are errors, so a typo like `sumary` is caught) for the CLI and the JSON
 * Schema, lenient (unknown keys ignored, so a newer catalogue still shows) for
 * the browser.
 */
import * as z from 'zod/mini';
import { COUNTRY_CODES } from './countries.js';

import { CITY_ROLES, EMAIL, LANGUAGE_TAG, NAME_MAX, PRICING, PROVIDER_TYPES, SLUG, SPDX, SUMMARY_MAX, TRACK_KINDS, VISIBLE } from './constants.js';

export * from './constants.js';
export { COUNTRY_CODES } from './countries.js';

const describe = (description: string, extra: Record<string, unknown> = {}) => z.meta({ description, ...extra });

/**
 * A check's message, given twice from one string: to zod (`error`) and to
 * the JSON Schema (`x-message`), which the run-time checker reads.
 */
const says = (message: string) => ({ error: message, meta: z.meta({ 'x-message': message }) });
const SLUG_MESSAGE = says('must be lowercase letters, digits and single hyphens, like `bike-sharing`');
const URL_MESSAGE = says('must be a full web address starting with https:// (or http://)');
const IMAGE_MESSAGE = says('must be a web address starting with https:// (or http://), or the path of an image file relative to the catalogue, like `images/bikes.jpg`');
const DATE_MESSAGE = says('must be a real date written YYYY-MM-DD');
const LANGUAGE_MESSAGE = says('is not a language tag like `en` or `fr-BE`');
const EMAIL_MESSAGE = says('must be an e-mail address like name@example.org');
const SPDX_MESSAGE = says('must be an SPDX licence identifier like `EUPL-1.2` or `MIT`');
const NON_EMPTY_TEXT_MESSAGE = says('needs text in at least one language');
const CONTACT_MESSAGE = says('needs an email or a url');

// The `error` strings finish a sentence that problems.ts starts with the field's name.
const slug = (what: string) =>
  z.string().check(z.regex(SLUG, SLUG_MESSAGE.error), SLUG_MESSAGE.meta, describe(`${what}: lowercase letters, digits and single hyphens`));
const VISIBLE_MESSAGE = says('has no visible character (only spaces or invisible characters)');
const visible = () => [z.regex(VISIBLE, VISIBLE_MESSAGE.error), VISIBLE_MESSAGE.meta] as const;
const text = (max?: number) =>
  max === undefined
    ? z.string().check(z.minLength(1), ...visible())
    : z.string().check(z.minLength(1), ...visible(), maxCharacters(max), z.meta({ maxLength: max }));

/**
 * At most `max` characters as people count them (code points, as JSON
 * Schema's maxLength does), not UTF-16 units: an emoji is one character.
 */
function maxCharacters(max: number) {
  return z.check<string>((ctx) => {
    if (ctx.value.length > max && [...ctx.value].length > max) {
      ctx.issues.push({ code: 'too_big', origin: 'string', maximum: max, inclusive: true, input: ctx.value });
    }
  });
}
const url = () =>
  z.string().check(
    z.refine(isHttpUrl, URL_MESSAGE.error),
    URL_MESSAGE.meta,
    describe('Absolute https: or http: address', { format: 'uri', pattern: '^[hH][tT][tT][pP][sS]?://' }),
  );
/**
 * An image's address: a full https: or http: address, or the path of an image
 * file relative to the catalogue's own address (`images/bikes.jpg`,
 * `../img/a.png`, `/img/a.png`), which the loader makes full (load.ts). A
 * relative path names an image file (.jpg, .jpeg, .png, .gif, .webp, .avif,
 * .svg, then an optional ?query), so a web page's address written without its
 * scheme (`example.org/page`) is still refused; it has no colon (no `data:`,
 * `javascript:` or `C:/…`), no `//host` or backslash (browsers read those as
 * another host), no space or control character (browsers drop some of them,
 * which could make a scheme of what is left). The same
 * pattern in zod and in the JSON Schema, so the CLI and the browser agree.
 */
const IMAGE_ADDRESS =
  /^(?:[hH][tT][tT][pP][sS]?:\/\/[^\x00-\x20/?#\\]+(?:[/?#][\s\S]*)?|(?!\/\/)[^\x00-\x20\\:?#]+\.(?:[jJ][pP][eE]?[gG]|[pP][nN][gG]|[gG][iI][fF]|[wW][eE][bB][pP]|[aA][vV][iI][fF]|[sS][vV][gG])(?:\?[^\x00-\x20\\#]*)?)$/;
const image = () =>
  z.string().check(
    z.regex(IMAGE_ADDRESS, IMAGE_MESSAGE.error),
    IMAGE_MESSAGE.meta,
    describe('The picture shown with it: a full https: or http: address, or the path of an image file (.jpg, .jpeg, .png, .gif, .webp, .avif, .svg) relative to the catalogue file, like `images/bikes.jpg`, resolved against the address of the catalogue itself', { format: 'uri-reference' }),
  );
const isoDate = () => z.iso.date(DATE_MESSAGE.error).check(DATE_MESSAGE.meta, describe('A real date written YYYY-MM-DD'));
const languageTag = () => z.string().check(z.regex(LANGUAGE_TAG, LANGUAGE_MESSAGE.error), LANGUAGE_MESSAGE.meta);
const country = () => z.enum(COUNTRY_CODES).check(describe('ISO 3166-1 alpha-2 country code (GR for Greece, GB for the United Kingdom)'));
const list = <T extends z.core.SomeType>(item: T) => z.array(item);

function isHttpUrl(value: string): boolean {
  try {
    const { protocol, hostname } = new URL(value);
    return (protocol === 'https:' || protocol === 'http:') && hostname.length > 0;
  } catch {
    return false;
  }
}

/** Builds every schema of the contract; see the file comment for `strict`. */
export function catalogSchemas(strict: boolean) {
  const object = strict ? z.strictObject : z.object;

  const localized = (max?: number) =>
    z.union([
      text(max),
      z
        .record(languageTag(), text(max))
        .check(z.refine((value) => Object.keys(value).length > 0, NON_EMPTY_TEXT_MESSAGE.error), NON_EMPTY_TEXT_MESSAGE.meta, z.meta({ minProperties: 1 })),
    ]).check(describe('Text, or an object of BCP 47 language tags to text, e.g. {"en": "…", "fr": "…"}'));

  const LocalizedText = localized();
  const Name = localized(NAME_MAX);

  const Track = object({
    id: slug('Track id'),
    name: Name,
    description: z.optional(LocalizedText),
    kind: z.optional(z.enum(TRACK_KINDS)),
  });

  const Provider = object({
    name: text(NAME_MAX),
    type: z.optional(z.enum(PROVIDER_TYPES)),
    country: z.optional(country()),
    url: z.optional(url()),
  });

  const Impact = object({
    label: LocalizedText,
    // A figure past a thousand trillion is a mistake, and would not fit on a card.
    value: z.number().check(z.gte(-1e15), z.lte(1e15), describe('The figure, between -1,000,000,000,000,000 and 1,000,000,000,000,000')),
    // Translated like the label beside it: "trips a year" has words too.
    unit: z.optional(LocalizedText),
  });

  const Contact = object({
    email: z.optional(z.string().check(z.regex(EMAIL, EMAIL_MESSAGE.error), EMAIL_MESSAGE.meta, describe('An e-mail address, optionally written mailto:name@example.org'))),
    url: z.optional(url()),
  }).check(z.refine((contact) => contact.email !== undefined || contact.url !== undefined, CONTACT_MESSAGE.error), CONTACT_MESSAGE.meta, z.meta({ anyOf: [{ required: ['email'] }, { required: ['url'] }] }));

  const Solution = object({
    id: slug('Solution id, unique in the catalogue'),
    name: Name,
    summary: localized(SUMMARY_MAX),
    description: z.optional(LocalizedText.check(describe('Plain text; a blank line separates paragraphs. Never rendered as HTML.'))),
    tracks: list(slug('Track id')).check(z.minLength(1)),
    provider: Provider,
    technologies: z.optional(list(text())),
    tags: z.optional(list(text())),
    trl: z.optional(z.int().check(z.gte(1), z.lte(9), describe('Technology readiness level, 1 to 9 (EU Horizon definition)'))),
    sdgs: z.optional(list(z.int().check(z.gte(1), z.lte(17), describe('UN Sustainable Development Goal, 1 to 17')))),
    cities: z.optional(list(slug('City id'))),
    impact: z.optional(list(Impact)),
    pricing: z.optional(z.enum(PRICING)),
    licence: z.optional(z.string().check(z.regex(SPDX, SPDX_MESSAGE.error), SPDX_MESSAGE.meta, describe('SPDX licence identifier, e.g. EUPL-1.2'))),
    languages: z.optional(list(languageTag())),
    contact: z.optional(Contact),
    website: z.optional(url()),
    image: z.optional(image()),
    imageAlt: z.optional(LocalizedText),
    updated: z.optional(isoDate()),
  });

  const BestPractice = object({
    title: LocalizedText,
    summary: LocalizedText,
    url: z.optional(url()),
    solutions: z.optional(list(slug('Solution id'))),
  });

  const City = object({
    id: slug('City id, unique in the catalogue'),
    name: Name,
    country: country(),
    role: z.enum(CITY_ROLES),
    population: z.optional(z.int().check(z.gt(0))),
    populationYear: z.optional(z.int().check(z.gte(1800), z.lte(2100))),
    geo: z.optional(object({
      lat: z.number().check(z.gte(-90), z.lte(90)),
      lon: z.number().check(z.gte(-180), z.lte(180)),
    })),
    tagline: z.optional(LocalizedText),
    summary: z.optional(LocalizedText),
    ambitions: z.optional(list(LocalizedText)),
    tracks: z.optional(list(slug('Track id'))),
    bestPractices: z.optional(list(BestPractice)),
    mentors: z.optional(list(slug('City id'))),
    website: z.optional(url()),
    image: z.optional(image()),
    imageAlt: z.optional(LocalizedText),
  });

  const Catalog = object({
    $schema: z.optional(z.string()),
    version: z.literal(1),
    title: z.optional(LocalizedText),
    language: z.optional(languageTag().check(describe('The language of the text given as a plain string (not as an object of languages), e.g. `en`: screen readers read it in that language. Without it, plain strings are taken to be in the language of the page that shows them.'))),
    updated: z.optional(isoDate()),
    tracks: z.optional(list(Track)),
    solutions: z.optional(list(Solution)),
    cities: z.optional(list(City)),
  });

  return { LocalizedText, Track, Solution, City, Catalog };
}

export const schemas = catalogSchemas(false);
export const strictSchemas = catalogSchemas(true);

export type LocalizedText = z.infer<typeof schemas.LocalizedText>;
export type Track = z.infer<typeof schemas.Track>;
export type Solution = z.infer<typeof schemas.Solution>;
export type City = z.infer<typeof schemas.City>;
export type Catalog = z.infer<typeof schemas.Catalog>;
