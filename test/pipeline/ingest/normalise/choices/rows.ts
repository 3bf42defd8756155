/** Builds a small export from rows and ingests it in memory, for the choices tests (a module, not a test file). */
import Papa from 'papaparse';
import { ingestBytes, type Ingested } from '../../../../../pipeline/ingest/index.js';

export async function ingestRows(rows: string[][], options: { delimiter?: string; bom?: boolean } = {}): Promise<Ingested> {
  const text = (options.bom ? '\ufeff' : '') + Papa.unparse(rows, { delimiter: options.delimiter ?? ',', newline: '\r\n', quotes: options.delimiter === ';' }) + '\r\n';
  return ingestBytes(new TextEncoder().encode(text), { file: 'export.csv', mode: 'memory' });
}

/** Ratings for `n` respondents, so that the export is a survey: Excellent / Good / Fair / Poor in turn. */
export function ratings(n: number): string[] {
  return Array.from({ length: n }, (_, r) => ['Excellent', 'Good', 'Fair', 'Poor'][r % 4]);
}

/** A plain count: respondents whose picks include each option. */
export function plainCounts(options: string[], picks: string[][]): number[] {
  return options.map((o) => {
    let n = 0;
    for (const p of picks) if (p.includes(o)) n++;
    return n;
  });
}
