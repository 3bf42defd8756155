/**
 * The three languages as data: the nouns and subjects each known group is
 * spoken of with (French and Spanish with their gender), the quality levels
 * as adjectives in their four agreeing forms, answers as said in each
 * language, and the small words the sentences join. A new language adds a
 * column to each table here and its sentence frames beside the others.
 */
import type { Lang } from './model.js';

export type Gender = 'm' | 'f';
export type Plural = 's' | 'p';

/** A noun phrase with what French and Spanish agreement needs; no gender when unknown. */
export interface Subject {
  text: string;
  gender?: Gender;
  number: Plural;
}

/** The subject a group's figures speak of, when it is not simply its items' plural noun. */
export const SUBJECT: Record<Lang, Record<string, Subject>> = {
  en: {
    logistics: { text: 'the logistical and organisational arrangements', number: 'p' },
    overall: { text: 'the meeting overall', number: 's' },
  },
  fr: {
    logistics: { text: "la logistique et l'organisation", gender: 'f', number: 'p' },
    overall: { text: 'la réunion dans son ensemble', gender: 'f', number: 's' },
  },
  es: {
    logistics: { text: 'la logística y la organización', gender: 'f', number: 'p' },
    overall: { text: 'la reunión en su conjunto', gender: 'f', number: 's' },
  },
};

/** The noun for one item of a group: singular, plural, each with its article. */
export interface Noun {
  one: string;
  many: string;
  the: string;
  theMany: string;
  gender: Gender;
}

export const NOUNS: Record<Lang, Record<string, Noun>> = {
  en: {
    plenary: { one: 'plenary', many: 'plenaries', the: 'the plenary', theMany: 'the plenaries', gender: 'f' },
    'side-event': { one: 'side-event', many: 'side-events', the: 'the side-event', theMany: 'the side-events', gender: 'm' },
    logistics: { one: 'arrangement', many: 'arrangements', the: 'the arrangement', theMany: 'the logistical and organisational arrangements', gender: 'm' },
    overall: { one: 'question', many: 'questions', the: 'the question', theMany: 'the overall questions', gender: 'f' },
    other: { one: 'question', many: 'questions', the: 'the question', theMany: 'the other questions', gender: 'f' },
  },
  fr: {
    plenary: { one: 'plénière', many: 'plénières', the: 'la plénière', theMany: 'les plénières', gender: 'f' },
    'side-event': { one: 'événement parallèle', many: 'événements parallèles', the: "l'événement parallèle", theMany: 'les événements parallèles', gender: 'm' },
    logistics: { one: 'aspect', many: 'aspects', the: "l'aspect", theMany: 'les aspects logistiques et organisationnels', gender: 'm' },
    overall: { one: 'question', many: 'questions', the: 'la question', theMany: "les questions d'ensemble", gender: 'f' },
    other: { one: 'question', many: 'questions', the: 'la question', theMany: 'les autres questions', gender: 'f' },
  },
  es: {
    plenary: { one: 'sesión plenaria', many: 'sesiones plenarias', the: 'la sesión plenaria', theMany: 'las sesiones plenarias', gender: 'f' },
    'side-event': { one: 'evento paralelo', many: 'eventos paralelos', the: 'el evento paralelo', theMany: 'los eventos paralelos', gender: 'm' },
    logistics: { one: 'aspecto', many: 'aspectos', the: 'el aspecto', theMany: 'los aspectos logísticos y organizativos', gender: 'm' },
    overall: { one: 'pregunta', many: 'preguntas', the: 'la pregunta', theMany: 'las preguntas generales', gender: 'f' },
    other: { one: 'pregunta', many: 'preguntas', the: 'la pregunta', theMany: 'las demás preguntas', gender: 'f' },
  },
};


/** Quality levels as adjectives: English, then French and Spanish as [m. sg., f. sg., m. pl., f. pl.]. */
export const QUALITY: Record<string, { en: string; fr: string[]; es: string[] }> = {
  excellent: { en: 'excellent', fr: ['excellent', 'excellente', 'excellents', 'excellentes'], es: ['excelente', 'excelente', 'excelentes', 'excelentes'] },
  'very good': { en: 'very good', fr: ['très bon', 'très bonne', 'très bons', 'très bonnes'], es: ['muy bueno', 'muy buena', 'muy buenos', 'muy buenas'] },
  good: { en: 'good', fr: ['bon', 'bonne', 'bons', 'bonnes'], es: ['bueno', 'buena', 'buenos', 'buenas'] },
  fair: { en: 'fair', fr: ['moyen', 'moyenne', 'moyens', 'moyennes'], es: ['regular', 'regular', 'regulares', 'regulares'] },
  average: { en: 'average', fr: ['moyen', 'moyenne', 'moyens', 'moyennes'], es: ['regular', 'regular', 'regulares', 'regulares'] },
  poor: { en: 'poor', fr: ['médiocre', 'médiocre', 'médiocres', 'médiocres'], es: ['malo', 'mala', 'malos', 'malas'] },
  'very poor': { en: 'very poor', fr: ['très mauvais', 'très mauvaise', 'très mauvais', 'très mauvaises'], es: ['muy malo', 'muy mala', 'muy malos', 'muy malas'] },
};

/** Canonical labels of the quality scales, folded, to the QUALITY key. */
export const QUALITY_KEY: Record<string, string> = {
  excellent: 'excellent', 'very good': 'very good', good: 'good', fair: 'fair', average: 'average', poor: 'poor',
  excelente: 'excellent', bueno: 'good', regular: 'fair', malo: 'poor', 'muy malo': 'very poor',
};

/** Answers quoted as said, per language (agreement and satisfaction scales). */
export const ANSWERS: Record<string, Record<Lang, string>> = {
  'strongly agree': { en: 'strongly agree', fr: "tout à fait d'accord", es: 'totalmente de acuerdo' },
  agree: { en: 'agree', fr: "d'accord", es: 'de acuerdo' },
  'neither agree nor disagree': { en: 'neither agree nor disagree', fr: "ni d'accord ni pas d'accord", es: 'ni de acuerdo ni en desacuerdo' },
  disagree: { en: 'disagree', fr: "pas d'accord", es: 'en desacuerdo' },
  'very satisfied': { en: 'very satisfied', fr: 'très satisfait', es: 'muy satisfecho' },
  satisfied: { en: 'satisfied', fr: 'satisfait', es: 'satisfecho' },
  'neither satisfied nor dissatisfied': { en: 'neither satisfied nor dissatisfied', fr: 'ni satisfait ni insatisfait', es: 'ni satisfecho ni insatisfecho' },
  dissatisfied: { en: 'dissatisfied', fr: 'insatisfait', es: 'insatisfecho' },
};

export const OR: Record<Lang, string> = { en: 'or', fr: 'ou', es: 'o' };

export const RATED = { fr: ['jugé', 'jugée', 'jugés', 'jugées'], es: ['calificado', 'calificada', 'calificados', 'calificadas'] };
export const APPRECIATED = { fr: ['le plus apprécié', 'la plus appréciée'], es: ['el más apreciado', 'la más apreciada'] };

export const ATTRIBUTE: Record<Lang, Record<string, string>> = {
  en: { role: 'role', gender: 'gender', region: 'region', language: 'language' },
  fr: { role: 'fonction', gender: 'genre', region: 'région', language: 'langue' },
  es: { role: 'función', gender: 'género', region: 'región', language: 'idioma' },
};

export const NOT_STATED: Record<Lang, string> = { en: '(not stated)', fr: '(non renseigné)', es: '(sin respuesta)' };

/** What stands in a published comment for a removed e-mail address or phone number. */
export const REDACTED: Record<Lang, { email: string; phone: string }> = {
  en: { email: '[e-mail removed]', phone: '[phone removed]' },
  fr: { email: '[courriel supprimé]', phone: '[téléphone supprimé]' },
  es: { email: '[correo eliminado]', phone: '[teléfono eliminado]' },
};
