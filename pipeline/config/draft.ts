import { stringify } from 'yaml';
import type { Ingested } from '../ingest/index.js';
import { DRAFT_HEADER } from './draft-header.js';
import { unknownLabels } from '../ingest/index.js';
import type { Config } from './schema.js';

export interface DraftOptions {
  /** Export paths as they should appear in the config; default the ingested file name. */
  inputs?: string[];
  /** Title; default from the file name. */
  title?: string;
}

/**
 * A draft survey.yml for the organiser to edit: the detected items with
 * their group and scale (ready to override), and the columns dropped as
 * personal data, for the record.
 */
export function draftConfig(ingested: Ingested, options: DraftOptions = {}): string {
  const { survey, layout } = ingested;
  const config: Config = {
    title: options.title ?? ingested.file.replace(/\.[^.]+$/, ''),
    inputs: options.inputs ?? [ingested.file],
    out: 'report',
    items: Object.fromEntries(survey.items.map((i) => [i.id, { label: i.label, group: i.group, scale: i.scale.id }])),
    dropped: layout.columns.filter((c) => c.role.kind === 'personal').map((c) => c.header),
  };
  const choices = unknownLabels(survey.items).filter((u) => u.afterScale).map((u) => u.label);
  const header = [
    DRAFT_HEADER,
    '# Every key is optional; command-line flags override it. Schema: node_modules/debrief/pipeline/config/config.schema.json',
    '# participants: 520        # number of participants, for the response rate',
    '# baseline: last-year.csv  # previous edition, to compare with',
    '# lang: en                 # en, fr or es',
    // A choice offered beside the scale that debrief does not know is most likely the survey's "N/A": offered, not assumed.
    `# notApplicable: ${JSON.stringify(choices.length ? choices : ['…'])}  # answer labels meaning "not applicable" / "did not attend" beyond those debrief knows`,
    '# items: change a group (logistics, plenary, side-event, overall, other, or your own) or a scale, set exclude: true to leave an item out.',
    '',
  ];
  return header.join('\n') + stringify(config, { lineWidth: 0 });
}
