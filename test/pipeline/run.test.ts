/**
 * End to end on the bundled sample: the chair's-summary figures, checked
 * against counts made here with a plain loop over the CSV (papaparse only
 * splits the fields), not with any debrief code.
 */
import { mkdtempSync, readFileSync, existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { runReport } from '../../pipeline/run.js';
import type { Summary } from '../../pipeline/narrate/summary.js';

const FIXTURE = 'fixtures/ndm-un23/surveymonkey.csv';

/** Plain count of one column of the SurveyMonkey export: positive = Excellent or Good, valid = any of the four levels. */
function handCount(rows: string[][], column: number): { valid: number; positive: number } {
  let valid = 0;
  let positive = 0;
  for (const row of rows.slice(2)) {
    const a = row[column];
    if (a === 'Excellent' || a === 'Good') positive++;
    if (a === 'Excellent' || a === 'Good' || a === 'Fair' || a === 'Poor') valid++;
  }
  return { valid, positive };
}

let summary: Summary;
let out: string;
let rows: string[][];

beforeAll(async () => {
  out = join(mkdtempSync(join(tmpdir(), 'debrief-')), 'report');
  summary = (await runReport([FIXTURE], { out })).summary;
  rows = Papa.parse<string[]>(readFileSync(FIXTURE, 'utf8').trim(), {}).data;
}, 60_000);

describe('runReport([ndm-un23])', () => {
  it('runReport(ndm-un23) writes summary.json, metrics.csv, index.html and each chart as .svg and .vl.json', () => {
    for (const f of ['summary.json', 'metrics.csv', 'index.html']) expect(existsSync(join(out, f))).toBe(true);
    const onDisk = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(onDisk.schemaVersion).toBe(2);
    expect(onDisk.respondents).toBe(rows.length - 2);
    for (const g of summary.groups) expect(existsSync(join(out, 'charts', `${g.id}-likert.svg`))).toBe(true);
    expect(existsSync(join(out, 'charts', 'plenary-likert.vl.json'))).toBe(true);
  });

  it('runReport(ndm-un23) puts logistics at 0.87, as counted by hand', () => {
    const column = rows[0].findIndex((h) => /logistical/.test(h));
    const { valid, positive } = handCount(rows, column);
    expect(positive / valid).toBeCloseTo(0.87, 10);
    const logistics = summary.groups.find((g) => g.id === 'logistics')!;
    expect(logistics.meanPositive).toBeCloseTo(positive / valid, 12);
    const item = summary.items.find((i) => i.id === logistics.items[0])!;
    expect(item.valid).toBe(valid);
  });

  it('runReport(ndm-un23) gives plenaries a 0.70–0.80 range with the IED plenary best', () => {
    const columns = rows[1].map((h, i) => [h, i] as const).filter(([h]) => /^Plenary \d/.test(h));
    expect(columns).toHaveLength(7);
    const shares = columns.map(([h, i]) => {
      const { valid, positive } = handCount(rows, i);
      return { h, share: positive / valid };
    });
    const min = Math.min(...shares.map((s) => s.share));
    const max = Math.max(...shares.map((s) => s.share));
    const best = shares.find((s) => s.share === max)!;
    expect(min).toBeCloseTo(0.7, 10);
    expect(max).toBeCloseTo(0.8, 10);
    const plenary = summary.groups.find((g) => g.id === 'plenary')!;
    expect(plenary.minPositive).toBeCloseTo(min, 12);
    expect(plenary.maxPositive).toBeCloseTo(max, 12);
    expect(summary.items.find((i) => i.id === plenary.best)!.label).toBe(best.h);
    expect(best.h).toMatch(/Improvised Explosive Devices/);
  });

  it('runReport(ndm-un23) gives side-events a mean of 0.81 (unweighted) and the pooled share beside it', () => {
    const start = rows[0].findIndex((h) => /side-events/.test(h));
    const counts = Array.from({ length: 17 }, (_, k) => handCount(rows, start + k));
    const mean = counts.reduce((a, c) => a + c.positive / c.valid, 0) / counts.length;
    const pooled = counts.reduce((a, c) => a + c.positive, 0) / counts.reduce((a, c) => a + c.valid, 0);
    expect(mean).toBeCloseTo(0.81, 10);
    const side = summary.groups.find((g) => g.id === 'side-event')!;
    expect(side.items).toHaveLength(17);
    expect(side.meanPositive).toBeCloseTo(mean, 12);
    expect(side.pooledPositive).toBeCloseTo(pooled, 12);
  });

  it('runReport(ndm-un23) writes the four chair\'s-summary headlines into summary.json and index.html', () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    const expected = [
      /^87% of respondents rated the logistical and organisational arrangements good or excellent/,
      /^70 to 80% of respondents rated the plenaries good or excellent/,
      /Improvised Explosive Devices.*was the most appreciated, with 80%/,
      /^Side-events were rated good or excellent by 81% of respondents on average/,
    ];
    expect(summary.headlines).toHaveLength(4);
    expected.forEach((re, k) => expect(summary.headlines[k]).toMatch(re));
    for (const h of summary.headlines) expect(html).toContain(h.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&quot;'));
  });

  it('runReport(ndm-un23) writes a report that loads nothing from the network', () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(\s*["']?https?:/i);
    expect(html).toContain("default-src 'none'");
  });

  it('runReport(ndm-un23) holds a narrow layout (≤ 360 px) beside each wide chart in index.html, and leaves the chart files as a run without the report writes them', async () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    const wide = html.match(/class="plot plot-wide"/g) ?? [];
    const narrow = [...html.matchAll(/<div class="plot plot-narrow"[^>]*><svg\b[^>]*\swidth="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(wide.length).toBeGreaterThan(0);
    expect(narrow).toHaveLength(wide.length);
    for (const w of narrow) expect(w).toBeLessThanOrEqual(360);
    const svgOnly = join(mkdtempSync(join(tmpdir(), 'debrief-')), 'report');
    await runReport([FIXTURE], { out: svgOnly, formats: ['svg'] });
    expect(existsSync(join(svgOnly, 'index.html'))).toBe(false);
    for (const g of summary.groups) {
      const name = join('charts', `${g.id}-likert.svg`);
      expect(readFileSync(join(svgOnly, name), 'utf8')).toBe(readFileSync(join(out, name), 'utf8'));
    }
  });
});

describe('runReport(bad input)', () => {
  it('runReport([corrupt]) leaves the previous report untouched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'debrief-'));
    const target = join(dir, 'report');
    mkdirSync(target);
    writeFileSync(join(target, 'index.html'), 'previous');
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, '');
    await expect(runReport([bad], { out: target })).rejects.toThrow(/empty/);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('previous');
  });
});
