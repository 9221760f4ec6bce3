/**
 * The docs pages' API and parts tables, read from custom-elements.json (written
 * by `npm run manifest` from the components' JSDoc), so that they list what the
 * code has, never a copy of it.
 *
 * The pages import the manifest themselves and pass it in: the file is
 * generated and ignored by git, and `npm run typecheck` (which covers
 * stories/) runs before anything generates it on a clean clone.
 */

export interface ManifestMember {
  kind?: string;
  name: string;
  type?: { text?: string };
  default?: string;
  description?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  parameters?: { name: string; type?: { text?: string }; optional?: boolean }[];
  return?: { type?: { text?: string } };
  inheritedFrom?: { name: string; module?: string };
}

export interface ManifestDeclaration {
  kind?: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  members?: ManifestMember[];
  attributes?: { name: string; fieldName?: string; default?: string; description?: string; type?: { text?: string } }[];
  events?: { name: string; description?: string; type?: { text?: string } }[];
  cssParts?: { name: string; description?: string }[];
  cssProperties?: { name: string; description?: string; default?: string }[];
  slots?: { name: string; description?: string }[];
}

export interface Manifest {
  modules: { path: string; declarations?: ManifestDeclaration[] }[];
}

/** The rows Storybook's args table reads (`ArgTypes` in @storybook/addon-docs/blocks). */
export interface Row {
  name: string;
  description?: string;
  type?: { required?: boolean };
  table: {
    category: string;
    type?: { summary?: string };
    defaultValue?: { summary?: string };
  };
}

/** The order the elements are presented in: the big widgets first. */
const ORDER = ['t4g-marketplace', 't4g-city-directory', 't4g-solution-card', 't4g-city-card', 't4g-solution-detail'];

/** Every custom element of the manifest, in ORDER (any other after them, by name). */
export function elements(manifest: Manifest): ManifestDeclaration[] {
  const all = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement && d.tagName);
  const rank = (tag: string) => (ORDER.includes(tag) ? ORDER.indexOf(tag) : ORDER.length);
  return all.sort((a, b) => rank(a.tagName!) - rank(b.tagName!) || a.tagName!.localeCompare(b.tagName!));
}

export function element(manifest: Manifest, tagName: string): ManifestDeclaration {
  const found = elements(manifest).find((d) => d.tagName === tagName);
  if (!found) throw new Error(`custom-elements.json has no <${tagName}>: run npm run manifest`);
  return found;
}

const isPublic = (member: ManifestMember) => !member.static && !member.privacy && !member.name.startsWith('_');

/** A TypeScript type as a reader needs it: "may be unset" is said by the default column, not `| undefined`. */
const plainType = (text?: string) => text?.replace(/\s*\|\s*undefined\b/g, '').trim();

export function methodSignature(member: ManifestMember): string {
  const params = (member.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}: ${plainType(p.type?.text) ?? 'unknown'}`);
  return `${member.name}(${params.join(', ')})`;
}

/** The public methods of an element, with their signature and what they return. */
export function methods(declaration: ManifestDeclaration) {
  return (declaration.members ?? [])
    .filter((member) => member.kind === 'method' && isPublic(member))
    .map((member) => ({ name: member.name, signature: methodSignature(member), returns: plainType(member.return?.type?.text) ?? 'void', description: member.description ?? '' }));
}

/**
 * An element's API as args-table rows, in sections: attributes (with the
 * property each sets), properties that have no attribute, methods, events,
 * CSS parts. Design tokens are left to the Theming page.
 */
export function apiRows(declaration: ManifestDeclaration): Record<string, Row> {
  const rows: Record<string, Row> = {};
  // `src` first (it is what a page sets), the language and theme every element shares last.
  const rank = (member: ManifestMember) => (member.name === 'src' ? 0 : member.inheritedFrom?.name === 'T4gElement' ? 2 : 1);
  const fields = (declaration.members ?? []).filter((member) => member.kind === 'field' && isPublic(member)).sort((a, b) => rank(a) - rank(b));
  for (const field of fields) {
    const attribute = field.attribute;
    const notes = [
      field.description ?? '',
      attribute && attribute !== field.name ? `Property: \`${field.name}\`.` : '',
      field.readonly ? 'Read-only.' : '',
      // `lang` and `theme` come from the base every element extends.
      field.inheritedFrom?.name === 'T4gElement' ? 'Every element has it.' : '',
    ].filter(Boolean);
    const key = attribute ? `attribute:${attribute}` : `property:${field.name}`;
    rows[key] = {
      name: attribute ?? field.name,
      description: notes.join(' '),
      table: {
        category: attribute ? 'attributes' : 'properties (JavaScript only)',
        type: { summary: plainType(field.type?.text) },
        defaultValue: { summary: field.default },
      },
    };
  }
  for (const method of methods(declaration)) {
    rows[`method:${method.name}`] = {
      name: method.signature,
      description: method.description,
      table: { category: 'methods', type: { summary: `returns ${method.returns}` } },
    };
  }
  for (const event of declaration.events ?? []) {
    rows[`event:${event.name}`] = { name: event.name, description: event.description ?? '', table: { category: 'events' } };
  }
  for (const part of declaration.cssParts ?? []) {
    rows[`part:${part.name}`] = { name: `::part(${part.name})`, description: part.description ?? '', table: { category: 'css parts' } };
  }
  for (const slot of declaration.slots ?? []) {
    rows[`slot:${slot.name}`] = { name: slot.name || '(default)', description: slot.description ?? '', table: { category: 'slots' } };
  }
  return rows;
}

/** Every `::part()` of every element: which elements expose it, and what it is in each. */
export function partsByName(manifest: Manifest) {
  const parts = new Map<string, { tagName: string; description: string }[]>();
  for (const declaration of elements(manifest)) {
    for (const part of declaration.cssParts ?? []) {
      const list = parts.get(part.name) ?? [];
      list.push({ tagName: declaration.tagName!, description: part.description ?? '' });
      parts.set(part.name, list);
    }
  }
  return [...parts].map(([name, where]) => ({ name, where }));
}

/** Every event any element fires, with the elements that fire it and what each says about it. */
export function eventsByName(manifest: Manifest) {
  const events = new Map<string, { tagName: string; description: string }[]>();
  for (const declaration of elements(manifest)) {
    for (const event of declaration.events ?? []) {
      const list = events.get(event.name) ?? [];
      list.push({ tagName: declaration.tagName!, description: event.description ?? '' });
      events.set(event.name, list);
    }
  }
  return [...events].map(([name, firedBy]) => ({ name, firedBy }));
}
