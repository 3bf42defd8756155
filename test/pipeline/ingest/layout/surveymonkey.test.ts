/**
 * isSurveyMonkey(rows) across account languages: SurveyMonkey writes its
 * metadata headers in the language of the account (French and Spanish
 * fixtures: fixtures/surveymonkey-fr, fixtures/excel-resaves/utf8-bom.csv).
 */
import { describe, expect, it } from 'vitest';
import { isSurveyMonkey, surveyMonkeyLayout } from '../../../../pipeline/ingest/layout/surveymonkey.js';

const sub = ['', '', '', '', 'Réponse'];

describe('isSurveyMonkey(rows)', () => {
  it('isSurveyMonkey(rows) recognises an English account', () => {
    expect(isSurveyMonkey([['Respondent ID', 'Collector ID', 'Start Date', 'End Date', 'Q1'], sub])).toBe(true);
  });

  it('isSurveyMonkey(rows) recognises a French account', () => {
    expect(isSurveyMonkey([['ID du répondant', 'ID du collecteur', 'Date de début', 'Date de fin', 'Q1'], sub])).toBe(true);
  });

  it('isSurveyMonkey(rows) recognises a Spanish account', () => {
    expect(isSurveyMonkey([['ID del encuestado', 'ID del recopilador', 'Fecha de inicio', 'Fecha de finalización', 'Q1'], sub])).toBe(true);
  });

  it('isSurveyMonkey(rows) ignores case, spacing and accents in the headers', () => {
    expect(isSurveyMonkey([[' id du repondant ', 'ID  du  collecteur', 'Q1'], ['', '', 'Réponse']])).toBe(true);
  });

  it('isSurveyMonkey(rows) needs both ids and a second row', () => {
    expect(isSurveyMonkey([['ID du répondant', 'Date de début', 'Q1'], ['', '', 'Réponse']])).toBe(false);
    expect(isSurveyMonkey([['Respondent ID', 'Collector ID', 'Q1']])).toBe(false);
  });
});

describe('surveyMonkeyLayout(rows)', () => {
  it('surveyMonkeyLayout(rows) gives French metadata headers their roles', () => {
    const top = ['ID du répondant', 'ID du collecteur', 'Date de début', 'Date de fin', 'Adresse IP', 'Adresse e-mail', 'Prénom', 'Nom', 'Données personnalisées 1', 'Q1'];
    const layout = surveyMonkeyLayout([top, [...top.slice(0, 9).map(() => ''), 'Réponse']]);
    expect(layout.columns.map((c) => c.role.kind)).toEqual([
      'respondent-id', 'meta', 'meta', 'meta', 'personal', 'personal', 'personal', 'personal', 'personal', 'answer',
    ]);
  });

  it('surveyMonkeyLayout(rows) gives Spanish metadata headers their roles', () => {
    const top = ['ID del encuestado', 'ID del recopilador', 'Fecha de inicio', 'Fecha de finalización', 'Dirección IP', 'Dirección de correo electrónico', 'Nombre', 'Apellido', 'Datos personalizados 1', 'Q1'];
    const layout = surveyMonkeyLayout([top, [...top.slice(0, 9).map(() => ''), 'Respuesta']]);
    expect(layout.columns.map((c) => c.role.kind)).toEqual([
      'respondent-id', 'meta', 'meta', 'meta', 'personal', 'personal', 'personal', 'personal', 'personal', 'answer',
    ]);
  });
});
