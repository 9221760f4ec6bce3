/**
 * A Vite plugin for the workshop's bundle (dist/t4g-submit.js): the catalogue's
 * JSON Schema as its editor reads it (schema-help.ts: keys, types, allowed
 * values, ranges, formats, descriptions), without what only a validator reads
 * (patterns, lengths, counts, custom messages, titles). 0.8 KB of gzip that
 * kept the bundle within its 160 KB; a test checks the editor's help is the
 * same from either schema.
 */
import type { Plugin } from 'vite';

/** What schema-help.ts reads; every other keyword goes. */
const EDITOR_KEYWORDS = new Set(['properties', 'required', 'type', 'enum', 'const', 'items', 'anyOf', 'oneOf', 'allOf', 'additionalProperties', 'description', 'minimum', 'maximum', 'format', '$ref', '$defs', 'definitions', 'patternProperties']);
/** Keywords whose value maps names to schemas: every name stays. */
const NAMED = new Set(['properties', '$defs', 'definitions', 'patternProperties']);

export function editorSchema(schema: unknown, named = false): unknown {
  if (Array.isArray(schema)) return schema.map((item) => editorSchema(item));
  if (!schema || typeof schema !== 'object') return schema;
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) if (named || EDITOR_KEYWORDS.has(key)) kept[key] = editorSchema(value, !named && NAMED.has(key));
  return kept;
}

export function editorSchemaPlugin(): Plugin {
  return {
    name: 't4g-editor-schema',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('catalog/catalog.schema.json')) return undefined;
      return { code: JSON.stringify(editorSchema(JSON.parse(code))), map: null };
    },
  };
}
