/**
 * Every contract's JSON Schema by name: what `roadmap schema NAME` prints and `npm run schema`
 * writes to schema/NAME.schema.json.
 */
import { correctionsJsonSchema } from './corrections.js';
import { diffJsonSchema } from './diff.js';
import { indexJsonSchema } from './index.js';
import { roadmapJsonSchema } from './roadmap.js';

export const JSON_SCHEMAS = {
  roadmap: roadmapJsonSchema,
  diff: diffJsonSchema,
  index: indexJsonSchema,
  corrections: correctionsJsonSchema,
} as const;

export type ContractName = keyof typeof JSON_SCHEMAS;
