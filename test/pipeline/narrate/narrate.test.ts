import { describe, expect, it } from 'vitest';
import { breakdowns } from '../../../pipeline/metrics/breakdown.js';
import { compareEditions } from '../../../pipeline/metrics/comparison.js';
import { groupMetrics } from '../../../pipeline/metrics/group.js';
import { netPromoterScore } from '../../../pipeline/metrics/nps.js';
import { responseRate } from '../../../pipeline/metrics/response-rate.js';
import { wilson } from '../../../pipeline/metrics/wilson.js';
import {
  formatPercent, narrate, narrateBreakdowns, narrateComparison, narrateNps, narrateResponseRate, percent, type Lang, type NarratedItem,
} from '../../../pipeline/narrate/narrate.js';

const QUALITY = ['Excellent', 'Good', 'Fair', 'Poor'];
const NB = '\u00a0';

function item(id: string, group: string, label: string, positiveCount: number, valid: number, extra: Partial<NarratedItem> = {}): NarratedItem & { positiveCount: number } {
  const [positiveLow, positiveHigh] = wilson(positiveCount, valid);
  return { id, label, group, levels: QUALITY, positiveLevels: 2, scale: 'excellent-poor-4', valid, positiveCount, positive: positiveCount / valid, positiveLow, positiveHigh, ...extra };
}

/** The chair's-summary sample: logistics 348/400 = 87%; plenaries 70–80% with a clear best; side-events 76–95% with two leaders tied. */
const ITEMS = [
  item('log', 'logistics', 'Overall, how would you rate the logistical arrangements?', 348, 400),
  item('p1', 'plenary', 'Plenary 1 – Mine Action and the Environment', 315, 450),
  item('p2', 'plenary', 'Plenary 2 – Diversity', 280, 400),
  item('p7', 'plenary', 'Plenary 7 – Improvised Explosive Devices', 384, 480),
  item('s1', 'side-event', 'Safe Ground', 95, 100),
  item('s2', 'side-event', 'Libya', 85, 100),
  item('s3', 'side-event', 'Iraq', 380, 500),
];

function sentences(lang: Lang, items = ITEMS) {
  return narrate(items, groupMetrics(items), { lang });
}

describe('percent(share)', () => {
  it('percent rounds half up: 0.815 → 82, 0.805 → 81, 0.8049 → 80, −0.315 → −31', () => {
    expect([percent(0.815), percent(0.805), percent(0.8049), percent(-0.315)]).toEqual([82, 81, 80, -31]);
  });
  it('formatPercent(0.87, "fr") puts a no-break space before %', () => {
    expect(formatPercent(0.87, 'fr')).toBe(`87${NB}%`);
  });
});

describe('narrate(items, groups)', () => {
  it('narrate in English gives the chair\'s-summary sentences', () => {
    const text = sentences('en').map((s) => s.text);
    expect(text).toContain('87% of respondents rated the logistical and organisational arrangements good or excellent (n = 400; 95% CI 83–90%)');
    expect(text).toContain('70 to 80% of respondents rated the plenaries good or excellent');
    expect(text).toContain('The plenary “Improvised Explosive Devices” was the most appreciated, with 80% of respondents rating it good or excellent (n = 480; 95% CI 76–83%)');
    // Side-events: mean of 95, 85, 76% = 85.3%; pooled 560/700 = 80%.
    expect(text).toContain('Side-events were rated good or excellent by 85% of respondents on average (unweighted mean of 3 side-events; pooled: 80%)');
  });

  it('narrate marks the range as headline when narrow (≤ 15 points), else the average', () => {
    const s = sentences('en');
    expect(s.find((x) => x.group === 'plenary' && x.kind === 'range')!.headline).toBe(true);
    expect(s.find((x) => x.group === 'plenary' && x.kind === 'average')!.headline).toBe(false);
    expect(s.find((x) => x.group === 'side-event' && x.kind === 'range')!.headline).toBe(false);
    expect(s.find((x) => x.group === 'side-event' && x.kind === 'average')!.headline).toBe(true);
  });

  it('narrate reports items whose interval overlaps the leader\'s as tied with it', () => {
    const tie = sentences('en').find((x) => x.group === 'side-event' && x.kind === 'tie');
    expect(sentences('en').some((x) => x.group === 'side-event' && x.kind === 'best')).toBe(false);
    expect(tie?.text).toBe('No single side-event stands out: “Safe Ground” (95%), the highest rated, is within the margin of error of “Libya” (85%)');
  });

  it('narrate names at most three items tied with the leader, then counts the rest ("and 2 more", "et 1 autre")', () => {
    const items = ['A', 'B', 'C', 'D', 'E', 'F'].map((l, k) => item(l, 'plenary', l, 80 - k, 100));
    expect(sentences('en', items).find((s) => s.kind === 'tie')!.text).toBe('No single plenary stands out: “A” (80%), the highest rated, is within the margin of error of “B” (79%), “C” (78%), “D” (77%) and 2 more');
    const five = items.slice(0, 5);
    expect(sentences('fr', five).find((s) => s.kind === 'tie')!.text).toMatch(/de «\u00a0B\u00a0» \(79\u00a0%\), «\u00a0C\u00a0» \(78\u00a0%\), «\u00a0D\u00a0» \(77\u00a0%\) et 1 autre$/);
  });

  it('narrate in French makes adjectives and participles agree', () => {
    const text = sentences('fr').map((s) => s.text);
    expect(text).toContain(`87${NB}% des répondants ont jugé la logistique et l'organisation bonnes ou excellentes (n = 400${NB}; IC à 95${NB}% : 83–90${NB}%)`);
    expect(text).toContain(`De 70 à 80${NB}% des répondants ont jugé les plénières bonnes ou excellentes`);
    expect(text).toContain(`La plénière «${NB}Improvised Explosive Devices${NB}» a été la plus appréciée${NB}: 80${NB}% des répondants l'ont jugée bonne ou excellente (n = 480${NB}; IC à 95${NB}% : 76–83${NB}%)`);
    expect(text).toContain(`Les événements parallèles ont été jugés bons ou excellents par 85${NB}% des répondants en moyenne (moyenne non pondérée de 3 événements parallèles${NB}; toutes réponses confondues${NB}: 80${NB}%)`);
    expect(text.join('\n')).toMatch(/^Aucun événement parallèle ne se détache nettement\u00a0: «\u00a0Safe Ground\u00a0» \(95\u00a0%\), le mieux noté, est dans la marge d'erreur de «\u00a0Libya\u00a0» \(85\u00a0%\)$/m);
    expect(text.join('\n')).not.toMatch(/jugé\(e\)s|La événement|chacune des les/);
  });

  it('narrate in Spanish makes adjectives and participles agree', () => {
    const text = sentences('es').map((s) => s.text);
    expect(text).toContain(`El 87${NB}% de los encuestados calificaron la logística y la organización como buenas o excelentes (n = 400; IC del 95${NB}%: 83–90${NB}%)`);
    expect(text).toContain(`Entre el 70 y el 80${NB}% de los encuestados calificaron las sesiones plenarias como buenas o excelentes`);
    expect(text).toContain(`La sesión plenaria «Improvised Explosive Devices» fue la más apreciada: el 80${NB}% de los encuestados la calificaron como buena o excelente (n = 480; IC del 95${NB}%: 76–83${NB}%)`);
    expect(text).toContain(`Los eventos paralelos fueron calificados como buenos o excelentes por el 85${NB}% de los encuestados en promedio (media no ponderada de 3 eventos paralelos; con todas las respuestas agregadas: 80${NB}%)`);
    expect(text.join('\n')).toMatch(/^Ningún evento paralelo destaca claramente: «Safe Ground» \(95\u00a0%\), el mejor valorado, está dentro del margen de error de «Libya» \(85\u00a0%\)$/m);
  });

  it('narrate in French for a side-event: masculine best ("le plus apprécié … l\'ont jugé bon")', () => {
    const items = [item('a', 'side-event', 'Safe Ground', 480, 500), item('b', 'side-event', 'Libya', 60, 100)];
    const best = sentences('fr', items).find((s) => s.kind === 'best')!.text;
    expect(best).toMatch(/^L'événement parallèle «\u00a0Safe Ground\u00a0» a été le plus apprécié\u00a0: 96\u00a0% des répondants l'ont jugé bon ou excellent/);
    const es = sentences('es', items).find((s) => s.kind === 'best')!.text;
    expect(es).toMatch(/^El evento paralelo «Safe Ground» fue el más apreciado: el 96\u00a0% de los encuestados lo calificaron como bueno o excelente/);
  });

  it('narrate says French and Spanish level words even for an English export', () => {
    for (const lang of ['fr', 'es'] as const) expect(sentences(lang).map((s) => s.text).join('\n')).not.toMatch(/\bgood\b|\bexcellent or\b|\bor excellent\b/);
  });

  it('narrate quotes the answers when the subject has no known gender (an item of its own)', () => {
    const items = [item('v', 'other', 'The venue', 40, 50)];
    expect(sentences('fr', items)[0].text).toMatch(/^80\u00a0% des répondants ont répondu «\u00a0bon\u00a0» ou «\u00a0excellent\u00a0» pour «\u00a0The venue\u00a0»/);
    expect(sentences('es', items)[0].text).toMatch(/^El 80\u00a0% de los encuestados respondieron «bueno» o «excelente» para «The venue»/);
    expect(sentences('en', items)[0].text).toMatch(/^80% of respondents rated “The venue” good or excellent/);
  });

  it('narrate uses the answers of an agreement scale as said ("answered “agree” or “strongly agree”")', () => {
    const levels = ['Strongly agree', 'Agree', 'Neither agree nor disagree', 'Disagree', 'Strongly disagree'];
    const items = [item('a', 'logistics', 'The venue was adequate', 40, 50, { levels, scale: 'agree-5' })];
    expect(sentences('en', items)[0].text).toMatch(/^80% of respondents answered “agree” or “strongly agree” for the logistical/);
    expect(sentences('fr', items)[0].text).toMatch(/ont répondu «\u00a0d'accord\u00a0» ou «\u00a0tout à fait d'accord\u00a0» pour la logistique/);
  });

  it('narrate says "a positive answer" for a group whose items use different scales', () => {
    const items = [item('a', 'other', 'A', 40, 50), item('b', 'other', 'B', 30, 50, { levels: ['5', '4', '3', '2', '1'], scale: 'numeric-1-5' })];
    expect(sentences('en', items)[0].text).toBe('60 to 80% of respondents gave a positive answer for the other questions');
  });

  it('narrate with every item at the same whole percent: "Each of the plenaries was rated … by 80%"', () => {
    const items = [item('a', 'plenary', 'A', 80, 100), item('b', 'plenary', 'B', 160, 200)];
    expect(sentences('en', items)[0].text).toBe('Each of the plenaries was rated good or excellent by 80% of respondents');
    expect(sentences('fr', items)[0].text).toBe(`Chacune des plénières a été jugée bonne ou excellente par 80${NB}% des répondants`);
    expect(sentences('es', items)[0].text).toBe(`Cada una de las sesiones plenarias fue calificada como buena o excelente por el 80${NB}% de los encuestados`);
  });
});

describe('narrateResponseRate(rate)', () => {
  it('narrateResponseRate(412 of 520) in English, French and Spanish', () => {
    const rate = responseRate(412, 520);
    expect(narrateResponseRate(rate).text).toBe('412 of 520 participants responded (79%)');
    expect(narrateResponseRate(rate, { lang: 'fr' }).text).toBe(`412 des 520 participants ont répondu (79${NB}%)`);
    expect(narrateResponseRate(rate, { lang: 'es' }).text).toBe(`Respondieron 412 de los 520 participantes (79${NB}%)`);
    expect(narrateResponseRate(responseRate(1412, 2520)).text).toBe('1,412 of 2,520 participants responded (56%)');
  });
});

describe('narrateNps(nps)', () => {
  it('narrateNps: signed score, n, interval, promoters and detractors', () => {
    const nps = netPromoterScore('q', [120, 100, 80, 50, 30, 25, 15, 10, 8, 7, 5], [10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    expect(narrateNps(nps).text).toBe('Net Promoter Score: +27 (n = 450; 95% CI +19 to +34); 49% promoters (9–10), 22% detractors (0–6)');
    const negative = netPromoterScore('q', [1, 1, 0, 0, 8, 0, 0, 0, 0, 0, 0], [10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    expect(narrateNps(negative, { lang: 'fr' }).text).toMatch(/^Net Promoter Score\u00a0: \u221260 \(n = 10/);
  });
});

describe('narrateComparison(comparison, items)', () => {
  it('narrateComparison: one overall sentence, then one sentence per significant change only', () => {
    const cur = [item('a', 'plenary', 'Plenary 1', 350, 420), item('b', 'plenary', 'Plenary 2', 290, 410), item('n', 'plenary', 'New', 5, 10)];
    const base = [item('a0', 'plenary', 'Plenary 1', 324, 450), item('b0', 'plenary', 'Plenary 2', 284, 400)];
    const comparison = compareEditions(
      cur.map((i) => ({ ...i, question: 'Q', scale: 'excellent-poor-4' })),
      base.map((i) => ({ ...i, question: 'Q', scale: 'excellent-poor-4' })),
    );
    const s = narrateComparison(comparison, cur);
    expect(s.map((x) => x.kind)).toEqual(['comparison', 'change']);
    expect(s[0].text).toBe('Compared with the previous edition, 1 of the 2 items asked in both changed significantly (p < 0.05); 1 item was not compared (new, dropped, reworded or on another scale)');
    expect(s[1].text).toBe('“Plenary 1”: 83% of respondents rated it good or excellent, up from 72% in the previous edition (+11 points; 95% CI +6 to +17 points; p < 0.001)');
    expect(narrateComparison(comparison, cur, { lang: 'fr' })[1].text).toMatch(/^«\u00a0Plenary 1\u00a0»\u00a0: 83\u00a0% de réponses «\u00a0bon\u00a0» ou «\u00a0excellent\u00a0», contre 72\u00a0% lors de l'édition précédente \(\+11 points\u00a0; IC à 95\u00a0%\u00a0: \+6 à \+17 points\u00a0; p < 0,001\)$/);
  });
});

describe('narrateBreakdowns(breakdowns, items, groups)', () => {
  it('narrateBreakdowns: published cells with n, suppressed cells only counted', () => {
    const a = { id: 'a', group: 'plenary', positiveLevels: 2, counts: [30, 30, 20, 10], byAttribute: { gender: { Female: [15, 15, 10, 5], Male: [14, 14, 10, 5], X: [1, 1, 0, 0] } } };
    const b = { id: 'b', group: 'plenary', positiveLevels: 2, counts: [20, 20, 10, 10], byAttribute: { gender: { Female: [10, 10, 5, 5], Male: [8, 8, 5, 5], X: [2, 2, 0, 0] } } };
    const out = breakdowns([a, b], [{ id: 'plenary', items: ['a', 'b'] }], [{ name: 'gender', values: ['Female', 'Male', 'X'] }], { minCell: 5 });
    const items = [item('a', 'plenary', 'A', 60, 90), item('b', 'plenary', 'B', 40, 60)];
    const [s] = narrateBreakdowns(out, items, [{ id: 'plenary', items: ['a', 'b'] }]);
    const g = out.rows.find((r) => r.item === null)!;
    const shown = g.cells.filter((c) => !c.suppressed);
    const hidden = g.cells.length - shown.length;
    expect(s.kind).toBe('breakdown');
    expect(s.attribute).toBe('gender');
    expect(s.text.startsWith('By gender, share of answers good or excellent for the plenaries: ')).toBe(true);
    for (const c of shown) expect(s.text).toContain(`“${c.value}” ${formatPercent(c.positive!)} (n = ${c.valid})`);
    for (const c of g.cells.filter((x) => x.suppressed)) expect(s.text).not.toContain(`“${c.value}”`);
    if (hidden) expect(s.text).toMatch(new RegExp(`; ${hidden} values? not shown to protect small groups$`));
  });
});

describe('narrate(items, groups) with bare session names', () => {
  it('narrate([Plenary 1]) names the session "Plenary 1", not "1"', () => {
    const item = { id: 'p1', label: 'Plenary 1', group: 'plenary', levels: ['Excellent', 'Good', 'Fair', 'Poor'], positiveLevels: 2, valid: 100, positive: 0.5, positiveLow: 0.4, positiveHigh: 0.6 };
    const group = { id: 'plenary', items: ['p1'], meanPositive: 0.5, pooledPositive: 0.5, pooledLow: 0.4, pooledHigh: 0.6, minPositive: 0.5, maxPositive: 0.5, valid: 100, best: 'p1', tiedWithBest: [], bestIsClear: false };
    const text = narrate([item], [group as never]).map((s) => s.text).join(' ');
    expect(text).toContain('Plenary 1');
    expect(text).not.toMatch(/“1”/);
  });
});
