/**
 * `npm run schema`: writes the JSON Schema of every contract (roadmap, diff, index, corrections)
 * to schema/NAME.schema.json, generated from the zod schemas (src/schema/json-schemas.ts).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { toJson } from '../src/emit/to-json.js';
import { JSON_SCHEMAS } from '../src/schema/json-schemas.js';

const dir = path.join(import.meta.dirname, '..', 'schema');
for (const [name, schema] of Object.entries(JSON_SCHEMAS)) {
  const file = path.join(dir, `${name}.schema.json`);
  writeFileSync(file, toJson(schema()));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
