// Writes the generated forms of the catalogue contract (npm run schema).
import { writeFileSync } from 'node:fs';
import { catalogJsonSchema, contractModule } from '../src/catalog/json-schema.js';

writeFileSync(new URL('../catalog/catalog.schema.json', import.meta.url), `${JSON.stringify(catalogJsonSchema(), null, 2)}\n`);
writeFileSync(new URL('../src/catalog/contract.generated.ts', import.meta.url), contractModule());
console.log('wrote catalog/catalog.schema.json and src/catalog/contract.generated.ts');
