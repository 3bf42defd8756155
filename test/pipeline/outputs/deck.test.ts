import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../pipeline/cli.js';
import { deckPptx } from '../../../pipeline/outputs/deck.js';
import { FIXTURE } from '../../charts/fixture.js';

let out: string;
let zip: JSZip;
let charts: string[];
beforeAll(async () => {
  out = join(mkdtempSync(join(tmpdir(), 'debrief-deck-')), 'report');
  const code = await main(['report', FIXTURE, '--out', out, '--slides', '--participants', '800', '--quiet']);
  expect(code).toBe(0);
  charts = readdirSync(join(out, 'charts')).filter((f) => f.endsWith('.svg')).map((f) => f.slice(0, -4));
  zip = await JSZip.loadAsync(readFileSync(join(out, 'deck.pptx')));
}, 120_000);

const slideFiles = (z: JSZip) => Object.keys(z.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));

describe('deckPptx', () => {
  it('debrief report --slides writes a 1920×1080 PNG per chart into slides/', () => {
    const slides = readdirSync(join(out, 'slides')).sort();
    expect(slides).toEqual(charts.map((c) => `${c}.png`).sort());
    for (const f of slides) {
      const image = PNG.sync.read(readFileSync(join(out, 'slides', f)));
      expect([image.width, image.height], f).toEqual([1920, 1080]);
    }
  });

  it('deck.pptx opens and holds a title slide, a headline slide and two slides per chart: the native chart, then its picture hidden', async () => {
    expect(slideFiles(zip)).toHaveLength(2 * charts.length + 2);
    for (let k = 3; k <= 2 * charts.length + 2; k++) {
      const xml = await zip.file(`ppt/slides/slide${k}.xml`)!.async('string');
      const native = k % 2 === 1;
      expect([xml.includes('<p:graphicFrame>'), xml.includes('<p:pic>'), /<p:sld [^>]*show="0"/.test(xml)], `slide ${k}`).toEqual([native, !native, !native]);
    }
    const title = await zip.file('ppt/slides/slide1.xml')!.async('string');
    expect(title).toContain('512 respondents');
    const headlines = await zip.file('ppt/slides/slide2.xml')!.async('string');
    expect(headlines).toContain('87% of respondents rated the logistical and organisational arrangements good or excellent');
    const media = Object.keys(zip.files).filter((f) => f.startsWith('ppt/media/') && !zip.files[f].dir);
    expect(media).toHaveLength(charts.length);
  });

  it('deck.pptx gives every chart and image alt text (descr on p:cNvPr) and every chart slide speaker notes with n and intervals', async () => {
    let pictures = 0;
    for (let k = 3; k <= 2 * charts.length + 2; k++) {
      const xml = await zip.file(`ppt/slides/slide${k}.xml`)!.async('string');
      const pics = [...xml.matchAll(/<p:pic>.*?<\/p:pic>|<p:graphicFrame>.*?<\/p:graphicFrame>/gs)].map((m) => m[0]);
      expect(pics, `slide ${k}`).toHaveLength(1);
      for (const pic of pics) {
        const descr = /<p:cNvPr [^>]*descr="([^"]+)"/.exec(pic)?.[1];
        expect(descr, `slide ${k}`).toBeDefined();
        expect(descr!.length).toBeGreaterThan(20);
        expect(descr).not.toMatch(/^image\/png/);
        pictures++;
      }
      const notes = await zip.file(`ppt/notesSlides/notesSlide${k}.xml`)!.async('string');
      // The response chart's notes say "512 of 800 participants"; the others give n.
      expect(notes, `notes ${k}`).toMatch(/n = \d+|\d+ of \d+ participants/);
    }
    expect(pictures).toBe(2 * charts.length);
  });

  it('deck.pptx gives the comments’ themes a slide whose notes list every theme with its count and the respondents who answered', async () => {
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { comments: { question: string; answered: number; themes: { term: string; count: number }[] }[] };
    const question = summary.comments.find((c) => c.themes.length > 0)!;
    expect(charts.some((c) => c.startsWith('themes-'))).toBe(true);
    const slides: string[] = [];
    for (let k = 3; k <= 2 * charts.length + 2; k += 2) {
      const xml = await zip.file(`ppt/slides/slide${k}.xml`)!.async('string');
      if (xml.includes(`descr="${question.question} (n = ${question.answered})`)) slides.push(await zip.file(`ppt/notesSlides/notesSlide${k}.xml`)!.async('string'));
    }
    expect(slides).toHaveLength(1);
    for (const t of question.themes) expect(slides[0], t.term).toContain(`“${t.term}”: ${t.count} of ${question.answered} respondents`);
  });

  it('deckPptx(…) gives byte-identical files for identical input, with the fixed date in docProps/core.xml', async () => {
    const png = PNG.sync.write(Object.assign(new PNG({ width: 4, height: 3 }), { data: Buffer.alloc(48, 255) }));
    const make = () => deckPptx({ title: 'T', respondents: 10, items: 2, headlines: ['A'] }, [{ sentence: 'A chart', notes: ['n = 10'], png, width: 4, height: 3 }]);
    const a = await make();
    await new Promise((r) => setTimeout(r, 1100));
    const b = await make();
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    const core = await (await JSZip.loadAsync(a)).file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:created>');
  }, 30_000);

  it('debrief report --slides writes the same deck.pptx and charts.pdf bytes on a second run', async () => {
    const again = join(mkdtempSync(join(tmpdir(), 'debrief-deck-')), 'report');
    expect(await main(['report', FIXTURE, '--out', again, '--slides', '--participants', '800', '--quiet'])).toBe(0);
    for (const f of ['deck.pptx', 'charts.pdf', 'slides/plenary-likert.png', 'charts/plenary-likert.png', 'charts/plenary-likert.svg']) {
      expect(Buffer.compare(readFileSync(join(out, f)), readFileSync(join(again, f))), f).toBe(0);
    }
  }, 120_000);
});

/** What summary.json holds, as far as the native charts read it. */
interface SummaryJson {
  respondents: number;
  items: { label: string; levels: string[]; counts: Record<string, number>; valid: number; positiveLevels: number; positiveLow: number; positiveHigh: number }[];
  groups: { items: string[]; meanPositive: number; pooledPositive: number; minPositive: number; maxPositive: number }[];
  breakdowns: { rows: { attribute: string; item: string | null; cells: { value: string; valid: number | null; positiveCount: number | null; suppressed: boolean }[] }[] };
  choices: { answered: number; options: { label: string; count: number; low: number; high: number }[] }[];
  comments: { answered: number; themes: { term: string; count: number }[] }[];
}

/** A native chart as its part says: categories and, per series, its name, values and error-bar distances (null where no c:pt). */
interface ParsedChart {
  categories: string[];
  series: { name: string; values: (number | null)[]; plus: (number | null)[]; minus: (number | null)[] }[];
}

const unescapeXml = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Reads a chart part's caches with plain regular expressions, not with the writer's code. */
function parseChart(xml: string): ParsedChart {
  const points = (block: string | undefined, count: number) => {
    const values: (number | null)[] = Array(count).fill(null);
    for (const m of (block ?? '').matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)) values[Number(m[1])] = Number(m[2]);
    return values;
  };
  const first = /<c:cat>.*?<\/c:cat>/s.exec(xml)![0];
  const categories = [...first.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => unescapeXml(m[1]));
  const series = [...xml.matchAll(/<c:ser>(.*?)<\/c:ser>/gs)].map(([, s]) => ({
    name: unescapeXml(/<c:tx>.*?<c:v>([^<]*)<\/c:v>/s.exec(s)![1]),
    values: points(/<c:val>(.*?)<\/c:val>/s.exec(s)?.[1], categories.length),
    plus: points(/<c:plus>(.*?)<\/c:plus>/s.exec(s)?.[1], categories.length),
    minus: points(/<c:minus>(.*?)<\/c:minus>/s.exec(s)?.[1], categories.length),
  }));
  return { categories, series };
}

/** "87%" as Excel's "0%" shows a share: rounded half up. */
const pct = (share: number) => `${Math.round(share * 100 + 1e-9)}%`;

describe('deck.pptx native charts', () => {
  let summary: SummaryJson;
  /** Per native slide, in order: its chart part, parsed, and the path of its workbook. */
  let natives: { slide: number; chart: ParsedChart; workbook: string }[];
  beforeAll(async () => {
    summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as SummaryJson;
    natives = [];
    for (let k = 3; k <= 2 * charts.length + 2; k += 2) {
      const rels = await zip.file(`ppt/slides/_rels/slide${k}.xml.rels`)!.async('string');
      const target = /Type="[^"]+\/chart" Target="\.\.\/charts\/([^"]+)"/.exec(rels)![1];
      const chartRels = await zip.file(`ppt/charts/_rels/${target}.rels`)!.async('string');
      const workbook = `ppt/embeddings/${/Target="\.\.\/embeddings\/([^"]+)"/.exec(chartRels)![1]}`;
      natives.push({ slide: k, chart: parseChart(await zip.file(`ppt/charts/${target}`)!.async('string')), workbook });
    }
  });

  /** The charts whose series include one named `name`. */
  const withSeries = (name: string) => natives.filter((n) => n.chart.series.some((s) => s.name === name));

  it('deck.pptx has a chart part on every chart slide, one of each kind the report draws', () => {
    expect(natives).toHaveLength(charts.length);
    // ndm-un23: overview, 3 groups' diverging bars, 2 rankings, 2 breakdowns, response, choices, themes.
    expect(withSeries('unweighted mean')).toHaveLength(1);
    expect(withSeries('positive share')).toHaveLength(2);
    expect(withSeries('answered')).toHaveLength(1);
    expect(withSeries('share')).toHaveLength(summary.choices.length);
    expect(withSeries('respondents')).toHaveLength(summary.comments.filter((c) => c.themes.length > 0).length);
  });

  it('deck.pptx diverging charts hold every item\'s share of each level: count ÷ valid answers from summary.json, negative levels negative', () => {
    const byLabel = new Map(summary.items.map((i) => [i.label, i]));
    const diverging = natives.filter((n) => n.chart.categories.every((c) => byLabel.has(c)) && n.chart.series.some((s) => byLabel.get(n.chart.categories[0])!.levels.includes(s.name)));
    expect(diverging).toHaveLength(summary.groups.filter((g) => g.items.length > 0).length);
    let checked = 0;
    for (const { chart } of diverging) {
      chart.categories.forEach((label, row) => {
        const item = byLabel.get(label)!;
        item.levels.forEach((level, k) => {
          const share = (item.counts[level] ?? 0) / item.valid;
          const own = chart.series.filter((s) => s.name === level || s.name.startsWith(`${level} (`));
          // The middle level is split in two halves of one colour; the others are one series each, negative below the positive levels' side.
          const drawn = own.reduce((a, s) => a + Math.abs(s.values[row]!), 0);
          expect(drawn, `${label}: ${level}`).toBeCloseTo(share, 12);
          if (own.length === 1 && k >= item.positiveLevels && share > 0) expect(own[0].values[row]).toBeLessThan(0);
          checked++;
        });
      });
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('deck.pptx rankings hold each item\'s positive share (positive levels\' counts ÷ valid) and its Wilson interval as error bars', () => {
    const byLabel = new Map(summary.items.map((i) => [i.label, i]));
    for (const { chart } of withSeries('positive share')) {
      const [series] = chart.series;
      chart.categories.forEach((label, row) => {
        const item = byLabel.get(label)!;
        const positive = item.levels.slice(0, item.positiveLevels).reduce((a, l) => a + (item.counts[l] ?? 0), 0) / item.valid;
        expect(series.values[row]).toBeCloseTo(positive, 12);
        expect(series.values[row]! - series.minus[row]!).toBeCloseTo(item.positiveLow, 12);
        expect(series.values[row]! + series.plus[row]!).toBeCloseTo(item.positiveHigh, 12);
      });
      // Highest first.
      expect([...series.values].sort((a, b) => b! - a!)).toEqual(series.values);
    }
  });

  it('deck.pptx overview holds each group\'s mean, pooled share and range; breakdowns each cell\'s positive count ÷ valid, suppressed cells blank', () => {
    const rated = summary.groups.filter((g) => g.items.length > 0);
    const [overview] = withSeries('unweighted mean');
    const [mean, pooled] = overview.chart.series;
    expect(mean.values).toEqual(rated.map((g) => g.meanPositive));
    expect(pooled.values).toEqual(rated.map((g) => g.pooledPositive));
    rated.forEach((g, k) => {
      expect(mean.values[k]! - mean.minus[k]!).toBeCloseTo(g.minPositive, 12);
      expect(mean.values[k]! + mean.plus[k]!).toBeCloseTo(g.maxPositive, 12);
    });
    let cells = 0;
    for (const attribute of new Set(summary.breakdowns.rows.map((r) => r.attribute))) {
      const rows = summary.breakdowns.rows.filter((r) => r.attribute === attribute && r.item === null);
      const label = (v: string) => v || '(no answer)';
      const native = natives.find((n) => n.chart.series.length === rows.length && rows[0].cells.every((c) => n.chart.categories.includes(label(c.value))))!;
      expect(native, attribute).toBeDefined();
      rows.forEach((row, k) => {
        for (const cell of row.cells) {
          const value = native.chart.series[k].values[native.chart.categories.indexOf(label(cell.value))];
          if (cell.suppressed || cell.valid === null) expect(value).toBeNull();
          else expect(value).toBeCloseTo(cell.positiveCount! / cell.valid, 12);
          cells++;
        }
      });
    }
    expect(cells).toBeGreaterThan(10);
  });

  it('deck.pptx choice charts hold each option\'s count ÷ respondents who answered, with its interval; themes charts each theme\'s count', () => {
    for (const choice of summary.choices) {
      const native = withSeries('share').find((n) => n.chart.categories.join('\n') === choice.options.map((o) => o.label).join('\n'))!;
      expect(native, choice.options[0].label).toBeDefined();
      const [series] = native.chart.series;
      choice.options.forEach((o, k) => {
        expect(series.values[k]).toBeCloseTo(o.count / choice.answered, 12);
        expect(series.values[k]! + series.plus[k]!).toBeCloseTo(o.high, 12);
      });
    }
    for (const comment of summary.comments.filter((c) => c.themes.length > 0)) {
      const byCount = [...comment.themes].sort((a, b) => b.count - a.count);
      const native = withSeries('respondents').find((n) => n.chart.categories[0] === byCount[0].term)!;
      const counts = new Map(native.chart.categories.map((term, k) => [term, native.chart.series[0].values[k]]));
      for (const t of comment.themes) expect(counts.get(t.term), t.term).toBe(t.count);
    }
  });

  it('deck.pptx response chart holds the respondents ÷ 800 participants, and each row adds up to 100%', () => {
    const [response] = withSeries('answered');
    expect(response.chart.series[0].values[0]).toBeCloseTo(summary.respondents / 800, 12);
    response.chart.categories.forEach((_, row) => expect(response.chart.series.reduce((a, s) => a + s.values[row]!, 0)).toBeCloseTo(1, 12));
  });

  it('deck.pptx embeds, behind every chart, a workbook exceljs opens, holding the chart\'s categories and values', async () => {
    for (const { chart, workbook } of natives) {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(Buffer.from(await zip.file(workbook)!.async('uint8array')) as unknown as ArrayBuffer);
      const sheet = book.getWorksheet('Sheet1')!;
      chart.categories.forEach((c, row) => expect(sheet.getCell(row + 2, 1).value, workbook).toBe(c));
      chart.series.forEach((s, k) => {
        expect(sheet.getCell(1, k + 2).value).toBe(s.name);
        s.values.forEach((v, row) => expect(sheet.getCell(row + 2, k + 2).value, `${workbook} ${s.name}`).toBe(v));
      });
    }
  }, 30_000);

  it('soffice --convert-to pdf renders deck.pptx\'s native charts (hidden picture slides left out), and pdftotext finds each chart\'s numbers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'debrief-lo-'));
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(out, 'deck.pptx')], { timeout: 120_000, stdio: 'ignore' });
    const pdf = join(dir, 'deck.pdf');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    expect(pages).toBe(2 + charts.length);
    const byLabel = new Map(summary.items.map((i) => [i.label, i]));
    natives.forEach(({ chart }, k) => {
      const page = execFileSync('pdftotext', ['-f', String(k + 3), '-l', String(k + 3), '-layout', pdf, '-'], { encoding: 'utf8' });
      // The numbers each chart labels, recomputed from summary.json: each ranking's positive shares, the overview's means,
      // each diverging chart's top level share (labelled from 6%), each choice's shares, each theme's count.
      const expected: string[] = [];
      const names = chart.series.map((s) => s.name);
      if (names.includes('positive share')) expected.push(...chart.categories.map((l) => { const i = byLabel.get(l)!; return pct(i.levels.slice(0, i.positiveLevels).reduce((a, v) => a + (i.counts[v] ?? 0), 0) / i.valid); }));
      else if (names.includes('unweighted mean')) expected.push(...summary.groups.filter((g) => g.items.length > 0).map((g) => pct(g.meanPositive)));
      else if (names.includes('respondents')) expected.push(...chart.series[0].values.map((v) => String(v)));
      else if (names.includes('share')) expected.push(...summary.choices.find((c) => c.options[0].label === chart.categories[0])!.options.map((o) => pct(o.count / summary.choices.find((c) => c.options[0].label === chart.categories[0])!.answered)));
      else if (chart.categories.every((c) => byLabel.has(c))) {
        for (const l of chart.categories) {
          const i = byLabel.get(l)!;
          const top = (i.counts[i.levels[0]] ?? 0) / i.valid;
          if (top >= 0.06) expected.push(pct(top));
        }
      }
      for (const text of expected) expect(page, `page ${k + 3}: ${chart.categories[0]}`).toContain(text);
      expect(page.length).toBeGreaterThan(0);
    });
  }, 180_000);
});
