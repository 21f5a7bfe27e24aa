// Writes the JSON Schemas of the norm and the registry to docs/, from the zod schemas in dist/.
// Run with `npm run schemas` (which builds first); test/norm/json-schema.test.ts checks they are current.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normJsonSchema, registryJsonSchema } from '../dist/norm/json-schema.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const targets = [
  ['docs/norm.schema.json', normJsonSchema()],
  ['docs/registry.schema.json', registryJsonSchema()],
];
for (const [file, schema] of targets) {
  await writeFile(path.join(root, file), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`geschreven: ${file}`);
}
