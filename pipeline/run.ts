/**
 * The `report` run, top to bottom:
 * 1. ingest each export (decode → detect layout → tally → resolve items);
 * 2. summarise: item and group metrics, then sentences;
 * 3. plan the charts and render them to SVG;
 * 4. write summary.json, metrics.csv, charts and index.html into a staged
 *    folder, then swap it in, so a failure leaves the previous report intact.
 */
import { renderSvg } from '../charts/index.js';
import { ingestFile } from './ingest.js';
import { planCharts } from './outputs/charts.js';
import { metricsCsv } from './outputs/csv.js';
import { reportHtml, type RenderedChart } from './outputs/html.js';
import { stage } from './outputs/atomic.js';
import type { Lang } from './narrate.js';
import { summarise, type Summary } from './summary.js';

export interface RunOptions {
  /** Output folder; default `report`. */
  out?: string;
  /** Report title; default "Survey results". */
  title?: string;
  /** Language of sentences and report; default `en`. */
  lang?: Lang;
  /** Receives each warning as it happens; default: ignored. */
  onWarning?: (message: string) => void;
}

export interface RunResult {
  out: string;
  summary: Summary;
  files: string[];
}

export async function runReport(inputs: string[], options: RunOptions = {}): Promise<RunResult> {
  const out = options.out ?? 'report';
  // 1. ingest
  const ingested = [];
  for (const path of inputs) ingested.push(await ingestFile(path));
  const first = ingested[0];
  const warnings = ingested.flatMap((i) => i.warnings);
  for (const w of warnings) options.onWarning?.(w);
  // 2. summarise
  const { summary, sentences } = summarise(first.survey, { title: options.title, tool: first.layout.tool, lang: options.lang, warnings });
  // 3. charts
  const plans = planCharts(summary, sentences);
  const charts: (RenderedChart & { spec: object })[] = [];
  for (const plan of plans) charts.push({ ...plan, svg: await renderSvg(plan.spec) });
  // 4. write, staged
  const staging = stage(out);
  const files: string[] = [];
  const write = (name: string, data: string | Uint8Array) => {
    staging.write(name, data);
    files.push(name);
  };
  try {
    write('summary.json', JSON.stringify(summary, null, 2) + '\n');
    write('metrics.csv', metricsCsv(summary));
    for (const c of charts) {
      write(`charts/${c.name}.svg`, c.svg);
      write(`charts/${c.name}.vl.json`, JSON.stringify(c.spec, null, 2) + '\n');
    }
    write('index.html', reportHtml(summary, charts, { lang: options.lang, sentences }));
    staging.commit();
  } catch (err) {
    staging.abort();
    throw err;
  }
  return { out, summary, files };
}
