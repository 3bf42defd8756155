import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import * as fontkit from 'fontkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRenderer, rankingSpec } from '../../../charts/index.js';
import { fontData } from '../../../charts/font.js';
import { runReport } from '../../../pipeline/run.js';
import { chartsPdf } from '../../../pipeline/outputs/charts-pdf.js';

const spec = rankingSpec(
  [
    { id: 'a', label: 'Alpha session', levels: ['Good', 'Bad'], counts: [8, 2], positiveLevels: 1, valid: 10, notApplicable: 0, positive: 0.8, positiveLow: 0.49, positiveHigh: 0.94 },
    { id: 'b', label: 'Beta session', levels: ['Good', 'Bad'], counts: [5, 5], positiveLevels: 1, valid: 10, notApplicable: 0, positive: 0.5, positiveLow: 0.24, positiveHigh: 0.76 },
  ],
  { title: 'Alpha was rated highest' },
);

const frenchItem = (id: string, label: string, good: number) => ({ id, label, levels: ['Bien', 'Mal'], counts: [good, 10 - good], positiveLevels: 1, valid: 10, notApplicable: 0, positive: good / 10, positiveLow: 0.2, positiveHigh: 0.9 });
/** A French chart: accents, « » with non-breaking spaces, an en dash, “quotes” in the (bold) title, a non-breaking space before %. */
const frenchSpec = rankingSpec([frenchItem('a', 'Séance «\u00a0Ouverture\u00a0» – été', 8), frenchItem('b', 'Atelier n°2', 5)], {
  title: '“Séance” a été la mieux notée',
  lang: 'fr',
});

/** The PDF's text, with its deflated streams inflated. */
function pdfText(pdf: Uint8Array): string {
  const raw = Buffer.from(pdf).toString('latin1');
  const streams = [...raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((m) => {
    try {
      return inflateSync(Buffer.from(m[1], 'latin1')).toString('latin1');
    } catch {
      return '';
    }
  });
  return raw + streams.join('\n');
}

/** Runs a poppler tool; fails on a non-zero exit. */
function poppler(tool: string, args: string[]): { stdout: string; stderr: string } {
  const r = spawnSync(tool, args, { encoding: 'utf8' });
  if (r.error) throw r.error;
  expect(r.status, `${tool} ${args.join(' ')}: ${r.stderr}`).toBe(0);
  return { stdout: r.stdout, stderr: r.stderr };
}

/** A binary PGM (P5) as width, height and grey bytes. */
function readPgm(path: string): { width: number; height: number; pixels: Buffer } {
  const bytes = readFileSync(path);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.toString('latin1', 0, 40))!;
  return { width: Number(header[1]), height: Number(header[2]), pixels: bytes.subarray(header[0].length) };
}

/**
 * Baseline start of the first <text> whose content begins with `start`,
 * summing the translate() of it and its ancestors: enough for vega's SVG,
 * and independent of the writer's own parser.
 */
function textOrigin(svg: string, start: string): [number, number] {
  const stack: [number, number][] = [[0, 0]];
  for (const m of svg.matchAll(/<(\/?)([a-z]+)([^>]*?)(\/?)>([^<]*)/g)) {
    const [, close, name, attrs, selfClose, after] = m;
    if (close) {
      stack.pop();
      continue;
    }
    const t = /transform="translate\(([-\d.]+),([-\d.]+)\)/.exec(attrs);
    const [px, py] = stack[stack.length - 1];
    const here: [number, number] = t ? [px + Number(t[1]), py + Number(t[2])] : [px, py];
    if ((name === 'text' || name === 'tspan') && after.startsWith(start)) return here;
    if (!selfClose) stack.push(here);
  }
  throw new Error(`no text starting "${start}"`);
}

describe('chartsPdf', () => {
  it('chartsPdf(charts) draws one page per chart with Inter embedded, not substituted, and each figure’s alt text', async () => {
    const svg = await createRenderer().svg(spec);
    const pdf = await chartsPdf([{ sentence: 'Alpha was rated highest', svg }, { sentence: 'Second page', svg }]);
    const text = pdfText(pdf);
    expect(text.match(/\/Type \/Page\b/g)).toHaveLength(2);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+Inter-Regular/);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+Inter-Bold/);
    expect(text.match(/\/FontFile2 \d+ 0 R/g)).toHaveLength(2);
    expect(text.match(/\/Subtype \/CIDFontType2 .*\/CIDToGIDMap \/Identity >>/g)).toHaveLength(2);
    expect(text).toContain('/Encoding /Identity-H');
    expect(text.match(/\/ToUnicode \d+ 0 R/g)).toHaveLength(2);
    expect(text).not.toMatch(/\/BaseFont \/Helvetica/);
    expect(text).toContain('(Alpha was rated highest.)');
    expect(text).toContain('(Second page.)');
    // Vector marks: path operators, no image XObject.
    expect(text).not.toContain('/Subtype /Image');
    expect(text).toMatch(/ re\nf\n/);
  });

  it('chartsPdf(charts) tags each page as a Figure: MarkInfo, StructTreeRoot, ParentTree, marked content, Lang, title shown', async () => {
    const svg = await createRenderer().svg(spec);
    const text = pdfText(await chartsPdf([{ sentence: 'One', svg }, { sentence: 'Two', svg }], { lang: 'fr', title: 'Résultats' }));
    expect(text).toContain('/MarkInfo << /Marked true >>');
    expect(text).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(text.match(/\/S \/Figure /g)).toHaveLength(2);
    expect(text).toMatch(/\/ParentTree << \/Nums \[0 \[\d+ 0 R\] 1 \[\d+ 0 R\]\] >>/);
    expect(text).toContain('/StructParents 0');
    expect(text).toContain('/StructParents 1');
    expect(text.match(/\/Figure << \/MCID 0 >> BDC[\s\S]*?EMC/g)).toHaveLength(2);
    expect(text).toContain('/Lang (fr)');
    expect(text).toContain('/ViewerPreferences << /DisplayDocTitle true >>');
    // "Résultats" in UTF-16BE with a byte order mark: R é s u l t a t s.
    expect(text).toContain('/Title <FEFF005200E900730075006C0074006100740073>');
    expect(text).toContain('/Creator (debrief) /Producer (debrief)');
  });

  it('chartsPdf(charts) sets glyphs at their plain advances, as the charts were measured: "AV" as wide as fontkit’s unkerned advances say', async () => {
    // Inter kerns A–V: shaping would set V closer to A, and "AV" narrower.
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><text x="10" y="80" font-family="Inter" font-size="60">AV</text><text x="10" y="160" font-family="Inter" font-size="60">AA</text></svg>';
    const pdf = await chartsPdf([{ sentence: 'Kerning', svg }]);
    const text = pdfText(pdf);
    // One Tj per run, never TJ with adjustments.
    expect(text.match(/> Tj/g)).toHaveLength(2);
    expect(text).not.toMatch(/\] TJ/);
    const font = fontkit.create(fontData().regular) as unknown as { unitsPerEm: number; glyphForCodePoint(cp: number): { advanceWidth: number } };
    const [a, v] = [font.glyphForCodePoint(0x41).advanceWidth, font.glyphForCodePoint(0x56).advanceWidth];
    const scale = Math.min(769.89 / 400, 523.28 / 200);
    const dir = mkdtempSync(join(tmpdir(), 'charts-pdf-'));
    try {
      writeFileSync(join(dir, 'k.pdf'), pdf);
      const words = [...poppler('pdftotext', ['-bbox', join(dir, 'k.pdf'), '-']).stdout.matchAll(/xMin="([\d.]+)"[^>]*xMax="([\d.]+)"[^>]*>(\w+)</g)];
      const widthOf = (w: string) => words.filter((m) => m[3] === w).map((m) => Number(m[2]) - Number(m[1]))[0];
      expect(widthOf('AV')).toBeCloseTo(((a + v) * 60 * scale) / font.unitsPerEm, 1);
      expect(widthOf('AA')).toBeCloseTo(((2 * a) * 60 * scale) / font.unitsPerEm, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('chartsPdf(charts) gives byte-identical files for identical input', async () => {
    const svg = await createRenderer().svg(spec);
    const a = await chartsPdf([{ sentence: 'S', svg }]);
    await new Promise((r) => setTimeout(r, 1100));
    const b = await chartsPdf([{ sentence: 'S', svg }]);
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    expect(Buffer.from(a).toString('latin1')).toContain('(D:20000101000000Z)');
  }, 30_000);

  it('chartsPdf(charts, { date }) writes the given creation date', async () => {
    const svg = await createRenderer().svg(spec);
    const pdf = await chartsPdf([{ sentence: 'S', svg }], { date: new Date('2024-03-05T06:07:08Z') });
    expect(Buffer.from(pdf).toString('latin1')).toContain('/CreationDate (D:20240305060708Z)');
  });
});

describe('chartsPdf, read by poppler', () => {
  let dir = '';
  let file = '';
  let frenchSvg = '';
  const warnings: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'charts-pdf-'));
    file = join(dir, 'charts.pdf');
    const renderer = createRenderer();
    frenchSvg = await renderer.svg(frenchSpec);
    const pdf = await chartsPdf([{ sentence: 'Séance', svg: frenchSvg }, { sentence: 'Alpha', svg: await renderer.svg(spec) }], { lang: 'fr', onWarning: (m) => warnings.push(m) });
    writeFileSync(file, pdf);
  }, 30_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('chartsPdf(real charts) draws them without a warning', () => {
    expect(warnings).toEqual([]);
  });

  it('pdftotext(chartsPdf(real charts)) gives back the titles and labels, accents, quotes, dashes and % included', () => {
    const { stdout, stderr } = poppler('pdftotext', ['-enc', 'UTF-8', file, '-']);
    expect(stderr).toBe('');
    // poppler writes non-breaking spaces as spaces.
    const text = stdout.replace(/\u00a0/g, ' ');
    for (const expected of ['“Séance” a été la mieux notée', 'Séance « Ouverture » – été', 'Atelier n°2', '80 %', 'Alpha was rated highest', 'Alpha session', 'Beta session', '100%']) {
      expect(text).toContain(expected);
    }
  });

  it('chartsPdf(real charts) maps the non-breaking space glyph to U+00A0 in ToUnicode', () => {
    const font = fontkit.create(fontData().regular) as unknown as { glyphForCodePoint(cp: number): { id: number } };
    const gid = font.glyphForCodePoint(0xa0).id.toString(16).toUpperCase().padStart(4, '0');
    expect(pdfText(readFileSync(file))).toContain(`<${gid}> <00A0>`);
  });

  it('pdffonts(chartsPdf(real charts)) lists Inter Regular and Bold as embedded subset CID TrueType with Unicode maps', () => {
    const { stdout, stderr } = poppler('pdffonts', [file]);
    expect(stderr).toBe('');
    const rows = stdout.split('\n').slice(2).filter((l) => l.trim() !== '');
    expect(rows).toHaveLength(2);
    for (const name of ['Inter-Regular', 'Inter-Bold']) {
      const row = rows.find((r) => new RegExp(`^[A-Z]{6}\\+${name}\\s`).test(r));
      expect(row, name).toBeDefined();
      expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes\s+yes\s+yes\s/);
    }
  });

  it('pdfinfo(chartsPdf(real charts)) reads a tagged two-page A4 landscape file without complaint', () => {
    const { stdout, stderr } = poppler('pdfinfo', [file]);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/Tagged:\s+yes/);
    expect(stdout).toMatch(/Pages:\s+2/);
    expect(stdout).toMatch(/Page size:\s+841\.89 x 595\.28 pts/);
    expect(stdout).toMatch(/Title:\s+Charts/);
    expect(stdout).toMatch(/Creator:\s+debrief/);
  });

  it('pdftoppm(chartsPdf(real charts)) renders dark pixels where the SVG puts the title, and none below the chart', () => {
    expect(poppler('pdftoppm', ['-r', '72', '-png', '-f', '1', '-l', '1', file, join(dir, 'png')]).stderr).toBe('');
    expect(readFileSync(join(dir, 'png-1.png')).subarray(1, 4).toString()).toBe('PNG');
    expect(poppler('pdftoppm', ['-r', '72', '-gray', '-f', '1', '-l', '1', file, join(dir, 'page')]).stderr).toBe('');
    const { width, pixels } = readPgm(join(dir, 'page-1.pgm'));
    const svgWidth = Number(/width="(\d+)"/.exec(frenchSvg)![1]);
    const svgHeight = Number(/height="(\d+)"/.exec(frenchSvg)![1]);
    const scale = Math.min(769.89 / svgWidth, 523.28 / svgHeight);
    const [tx, ty] = textOrigin(frenchSvg, '“Séance”');
    // 72 dpi: one pixel per point, y from the top of the page.
    const x = 36 + (769.89 - scale * svgWidth) / 2 + scale * tx;
    const baseline = 36 + scale * ty;
    const dark = (x0: number, y0: number, x1: number, y1: number) => {
      let count = 0;
      for (let y = Math.round(y0); y < Math.round(y1); y++) for (let px = Math.round(x0); px < Math.round(x1); px++) if (pixels[y * width + px] < 100) count++;
      return count;
    };
    // The title's first word (15 px bold): ink between the baseline and a cap height above it, starting at x.
    expect(dark(x, baseline - 12 * scale, x + 60 * scale, baseline)).toBeGreaterThan(40);
    expect(dark(x - 6, baseline - 12 * scale, x - 1, baseline)).toBe(0);
    // Below the chart: paper.
    expect(dark(0, 36 + scale * svgHeight + 2, width, 595)).toBe(0);
  });
});

describe('chartsPdf of the bundled fixtures', () => {
  it('chartsPdf(every chart of every fixture) draws without a single warning and poppler reads it cleanly', async () => {
    const root = mkdtempSync(join(tmpdir(), 'charts-pdf-fixtures-'));
    try {
      const charts: { sentence: string; svg: string }[] = [];
      for (const fixture of readdirSync('fixtures').sort()) {
        const inputs = readdirSync(join('fixtures', fixture)).filter((f) => /\.(csv|xlsx)$/.test(f)).sort();
        for (const input of inputs) {
          const out = join(root, `${fixture}-${input}`);
          await runReport([join('fixtures', fixture, input)], { out, formats: ['svg'] });
          for (const f of readdirSync(join(out, 'charts')).filter((f) => f.endsWith('.svg')).sort()) {
            charts.push({ sentence: `${fixture}/${input}/${f}`, svg: readFileSync(join(out, 'charts', f), 'utf8') });
          }
        }
      }
      expect(charts.length).toBeGreaterThan(40);
      const warnings: string[] = [];
      const pdf = await chartsPdf(charts, { onWarning: (m) => warnings.push(m) });
      expect(warnings).toEqual([]);
      writeFileSync(join(root, 'all.pdf'), pdf);
      expect(poppler('pdfinfo', [join(root, 'all.pdf')]).stdout).toMatch(new RegExp(`Pages:\\s+${charts.length}\\n`));
      expect(poppler('pdftotext', [join(root, 'all.pdf'), join(root, 'all.txt')]).stderr).toBe('');
      expect(poppler('pdftoppm', ['-r', '18', '-gray', join(root, 'all.pdf'), join(root, 'page')]).stderr).toBe('');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 300_000);
});

describe('chartsPdf in a run with comments', () => {
  it('runReport(trade fair, { formats: svg, pdf }) gives the comments’ themes charts their pages in charts.pdf', async () => {
    const root = mkdtempSync(join(tmpdir(), 'charts-pdf-themes-'));
    try {
      const out = join(root, 'report');
      await runReport(['fixtures/trade-fair-qualtrics/responses.csv'], { out, formats: ['svg', 'pdf'] });
      const charts = readdirSync(join(out, 'charts')).filter((f) => f.endsWith('.svg'));
      // The export's two free-text questions: the improvements asked for and the "Other" of how exhibitors heard of the fair.
      expect(charts.filter((f) => f.startsWith('themes-')).sort()).toEqual(['themes-how-did-you-hear-about-the-fair-other.svg', 'themes-what-should-we-improve-next-time.svg']);
      expect(poppler('pdfinfo', [join(out, 'charts.pdf')]).stdout).toMatch(new RegExp(`Pages:\\s+${charts.length}\\n`));
      const text = poppler('pdftotext', ['-enc', 'UTF-8', join(out, 'charts.pdf'), '-']).stdout;
      // The theme's page: its question, a term and the axis of respondents.
      expect(text).toContain('What should we improve next time? (n = 35)');
      expect(text).toContain('food court');
      expect(text).toContain('respondents');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});
