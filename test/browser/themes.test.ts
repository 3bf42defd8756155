/**
 * The comments' themes in a real browser (Debian's Chromium through
 * playwright-core, as test/browser/report.test.ts): clicking a theme shows
 * only the comments that use it, clicking it again shows all, the section
 * passes axe-core, and without script every comment shows.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../pipeline/outputs/report/pdf.js';
import { runReport } from '../../pipeline/run.js';
import { themesText } from '../../pipeline/outputs/report/themes-text.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Comments in three languages, one sentence written by three respondents. */
const COMMENTS = [
  'The Wi-Fi kept dropping in the annex.',
  'Shuttles left too early.',
  'Le WiFi était lent, et les navettes pleines.',
  'Shuttles left too early.',
  'El wifi del hotel no funcionaba.',
  'La navette du soir était en retard.',
  'shuttles left too early. ',
  'Great keynote <b>speakers</b> & panels',
  'Keynote speakers were inspiring; wifi was fine.',
];

let browser: Browser | undefined;
let tmp = '';
let url = '';

beforeAll(async () => {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: install it (apt-get install chromium) or set DEBRIEF_CHROMIUM');
  tmp = mkdtempSync(join(tmpdir(), 'debrief-themes-'));
  const levels = ['Excellent', 'Good', 'Fair', 'Poor'];
  const rows = ['Respondent ID,How would you rate the venue?,Any other comments or suggestions?'];
  COMMENTS.forEach((c, r) => rows.push(`${r + 1},${levels[r % 4]},"${c.replace(/"/g, '""')}"`));
  writeFileSync(join(tmp, 'export.csv'), rows.join('\r\n') + '\r\n');
  await runReport([join(tmp, 'export.csv')], { out: join(tmp, 'report'), formats: ['html', 'json'] });
  url = pathToFileURL(join(tmp, 'report', 'index.html')).href;
  browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

async function open(javaScriptEnabled = true): Promise<Page> {
  const context = await browser!.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** Texts of the comments shown, without their "×N" mark. */
const shown = (page: Page) =>
  page.$$eval('#comments-1 > li', (lis) => lis.filter((li) => (li as HTMLElement).checkVisibility()).map((li) => (li.firstChild?.textContent ?? '').trimEnd()));

/** The distinct comments (trimmed, spaces and case folded) that match, by a plain loop. */
function distinctMatching(pattern: RegExp): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of COMMENTS) {
    const key = c.trim().replace(/\s+/g, ' ').toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    if (pattern.test(c)) out.push(c.trimEnd());
  }
  return out;
}

describe('report(comments) in Chromium', { timeout: 60_000 }, () => {
  it('report(comments) shows each distinct comment once, the repeated one with ×3', async () => {
    const page = await open();
    expect(await shown(page)).toEqual(distinctMatching(/./));
    expect(await page.locator('#comments-1 .times [aria-hidden="true"]').allTextContents()).toEqual(['×3']);
    await page.context().close();
  });

  it('report(comments) turns each theme into a button with aria-pressed, in the summary\'s order', async () => {
    const summary = JSON.parse(readFileSync(join(tmp, 'report', 'summary.json'), 'utf8')) as { comments: { themes: { term: string; count: number }[] }[] };
    const page = await open();
    const buttons = page.locator('#themes-1 button.theme');
    expect(await buttons.count()).toBe(summary.comments[0].themes.length);
    expect(await page.$$eval('#themes-1 button.theme', (bs) => bs.map((b) => [b.querySelector('.theme-term')!.textContent, b.getAttribute('aria-pressed')]))).toEqual(
      summary.comments[0].themes.map((t) => [t.term, 'false']),
    );
    await page.context().close();
  });

  it('report(comments): clicking "wifi" shows only the comments using it, clicking again shows all', async () => {
    const page = await open();
    const wifi = page.locator('#themes-1 button.theme', { has: page.locator('.theme-term', { hasText: /^wifi$/ }) });
    await wifi.click();
    expect(await wifi.getAttribute('aria-pressed')).toBe('true');
    const expected = distinctMatching(/wi-?fi/i);
    expect(expected).toHaveLength(4);
    expect(await shown(page)).toEqual(expected);
    expect(await page.locator('#themes-status-1').textContent()).toBe(themesText('en').filtered.replace('{n}', '4').replace('{term}', 'wifi'));
    await wifi.click();
    expect(await wifi.getAttribute('aria-pressed')).toBe('false');
    expect(await shown(page)).toEqual(distinctMatching(/./));
    await page.context().close();
  });

  it('report(comments): clicking a second theme replaces the first', async () => {
    const page = await open();
    const button = (term: RegExp) => page.locator('#themes-1 button.theme', { has: page.locator('.theme-term', { hasText: term }) });
    await button(/^wifi$/).click();
    // "shuttles" alone is not a theme: its three writers all wrote "shuttles left".
    await button(/^shuttles left$/).click();
    expect(await button(/^wifi$/).getAttribute('aria-pressed')).toBe('false');
    expect(await button(/^shuttles left$/).getAttribute('aria-pressed')).toBe('true');
    expect(await shown(page)).toEqual(distinctMatching(/shuttles left/i));
    // The status counts respondents, as the bar does: the one sentence was written by three.
    let writers = 0;
    for (const c of COMMENTS) if (/shuttles left/i.test(c)) writers++;
    expect(await page.locator('#themes-status-1').textContent()).toBe(themesText('en').filtered.replace('{n}', String(writers)).replace('{term}', 'shuttles left'));
    await page.context().close();
  });

  it('report(comments) has no axe-core violation in the comments section, filtered or not', async () => {
    const page = await open();
    await page.evaluate(AXE);
    const run = async () =>
      ((await page.evaluate(`axe.run('#comments', { resultTypes: ['violations'] })`)) as { violations: { id: string; nodes: unknown[] }[] }).violations.map((v) => v.id);
    expect(await run()).toEqual([]);
    await page.locator('#themes-1 button.theme').first().click();
    expect(await run()).toEqual([]);
    await page.context().close();
  });

  it('report(comments) without script shows every comment and the themes as a plain list', async () => {
    const page = await open(false);
    expect(await shown(page)).toEqual(distinctMatching(/./));
    expect(await page.locator('#themes-1 button').count()).toBe(0);
    expect(await page.locator('#themes-1 li').count()).toBeGreaterThan(0);
    expect(await page.locator('#themes-hint-1').isVisible()).toBe(false);
    await page.context().close();
  });
});
