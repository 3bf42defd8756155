import { describe, expect, it } from 'vitest';
import { detectLanguage, detectSurveyLanguage } from '../../../pipeline/narrate/detect-language.js';

describe('detectLanguage(texts)', () => {
  it('detectLanguage(texts) reads French scale labels and sub-headers as fr', () => {
    expect(detectLanguage(['Très bien', 'Bien', 'Moyen', 'Insuffisant', 'Sans objet', 'Réponse'])).toBe('fr');
    expect(detectLanguage(["Tout à fait d'accord", "Plutôt d'accord", "Pas du tout d'accord"])).toBe('fr');
  });

  it('detectLanguage(texts) reads Spanish and English labels', () => {
    expect(detectLanguage(['Excelente', 'Bueno', 'Regular', 'Malo', 'Muy malo', 'No asistí'])).toBe('es');
    expect(detectLanguage(['Excellent', 'Good', 'Fair', 'Poor', 'Did not attend'])).toBe('en');
    expect(detectLanguage(['How would you rate each of the plenary sessions?'])).toBe('en');
  });

  it('detectLanguage(texts) ignores words shared by two languages ("Excellent", "Regular", "Bien")', () => {
    expect(detectLanguage(['Excellent'])).toBeUndefined();
    expect(detectLanguage(['Regular', 'Bien', 'Excellent'])).toBeUndefined();
  });

  it('detectLanguage(texts) is undefined for no text, numbers only, or a tie', () => {
    expect(detectLanguage([])).toBeUndefined();
    expect(detectLanguage(['5', '4', '3', '2', '1'])).toBeUndefined();
    expect(detectLanguage(['Good', 'Moyen'])).toBeUndefined();
  });

  it('detectLanguage(texts) takes the majority when the tool mixes languages (English sub-headers, French questions)', () => {
    expect(detectLanguage(['Response', 'Comment évaluez-vous les séances plénières ?', 'Très bien', 'Moyen'])).toBe('fr');
  });
});

describe('detectSurveyLanguage(survey)', () => {
  it('detectSurveyLanguage(survey) reads levels, labels and questions, not the answers', () => {
    const item = { levels: ['Très bien', 'Bien', 'Moyen', 'Insuffisant'], label: 'Plénière 1', question: 'Comment évaluez-vous les plénières ?' };
    const survey = {
      items: [item] as never,
      texts: [{ question: 'Autres commentaires', column: 9, answered: 3, texts: [{ text: 'The meeting was very good and the sessions were good', attributes: [] }] }],
    };
    expect(detectSurveyLanguage(survey)).toBe('fr');
  });
});
