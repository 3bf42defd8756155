/**
 * The report on a phone (390 × 844 CSS px, an iPhone 12 to 15) in a real
 * browser (Debian's Chromium through playwright-core, as report.test.ts):
 * the page does not scroll sideways, every chart shown is its narrow layout,
 * and no chart text is drawn under 9 CSS px once its SVG is scaled to the
 * page. At 1280 px and in print the wide charts show, as before the narrow
 * layout existed. Screenshots of the phone view are saved for a person to see.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../pipeline/outputs/report/pdf.js';
import { runReport } from '../../pipeline/run.js';

const SCREENSHOTS = 'test/output/screenshots';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
/** Widths between phone and desktop: landscape phones, small tablets, a split screen. */
const BETWEEN = [480, 600, 667, 768, 834, 900, 1024];
/** The smallest chart text a phone may show, in CSS px. */
const SMALLEST = 9;
const FIXTURES = [
  { name: 'ndm-un23', file: 'fixtures/ndm-un23/surveymonkey.csv' },
  { name: 'google-forms-symposium', file: 'fixtures/google-forms-symposium/responses.csv' },
  // French labels are longer ("86 %", "Absent / sans objet"); the hostile export's payloads are unbreakable words.
  { name: 'ndm-un23-fr', file: 'fixtures/ndm-un23/surveymonkey-fr.csv' },
  { name: 'hostile', file: 'fixtures/hostile/surveymonkey.csv' },
  // Spanish: its own scale words and "did not attend" spellings, longer labels.
  { name: 'congreso-es', file: 'fixtures/congreso-es/qualtrics.csv' },
  // The charts only a comparison with the previous edition and a participant count draw.
  { name: 'ndm-un24-compared', file: 'fixtures/ndm-un24/surveymonkey.csv', options: { baseline: 'fixtures/ndm-un23/surveymonkey.csv', participants: 800 } },
];

/** What the browser saw of the charts in one view. */
interface Charts {
  /** Figures that have both layouts. */
  figures: number;
  /** Their ids (`chart-<name>`). */
  ids: string[];
  wideShown: number;
  narrowShown: number;
  /** Visible chart texts, each with its size on screen: font size × the SVG's scale. */
  texts: { text: string; px: number }[];
  scrollWidth: number;
  /** Elements whose right edge passes the viewport (for the failure message). */
  overflowing: string[];
}

async function seeCharts(page: Page): Promise<Charts> {
  return page.evaluate(() => {
    const shown = (el: Element) => (el as HTMLElement).checkVisibility();
    const texts: { text: string; px: number }[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>('.plot > svg')) {
      if (!shown(svg)) continue;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      for (const t of svg.querySelectorAll('text')) {
        if (!(t.textContent ?? '').trim()) continue;
        texts.push({ text: t.textContent ?? '', px: parseFloat(getComputedStyle(t).fontSize) * scale });
      }
    }
    const width = document.documentElement.clientWidth;
    const overflowing = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && shown(el))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`);
    return {
      figures: document.querySelectorAll('figure.chart .plot-narrow').length,
      ids: [...document.querySelectorAll('figure.chart')].filter((f) => f.querySelector('.plot-narrow')).map((f) => f.id),
      wideShown: [...document.querySelectorAll('.plot-wide')].filter(shown).length,
      narrowShown: [...document.querySelectorAll('.plot-narrow')].filter(shown).length,
      texts,
      scrollWidth: document.documentElement.scrollWidth,
      overflowing,
    };
  });
}

const seen = new Map<string, { phone: Charts; desktop: Charts; print: Charts; between: Map<number, Charts>; screenshot: string; png: Buffer }>();
let browser: Browser | undefined;
let tmp = '';

beforeAll(async () => {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: install it (apt-get install chromium) or set DEBRIEF_CHROMIUM');
  tmp = mkdtempSync(join(tmpdir(), 'debrief-phone-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const f of readdirSync(SCREENSHOTS).filter((f) => f.startsWith('phone-'))) rmSync(join(SCREENSHOTS, f));
  browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  for (const f of FIXTURES) {
    const out = join(tmp, f.name);
    await runReport([f.file], { out, ...('options' in f ? f.options : {}) });
    const context = await browser.newContext({ viewport: PHONE });
    const url = pathToFileURL(join(out, 'index.html')).href;
    await context.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
    const page = await context.newPage();
    try {
      await page.goto(url, { waitUntil: 'load' });
      await page.evaluate('document.fonts.ready.then(() => true)');
      const phone = await seeCharts(page);
      const screenshot = join(SCREENSHOTS, `phone-${f.name}.png`);
      const png = await page.screenshot({ path: screenshot, fullPage: true });
      // Print at the phone's width: the print sheet must win over the phone's.
      await page.emulateMedia({ media: 'print' });
      const print = await seeCharts(page);
      await page.emulateMedia({ media: 'screen' });
      const between = new Map<number, Charts>();
      for (const width of BETWEEN) {
        await page.setViewportSize({ width, height: 900 });
        between.set(width, await seeCharts(page));
      }
      await page.setViewportSize(DESKTOP);
      const desktop = await seeCharts(page);
      seen.set(f.name, { phone, desktop, print, between, screenshot, png });
    } finally {
      await context.close();
    }
  }
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('report(fixture) on a phone, 390 px wide', () => {
  for (const f of FIXTURES) {
    const view = () => {
      const v = seen.get(f.name);
      expect(v, `report(${f.name}) was not built or seen`).toBeDefined();
      return v!;
    };

    if (f.name === 'ndm-un24-compared') {
      it(`report(${f.name}) has the comparison and response charts in both layouts`, () => {
        expect(view().phone.ids).toEqual(expect.arrayContaining(['chart-comparison', 'chart-response', 'chart-overview']));
      });
    }

    it(`report(${f.name}) does not scroll sideways at 390 px`, () => {
      const { phone } = view();
      expect(phone.scrollWidth, phone.overflowing.join('; ')).toBeLessThanOrEqual(PHONE.width);
    });

    it(`report(${f.name}) shows every chart's narrow layout at 390 px, and no wide one`, () => {
      const { phone } = view();
      expect(phone.figures).toBeGreaterThan(0);
      expect(phone.narrowShown).toBe(phone.figures);
      expect(phone.wideShown).toBe(0);
    });

    it(`report(${f.name}) draws no chart text under ${SMALLEST} CSS px at 390 px`, () => {
      const { phone } = view();
      expect(phone.texts.length).toBeGreaterThan(0);
      const small = phone.texts.filter((t) => t.px < SMALLEST).map((t) => `${t.text} (${t.px.toFixed(1)} px)`);
      expect(small).toEqual([]);
    });

    it(`report(${f.name}) at 1280 px shows the wide layouts alone, as before`, () => {
      const { desktop } = view();
      expect(desktop.wideShown).toBe(desktop.figures);
      expect(desktop.narrowShown).toBe(0);
      // The wide charts, scaled to the desktop column, draw their smallest text at 10 px and more (it was so before).
      expect(Math.min(...desktop.texts.map((t) => t.px))).toBeGreaterThanOrEqual(10);
    });

    it(`report(${f.name}) at every width from 480 to 1024 px draws no chart text under ${SMALLEST} CSS px and does not scroll sideways`, () => {
      const { between } = view();
      for (const [width, charts] of between) {
        expect(charts.texts.length, `${width} px`).toBeGreaterThan(0);
        // Each figure shows exactly one of its layouts.
        expect(charts.wideShown + charts.narrowShown, `${width} px`).toBe(charts.figures);
        const small = charts.texts.filter((t) => t.px < SMALLEST).map((t) => `${t.text} (${t.px.toFixed(1)} px)`);
        expect(small, `${width} px`).toEqual([]);
        expect(charts.scrollWidth, `${width} px: ${charts.overflowing.join('; ')}`).toBeLessThanOrEqual(width);
      }
    });

    it(`report(${f.name}) prints the wide layouts, even from a phone`, () => {
      const { print } = view();
      expect(print.wideShown).toBe(print.figures);
      expect(print.narrowShown).toBe(0);
    });

    it(`report(${f.name}) on a phone is saved as a screenshot, 390 px wide`, () => {
      const { screenshot, png } = view();
      expect(screenshot).toBe(join(SCREENSHOTS, `phone-${f.name}.png`));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      // The PNG's width, bytes 16–19 of its IHDR chunk: the page's, no wider.
      expect(png.readUInt32BE(16)).toBe(PHONE.width);
    });
  }
});
