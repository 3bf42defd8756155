import { expectations } from '../../expectations.js';
/**
 * summarise() against independent truth: every figure of every fixture from
 * its generator's counts (expected.json) by plain loops here; the comparison
 * of ndm-un24 with ndm-un23 from the chosen counts and a z test done by hand;
 * breakdown cells from a plain count over the CSV; and properties over
 * generated exports (shares in range, counts adding up, row order, small cells).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { DebriefError } from '../../../pipeline/errors.js';
import { ingestBytes, ingestFile } from '../../../pipeline/ingest/index.js';
import * as msg from '../../../pipeline/messages.js';
import { breakdownsCsv } from '../../../pipeline/outputs/breakdowns-csv.js';
import type { Survey } from '../../../pipeline/ingest/normalise/resolve.js';
import { summarise, type Summary } from '../../../pipeline/narrate/summary.js';
import type { ExpectedFixture } from '../../../scripts/expected.js';
import { levelCounts } from '../../../scripts/gen-ndm-un23.js';
import * as un23 from '../../../scripts/ndm-un23-counts.js';
import * as un24 from '../../../scripts/ndm-un24-counts.js';
import { mulberry32, shuffle } from '../../../scripts/random.js';

const Z = 1.959963984540054;

/** Wilson score interval, written out from Wilson (1927) / Newcombe (1998) eq. 3. */
function handWilson(x: number, n: number): [number, number] {
  if (n === 0) return [0, 1];
  const p = x / n;
  const a = p + (Z * Z) / (2 * n);
  const b = Z * Math.sqrt((p * (1 - p)) / n + (Z * Z) / (4 * n * n));
  const c = 1 + (Z * Z) / n;
  return [x === 0 ? 0 : (a - b) / c, x === n ? 1 : (a + b) / c];
}


describe('summarise(fixture)', () => {
  for (const [dir, file, e] of expectations()) {
    it(`summarise(${dir}/${file}): every item and group figure matches a plain count over expected.json`, async () => {
      const { summary } = summarise((await ingestFile(join('fixtures', dir, file))).survey);
      expect(summary.items.map((i) => i.label)).toEqual(e.items.map((i) => i.label));
      // Items: top two levels over the sum of the levels.
      const hand = e.items.map((want, k) => {
        const valid = want.counts.reduce((a, b) => a + b, 0);
        const positiveCount = want.counts[0] + want.counts[1];
        const n = want.counts.length;
        let codeSum = 0;
        want.counts.forEach((c, i) => (codeSum += c * (n === 11 ? 10 - i : n - i)));
        // Bottom half negative; on an odd scale the middle level is neutral.
        const middle = n % 2 === 1 ? (n - 1) / 2 : -1;
        let negative = 0;
        want.counts.forEach((c, i) => (negative += i >= Math.ceil(n / 2) && i !== middle ? c : 0));
        const share = (x: number) => (valid ? x / valid : 0);
        return {
          id: summary.items[k].id, group: want.group, valid, positiveCount, positive: share(positiveCount), mean: valid ? codeSum / valid : null, ci: handWilson(positiveCount, valid),
          negative: share(negative), neutral: middle < 0 ? null : share(want.counts[middle]),
        };
      });
      summary.items.forEach((got, k) => {
        const h = hand[k];
        expect(got.valid).toBe(h.valid);
        expect(got.positiveCount).toBe(h.positiveCount);
        expect(got.positive).toBeCloseTo(h.positive, 12);
        expect(got.positiveLow).toBeCloseTo(h.ci[0], 12);
        expect(got.positiveHigh).toBeCloseTo(h.ci[1], 12);
        expect(got.negative).toBeCloseTo(h.negative, 12);
        if (h.neutral === null) expect(got.neutral).toBeNull();
        else expect(got.neutral).toBeCloseTo(h.neutral, 12);
        if (h.mean === null) expect(got.mean).toBeNull();
        else expect(got.mean).toBeCloseTo(h.mean, 12);
        expect(got.levels.map((l) => got.counts[l])).toEqual(e.items[k].counts);
      });
      // Groups: the rated items of each group, in survey order; the recommendation item (expected group `nps`) is in none.
      const groups = [...new Set(hand.filter((h) => h.valid > 0 && h.group !== 'nps').map((h) => h.group))];
      expect(summary.groups.map((g) => g.id).sort()).toEqual(groups.sort());
      for (const id of groups) {
        const members = hand.filter((h) => h.group === id && h.valid > 0);
        const g = summary.groups.find((x) => x.id === id)!;
        let sum = 0;
        let positive = 0;
        let valid = 0;
        let min = 1;
        let max = 0;
        let best = members[0];
        for (const m of members) {
          sum += m.positive;
          positive += m.positiveCount;
          valid += m.valid;
          if (m.positive < min) min = m.positive;
          if (m.positive > max) max = m.positive;
          if (m.positive > best.positive) best = m;
        }
        const tied = members.filter((m) => m !== best && m.ci[1] >= best.ci[0]).map((m) => m.id);
        expect(g.items).toEqual(members.map((m) => m.id));
        expect(g.meanPositive).toBeCloseTo(sum / members.length, 12);
        expect(g.pooledPositive).toBeCloseTo(positive / valid, 12);
        expect(g.pooledLow).toBeCloseTo(handWilson(positive, valid)[0], 12);
        expect(g.pooledHigh).toBeCloseTo(handWilson(positive, valid)[1], 12);
        expect(g.minPositive).toBeCloseTo(min, 12);
        expect(g.maxPositive).toBeCloseTo(max, 12);
        expect(g.valid).toBe(valid);
        expect(g.best).toBe(best.id);
        expect(g.tiedWithBest).toEqual(tied);
        expect(g.bestIsClear).toBe(members.length > 1 && tied.length === 0);
      }
      // NPS: the 0–10 item the generator put in `nps`, promoters 9–10 minus detractors 0–6.
      const npsItem = e.items.findIndex((i) => i.group === 'nps');
      if (npsItem < 0) expect(summary.nps).toBeUndefined();
      else {
        const c = e.items[npsItem].counts;
        const n = c.reduce((a, b) => a + b, 0);
        const promoters = c[0] + c[1];
        const detractors = c.slice(4).reduce((a, b) => a + b, 0);
        expect(summary.nps!.score).toBeCloseTo(promoters / n - detractors / n, 12);
        // Adjusted Wald (Rocks 2016): ¾ added to promoters and detractors, 3 to n.
        const p = (promoters + 0.75) / (n + 3);
        const d = (detractors + 0.75) / (n + 3);
        const se = Math.sqrt((p + d - (p - d) ** 2) / (n + 3));
        expect(summary.nps!.low).toBeCloseTo(Math.max(-1, p - d - Z * se), 12);
        expect(summary.nps!.high).toBeCloseTo(Math.min(1, p - d + Z * se), 12);
      }
    });
  }
});

let survey23: Survey;
let survey24: Survey;
beforeAll(async () => {
  survey23 = (await ingestFile('fixtures/ndm-un23/surveymonkey.csv')).survey;
  survey24 = (await ingestFile('fixtures/ndm-un24/surveymonkey.csv')).survey;
}, 60_000);

describe('summarise(ndm-un24, { baseline: ndm-un23 })', () => {
  /** The z test by hand from the generators' chosen counts. */
  function handZ(now: { valid: number; positive: number }, then: { valid: number; positive: number }): number {
    const pooled = (now.positive + then.positive) / (now.valid + then.valid);
    return (now.positive / now.valid - then.positive / then.valid) / Math.sqrt(pooled * (1 - pooled) * (1 / now.valid + 1 / then.valid));
  }
  const previous = new Map([...un23.PLENARIES, ...un23.SIDE_EVENTS].map((c) => [c.label, c]));
  const matched = [...un24.PLENARIES, ...un24.SIDE_EVENTS].filter((c) => c.previous);
  const expected = matched.map((c) => ({ label: c.label, z: handZ(c, previous.get(c.previous!)!), previous: previous.get(c.previous!)! }));

  it('the chosen counts make each change clearly significant (|z| > 3) or clearly not (|z| < 1)', () => {
    for (const x of expected) expect(Math.abs(x.z) > 3 || Math.abs(x.z) < 1).toBe(true);
    expect(expected.filter((x) => Math.abs(x.z) > 3).map((x) => x.label)).toEqual([
      'Plenary 1 – Mine Action and the Environment',
      'Plenary 4 – Thinking Safety and Acting Safely in the Digital Age',
      'Mine Action Information Management of the Future',
      'Environmental Impact and Climate Change Adaptation in Mine Action',
      'Survey, Clearance and Risk Education of Improvised Mines - Challenges, Solutions and Best Practices',
    ]);
  });

  it('summarise(ndm-un24, { baseline }) reports exactly the expected significant and non-significant changes', () => {
    const { summary, sentences } = summarise(survey24, { baseline: { file: 'surveymonkey.csv', survey: survey23 } });
    const c = summary.comparison!;
    expect(c.baseline).toBe('surveymonkey.csv');
    expect(c.items.map((i) => i.label)).toEqual(expected.map((x) => x.label));
    c.items.forEach((got, k) => {
      const want = expected[k];
      expect(got.z).toBeCloseTo(want.z, 10);
      expect(got.significant).toBe(Math.abs(want.z) > Z);
      expect(got.previous).toBeCloseTo(want.previous.positive / want.previous.valid, 14);
      expect(got.previousValid).toBe(want.previous.valid);
      expect(got.low).toBeLessThan(got.change);
      expect(got.high).toBeGreaterThan(got.change);
      // Newcombe's interval excludes 0 exactly for these clear changes, and includes it for the others.
      expect(got.low > 0 || got.high < 0).toBe(got.significant);
    });
    // One sentence per significant change, naming the item.
    const changes = sentences.filter((s) => s.kind === 'change');
    expect(changes.map((s) => s.item)).toEqual(c.items.filter((i) => i.significant).map((i) => i.id));
    expect(summary.headlines).toContain('Compared with the previous edition, 5 of the 18 items asked in both changed significantly (p < 0.05); 15 items were not compared (new, dropped, reworded or on another scale)');
  });

  it('summarise(ndm-un24, { baseline }) lists reworded, new, dropped and rescaled items as not compared', () => {
    const c = summarise(survey24, { baseline: { file: 'b.csv', survey: survey23 } }).summary.comparison!;
    const current = c.unmatched.filter((u) => u.edition === 'current');
    expect(current.find((u) => u.reason === 'scale-changed')).toMatchObject({ label: un24.LOGISTICS_QUESTION, scale: 'satisfied-5', otherScale: 'excellent-poor-4' });
    const unmatchedNow = [...un24.PLENARIES, ...un24.SIDE_EVENTS].filter((x) => x.edition === 'reworded' || x.edition === 'new').map((x) => x.label);
    expect(current.filter((u) => u.reason === 'no-match').map((u) => u.label)).toEqual([...unmatchedNow, un24.RECOMMEND_QUESTION]);
    expect(c.unmatched.filter((u) => u.edition === 'baseline').map((u) => u.label)).toEqual(un24.DROPPED);
  });

  it('summarise(ndm-un24): the NPS from the chosen 0–10 counts', () => {
    const nps = summarise(survey24).summary.nps!;
    expect(nps).toMatchObject({ valid: 450, promoters: 220, passives: 130, detractors: 100 });
    expect(nps.score).toBeCloseTo(120 / 450, 14);
  });
});

describe('summarise(survey, { participants })', () => {
  it('summarise(ndm-un23, { participants: 640 }): "512 of 640 participants responded (80%)" with a Wilson interval', () => {
    const { summary } = summarise(survey23, { participants: 640 });
    expect(summary.responseRate).toMatchObject({ respondents: 512, participants: 640, rate: 0.8 });
    expect(summary.responseRate!.low).toBeCloseTo(handWilson(512, 640)[0], 12);
    expect(summary.headlines[0]).toBe('512 of 640 participants responded (80%)');
    expect(summary.methodology.map((m) => m.topic)).toContain('response-rate');
  });

  it('summarise(ndm-un23, { participants: 500 }) is a usage error: fewer participants than respondents', () => {
    expect(() => summarise(survey23, { participants: 500 })).toThrow(new DebriefError(msg.participantsTooFew(500, 512), 2));
  });

  it('summarise(ndm-un23) without participants has no response rate', () => {
    expect(summarise(survey23).summary.responseRate).toBeUndefined();
  });

  it('summarise(ndm-un23, { positiveLevels: 1 }) counts only the top level as positive', () => {
    const { summary } = summarise(survey23, { positiveLevels: 1 });
    const logistics = summary.items[0];
    expect(logistics.positiveLevels).toBe(1);
    expect(logistics.positiveCount).toBe(levelCounts(un23.LOGISTICS)[0]);
    expect(() => summarise(survey23, { positiveLevels: 4 })).toThrow(DebriefError);
  });
});

describe('summarise(ndm-un24).breakdowns', () => {
  const rows: string[][] = Papa.parse<string[]>(readFileSync('fixtures/ndm-un24/surveymonkey.csv', 'utf8').trim(), {}).data;
  /** Plain count over the CSV: answers on the scale, and Excellent or Good, per value of one attribute column. */
  function handCells(attributeColumn: number, itemColumn: number): Map<string, { valid: number; positive: number }> {
    const out = new Map<string, { valid: number; positive: number }>();
    for (const row of rows.slice(2)) {
      const value = row[attributeColumn];
      const cell = out.get(value) ?? { valid: 0, positive: 0 };
      const a = row[itemColumn];
      if (['Excellent', 'Good', 'Fair', 'Poor'].includes(a)) cell.valid++;
      if (a === 'Excellent' || a === 'Good') cell.positive++;
      out.set(value, cell);
    }
    return out;
  }

  it('summarise(ndm-un24): every breakdown cell matches a plain count over the CSV; cells under 5 are suppressed, never published', () => {
    const { summary } = summarise(survey24);
    expect(summary.breakdowns.attributes).toEqual(['role', 'gender', 'region']);
    const attributeColumns: Record<string, number> = { role: rows[0].indexOf(un24.ROLE_QUESTION), gender: rows[0].indexOf(un24.GENDER_QUESTION), region: rows[0].indexOf(un24.REGION_QUESTION) };
    let suppressed = 0;
    let checked = 0;
    for (const group of ['plenary', 'side-event']) {
      const members = [...(group === 'plenary' ? un24.PLENARIES : un24.SIDE_EVENTS)];
      for (const [attribute, column] of Object.entries(attributeColumns)) {
        const pooled = new Map<string, { valid: number; positive: number }>();
        for (const p of members) {
          const item = summary.items.find((i) => i.label === p.label)!;
          const row = summary.breakdowns.rows.find((r) => r.attribute === attribute && r.item === item.id)!;
          const hand = handCells(column, rows[1].indexOf(p.label));
          for (const [v, c] of hand) {
            const sum = pooled.get(v) ?? { valid: 0, positive: 0 };
            pooled.set(v, { valid: sum.valid + c.valid, positive: sum.positive + c.positive });
          }
          expect(row.cells.map((c) => c.value)).toEqual([...hand.keys()].sort());
          for (const cell of row.cells) {
            const h = hand.get(cell.value)!;
            checked++;
            if (h.valid < 5) expect(cell.suppressed).toBe(true);
            if (cell.suppressed) {
              suppressed++;
              expect([cell.valid, cell.positiveCount, cell.positive, cell.positiveLow, cell.positiveHigh]).toEqual([null, null, null, null, null]);
            } else {
              expect([cell.valid, cell.positiveCount]).toEqual([h.valid, h.positive]);
              expect(cell.positive).toBeCloseTo(h.positive / h.valid, 14);
              expect([cell.positiveLow, cell.positiveHigh]).toEqual(handWilson(h.positive, h.valid).map((x) => expect.closeTo(x, 12)));
            }
          }
          expect(row.cells.filter((c) => c.suppressed).length).not.toBe(1);
        }
        // The group's row pools the answers of its items.
        const groupRow = summary.breakdowns.rows.find((r) => r.attribute === attribute && r.group === group && r.item === null)!;
        for (const cell of groupRow.cells) {
          const h = pooled.get(cell.value)!;
          if (h.valid < 5) expect(cell.suppressed).toBe(true);
          if (!cell.suppressed) expect([cell.valid, cell.positiveCount]).toEqual([h.valid, h.positive]);
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
    // "Prefer not to say" (4 respondents) is below k = 5 for every item: each region row hides it and one more.
    expect(suppressed).toBeGreaterThanOrEqual(2 * (un24.PLENARIES.length + un24.SIDE_EVENTS.length));
  });

  it('summarise(ndm-un24, { minCell: 1 }) publishes every cell with an answer', () => {
    const { summary } = summarise(survey24, { minCell: 1 });
    const row = summary.breakdowns.rows.find((r) => r.attribute === 'region' && r.item === summary.items[1].id)!;
    expect(row.cells.every((c) => c.suppressed === (c.valid === null))).toBe(true);
    expect(summary.breakdowns.minCell).toBe(1);
  });
});

// ------------------------------------------------------------ generated exports

const LEVELS = ['Excellent', 'Good', 'Fair', 'Poor', 'N/A', ''];
const ROLES = ['Donor', 'NGO', 'UN', 'Government', ''];
const GENDERS = ['Female', 'Male', 'Prefer not to say'];

/** A small export in the generic one-header layout: respondent id, role, gender, and some plenaries. */
const exportArb = fc
  .record({
    items: fc.integer({ min: 1, max: 4 }),
    rows: fc.array(fc.record({ role: fc.constantFrom(...ROLES), gender: fc.constantFrom(...GENDERS), answers: fc.array(fc.constantFrom(...LEVELS), { minLength: 4, maxLength: 4 }) }), { minLength: 3, maxLength: 60 }),
    seed: fc.integer(),
    minCell: fc.integer({ min: 1, max: 10 }),
  })
  .map(({ items, rows, seed, minCell }) => {
    const header = ['Respondent ID', 'Role', 'Gender', ...Array.from({ length: items }, (_, k) => `How would you rate the plenaries? [Session ${k + 1}]`)];
    // Two fixed rows so that every item column has answers at both ends of the scale.
    const data = [
      ['r-a', 'Donor', 'Female', ...Array<string>(items).fill('Excellent')],
      ['r-b', 'NGO', 'Male', ...Array<string>(items).fill('Poor')],
      ...rows.map((r, k) => [`r${k}`, r.role, r.gender, ...r.answers.slice(0, items)]),
    ];
    return { header, data, seed, minCell };
  });

function csv(header: string[], data: string[][]): Uint8Array {
  return new TextEncoder().encode(Papa.unparse({ fields: header, data }, { newline: '\r\n' }) + '\r\n');
}

async function summaryOf(bytes: Uint8Array, minCell: number): Promise<{ summary: Summary; sentences: ReturnType<typeof summarise>['sentences'] }> {
  return summarise((await ingestBytes(bytes, { file: 'x.csv' })).survey, { minCell });
}

describe('summarise(generated export)', () => {
  it('summarise: shares in [0, 1], counts add up to n, pooled share between min and max', async () => {
    await fc.assert(
      fc.asyncProperty(exportArb, async ({ header, data, minCell }) => {
        const { summary } = await summaryOf(csv(header, data), minCell);
        for (const item of summary.items) {
          const counts = Object.values(item.counts);
          expect(counts.reduce((a, b) => a + b, 0)).toBe(item.valid);
          const unrecognised = Object.values(item.unrecognised).reduce((a, b) => a + b, 0);
          expect(item.valid + item.notApplicable + item.missing + unrecognised).toBe(summary.respondents);
          for (const x of [item.positive, item.negative, item.neutral ?? 0, item.positiveLow, item.positiveHigh]) {
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(1);
          }
        }
        for (const g of summary.groups) {
          expect(g.pooledPositive).toBeGreaterThanOrEqual(g.minPositive - 1e-12);
          expect(g.pooledPositive).toBeLessThanOrEqual(g.maxPositive + 1e-12);
        }
        for (const row of summary.breakdowns.rows) {
          for (const c of row.cells) if (!c.suppressed) expect(c.positive!).toBeGreaterThanOrEqual(0), expect(c.positive!).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('summarise: the same rows in another order give the same summary.json', async () => {
    await fc.assert(
      fc.asyncProperty(exportArb, async ({ header, data, seed, minCell }) => {
        const a = (await summaryOf(csv(header, data), minCell)).summary;
        const b = (await summaryOf(csv(header, shuffle(data, mulberry32(seed))), minCell)).summary;
        expect(JSON.stringify(b, null, 2)).toBe(JSON.stringify(a, null, 2));
      }),
      { numRuns: 60 },
    );
  });

  it('summarise: suppressed cells never appear in summary.json, breakdowns.csv or the sentences', async () => {
    await fc.assert(
      fc.asyncProperty(exportArb, async ({ header, data, minCell }) => {
        const { summary, sentences } = await summaryOf(csv(header, data), minCell);
        const table = Papa.parse<Record<string, string>>(breakdownsCsv(summary), { header: true, skipEmptyLines: true }).data;
        expect(table.length).toBe(summary.breakdowns.rows.reduce((a, r) => a + r.cells.length, 0));
        let k = 0;
        for (const row of summary.breakdowns.rows) {
          const sentence = sentences.find((s) => s.kind === 'breakdown' && s.group === row.group && s.attribute === row.attribute);
          for (const c of row.cells) {
            const line = table[k++];
            expect(line.value).toBe(c.value);
            if (!c.suppressed) {
              expect(c.valid!).toBeGreaterThanOrEqual(minCell);
              expect(Number(line.valid)).toBe(c.valid);
              continue;
            }
            // summary.json: every figure null.
            expect([c.valid, c.positiveCount, c.positive, c.positiveLow, c.positiveHigh]).toEqual([null, null, null, null, null]);
            // breakdowns.csv: every figure empty.
            expect([line.valid, line.positive_count, line.positive, line.positive_low, line.positive_high, line.suppressed]).toEqual(['', '', '', '', '', 'true']);
            // Sentences: the group's sentence never names a suppressed value.
            if (row.item === null && sentence) {
              const name = c.value === '' ? '(not stated)' : `“${c.value}”`;
              expect(sentence.text).not.toContain(name);
            }
          }
        }
      }),
      { numRuns: 80 },
    );
  });
});

describe('summarise(survey) keeps the recommendation item apart', () => {
  it('summarise(fixture): no group of any fixture holds a 0–10 recommendation item, and each fixture with one has its NPS', async () => {
    for (const [dir, file, e] of expectations()) {
      const { survey } = await ingestFile(join('fixtures', dir, file));
      const { summary } = summarise(survey);
      const apart = new Set(e.items.map((i, k) => (i.group === 'nps' ? summary.items[k].id : '')).filter(Boolean));
      for (const g of summary.groups) for (const id of g.items) expect(apart.has(id), `${dir}/${file}: ${g.id} holds ${id}`).toBe(false);
      expect(summary.nps !== undefined, `${dir}/${file}`).toBe(apart.size > 0);
    }
  });

  it('summarise(survey) leaves a recommendation item out of a group a config put it in, and pools 0–10 items apart from 5-point ones', async () => {
    const { survey } = await ingestFile(join('fixtures', 'google-forms-symposium', 'responses.csv'));
    // As a config would: everything in one group of its own naming.
    const forced = { ...survey, items: survey.items.map((i) => ({ ...i, group: 'everything' })) };
    const { summary } = summarise(forced);
    const recommend = summary.items.find((i) => /suggest this symposium/.test(i.label))!;
    const mark = summary.items.find((i) => /mark the symposium/.test(i.label))!;
    expect(summary.groups.flatMap((g) => g.items)).not.toContain(recommend.id);
    expect(summary.nps?.item).toBe(recommend.id);
    const pooled = summary.groups.find((g) => g.id === 'everything')!;
    expect(pooled.items).not.toContain(mark.id);
    expect(summary.groups.find((g) => g.id === 'everything-0-10')!.items).toEqual([mark.id]);
    // The pooled share of the 5-point items, by a plain count: every item but the two 0–10 ones.
    let positive = 0;
    let valid = 0;
    for (const i of summary.items) {
      if (i.levels.length === 11) continue;
      const counts = i.levels.map((l) => i.counts[l]);
      positive += counts[0] + counts[1];
      valid += counts.reduce((a, b) => a + b, 0);
    }
    expect(pooled.pooledPositive).toBeCloseTo(positive / valid, 12);
  });
});
