/**
 * The payload corpus (test/payloads.ts) in every text of an export — matrix
 * row labels, question texts, attribute values, answers off the scale,
 * comments — and in group names from a config, run through runReport. Every
 * output is then read back: the HTML and SVGs gain no script, no event
 * handler and no javascript: link from data; CSV cells that a spreadsheet
 * would run as formulas are defused; JSON parses and keeps the text as text;
 * the deck's XML holds no raw markup; every file stays inside the output
 * folder, named from slugs.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { runReport } from '../../../pipeline/run.js';
import { FORMULA_START, MARKUP_PAYLOADS, OTHER_PAYLOADS, PAYLOADS } from '../../payloads.js';

const LEVELS = ['Excellent', 'Good', 'Fair', 'Poor'];
const RESPONDENTS = 18;
/** Matrix row labels: one payload each (a long one too). */
const ROWS = [...MARKUP_PAYLOADS.slice(0, 9), ...OTHER_PAYLOADS];
const ROLES = [MARKUP_PAYLOADS[0], OTHER_PAYLOADS[1], MARKUP_PAYLOADS[2]];

/** As SurveyMonkey writes header text: HTML-escaped, so debrief reads it back as literal text. */
const entities = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

function hostileExport(): string {
  const header = [
    'Respondent ID', 'Email Address', `What is your role? ${entities(MARKUP_PAYLOADS[4])}`,
    ...ROWS.map((p) => `How would you rate each session? ${entities(MARKUP_PAYLOADS[3])} [${entities(p)}]`),
    `Any other comments? ${entities(MARKUP_PAYLOADS[9])}`,
  ];
  const rows = Array.from({ length: RESPONDENTS }, (_, r) => [
    String(1000 + r), `delegate${r}@mission.example.org`, ROLES[r % ROLES.length],
    ...ROWS.map((_, k) => (k === 0 && r === 0 ? MARKUP_PAYLOADS[2] : LEVELS[(r + k) % 4])),
    `${PAYLOADS[r % PAYLOADS.length]} call me on +41 22 917 12 34 or write to me.${r}@example.net`,
  ]);
  return [header, ...rows].map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

/** Every file under a folder, relative. */
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p).map((f) => `${name}/${f}`) : [name];
  });
}

/**
 * Markup introduced by data: an event-handler attribute, a javascript: link,
 * an element that runs or embeds content. Attributes are read one by one, so
 * escaped text inside an attribute value ("… onerror=…" in an aria-label) is
 * not mistaken for an attribute.
 */
function markupFromData(text: string): string[] {
  const found: string[] = [];
  for (const [tag, name, body] of text.matchAll(/<([a-zA-Z][\w:-]*)([^<>]*)>/g)) {
    if (/^(iframe|object|embed|foreignObject|math|base|frame)$/i.test(name)) found.push(tag.slice(0, 80));
    for (const [, attr, value] of body.matchAll(/\s([^\s"'=<>/]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/g)) {
      if (/^on/i.test(attr)) found.push(`${name} ${attr}=`);
      if (/^(href|src|xlink:href|action|formaction)$/i.test(attr) && /^["']?\s*javascript:/i.test(value.replace(/&#x?[0-9a-f]+;|\s/gi, ''))) found.push(`${name} ${attr}=${value}`);
    }
  }
  return found;
}

let work: string;
let out: string;
let files: string[];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'debrief-inject-'));
  out = join(work, 'report');
  const input = join(work, 'export.csv');
  writeFileSync(input, hostileExport());
  const config = {
    items: {
      [ROWS[1]]: { group: '../../etc/passwd' },
      [ROWS[2]]: { group: '..\\..\\windows\\system32' },
      [ROWS[3]]: { group: '<script>alert(1)</script>' },
    },
  };
  await runReport([input], { out, config, title: MARKUP_PAYLOADS[10] });
  files = walk(out).sort();
}, 120_000);

describe('runReport(export full of payloads)', () => {
  it('runReport(payloads) writes every file inside the output folder, named from slugs', () => {
    expect(files).toContain('index.html');
    for (const f of files) expect(f, f).toMatch(/^(\.debrief-fingerprint|\.debrief-manifest\.json|[a-z0-9][a-z0-9-]*(\.[a-z0-9]+)+|(charts|slides)\/[a-z0-9][a-z0-9-]*(\.[a-z0-9]+)+)$/);
    // Nothing beside the report and the input, such as etc/passwd two levels up.
    expect(readdirSync(work).sort()).toEqual(['export.csv', 'report']);
    expect(files.some((f) => f.startsWith('charts/etc-passwd'))).toBe(true);
  });

  it('runReport(payloads) index.html shows the payloads as text and gains no markup from them', () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // The one script is the report's own sort script, in the last lines.
    expect(html.match(/<script\b/gi)).toHaveLength(1);
    expect(html.match(/<\/style>/gi)).toHaveLength(1);
    expect(html.match(/<\/title>/gi)).toHaveLength(1);
    expect(html.match(/<body\b/gi)).toHaveLength(1);
    expect(markupFromData(html)).toEqual([]);
    for (const p of MARKUP_PAYLOADS) expect(html, p).not.toContain(p);
  });

  it('runReport(payloads) index.html lists the answer off the scale and redacts contact details', () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toMatch(/labelled &quot;&lt;img src=x onerror=alert\(1\)&gt;&quot; in column/);
    expect(html).not.toMatch(/917 12 34|me\.\d+@example\.net/);
  });

  it('runReport(payloads) SVG charts hold no script, event handler or javascript: link', () => {
    const svgs = files.filter((f) => f.endsWith('.svg'));
    expect(svgs.length).toBeGreaterThan(0);
    for (const f of svgs) {
      const svg = readFileSync(join(out, f), 'utf8');
      expect(svg, f).not.toMatch(/<script\b/i);
      expect(markupFromData(svg), f).toEqual([]);
      for (const p of MARKUP_PAYLOADS) expect(svg, `${f}: ${p}`).not.toContain(p);
    }
  });

  it('runReport(payloads) summary.json and the .vl.json specs parse and keep the payloads as text', () => {
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { items: { label: string }[] };
    expect(summary.items.map((i) => i.label)).toEqual(expect.arrayContaining([MARKUP_PAYLOADS[0], OTHER_PAYLOADS[1]]));
    const raw = readFileSync(join(out, 'summary.json'), 'utf8');
    expect(raw).not.toMatch(/917 12 34|@mission\.example\.org|me\.\d+@example\.net/);
    for (const f of files.filter((x) => x.endsWith('.vl.json'))) {
      const spec = readFileSync(join(out, f), 'utf8');
      expect(() => JSON.parse(spec), f).not.toThrow();
      // No link channel: a label can never become a clickable URL.
      expect(spec, f).not.toMatch(/"href"\s*:/);
    }
  });

  it('runReport(payloads) CSV files defuse every cell a spreadsheet would run as a formula', () => {
    const csvs = files.filter((f) => f.endsWith('.csv'));
    expect(csvs).toEqual(expect.arrayContaining(['metrics.csv', 'breakdowns.csv']));
    let defused = 0;
    for (const f of csvs) {
      const rows = Papa.parse<string[]>(readFileSync(join(out, f), 'utf8'), { skipEmptyLines: true }).data;
      for (const row of rows) {
        for (const cell of row) {
          expect(cell, `${f}: ${JSON.stringify(cell)}`).not.toMatch(FORMULA_START);
          if (/^'[=+\-@\t\r]/.test(cell)) defused++;
        }
      }
    }
    // The formula row labels and role values reached the CSVs, defused.
    expect(defused).toBeGreaterThan(0);
  });

  it('runReport(payloads) deck.pptx XML holds the payloads escaped', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(out, 'deck.pptx')));
    const xml = await Promise.all(Object.keys(zip.files).filter((n) => n.endsWith('.xml')).map((n) => zip.file(n)!.async('string')));
    // The workbooks behind the native charts hold the same labels: their parts too.
    for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xlsx'))) {
      const book = await JSZip.loadAsync(await zip.file(name)!.async('uint8array'));
      xml.push(...(await Promise.all(Object.keys(book.files).filter((n) => n.endsWith('.xml')).map((n) => book.file(n)!.async('string')))));
    }
    expect(xml.some((x) => x.startsWith('<?xml') && x.includes('<worksheet'))).toBe(true);
    expect(xml.length).toBeGreaterThan(0);
    for (const part of xml) {
      for (const p of MARKUP_PAYLOADS) expect(part, p).not.toContain(p);
      expect(part).not.toMatch(/<script\b/i);
    }
  });
});
