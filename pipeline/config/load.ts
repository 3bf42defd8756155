import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { fail } from '../errors.js';
import { checkInputFile } from '../ingest/index.js';
import * as msg from '../messages.js';
import { Config } from './schema.js';

/** Reads and validates a YAML (or JSON) config; every problem is a usage error (exit 2) naming the key. */
export function loadConfig(path: string): Config {
  if (!existsSync(path)) fail(msg.missingConfig(path), 2);
  checkInputFile(path, { exitCode: 2, config: true }); // a FIFO or a device would be read forever
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path, 'utf8')) ?? {};
  } catch (e) {
    fail(msg.badYaml(path, e instanceof Error ? e.message.split('\n')[0] : String(e)), 2);
  }
  return validateConfig(data, { file: path });
}

/** Validates parsed config data. */
export function validateConfig(data: unknown, options: { file: string }): Config {
  const result = Config.safeParse(data);
  if (result.success) return result.data;
  fail(describeIssue(options.file, result.error.issues[0]), 2);
}

/** One sentence for the first issue: the key, what is allowed, what was found. */
function describeIssue(file: string, issue: z.core.$ZodIssue): string {
  const key = issue.path.map(String).join('.') || '(top level)';
  switch (issue.code) {
    case 'invalid_value':
      return msg.configValue(file, key, issue.values.map(String));
    case 'unrecognized_keys':
      return msg.configUnknownKey(file, key === '(top level)' ? issue.keys[0] : `${key}.${issue.keys[0]}`, allowedKeys(issue.path));
    case 'invalid_type':
      return msg.configType(file, key, issue.expected);
    default:
      return msg.configOther(file, key, issue.message);
  }
}

function allowedKeys(path: PropertyKey[]): string[] {
  // Unknown keys are either at the top level or inside one item.
  return path.length === 0 ? Object.keys(Config.shape) : ['group', 'scale', 'label', 'exclude', 'match'];
}
