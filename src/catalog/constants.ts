/**
 * The contract's fixed values, apart from the zod schema so that code which
 * needs them does not pull zod into the script-tag bundle.
 */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/**
 * Text that shows something: not only spaces, zero-width or direction marks, which would make a link or a heading with
 * nothing to read. An empty string matches: it is said as empty (by a minimum length), not twice.
 */
export const VISIBLE = /^$|[^\s\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/;
/** BCP 47 language tag, in the shape of `en`, `fr-BE`, `zh-Hant-TW`. */
export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/;
/** An SPDX licence identifier or expression (`MIT`, `EUPL-1.2`, `Apache-2.0 OR MIT`). */
export const SPDX = /^[A-Za-z0-9.+-]+( (AND|OR|WITH) [A-Za-z0-9.+-]+)*$/;
export const EMAIL = /^(mailto:)?[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/i;
export const SUMMARY_MAX = 280;
/** A name is a card's heading and link: 150 characters is room to spare (the sample's longest is 54), not a page-long title. */
export const NAME_MAX = 150;

export const PROVIDER_TYPES = ['city', 'company', 'startup', 'ngo', 'research', 'public-body'] as const;
export const PRICING = ['free', 'open-source', 'licence', 'subscription', 'on-request'] as const;
export const CITY_ROLES = ['core', 'mentor', 'observer', 'ambassador'] as const;
export const TRACK_KINDS = ['track', 'service'] as const;

export type ProviderType = (typeof PROVIDER_TYPES)[number];
export type Pricing = (typeof PRICING)[number];
export type CityRole = (typeof CITY_ROLES)[number];
