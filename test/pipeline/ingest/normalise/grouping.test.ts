import { describe, expect, it } from 'vitest';
import { assignGroups, isRecommendation, recommendationCue, separateTenPoint, type GroupedItem } from '../../../../pipeline/ingest/normalise/grouping.js';

const FIVE = { id: 'excellent-poor-5', levels: ['Excellent', 'Very good', 'Good', 'Fair', 'Poor'] };
const TEN = { id: 'numeric-0-10', levels: ['10', '9', '8', '7', '6', '5', '4', '3', '2', '1', '0'] };
const row = (question: string, label: string, scale = FIVE): GroupedItem => ({ question, label, scale });

describe('assignGroups(items)', () => {
  it('assignGroups names a matrix question’s rows after their shared kind', () => {
    const q = 'Your view of the afternoon programme';
    const out = assignGroups([row(q, 'Atelier A – compost'), row(q, 'Atelier B – semences'), row(q, 'Atelier C – irrigation')]);
    expect(out.map((o) => o.group)).toEqual(['workshop', 'workshop', 'workshop']);
    expect(out[0].reason).toEqual({ by: 'label', cue: 'atelier' });
  });

  it('assignGroups makes the question itself the group when its programme rows differ, and leaves logistics rows in logistics', () => {
    const q = 'Valore las actividades del congreso';
    const out = assignGroups([row(q, 'Mesa redonda sobre pesca'), row(q, 'Taller de redes'), row(q, 'Visita de campo al puerto'), row(q, 'Servicio de comida')]);
    expect(out.map((o) => o.group)).toEqual([q, q, q, 'logistics']);
    expect(out[0].reason).toEqual({ by: 'question-itself' });
    expect(out[3].reason).toEqual({ by: 'label', cue: 'servicio de comida' });
  });

  it('assignGroups gives a question made of its rows’ titles (Microsoft Forms) no say: each row keeps its own kind', () => {
    const q = 'Panel: oceans … Exhibition hall';
    const out = assignGroups([row(q, 'Panel: oceans'), row(q, 'Exhibition hall')]);
    expect(out.map((o) => o.group)).toEqual(['panel', 'exhibition']);
  });

  it('assignGroups sends a 0–10 recommendation question to nps, in EN, FR and ES, and only on a 0–10 scale', () => {
    const texts = ['Would you recommend the forum to others?', 'Recommanderiez-vous ce colloque ?', '¿Recomendaría el encuentro?', 'How likely are you to tell a friend about the fair?', 'Probabilité de parler du salon à un collègue'];
    for (const t of texts) expect(assignGroups([row(t, t, TEN)])[0], t).toMatchObject({ group: 'nps', reason: { by: 'recommend' } });
    // Agreement with "I would recommend…" on a 5-point scale is a rating, not an NPS.
    expect(assignGroups([row('I would recommend this forum', 'I would recommend this forum')])[0].group).toBe('other');
    // "How likely are you to come back?" names no one to tell: a 0–10 rating, not an NPS.
    expect(assignGroups([row('How likely are you to come back?', 'How likely are you to come back?', TEN)])[0].group).toBe('other');
  });

  it('assignGroups lends no recommendation words across a question made of titles: only the statement that asks is the NPS', () => {
    const a = 'Mark the poster hall out of 10';
    const b = 'Would you recommend the congress to a peer?';
    const q = `${a} … ${b}`;
    expect(assignGroups([row(q, a, TEN), row(q, b, TEN)]).map((o) => o.group)).toEqual(['poster', 'nps']);
  });

  it('assignGroups moves 0–10 items of a kind that also has shorter scales to <kind>-0-10', () => {
    const out = assignGroups([
      row('Dans l’ensemble, êtes-vous satisfait ?', 'Dans l’ensemble, êtes-vous satisfait ?'),
      row('Note globale sur 10', 'Note globale sur 10', TEN),
      row('Drone workshop, out of 10', 'Drone workshop, out of 10', TEN),
    ]);
    expect(out.map((o) => o.group)).toEqual(['overall', 'overall-0-10', 'workshop']);
    expect(out[1].reason).toEqual({ by: 'scale', cue: 'note globale' });
  });
});

describe('recommendationCue(text)', () => {
  it('recommendationCue returns the words found, or undefined', () => {
    expect(recommendationCue('How likely is it that you would recommend us?')).toBe('recommend');
    expect(recommendationCue('¿Con qué probabilidad se lo contaría a un colega?')).toBe('probabilidad … colega');
    expect(recommendationCue('How likely are you to return?')).toBeUndefined();
  });
});

describe('isRecommendation(item)', () => {
  it('isRecommendation needs both the words and a 0–10 scale', () => {
    expect(isRecommendation(row('Recommend?', 'Recommend?', TEN))).toBe(true);
    expect(isRecommendation(row('Recommend?', 'Recommend?', FIVE))).toBe(false);
  });
});

describe('separateTenPoint(items)', () => {
  it('separateTenPoint moves only 0–10 items whose group also holds shorter scales, and leaves nps and the input alone', () => {
    const items = [
      { group: 'g', levels: FIVE.levels },
      { group: 'g', levels: TEN.levels },
      { group: 'h', levels: TEN.levels },
      { group: 'nps', levels: TEN.levels },
    ];
    const copy = structuredClone(items);
    expect(separateTenPoint(items).map((i) => i.group)).toEqual(['g', 'g-0-10', 'h', 'nps']);
    expect(items).toEqual(copy);
  });
});
