import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ingestFile } from '../../../../pipeline/ingest/index.js';
import * as msg from '../../../../pipeline/messages.js';
import { reportFiles } from '../../../../pipeline/outputs/report/files.js';
import type { Survey } from '../../../../pipeline/ingest/normalise/resolve.js';
import { summarise, type Summary } from '../../../../pipeline/narrate/summary.js';

let survey: Survey;
let summary: Summary;
const saved = process.env.DEBRIEF_CHROMIUM;

beforeAll(async () => {
  survey = (await ingestFile('fixtures/hostile/surveymonkey.csv')).survey;
  summary = summarise(survey).summary;
});

afterEach(() => {
  if (saved === undefined) delete process.env.DEBRIEF_CHROMIUM;
  else process.env.DEBRIEF_CHROMIUM = saved;
});

describe('reportFiles(summary, charts, options)', () => {
  it('reportFiles(summary, charts) writes index.html alone by default', async () => {
    const files = await reportFiles(summary, [], { survey });
    expect(files.map((f) => f.name)).toEqual(['index.html']);
  });

  it('reportFiles(summary, charts, { pdf: true }) without Chromium warns, writes the HTML and does not link a PDF', async () => {
    process.env.DEBRIEF_CHROMIUM = '/nonexistent/chromium';
    const warnings: string[] = [];
    const files = await reportFiles(summary, [], { survey, pdf: true, onWarning: (w) => warnings.push(w) });
    expect(warnings).toEqual([msg.pdfUnavailable(msg.pdfNoChromium())]);
    expect(files.map((f) => f.name)).toEqual(['index.html']);
    expect(String(files[0].data)).not.toContain('report.pdf');
  });

  it('reportFiles(summary, charts, { pdf: true, chromium }) warns when the given Chromium does not start', async () => {
    const warnings: string[] = [];
    const files = await reportFiles(summary, [], { survey, pdf: true, chromium: { executablePath: '/bin/false' }, onWarning: (w) => warnings.push(w) });
    expect(warnings).toHaveLength(1);
    // The reason after "did not start" is Chromium's own first line of error.
    const before = msg.pdfUnavailable(msg.pdfChromiumFailed('/bin/false', '\u0000')).split('\u0000')[0];
    expect(warnings[0].startsWith(before)).toBe(true);
    expect(files.map((f) => f.name)).toEqual(['index.html']);
  }, 60_000);
});
