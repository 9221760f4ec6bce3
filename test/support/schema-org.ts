/**
 * The schema.org types `t4g render` and `t4g site` write as JSON-LD, with the
 * properties each must have (what the CLI promises: enough for a search
 * engine to name, describe and link the entry) and may have (every one of
 * them a property schema.org defines on that type or a parent: Thing's name,
 * description, url, sameAs; Service's provider, category, areaServed;
 * Place's address, geo; ItemList's itemListElement, numberOfItems;
 * ListItem's position, item; Organization's address; PostalAddress's
 * addressCountry; GeoCoordinates' latitude, longitude), and the type each
 * object-valued property must hold. `schemaOrgProblems` walks a block and
 * lists what does not fit, so a property the CLI starts writing has to be
 * added here, against schema.org, first.
 */

interface TypeRule {
  must: string[];
  may: string[];
  /** Object-valued properties: the types their value (or each value of a list) may have. */
  holds?: Record<string, string[]>;
  /** Properties whose value is a number, a text, or a list of texts. */
  numbers?: string[];
}

export const SCHEMA_ORG_RULES: Record<string, TypeRule> = {
  ItemList: { must: ['itemListElement', 'numberOfItems', 'name'], may: [], holds: { itemListElement: ['ListItem'] }, numbers: ['numberOfItems'] },
  ListItem: { must: ['position', 'item'], may: [], holds: { item: ['Service', 'City'] }, numbers: ['position'] },
  Service: { must: ['name', 'description', 'url', 'provider'], may: ['category', 'areaServed', 'sameAs'], holds: { provider: ['Organization'], areaServed: ['City'] } },
  Organization: { must: ['name'], may: ['url', 'address'], holds: { address: ['PostalAddress'] } },
  City: { must: ['name', 'url', 'address'], may: ['description', 'geo', 'sameAs'], holds: { address: ['PostalAddress'], geo: ['GeoCoordinates'] } },
  PostalAddress: { must: ['addressCountry'], may: [] },
  GeoCoordinates: { must: ['latitude', 'longitude'], may: [], numbers: ['latitude', 'longitude'] },
};

/** Every way `data` (a parsed JSON-LD block) departs from the rules, as `path: what`. */
export function schemaOrgProblems(data: unknown, expectedTypes?: string[]): string[] {
  const problems: string[] = [];
  const root = data as Record<string, unknown>;
  if (root?.['@context'] !== 'https://schema.org') problems.push('@context: not https://schema.org');
  check(root, expectedTypes, '$', problems, true);
  return problems;
}

function check(value: unknown, allowed: string[] | undefined, path: string, problems: string[], top = false): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return void problems.push(`${path}: not an object`);
  const object = value as Record<string, unknown>;
  const type = object['@type'];
  if (typeof type !== 'string' || !(type in SCHEMA_ORG_RULES)) return void problems.push(`${path}: unknown @type ${JSON.stringify(type)}`);
  if (allowed && !allowed.includes(type)) problems.push(`${path}: a ${type} where ${allowed.join(' or ')} belongs`);
  const rule = SCHEMA_ORG_RULES[type]!;
  for (const key of rule.must) if (object[key] === undefined || object[key] === '') problems.push(`${path}: ${type} without ${key}`);
  for (const [key, property] of Object.entries(object)) {
    if (key === '@type' || (top && key === '@context')) continue;
    if (!rule.must.includes(key) && !rule.may.includes(key)) problems.push(`${path}.${key}: not a property this CLI uses on ${type}`);
    const holds = rule.holds?.[key];
    if (holds) for (const [i, each] of (Array.isArray(property) ? property : [property]).entries()) check(each, holds, `${path}.${key}[${i}]`, problems);
    else if (rule.numbers?.includes(key)) {
      if (typeof property !== 'number' || !Number.isFinite(property)) problems.push(`${path}.${key}: not a number`);
    } else if (!(typeof property === 'string' || (Array.isArray(property) && property.every((each) => typeof each === 'string')))) {
      problems.push(`${path}.${key}: neither text nor a list of texts`);
    }
  }
  if (type === 'ItemList' && Array.isArray(object.itemListElement)) {
    if (object.numberOfItems !== object.itemListElement.length) problems.push(`${path}: numberOfItems is not the number of items`);
    object.itemListElement.forEach((item, i) => (item as { position?: unknown })?.position !== i + 1 && problems.push(`${path}.itemListElement[${i}]: position is not ${i + 1}`));
  }
}
