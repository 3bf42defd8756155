/**
 * The report in a real browser (Debian's Chromium through playwright-core).
 * One browser for the whole file; each fixture's report is built once into a
 * temp dir, opened once in a fresh context, probed (DOM, sorting, axe-core,
 * print layout, screenshot), and the tests below assert on what the probe
 * saw. Expected figures come from each fixture's expected.json (the
 * generator's own counts), formatted here by hand.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../pipeline/outputs/report/pdf.js';
import { main } from '../../pipeline/cli.js';
import { runReport } from '../../pipeline/run.js';
import type { ExpectedFixture } from '../../scripts/expected.js';
import { CONTACTS, PAYLOADS, WITHHELD } from '../../scripts/gen-hostile.js';

const FIXTURES = 'fixtures';
const SCREENSHOTS = 'test/output/screenshots';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** A4 less 15 mm margins, in CSS pixels (96 per inch): the printable box. */
const A4_WIDTH = Math.floor((180 / 25.4) * 96);
const A4_HEIGHT = Math.floor((267 / 25.4) * 96);

interface Fixture {
  dir: string;
  file: string;
  expected: ExpectedFixture;
  /** Folder or file named as French (`-fr`, `fr-`, `french`). */
  french: boolean;
}

/**
 * Each fixture folder with an expected.json: its first file, and every file
 * named as French. The other files of a folder are the same survey in
 * another encoding or layout (test/fixtures.test.ts checks they read alike).
 */
function fixtures(): Fixture[] {
  const out: Fixture[] = [];
  const isFrench = (name: string) => /(^|[-_.])(fr|french)([-_.]|$)/i.test(name) || /^reponses/i.test(name);
  for (const dir of readdirSync(FIXTURES).sort()) {
    const path = join(FIXTURES, dir, 'expected.json');
    if (!existsSync(path)) continue;
    const listed = (JSON.parse(readFileSync(path, 'utf8')) as { fixtures: Record<string, ExpectedFixture> }).fixtures;
    const files = Object.keys(listed).sort();
    const french = files.filter((f) => isFrench(dir) || isFrench(f));
    const chosen = [...files.filter((f) => !french.includes(f)).slice(0, 1), ...french];
    for (const file of chosen) out.push({ dir, file, expected: listed[file], french: french.includes(file) });
  }
  return out;
}

/** What the browser saw of one report. */
interface Probe {
  consoleErrors: string[];
  requests: string[];
  dialogs: string[];
  lang: string;
  headlineFigures: string[];
  headings: string[];
  text: string;
  /** The document's text outside the charts' SVG, hidden parts (data tables) included. */
  htmlText: string;
  scripts: number;
  images: number;
  handlers: string[];
  links: string[];
  pwned: unknown;
  sortedUp: string[];
  sortedDown: string[];
  axe: { id: string; impact: string; targets: string[] }[];
  print: { figures: number; tallest: number; widest: number; breakInside: string[] };
  screenshot: string;
}

const ALL = fixtures();
const HOSTILE = ALL.find((f) => f.dir === 'hostile');
const reports = new Map<string, { out: string; error?: string }>();
const probes = new Map<string, Probe>();
let browser: Browser | undefined;
let tmp = '';
let pdfRun: { out: string; code: number } | undefined;

const key = (f: Fixture) => `${f.dir}/${f.file}`;

/** Fixtures whose whole page is saved; the others keep the first screen (title and headline figures). */
const FULL_PAGE = new Set(['ndm-un23/surveymonkey.csv', 'hostile/surveymonkey.csv']);

async function probe(out: string, name: string): Promise<Probe> {
  const context = await browser!.newContext({ viewport: { width: 1280, height: 900 } });
  const url = pathToFileURL(join(out, 'index.html')).href;
  const result: Probe = {
    consoleErrors: [], requests: [], dialogs: [], lang: '', headlineFigures: [], headings: [], text: '', htmlText: '', scripts: 0, images: 0,
    handlers: [], links: [], pwned: undefined, sortedUp: [], sortedDown: [], axe: [], print: { figures: 0, tallest: 0, widest: 0, breakInside: [] }, screenshot: '',
  };
  // Every request but the page itself is recorded and blocked.
  await context.route('**/*', (route) => {
    if (route.request().url() === url) return route.continue();
    result.requests.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && result.consoleErrors.push(m.text()));
  page.on('pageerror', (e) => result.consoleErrors.push(e.message));
  page.on('dialog', (d) => {
    result.dialogs.push(d.message());
    void d.dismiss();
  });
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready.then(() => true)');
    Object.assign(result, await page.evaluate(() => {
      const visible = (el: Element) => (el as HTMLElement).checkVisibility();
      return {
        lang: document.documentElement.lang,
        headlineFigures: [...document.querySelectorAll('#headlines .figure')].filter(visible).map((el) => el.textContent ?? ''),
        headings: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.tagName),
        text: document.body.innerText,
        htmlText: (() => {
          const copy = document.body.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('svg, script').forEach((el) => el.remove());
          return copy.textContent ?? '';
        })(),
        scripts: document.querySelectorAll('script').length,
        images: document.querySelectorAll('img, image, iframe, object, embed, foreignObject').length,
        handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
        links: [...document.querySelectorAll('[href]')].map((el) => el.getAttribute('href') ?? ''),
      };
    }));
    result.screenshot = join(SCREENSHOTS, `${name.replace(/[^a-z0-9.-]+/gi, '--')}.png`);
    await page.screenshot({ path: result.screenshot, fullPage: FULL_PAGE.has(name) });
    // Sorting (the inline script, allowed by its CSP hash): the "n (valid)" column, up then down.
    const nHeader = page.locator('table.items thead th').nth(2).locator('button');
    const firstValues = () => page.$$eval('table.items tbody tr', (rows) => rows.map((r) => (r as HTMLTableRowElement).cells[2].dataset.value ?? ''));
    if (await nHeader.count()) {
      await nHeader.click();
      result.sortedUp = await firstValues();
      await nHeader.click();
      result.sortedDown = await firstValues();
    }
    // axe-core, injected from node_modules through the DevTools protocol (the page's CSP allows no other script).
    // A chart's SVG sits inside role="img" named by its sentence: its marks are presentational, so axe skips them.
    await page.evaluate(AXE);
    const axe = (await page.evaluate(`axe.run({ exclude: [['.plot > svg']] }, { resultTypes: ['violations'] })`)) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    result.axe = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    // Print layout: A4 printable width; each chart must fit one printable height and refuse page breaks.
    await page.setViewportSize({ width: A4_WIDTH, height: A4_HEIGHT });
    await page.emulateMedia({ media: 'print' });
    result.print = await page.evaluate(() => {
      const figures = [...document.querySelectorAll('figure.chart')];
      const boxes = figures.map((f) => f.getBoundingClientRect());
      return {
        figures: figures.length,
        tallest: Math.max(0, ...boxes.map((b) => b.height)),
        widest: Math.max(0, ...[...document.querySelectorAll('figure.chart svg')].map((svg) => svg.getBoundingClientRect().right)),
        breakInside: [...new Set(figures.map((f) => getComputedStyle(f).breakInside))],
      };
    });
    await page.emulateMedia({ media: 'screen' });
    result.pwned = await page.evaluate('window.__pwned');
  } finally {
    await context.close();
  }
  return result;
}

/** Whole percent, half up, as the language writes it. */
function pct(share: number, lang: string): string {
  const n = Math.floor(share * 100 + 0.5 + 1e-9);
  return lang === 'en' ? `${n}%` : `${n}\u00a0%`;
}

/** Per expected group: the figures a headline may show (the single item's share; or the range, or the unweighted mean). */
function expectedHeadlines(e: ExpectedFixture, lang: string): { group: string; accepted: string[] }[] {
  const groups = new Map<string, number[]>();
  for (const item of e.items) {
    const valid = item.counts.reduce((a, b) => a + b, 0);
    if (valid === 0) continue;
    const shares = groups.get(item.group) ?? [];
    shares.push((item.counts[0] + item.counts[1]) / valid);
    groups.set(item.group, shares);
  }
  const nps = e.items.find((i) => i.group === 'nps');
  return [...groups].map(([group, shares]) => {
    if (group === 'nps' && nps) {
      // The recommendation item is in no group: its headline figure is the Net Promoter Score, 9–10 minus 0–6 (counts run 10 … 0).
      const valid = nps.counts.reduce((a, b) => a + b, 0);
      const score = Math.floor(((nps.counts[0] + nps.counts[1] - nps.counts.slice(4).reduce((a, b) => a + b, 0)) / valid) * 100 + 0.5);
      return { group, accepted: [score > 0 ? `+${score}` : score < 0 ? `\u2212${-score}` : '0'] };
    }
    if (shares.length === 1) return { group, accepted: [pct(shares[0], lang)] };
    const lo = Math.min(...shares);
    const hi = Math.max(...shares);
    const mean = shares.reduce((a, b) => a + b, 0) / shares.length;
    const loText = pct(lo, lang).replace(/\u00a0?%$/, '');
    const range = loText === pct(hi, lang).replace(/\u00a0?%$/, '') ? pct(hi, lang) : `${loText}–${pct(hi, lang)}`;
    return { group, accepted: [range, pct(mean, lang)] };
  });
}

/** Runs at most `n` tasks at a time. */
function semaphore(n: number): (task: () => Promise<void>) => Promise<void> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    // A finishing task hands its slot straight to the next waiting one.
    if (running >= n) await new Promise<void>((go) => waiting.push(go));
    else running++;
    try {
      await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}

beforeAll(async () => {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: install it (apt-get install chromium) or set DEBRIEF_CHROMIUM');
  tmp = mkdtempSync(join(tmpdir(), 'debrief-browser-'));
  // Its own screenshots only: phone.test.ts, which may run meanwhile, saves its phone-*.png beside them.
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const f of readdirSync(SCREENSHOTS).filter((f) => !f.startsWith('phone-'))) rmSync(join(SCREENSHOTS, f), { recursive: true, force: true });
  // playwright-core's launch gives Chromium a fresh temporary user-data-dir and removes it on close.
  browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  // Reports are built one after the other in node while the browser probes the previous ones, two pages at a time.
  const slots = semaphore(2);
  const probing: Promise<void>[] = [];
  for (const f of ALL) {
    const out = join(tmp, key(f).replace(/[^a-z0-9.-]+/gi, '--'));
    try {
      await runReport([join(FIXTURES, f.dir, f.file)], { out });
      reports.set(key(f), { out });
      probing.push(slots(async () => void probes.set(key(f), await probe(out, key(f)))));
    } catch (err) {
      reports.set(key(f), { out, error: err instanceof Error ? err.message : String(err) });
    }
  }
  await Promise.all(probing);
  // The CLI with --pdf, and --lang fr over an English export.
  const ndm = ALL.find((f) => f.dir === 'ndm-un23' && f.file === 'surveymonkey.csv');
  if (ndm) {
    const out = join(tmp, 'pdf');
    const code = await main(['report', join(FIXTURES, ndm.dir, ndm.file), '--out', out, '--pdf', '--lang', 'fr', '--quiet']);
    pdfRun = { out, code };
  }
}, 600_000);

afterAll(async () => {
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('report(fixture) in Chromium', () => {
  it('report(fixtures) covers every fixture folder with an expected.json, the hostile one included', () => {
    const folders = readdirSync(FIXTURES).filter((d) => existsSync(join(FIXTURES, d, 'expected.json')));
    expect(new Set(ALL.map((f) => f.dir))).toEqual(new Set(folders));
    expect(HOSTILE).toBeDefined();
  });

  for (const f of ALL) {
    describe(key(f), () => {
      const seen = () => {
        const r = reports.get(key(f));
        expect(r?.error, `runReport(${key(f)}) failed`).toBeUndefined();
        return probes.get(key(f))!;
      };

      it(`report(${key(f)}) loads with no console error and no network request`, () => {
        const p = seen();
        expect(p.consoleErrors).toEqual([]);
        expect(p.requests).toEqual([]);
        expect(p.dialogs).toEqual([]);
        expect(p.pwned).toBeUndefined();
      });

      it(`report(${key(f)}) shows each group's headline figure as counted from expected.json`, () => {
        const p = seen();
        for (const { group, accepted } of expectedHeadlines(f.expected, p.lang)) {
          expect(accepted.some((a) => p.headlineFigures.includes(a)), `${group}: one of ${accepted.join(' | ')} in ${p.headlineFigures.join(' | ')}`).toBe(true);
        }
      });

      it(`report(${key(f)}) has headings in order, one script, no handler, no image, only relative links`, () => {
        const p = seen();
        expect(p.headings[0]).toBe('H1');
        p.headings.forEach((h, i) => i > 0 && expect(Number(h[1]) - Number(p.headings[i - 1][1]), `${p.headings[i - 1]} → ${h}`).toBeLessThanOrEqual(1));
        expect(p.scripts).toBe(1);
        expect(p.handlers).toEqual([]);
        expect(p.images).toBe(0);
        for (const href of p.links) expect(href).toMatch(/^(#[a-z0-9-]+|[a-z0-9-]+(\/[a-z0-9-]+)*\.(json|csv|pptx|pdf|svg|png|vl\.json))$/);
      });

      it(`report(${key(f)}) sorts the item table by n when its header is clicked, up then down`, () => {
        const p = seen();
        const valids = f.expected.items.map((i) => i.counts.reduce((a, b) => a + b, 0));
        expect(p.sortedUp.map(Number)).toEqual([...valids].sort((a, b) => a - b));
        expect(p.sortedDown.map(Number)).toEqual([...valids].sort((a, b) => b - a));
      });

      it(`report(${key(f)}) has no serious or critical axe-core violation`, () => {
        expect(seen().axe).toEqual([]);
      });

      it(`report(${key(f)}) prints each chart within one A4 page, never split`, () => {
        const p = seen().print;
        expect(p.figures).toBeGreaterThan(0);
        expect(p.tallest).toBeLessThanOrEqual(A4_HEIGHT);
        expect(p.widest).toBeLessThanOrEqual(A4_WIDTH);
        expect(p.breakInside).toEqual(['avoid']);
      });

      it(`report(${key(f)}) is saved as a screenshot`, () => {
        const p = seen();
        expect(existsSync(p.screenshot)).toBe(true);
        expect(readFileSync(p.screenshot).subarray(1, 4).toString()).toBe('PNG');
      });
    });
  }
});

describe('report(hostile) in Chromium', () => {
  const p = () => probes.get(`${HOSTILE!.dir}/${HOSTILE!.file}`)!;

  it('report(hostile) shows the <script> and <img onerror> payloads as text, and nothing runs', () => {
    const { text, pwned, dialogs, scripts, handlers } = p();
    for (const payload of [PAYLOADS.script, PAYLOADS.img, PAYLOADS.svg, PAYLOADS.scriptTrap, PAYLOADS.link, PAYLOADS.formula]) expect(text).toContain(payload);
    expect(pwned).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(scripts).toBe(1);
    expect(handlers).toEqual([]);
  });

  it('report(hostile) shows the payloads in item labels, question texts and comments', () => {
    const { text } = p();
    expect(text).toContain(`Plenary 2 – ${PAYLOADS.imgTrap}`);
    expect(text).toContain(`Any other comments or suggestions? ${PAYLOADS.script}`);
    expect(text).toContain(`${PAYLOADS.scriptTrap} Great meeting overall, thank you.`);
  });

  it('report(hostile) withholds the comments of groups under 5 and removes contact details', () => {
    const { text } = p();
    expect(text).not.toContain(WITHHELD);
    for (const contact of CONTACTS) expect(text).not.toContain(contact);
    expect(text).toContain('Contact me: [e-mail removed] or [phone removed].');
  });
});

describe('report(French fixture) in Chromium', () => {
  const french = ALL.filter((f) => f.french);

  it('report(French fixtures) exist to test', () => {
    expect(french.length).toBeGreaterThan(0);
  });

  for (const f of french) {
    it(`report(${key(f)}) is in French: lang fr, French headings, numbers like "87 %"`, () => {
      const p = probes.get(key(f))!;
      expect(p.lang).toBe('fr');
      expect(p.text).toContain('Chiffres clés');
      expect(p.text).toContain('Méthodologie');
      expect(p.text).toContain('Tous les éléments');
      expect(p.headlineFigures.length).toBeGreaterThan(0);
      // Shares in French spacing; a Net Promoter Score is a signed number, not a share.
      for (const figure of p.headlineFigures) expect(figure).toMatch(/^(\d+(–\d+)?\u00a0%|[+−-]?\d+)$/);
      expect(p.htmlText).toMatch(/\d\u00a0%/);
      expect(p.htmlText).not.toMatch(/\d%/);
    });
  }
});

describe('debrief report --pdf --lang fr', () => {
  it('main(["report", ndm-un23, "--pdf", "--lang", "fr"]) writes an A4 report.pdf of several pages and links it from a French report', () => {
    expect(pdfRun).toBeDefined();
    expect(pdfRun!.code).toBe(0);
    const pdf = readFileSync(join(pdfRun!.out, 'report.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThan(2);
    // A4 is 595.28 × 841.89 pt (210 × 297 mm); Chromium rounds to its own pixel grid.
    const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(boxes.length).toBe(pages.length);
    for (const [w, h] of boxes) {
      expect(Math.abs(w - 595.28)).toBeLessThan(1.5);
      expect(Math.abs(h - 841.89)).toBeLessThan(1.5);
    }
    const html = readFileSync(join(pdfRun!.out, 'index.html'), 'utf8');
    expect(html).toContain('href="report.pdf"');
    expect(html).toContain('<html lang="fr">');
    // Logistics of the English export: 435 of 500 valid answers (scripts/ndm-un23-counts.ts), in French.
    expect(html).toContain('<span class="figure">87\u00a0%</span>');
  });
});
