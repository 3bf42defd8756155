import { describe, expect, it } from 'vitest';
import { isNotApplicable, labelWords } from '../../../../pipeline/ingest/normalise/not-applicable.js';
import { levelIndex, matchScale, SCALES } from '../../../../pipeline/ingest/normalise/scales.js';

/** Spellings organisers write for "not applicable / did not attend", with the language each is in. */
const POSITIVE: [string, string][] = [
  // EN
  ['en', 'N/A'], ['en', 'NA'], ['en', 'n.a.'], ['en', 'n/a'], ['en', 'Not applicable'], ['en', 'NOT APPLICABLE'],
  ['en', 'Did not attend'], ['en', 'Didn’t attend'], ["en", "didn't attend"], ['en', 'Not attended'],
  ['en', 'I did not attend this session'], ['en', 'No opinion'], ["en", "Don't know"], ["en", "Can't say"],
  ['en', 'No basis to judge'], ['en', 'No basis for evaluation'], ['en', 'N/A - did not attend'],
  ['en', 'N/A – Did not attend this session'], ['en', 'Did not attend / N/A'], ['en', 'Not applicable (did not attend)'],
  ['en', 'N/A: I wasn’t there'], ['en', 'I missed this session'], ['en', 'Unable to attend'], ['en', 'Did not participate'],
  ['en', '6. N/A'], ['en', 'n_a'], ['en', 'didnt_attend'], ['en', 'Not sure'], ['en', 'N/A or no opinion'],
  ['en', 'Does not apply to me'], ['en', 'Did not attend the workshop'],
  // FR
  ['fr', 'Sans objet'], ['fr', 'SANS OBJET'], ['fr', 'Non applicable'], ["fr", "Je n'ai pas assisté"], ['fr', 'Je n’ai pas assisté à cette séance'],
  ['fr', 'Pas assisté'], ['fr', 'Pas assistée'], ['fr', 'Ne sais pas'], ['fr', 'NSP'], ['fr', 'N.S.P.'],
  ["fr", "Sans objet / je n'ai pas assisté"], ['fr', 'Non concerné(e)'], ['fr', 'Sans avis'], ["fr", "Je n'y suis pas allé(e)"],
  ["fr", "Je n'ai pas pu y assister"], ["fr", "Je n'étais pas présente"], ["fr", "Je n'y étais pas"], ['fr', 'Absent(e)'],
  ['fr', 'Non suivi'], ["fr", "Je n'ai pas suivi cette conférence"], ['fr', 'Sans objet – absent'],
  // ES
  ['es', 'No aplica'], ['es', 'No asistí'], ['es', 'No asisti'], ['es', 'No participé'], ['es', 'No sé'], ['es', 'NS/NC'],
  ['es', 'No aplica (no asistí)'], ['es', 'No asistí a esta sesión'], ['es', 'No estuve presente'], ['es', 'No pude asistir'],
  ['es', 'No sabe / no contesta'], ['es', 'Sin opinión'], ['es', 'No corresponde'], ['es', 'No la seguí'], ['es', 'Ausente'],
  ['es', 'NS / NC — no participé en ese taller'],
];

/** Scale levels and other answers that hold a "not", "pas" or "no" and are not "not applicable". */
const NEGATIVE: [string, string][] = [
  ['en', 'Not good'], ['en', 'Not at all satisfied'], ['en', 'Not satisfied'], ['en', 'Not very useful'], ['en', 'Not relevant'],
  ['en', 'Did not meet expectations'], ['en', 'No'], ['en', 'None'], ['en', 'Nation'], ['en', 'So-so'], ['en', 'Neutral'],
  ['en', 'Neither agree nor disagree'], ['en', 'Very poor'], ['en', 'Nothing to add'], ['en', 'Not at all'], ['en', 'Good'],
  ['fr', 'Pas du tout satisfait'], ['fr', 'Pas satisfait'], ['fr', "Pas d'accord"], ['fr', 'Non'], ['fr', 'Présent'],
  ['fr', 'Sans intérêt'], ['fr', 'Peu satisfait'], ['fr', 'Insuffisant'], ['fr', 'Nul'], ['fr', 'Pas assez de temps'],
  ['es', 'Nada satisfecho'], ['es', 'No satisfecho'], ['es', 'Nada'], ['es', 'Ni bien ni mal'], ['es', 'Poco útil'],
  ['es', 'No muy útil'], ['es', 'Muy malo'], ['es', 'En desacuerdo'],
  ['-', '0'], ['-', '1'], ['-', ''], ['-', '   '], ['-', '10'],
];

describe('isNotApplicable(answer)', () => {
  it('isNotApplicable(answer) tables hold at least 40 spellings in each of three languages, positive and negative', () => {
    expect(POSITIVE.length + NEGATIVE.length).toBeGreaterThanOrEqual(40);
    for (const lang of ['en', 'fr', 'es']) {
      expect(POSITIVE.filter(([l]) => l === lang).length, lang).toBeGreaterThanOrEqual(10);
      expect(NEGATIVE.filter(([l]) => l === lang).length, lang).toBeGreaterThanOrEqual(5);
    }
  });

  for (const [lang, label] of POSITIVE) {
    it(`isNotApplicable(${JSON.stringify(label)}) is true (${lang})`, () => expect(isNotApplicable(label)).toBe(true));
  }
  for (const [lang, label] of NEGATIVE) {
    it(`isNotApplicable(${JSON.stringify(label)}) is false (${lang})`, () => expect(isNotApplicable(label)).toBe(false));
  }

  it('isNotApplicable(every whole label the catalogue listed before) is still true', () => {
    const former = [
      'n/a', 'na', 'n.a.', 'n.a', 'not applicable', 'does not apply', 'did not attend', "didn't attend", 'i did not attend',
      'not attended', 'no basis for evaluation', 'no basis to evaluate', 'no opinion', "don't know", 'do not know',
      'sans objet', 'non applicable', 'non concerné', "je n'ai pas assisté", 'pas assisté', 'ne sais pas', 'sans avis',
      'no asistí', 'no asisti', 'no aplica', 'no corresponde', 'no sé', 'no se', 'sin opinión', 'n_a', 'didnt_attend', 'dont_know',
    ];
    expect(former.filter((label) => !isNotApplicable(label))).toEqual([]);
  });

  it('isNotApplicable(negative recode) is true, a positive number is not', () => {
    expect(['-1', '-99', '-2.0'].map((a) => isNotApplicable(a))).toEqual([true, true, true]);
    expect(['3', '99'].map((a) => isNotApplicable(a))).toEqual([false, false]);
  });

  it('isNotApplicable(answer, { extra }) also accepts the labels given, folded', () => {
    const extra = ['Estaba en otra sala'];
    expect(isNotApplicable('Estaba en otra sala')).toBe(false);
    expect(isNotApplicable('ESTABA EN OTRA SALA.', { extra })).toBe(true);
    expect(isNotApplicable('Bueno', { extra })).toBe(false);
  });

  it('isNotApplicable(a long comment made of the phrases) is false: comments are not choice labels', () => {
    expect(isNotApplicable(Array.from({ length: 60 }, () => 'N/A').join(' / '))).toBe(false);
  });
});

describe('labelWords(label)', () => {
  it('labelWords(label) drops case, accents and every separator', () => {
    expect(labelWords('N/A')).toBe('n a');
    expect(labelWords('n.a.')).toBe('n a');
    expect(labelWords('  No asistí (sesión) ')).toBe('no asisti sesion');
    expect(labelWords('Didn’t')).toBe(labelWords("Didn't"));
  });
});

describe('matchScale(answers) with not-applicable spellings', () => {
  it('matchScale(levels + a combined N/A label) keeps the label out of the scale and of the unknown answers', () => {
    const m = matchScale(['Excellent', 'Good', 'Fair', 'Poor', 'N/A - did not attend'])!;
    expect(m.scale.id).toBe('excellent-poor-4');
    expect(m.unknown).toEqual([]);
  });

  it('matchScale(levels that start with "not" or "pas") keeps them on the scale', () => {
    const m = matchScale(['Très satisfait', 'Satisfait', 'Insatisfait', 'Pas du tout satisfait'])!;
    expect(levelIndex(m.scale, 'Pas du tout satisfait')).toBe(m.scale.levels.length - 1);
    expect(matchScale(['Muy satisfecho', 'Satisfecho', 'Nada satisfecho'])!.unknown).toEqual([]);
    expect(SCALES.some((s) => levelIndex(s, 'Nada satisfecho') >= 0)).toBe(true);
  });
});
