/**
 * Golden tests of the one number formatter: every string below is written by
 * hand as each language prints it (en: comma groups; fr: no-break spaces
 * between groups and before "%"; es: four-digit numbers left whole, then
 * point groups, as Spanish spreadsheets write them), not taken from the program.
 */
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../pipeline/cli.js';
import {
  formatCount,
  formatDecimal,
  formatInterval,
  formatPercent,
  formatPercentRange,
  formatPointChange,
  formatPValue,
  nEquals,
  numberLocale,
  pEquals,
  percent,
} from '../../../pipeline/util/numbers.js';

const S = '\u00a0';

describe('formatCount(n, lang)', () => {
  it('formatCount(n, lang) groups thousands as each language writes them', () => {
    const golden: [number, string, string, string][] = [
      [7, '7', '7', '7'],
      [512, '512', '512', '512'],
      [1355, '1,355', `1${S}355`, '1355'],
      [2820, '2,820', `2${S}820`, '2820'],
      [12345, '12,345', `12${S}345`, '12.345'],
      [1000000, '1,000,000', `1${S}000${S}000`, '1.000.000'],
    ];
    for (const [n, en, fr, es] of golden) {
      expect([formatCount(n, 'en'), formatCount(n, 'fr'), formatCount(n, 'es')]).toEqual([en, fr, es]);
    }
    expect(formatCount(-1200)).toBe('\u22121,200');
    expect(formatCount(1354.6)).toBe('1,355');
  });
});

describe('formatPercent(share, lang)', () => {
  it('formatPercent(share, lang) writes a whole percent, with a no-break space in fr and es', () => {
    expect([formatPercent(0.72), formatPercent(0.72, 'fr'), formatPercent(0.72, 'es')]).toEqual(['72%', `72${S}%`, `72${S}%`]);
    expect(formatPercent(0.815)).toBe('82%');
    expect(formatPercent(0.8149)).toBe('81%');
    expect(formatPercent(1)).toBe('100%');
    expect(percent(0.285)).toBe(29);
  });
});

describe('formatPercentRange(low, high, lang)', () => {
  it('formatPercentRange(low, high, lang) writes "70–80%" with one sign, or one figure when both ends round alike', () => {
    expect([formatPercentRange(0.7, 0.8), formatPercentRange(0.7, 0.8, 'fr'), formatPercentRange(0.7, 0.8, 'es')]).toEqual(['70–80%', `70–80${S}%`, `70–80${S}%`]);
    expect(formatPercentRange(0.804, 0.796)).toBe('80%');
    expect(formatInterval(0.804, 0.796, 'fr')).toBe(`80–80${S}%`);
  });
});

describe('nEquals(n, lang)', () => {
  it('nEquals(n, lang) writes the base with the language grouping', () => {
    expect([nEquals(1355), nEquals(1355, 'fr'), nEquals(1355, 'es'), nEquals(20480, 'es')]).toEqual(['n = 1,355', `n = 1${S}355`, 'n = 1355', 'n = 20.480']);
  });
});

describe('formatDecimal(x, digits, lang)', () => {
  it('formatDecimal(x, digits, lang) writes a decimal comma in fr and es', () => {
    expect([formatDecimal(0.05, 2), formatDecimal(0.05, 2, 'fr'), formatDecimal(3.14159, 3, 'es')]).toEqual(['0.05', '0,05', '3,142']);
    expect(formatDecimal(-0.0001, 2)).toBe('0.00');
    expect(formatDecimal(-1.5, 1, 'fr')).toBe('\u22121,5');
  });
});

describe('formatPointChange(delta, lang)', () => {
  it('formatPointChange(delta, lang) signs the change in whole points, half up', () => {
    expect(formatPointChange(0.13)).toBe(`+13${S}pts`);
    expect(formatPointChange(-0.045, 'fr')).toBe(`\u22125${S}pts`);
    expect(formatPointChange(0.001)).toBe(`±0${S}pts`);
    expect([formatPointChange(0.01), formatPointChange(-0.012, 'fr')]).toEqual([`+1${S}pt`, `\u22121${S}pt`]);
    expect(formatPointChange(0.2, 'es')).toBe(`+20${S}p.${S}p.`);
  });
});

describe('formatPValue(p, lang) and pEquals(p, lang)', () => {
  it('formatPValue(p, lang) writes three decimals or "< 0.001"; pEquals adds "p"', () => {
    expect([formatPValue(0.0123), formatPValue(0.0123, 'fr'), formatPValue(0.0004, 'es')]).toEqual(['0.012', '0,012', '< 0,001']);
    expect([pEquals(0.0123), pEquals(0.0004), pEquals(0.5, 'es')]).toEqual(['p = 0.012', 'p < 0.001', 'p = 0,500']);
  });
});

describe('numberLocale(lang)', () => {
  it('numberLocale(lang) gives vega the same separators and percent sign', () => {
    expect(numberLocale('fr')).toMatchObject({ decimal: ',', thousands: S, percent: `${S}%`, grouping: [3] });
    expect(numberLocale('es')).toMatchObject({ decimal: ',', thousands: '.', percent: `${S}%` });
    expect(numberLocale('en')).toMatchObject({ decimal: '.', thousands: ',', percent: '%' });
  });
});

/** What a reader sees of a report folder: the page's text, the overview chart, the deck's slides and notes, charts.pdf. */
async function outputsText(out: string): Promise<Record<string, string>> {
  const nb = (s: string) => s.replace(/&nbsp;|&#160;|&#xa0;/gi, '\u00a0');
  const zip = await JSZip.loadAsync(readFileSync(join(out, 'deck.pptx')));
  const parts = Object.keys(zip.files).filter((f) => /^ppt\/(slides\/slide|notesSlides\/notesSlide)\d+\.xml$/.test(f));
  const deck = (await Promise.all(parts.map((f) => zip.file(f)!.async('string')))).join('\n');
  const pdf = execFileSync('pdftotext', ['-enc', 'UTF-8', join(out, 'charts.pdf'), '-'], { encoding: 'utf8' });
  return { html: nb(readFileSync(join(out, 'index.html'), 'utf8')), svg: readFileSync(join(out, 'charts', 'overview.svg'), 'utf8'), deck, pdf };
}

describe('one formatter in every output', () => {
  for (const [file, lang] of [['fixtures/ndm-un23/surveymonkey.csv', 'en'], ['fixtures/ndm-un23/surveymonkey-fr.csv', 'fr']] as const) {
    it(`debrief report ${file}: the page, the overview chart, the deck and charts.pdf write the plenaries' range and base alike (${lang})`, async () => {
      const out = join(mkdtempSync(join(tmpdir(), 'debrief-numbers-')), 'report');
      expect(await main(['report', file, '--out', out, '--quiet'])).toBe(0);
      const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { groups: { id: string; minPositive: number; maxPositive: number; valid: number }[] };
      const plenary = summary.groups.find((g) => g.id === 'plenary')!;
      const range = formatPercentRange(plenary.minPositive, plenary.maxPositive, lang);
      const base = nEquals(plenary.valid, lang);
      const text = await outputsText(out);
      // pdftotext may give a no-break space back as a plain one.
      const loose = (s: string) => s.replace(/\u00a0/g, ' ');
      for (const [where, body] of Object.entries(text)) {
        expect(loose(body), `${where} has ${range}`).toContain(loose(range));
        if (where !== 'html') expect(loose(body), `${where} has ${base}`).toContain(loose(base));
        if (where !== 'pdf') expect(body, `${where} keeps the no-break spaces`).toContain(range);
      }
      if (lang === 'en') expect(base).toBe('n = 2,820');
      else expect(range).toMatch(/^\d+–\d+\u00a0%$/);
    }, 120_000);
  }
});
