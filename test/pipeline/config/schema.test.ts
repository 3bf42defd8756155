import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_PATH, schemaText } from '../../../scripts/gen-config-schema.js';

describe('configJsonSchema()', () => {
  it('configJsonSchema() is what pipeline/config/config.schema.json publishes (regenerate with scripts/gen-config-schema)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(schemaText());
  });

  it('configJsonSchema() lists the languages and forbids unknown keys', () => {
    const schema = JSON.parse(schemaText());
    expect(schema.properties.lang.enum).toEqual(['en', 'fr', 'es']);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toContain('participants');
  });
});
