import { readFileSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { ingestFile } from '../../pipeline/ingest.js';
import { summarise } from '../../pipeline/summary.js';
import { firstRecords, splitRecords, joinRecords } from './mutate.js';
async function out(path: string, mode: 'stream' | 'memory') {
  try { const r = await ingestFile(path, { mode, threads: 1 }); const { summary } = summarise(r.survey, { warnings: r.warnings }); return JSON.stringify([summary.respondents, summary.items.length, summary.items.slice(0,2).map((i) => i.counts), r.layout.tool, r.layout.headerRows, summary.warnings.slice(0,3)]); } catch (e) { return String((e as Error).message); }
}
it('rep', async () => {
  const l1 = (b: Buffer) => b.toString('latin1');
  // ndm-un24: '"' at 0, row 1 duplicated, CRLF -> LF
  let b = firstRecords(readFileSync('fixtures/ndm-un24/surveymonkey.csv'), ',', 15);
  let t = '"' + l1(b);
  let rec = splitRecords(t, ',');
  rec.splice(0, 0, { ...rec[0], fields: [...rec[0].fields], end: rec[0].end || '\r\n' });
  t = joinRecords(rec, ',').replace(/\r\n/g, '\n');
  writeFileSync('/tmp/cutt/rep/a.csv', Buffer.from(t, 'latin1'));
  console.log('A', rec.length, JSON.stringify(t.slice(0, 200)));
  console.log('A stream', await out('/tmp/cutt/rep/a.csv', 'stream'));
  console.log('A memory', await out('/tmp/cutt/rep/a.csv', 'memory'));
  b = firstRecords(readFileSync('fixtures/excel-resaves/windows-1252-semicolon.csv'), ';', 15);
  t = '"\n"' + '\n' + l1(b);
  writeFileSync('/tmp/cutt/rep/b.csv', Buffer.from(t, 'latin1'));
  console.log('B stream', await out('/tmp/cutt/rep/b.csv', 'stream'));
  console.log('B memory', await out('/tmp/cutt/rep/b.csv', 'memory'));
  t = '"\n"' + l1(b);
  writeFileSync('/tmp/cutt/rep/c.csv', Buffer.from(t, 'latin1'));
  console.log('C stream', await out('/tmp/cutt/rep/c.csv', 'stream'));
  console.log('C memory', await out('/tmp/cutt/rep/c.csv', 'memory'));
  b = firstRecords(readFileSync('fixtures/surveymonkey-fr/reponses.csv'), ',', 15);
  writeFileSync('/tmp/cutt/rep/d.csv', Buffer.concat([Buffer.from([0xef,0xbb,0xbf]), b, Buffer.from('"')]));
  console.log('D stream', await out('/tmp/cutt/rep/d.csv', 'stream'));
  console.log('D memory', await out('/tmp/cutt/rep/d.csv', 'memory'));
});
