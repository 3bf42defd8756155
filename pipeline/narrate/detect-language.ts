import type { Lang } from './model.js';
import type { Survey } from '../ingest/index.js';

/**
 * Words that belong to one language only among EN, FR and ES, as they appear
 * in rating scales, sub-headers and question texts. Words shared by two
 * languages ("excellent", "regular", "bien", "de", "la") are left out.
 */
const WORDS: Record<Lang, string[]> = {
  en: [
    'good', 'fair', 'poor', 'very', 'satisfied', 'dissatisfied', 'agree', 'disagree', 'strongly', 'neither', 'nor',
    'the', 'and', 'of', 'how', 'your', 'you', 'what', 'rate', 'would', 'did', 'attend', 'overall', 'meeting',
    'each', 'session', 'sessions', 'plenary', 'plenaries', 'response', 'applicable', 'other', 'comments', 'please',
    'were', 'was', 'with', 'for', 'which', 'following', 'arrangements',
  ],
  fr: [
    'très', 'bon', 'moyen', 'médiocre', 'insuffisant', 'passable', 'mauvais', 'satisfait', 'satisfaite', 'insatisfait',
    'accord', 'tout', 'plutôt', 'pas', 'objet', 'sans', 'avis', 'réponse', 'les', 'des', 'du', 'et', 'pour', 'votre',
    'vous', 'quel', 'quelle', 'été', 'avez', 'êtes', 'sur', 'dans', 'une', 'au', 'aux', 'séance', 'séances', 'plénière',
    'plénières', 'événement', 'événements', 'parallèle', 'parallèles', 'logistique', 'évaluez', 'réunion',
    'ensemble', 'autres', 'commentaires', 'suggestions', 'ou', 'est', 'assisté', 'je', 'ne',
  ],
  es: [
    'excelente', 'bueno', 'buena', 'malo', 'mala', 'muy', 'acuerdo', 'desacuerdo', 'totalmente', 'satisfecho',
    'satisfecha', 'insatisfecho', 'nada', 'respuesta', 'los', 'las', 'el', 'del', 'y', 'para', 'cómo', 'su', 'usted',
    'qué', 'sesión', 'sesiones', 'plenaria', 'plenarias', 'evento', 'eventos', 'paralelo', 'paralelos', 'logística',
    'califique', 'valore', 'reunión', 'asistí', 'aplica', 'otros', 'comentarios', 'sugerencias', 'o', 'fue', 'fueron',
  ],
};

const LANGS: Lang[] = ['en', 'fr', 'es'];

const OWNER = new Map<string, Lang>();
for (const lang of LANGS) for (const w of WORDS[lang]) OWNER.set(w, lang);

/**
 * The language of a set of texts (scale labels, sub-headers, question
 * texts): the one whose own words occur most often. Undefined when no word
 * is known or two languages tie, so the caller keeps its default.
 */
export function detectLanguage(texts: Iterable<string>): Lang | undefined {
  const score: Record<Lang, number> = { en: 0, fr: 0, es: 0 };
  for (const text of texts) {
    for (const word of text.normalize('NFC').toLowerCase().split(/[^\p{L}]+/u)) {
      const lang = OWNER.get(word);
      if (lang) score[lang]++;
    }
  }
  const ranked = [...LANGS].sort((a, b) => score[b] - score[a]);
  const [first, second] = ranked;
  return score[first] > 0 && score[first] > score[second] ? first : undefined;
}

/**
 * The language of a survey export, from what the tool wrote: the level
 * labels as spelled in the export, the item labels, the question texts and
 * the free-text questions. Respondents' answers are not read.
 */
export function detectSurveyLanguage(survey: Pick<Survey, 'items' | 'texts'>): Lang | undefined {
  const texts: string[] = [];
  const questions = new Set<string>();
  for (const item of survey.items) {
    texts.push(...item.levels, item.label);
    questions.add(item.question);
  }
  for (const t of survey.texts) questions.add(t.question);
  return detectLanguage([...texts, ...questions]);
}
