/**
 * The JSON Schema that providers point `$schema` at, generated from the zod
 * schema (strict, so editors flag unknown keys). Kept out of schema.ts so the
 * generator stays out of the script-tag bundle.
 */
import * as z from 'zod/mini';
import { strictSchemas } from './schema.js';

export function catalogJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(strictSchemas.Catalog, { target: 'draft-2020-12', unrepresentable: 'any' });
  return {
    ...generated,
    $id: 'https://unpkg.com/tech4good-marketplace/catalog/catalog.schema.json',
    title: 'Tech4Good Marketplace catalogue, version 1',
    description: 'Solutions to city challenges and city profiles for the <t4g-*> web components. Generated from src/catalog/schema.ts; do not edit.',
  };
}
