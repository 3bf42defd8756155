import { describe, expect, it } from 'vitest';
import { qualtricsCsv, qualtricsRows, type QualtricsMeta } from '../../../scripts/exports/qualtrics.js';
import type { MatrixQuestion } from '../../../scripts/exports/survey.js';
import { expectReadBack, forumSurvey, VENUE, WORKSHOP_ROWS, WORKSHOPS } from './sample-survey.js';

const meta = (r: number): QualtricsMeta => ({
  id: `R_forum${String(r).padStart(10, '0')}`, start: `2025-05-06 09:${String(r % 60).padStart(2, '0')}:00`, end: `2025-05-06 10:${String(r % 60).padStart(2, '0')}:00`,
  duration: 600 + r, ip: `198.51.100.${r + 1}`, first: '', last: '', email: '', latitude: '-1.2833', longitude: '36.8167', language: 'EN',
});
const survey = forumSurvey(46, 14, meta);

describe('qualtricsCsv(survey, options)', () => {
  it('qualtricsCsv(survey) (current layout, choice text) is read back by ingestBytes with the counts of the description', async () => {
    await expectReadBack(qualtricsCsv(survey), 'forum.csv', survey, 'qualtrics');
  });

  it('qualtricsCsv(survey, {numeric: true}) writes recodes (the N/A recode negative) that are read back with the same counts', async () => {
    const recoded = { ...survey, questions: survey.questions.map((q) => (q.kind === 'matrix' ? ({ ...q, recodes: [4, 3, 2, 1, -99] } as MatrixQuestion) : q)) };
    const csv = qualtricsCsv(recoded, { numeric: true });
    expect(csv).toContain(',-99,');
    await expectReadBack(csv, 'forum-numeric.csv', recoded, 'qualtrics');
  });

  it('qualtricsCsv(survey, {layout: legacy}) is read back with the counts of the description', async () => {
    await expectReadBack(qualtricsCsv(survey, { layout: 'legacy', blankRows: 1 }), 'forum-legacy.csv', survey, 'qualtrics-legacy');
  });

  it('qualtricsCsv(survey, {layout: insights}) is read back with the counts of the description', async () => {
    await expectReadBack(qualtricsCsv(survey, { layout: 'insights' }), 'forum-2016.csv', survey, 'qualtrics');
  });

  it('qualtricsCsv(survey, {headerLanguage: es, timeZone, selectedChoice: always}) (a Spanish account) is read back with the counts of the description', async () => {
    await expectReadBack(qualtricsCsv(survey, { headerLanguage: 'es', timeZone: 'America/Bogota', selectedChoice: 'always' }), 'foro.csv', survey, 'qualtrics');
  });
});

describe('qualtricsRows(survey, options)', () => {
  it('qualtricsRows(survey) tags grid rows `Q4_1`, the "Other" text `Q1_4_TEXT`, and spells each ImportId as its layout does', () => {
    const [tags, texts, ids] = qualtricsRows(survey);
    const at = tags.indexOf('Q4_1');
    expect(tags.slice(at, at + 3)).toEqual(['Q4_1', 'Q4_2', 'Q4_3']);
    expect(texts[at]).toBe(`${WORKSHOPS} - ${WORKSHOP_ROWS[0]}`);
    expect(ids[at]).toBe('{"ImportId":"QID4_1"}');
    expect(tags).toContain('Q1_4_TEXT');
    expect(ids[tags.indexOf('Q6')]).toBe('{"ImportId":"QID6_TEXT"}');
    const [insightTags, , insightIds] = qualtricsRows(survey, { layout: 'insights' });
    expect(insightIds[insightTags.indexOf('Q1_4_TEXT')]).toBe("{'ImportId': 'QID1-4-TEXT'}");
  });

  it('qualtricsRows(survey, {headerLanguage: es, timeZone, selectedChoice: always}) words the metadata, the role suffixes and the Status text in Spanish, names the zone, and marks every choice column', () => {
    const [tags, texts, ids, first] = qualtricsRows(survey, { headerLanguage: 'es', timeZone: 'America/Bogota', selectedChoice: 'always' });
    expect(texts.slice(0, 4)).toEqual(['Fecha de inicio', 'Fecha de finalización', 'Tipo de respuesta', 'Dirección IP']);
    expect(texts[16]).toBe('Idioma del usuario');
    expect(first[2]).toBe('Dirección IP');
    expect(ids[0]).toBe('{"ImportId":"startDate","timeZone":"America/Bogota"}');
    expect(ids[7]).toBe('{"ImportId":"recordedDate","timeZone":"America/Bogota"}');
    expect(texts[tags.indexOf('Q1')]).toBe('What was your role at the forum? - Opción seleccionada');
    expect(texts[tags.indexOf('Q1_4_TEXT')]).toBe('What was your role at the forum? - Other - Texto');
    expect(texts[tags.indexOf('Q2')]).toBe('Which days were you there? - Opción seleccionada');
    // Ratings and text are never marked.
    expect(texts[tags.indexOf('Q3')]).toBe(VENUE);
  });

  it('qualtricsRows(survey) by default marks only the choice with an "Other" field, in English, in Zurich time', () => {
    const [tags, texts, ids, first] = qualtricsRows(survey);
    expect(texts[0]).toBe('Start Date');
    expect(first[2]).toBe('IP Address');
    expect(ids[0]).toBe('{"ImportId":"startDate","timeZone":"Europe/Zurich"}');
    expect(texts[tags.indexOf('Q1')]).toBe('What was your role at the forum? - Selected Choice');
    expect(texts[tags.indexOf('Q1_4_TEXT')]).toBe('What was your role at the forum? - Other - Text');
    expect(texts[tags.indexOf('Q2')]).toBe('Which days were you there?');
  });

  it('qualtricsRows(survey, {selectedChoice: multi}) marks the checkbox question and the choice with an "Other" field, not a plain single choice', () => {
    const again = { kind: 'single' as const, code: 'Q7', text: 'Would you come again?', options: ['Yes', 'No'] };
    const withAgain = { questions: [...survey.questions, again], respondents: survey.respondents.map((p) => ({ ...p, answers: [...p.answers, 'Yes'] })) };
    const [tags, texts] = qualtricsRows(withAgain, { selectedChoice: 'multi' });
    expect(texts[tags.indexOf('Q1')]).toBe('What was your role at the forum? - Selected Choice');
    expect(texts[tags.indexOf('Q2')]).toBe('Which days were you there? - Selected Choice');
    expect(texts[tags.indexOf('Q7')]).toBe('Would you come again?');
  });

  it('qualtricsRows(survey, {numeric: true}) rejects an N/A answer that has no recode', () => {
    expect(() => qualtricsRows(survey, { numeric: true })).toThrow(/no recode for "Not applicable"/);
  });
});
