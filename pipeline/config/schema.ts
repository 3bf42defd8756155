import { z } from 'zod';
import { SCALES } from '../ingest/index.js';
import { FORMATS } from './formats.js';

export { FORMATS };

const scaleIds = SCALES.map((s) => s.id) as [string, ...string[]];

/** What the config may say of one item (keyed by item id or by its label). */
export const ItemConfig = z
  .object({
    group: z.string().min(1).optional().describe('Group of the item: logistics, overall, plenary, side-event, keynote, workshop, panel… (the kinds of pipeline/programme.ts), other, or a name of your own. A 0–10 recommendation item stays out of every group.'),
    scale: z.enum(scaleIds).optional().describe('Scale of the item, when detection picked the wrong one.'),
    label: z.string().min(1).optional().describe('Label to show instead of the export text.'),
    exclude: z.boolean().optional().describe('Leave the item out of every figure.'),
    match: z.array(z.string().min(1)).optional().describe('Labels of the same item in other exports (other languages, other editions).'),
  })
  .strict();

/** The survey config (`survey.yml`): every key optional; CLI flags override it. */
export const Config = z
  .object({
    title: z.string().min(1).optional().describe('Report title.'),
    inputs: z.array(z.string().min(1)).optional().describe('Export files, relative to the config file.'),
    out: z.string().min(1).optional().describe('Output folder, relative to the config file; default report.'),
    lang: z.enum(['en', 'fr', 'es']).optional().describe('Language of the report; default: the export language.'),
    participants: z.number().int().positive().optional().describe('Number of participants, for the response rate.'),
    baseline: z.string().min(1).optional().describe('Export of the previous edition to compare with.'),
    formats: z.array(z.enum(FORMATS)).optional().describe('Outputs to write; default all.'),
    minCell: z.number().int().min(1).optional().describe('Smallest number of valid answers a published figure may rest on; default 5.'),
    positiveLevels: z.number().int().min(1).optional().describe('How many top levels count as positive; default 2.'),
    attributes: z.array(z.string().min(1)).optional().describe('Extra columns (by header) to break figures down by.'),
    notApplicable: z.array(z.string().min(1)).optional().describe('Answer labels that mean "not applicable" or "did not attend" in this survey, beside the ones debrief knows; default none.'),
    items: z.record(z.string(), ItemConfig).optional().describe('Per item (by id or label): group, scale, label, exclude.'),
    dropped: z.array(z.string()).optional().describe('Personal-data columns dropped at ingest (written by debrief init, for information).'),
  })
  .strict();

export type Config = z.infer<typeof Config>;
export type ItemConfig = z.infer<typeof ItemConfig>;

/** The config's JSON Schema, for editor completion (`# yaml-language-server: $schema=…`). */
export function configJsonSchema(): object {
  return { $id: 'https://debrief.invalid/config.schema.json', title: 'debrief survey config', ...z.toJSONSchema(Config) };
}
