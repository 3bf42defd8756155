import { describe, expect, it } from 'vitest';
import { groupMetrics } from '../../../pipeline/metrics/index.js';
import { narrate, type Lang } from '../../../pipeline/narrate/index.js';
import { item, ITEMS, NB } from './items.js';

function sentences(lang: Lang, items = ITEMS) {
  return narrate(items, groupMetrics(items), { lang });
}

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

describe('narrate(items, groups) with bare session names', () => {
  it('narrate([Plenary 1]) names the session "Plenary 1", not "1"', () => {
    const item = { id: 'p1', label: 'Plenary 1', group: 'plenary', levels: ['Excellent', 'Good', 'Fair', 'Poor'], positiveLevels: 2, valid: 100, positive: 0.5, positiveLow: 0.4, positiveHigh: 0.6 };
    const group = { id: 'plenary', items: ['p1'], meanPositive: 0.5, pooledPositive: 0.5, pooledLow: 0.4, pooledHigh: 0.6, minPositive: 0.5, maxPositive: 0.5, valid: 100, best: 'p1', tiedWithBest: [], bestIsClear: false };
    const text = narrate([item], [group as never]).map((s) => s.text).join(' ');
    expect(text).toContain('Plenary 1');
    expect(text).not.toMatch(/“1”/);
  });
});
