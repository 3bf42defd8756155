/** Writes pipeline/config/config.schema.json, the config's JSON Schema for editors. */
import { writeFileSync } from 'node:fs';
import { configJsonSchema } from '../pipeline/config/schema.js';

export const SCHEMA_PATH = 'pipeline/config/config.schema.json';

export function schemaText(): string {
  return JSON.stringify(configJsonSchema(), null, 2) + '\n';
}

if (process.argv[1]?.endsWith('gen-config-schema.js')) {
  writeFileSync(SCHEMA_PATH, schemaText());
  console.error(`wrote ${SCHEMA_PATH}`);
}
