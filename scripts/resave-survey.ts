/**
 * The NDM-UN23 post-conference survey as a SurveyMonkey export, in English,
 * French or Spanish, with seeded answers: the material of the Excel re-save,
 * XLSX and French-account fixtures (gen-resaves.ts). Every answer is chosen
 * here as a level, a not-applicable or a blank, then spelled; the expected
 * counts are counted from those choices, never from debrief's reading.
 */
import type { ExpectedItem } from './expected.js';
import {
  COMMENT_QUESTION, GENDER_QUESTION, GENDERS, LOGISTICS_QUESTION, PLENARIES, PLENARY_QUESTION, ROLE_QUESTION, ROLES, SIDE_EVENTS,
} from './ndm-un23-counts.js';
import { mulberry32 } from './random.js';
import type { Survey } from './exports/survey.js';
import type { SurveyMonkeyMeta } from './exports/surveymonkey.js';
import { FIRST_NAMES, LAST_NAMES } from './names.js';

/** The survey's own wording: questions, choices, the rating scale. */
export interface Content {
  role: { question: string; options: [string, number][]; other: string; otherAnswers: string[] };
  gender: { question: string; options: [string, number][] };
  /** The logistics question as exported (HTML and all) and the label debrief should report, cleaned by hand. */
  logistics: { header: string; label: string };
  plenary: { header: string; items: string[] };
  sideEvent: { header: string; items: string[]; other: string; otherAnswers: string[] };
  comment: { header: string; texts: string[]; pii: string[] };
  /** Levels best first; each level lists its spellings, the usual one first. */
  scale: string[][];
  /** Not-applicable spellings for the logistics question and for the sessions. */
  notApplicable: { logistics: string[]; sessions: string[] };
}

const EN_COMMENTS = [
  'Excellent meeting, well organised. More time for questions, please.',
  'The side-events overlapped with each other; hard to choose, "too much at once".',
  'Interpretation into French and Spanish was missing in some side-events.\nPlease fix for next year.',
  'Badge collection took over an hour on day 1. Registration, again, needs work.',
  'Less "panel", more discussion!\n\nAnd fewer PowerPoints.',
  'The IED plenary was outstanding: concrete, practical, well chaired.',
  'Write to me at k.mensah@example.org about the Safe Ground follow-up.',
  'Coffee, lunch, venue: all fine. Wi-Fi, not so much.',
];

const EN_BASE = {
  role: {
    question: ROLE_QUESTION,
    options: ROLES.filter(([r]) => !r.startsWith('Other')),
    other: 'Other (please specify)',
    otherAnswers: ['Journalist', 'Military liaison', 'Consultant', 'Student'],
  },
  gender: { question: GENDER_QUESTION, options: GENDERS },
  logistics: {
    header: 'Overall, how would you rate the <strong>logistical and organisational</strong> arrangements of the meeting?',
    label: LOGISTICS_QUESTION,
  },
  plenary: { header: PLENARY_QUESTION, items: PLENARIES.map((p) => p.label) },
  sideEvent: {
    header: 'How would you rate the side-events you attended? <a href="https://www.gichd.org/ndm-un23/programme" target="_blank">See the programme</a>',
    items: [0, 1, 2, 5, 9, 13].map((i) => SIDE_EVENTS[i].label),
    other: 'Other (please specify)',
    otherAnswers: ['The bilateral meeting on Ukraine', 'Lunch briefing by ITF', 'Donor coordination breakfast'],
  },
  comment: { header: COMMENT_QUESTION, texts: EN_COMMENTS, pii: ['k.mensah@example.org'] },
  notApplicable: { logistics: ['N/A'], sessions: ['Did not attend', 'Didn’t attend', "Didn't attend"] },
};

/** English, Excellent / Good / Fair / Poor. */
export const EN4: Content = { ...EN_BASE, scale: [['Excellent'], ['Good', 'Good '], ['Fair'], ['Poor']] };

/** English, Excellent / Very good / Good / Fair / Poor. */
export const EN5: Content = { ...EN_BASE, scale: [['Excellent'], ['Very good', 'Very good '], ['Good'], ['Fair'], ['Poor']] };

const FR_BASE = {
  role: {
    question: 'Laquelle des propositions suivantes décrit le mieux votre fonction ?',
    options: [
      ['Directeur national d’un programme d’action contre les mines', 70],
      ['Conseiller ou personnel des Nations Unies', 60],
      ['Représentant d’un bailleur de fonds', 90],
      ['Société civile / ONG', 150],
      ['Milieu universitaire ou recherche', 40],
      ['Secteur privé', 50],
    ] as [string, number][],
    other: 'Autre (veuillez préciser)',
    otherAnswers: ['Journaliste', 'Officier de liaison', 'Consultante', 'Étudiant'],
  },
  gender: { question: 'Quel est votre genre ?', options: [['Femme', 245], ['Homme', 250], ['Je préfère ne pas répondre', 17]] as [string, number][] },
  plenary: {
    header: 'Comment évaluez-vous chacune des séances plénières ?',
    items: [
      'Plénière 1 – L’action contre les mines et l’environnement',
      'Plénière 2 – L’action contre les mines au service des personnes : les dimensions de la diversité',
      'Plénière 3 – Approches régionales de l’action contre les mines',
      'Plénière 7 – Engins explosifs improvisés : relier les acteurs pour trouver des solutions',
    ],
  },
  sideEvent: {
    header: 'Comment évaluez-vous les événements parallèles auxquels vous avez assisté ?',
    items: [
      'Événement parallèle – Terrains sûrs : transformer les champs de mines en terrains de jeu',
      'Événement parallèle – La gestion de l’information de l’action contre les mines de demain',
      'Événement parallèle – Libye : l’héritage toxique et explosif des conflits modernes',
      'Événement parallèle – L’éducation aux risques dans le Plan d’action d’Oslo : de la vision à la réalité',
      'Événement parallèle – Unis pour les survivants : solutions, engagements, action',
    ],
    other: 'Autre (veuillez préciser)',
    otherAnswers: ['Réunion bilatérale sur l’Ukraine', 'Petit-déjeuner des bailleurs'],
  },
  comment: {
    header: 'Avez-vous d’autres commentaires ou suggestions pour les prochaines réunions ?',
    texts: [
      'Très bonne réunion, bien organisée. Plus de temps pour les questions, s’il vous plaît.',
      'Les événements parallèles se chevauchaient ; difficile de choisir, « trop de choses à la fois ».',
      'L’interprétation en espagnol manquait dans certains événements parallèles.\nÀ corriger l’an prochain.',
      'Déjeuner à 35 € : un peu cher pour les délégations nationales.',
      'Moins de "panels", plus de débats !\n\nEt moins de PowerPoint.',
      'Le cœur du sujet – la sécurité des démineurs – mérite une plénière entière.',
      'Contactez-moi pour l’an prochain : c.moreau@example.org',
    ],
    pii: ['c.moreau@example.org'],
  },
  notApplicable: { logistics: ['Sans objet'], sessions: ['Sans objet', 'Je n’ai pas assisté', "Je n'ai pas assisté"] },
};

/**
 * French, Très bien / Bien / Moyen / Médiocre. The logistics header carries
 * a no-break space before the question mark, as French typography wants.
 */
export const FR4: Content = {
  ...FR_BASE,
  logistics: {
    header: 'Dans l’ensemble, comment évaluez-vous l’organisation logistique de la réunion\u00a0?',
    label: 'Dans l’ensemble, comment évaluez-vous l’organisation logistique de la réunion ?',
  },
  scale: [['Très bien', 'Très bien '], ['Bien'], ['Moyen'], ['Médiocre']],
};

/** French, Excellent / Très bien / Bien / Moyen / Médiocre; the logistics header has HTML as SurveyMonkey exports it. */
export const FR5: Content = {
  ...FR_BASE,
  logistics: {
    header: 'Dans l’ensemble, comment évaluez-vous <strong>l’organisation logistique</strong> de la réunion&nbsp;?',
    label: 'Dans l’ensemble, comment évaluez-vous l’organisation logistique de la réunion ?',
  },
  scale: [['Excellent'], ['Très bien', 'Très bien '], ['Bien'], ['Moyen'], ['Médiocre']],
};

/** Spanish, Excelente / Bueno / Regular / Malo. */
export const ES4: Content = {
  role: {
    question: '¿Cuál de las siguientes opciones describe mejor su función?',
    options: [
      ['Director/a nacional de un programa de acción contra las minas', 70],
      ['Asesor/a o personal de las Naciones Unidas', 60],
      ['Representante de un donante', 90],
      ['Sociedad civil / ONG', 150],
      ['Academia o investigación', 40],
      ['Sector privado', 50],
    ],
    other: 'Otro (especifique)',
    otherAnswers: ['Periodista', 'Enlace militar', 'Consultora'],
  },
  gender: { question: '¿Cuál es su género?', options: [['Mujer', 245], ['Hombre', 250], ['Prefiero no decirlo', 17]] },
  logistics: {
    header: 'En general, ¿cómo calificaría la organización logística de la reunión?',
    label: 'En general, ¿cómo calificaría la organización logística de la reunión?',
  },
  plenary: {
    header: '¿Cómo calificaría cada una de las sesiones plenarias?',
    items: [
      'Plenaria 1 – La acción contra las minas y el medio ambiente',
      'Plenaria 2 – Acción contra las minas para las personas: dimensiones de la diversidad',
      'Plenaria 3 – Enfoques regionales de la acción contra las minas',
      'Plenaria 7 – Artefactos explosivos improvisados: conectar a los actores para encontrar soluciones',
    ],
  },
  sideEvent: {
    header: '¿Cómo calificaría los eventos paralelos a los que asistió?',
    items: [
      'Evento paralelo – Terreno seguro: convertir campos minados en campos de juego',
      'Evento paralelo – La gestión de la información de la acción contra las minas del futuro',
      'Evento paralelo – Libia: el legado tóxico y explosivo de los conflictos modernos',
      'Evento paralelo – La educación sobre el riesgo en el Plan de Acción de Oslo',
      'Evento paralelo – Unidos por los sobrevivientes: soluciones, compromisos, acción',
    ],
    other: 'Otro (especifique)',
    otherAnswers: ['Reunión bilateral sobre Ucrania', 'Desayuno de donantes'],
  },
  comment: {
    header: '¿Tiene algún otro comentario o sugerencia para futuras reuniones?',
    texts: [
      'Excelente reunión, muy bien organizada. Más tiempo para preguntas, por favor.',
      'Los eventos paralelos se superponían; difícil elegir, "demasiado a la vez".',
      'Faltó interpretación al español en algunos eventos paralelos.\nPor favor, corregirlo el próximo año.',
      '¡Gracias al equipo de la UNMAS y del GICHD! Nos vemos en 2021.',
      'Escríbanme a lucia.garcia@example.org para el próximo año.',
    ],
    pii: ['lucia.garcia@example.org'],
  },
  scale: [['Excelente'], ['Bueno'], ['Regular'], ['Malo']],
  notApplicable: { logistics: ['No aplica'], sessions: ['No asistí', 'No asistí ', 'No aplica'] },
};

/** A SurveyMonkey export's description, and what expected.json says of it (counted from the drawn codes). */
export interface SurveyExport {
  survey: Survey<SurveyMonkeyMeta>;
  items: ExpectedItem[];
  pii: string[];
}

/** Answer codes before spelling: a level index, NOT_APPLICABLE or BLANK. */
const NOT_APPLICABLE = -1;
const BLANK = -2;

/** Level weights for a rating with `quality` the share of the top two levels. */
function weights(levels: number, quality: number): number[] {
  if (levels === 4) return [quality * 0.45, quality * 0.55, (1 - quality) * 0.7, (1 - quality) * 0.3];
  return [quality * 0.4, quality * 0.6, (1 - quality) * 0.55, (1 - quality) * 0.3, (1 - quality) * 0.15];
}

function pick<T>(pairs: [T, number][], random: () => number): T {
  const total = pairs.reduce((a, [, w]) => a + w, 0);
  let u = random() * total;
  for (const [value, w] of pairs) if ((u -= w) < 0) return value;
  return pairs[pairs.length - 1][0];
}

/** Codes of one rating item for n respondents. */
function drawItem(n: number, random: () => number, options: { levels: number; blank: number; notApplicable: number }): number[] {
  const quality = 0.6 + 0.3 * random();
  const levels = weights(options.levels, quality).map((w, i) => [i, w] as [number, number]);
  return Array.from({ length: n }, () => {
    const u = random();
    if (u < options.blank) return BLANK;
    if (u < options.blank + options.notApplicable) return NOT_APPLICABLE;
    return pick(levels, random);
  });
}

/**
 * Every level of the scale must be answered somewhere in a question, or
 * another catalogue scale might fit it as well; a missing level replaces the
 * first blank (or not-applicable) answer of the question.
 */
function useEveryLevel(items: number[][], levels: number): void {
  for (let level = 0; level < levels; level++) {
    if (items.some((codes) => codes.includes(level))) continue;
    const target = items.find((codes) => codes.includes(BLANK)) ?? items.find((codes) => codes.includes(NOT_APPLICABLE));
    if (!target) throw new Error(`level ${level} unused and no blank to hold it`);
    target[target.indexOf(target.includes(BLANK) ? BLANK : NOT_APPLICABLE)] = level;
  }
}

/** Spells a code: the usual spelling mostly, a variant now and then. */
function spell(code: number, scale: string[][], notApplicable: string[], random: () => number): string {
  if (code === BLANK) return '';
  const spellings = code === NOT_APPLICABLE ? notApplicable : scale[code];
  return random() < 0.85 || spellings.length === 1 ? spellings[0] : spellings[1 + Math.floor(random() * (spellings.length - 1))];
}

/** Counts of an item as expected.json states them. */
function expectedItem(label: string, group: string, codes: number[], levels: number): ExpectedItem {
  const counts = Array<number>(levels).fill(0);
  for (const c of codes) if (c >= 0) counts[c]++;
  return { label, group, counts, notApplicable: codes.filter((c) => c === NOT_APPLICABLE).length, missing: codes.filter((c) => c === BLANK).length };
}

const FIRST = FIRST_NAMES;
const LAST = LAST_NAMES;

/** Folds a name into an e-mail local part (ASCII letters only). */
function mailName(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
}

export interface SurveyOptions {
  content: Content;
  respondents: number;
  seed: number;
  /** First respondent id; ids then step by a prime. */
  firstId: number;
}

/** Builds the answers of a whole export. */
export function buildSurvey(options: SurveyOptions): SurveyExport {
  const { content, respondents: n } = options;
  const random = mulberry32(options.seed);
  const levels = content.scale.length;
  const logistics = drawItem(n, random, { levels, blank: 0.03, notApplicable: 0.02 });
  const plenaries = content.plenary.items.map(() => drawItem(n, random, { levels, blank: 0.06, notApplicable: 0.15 }));
  const sideEvents = content.sideEvent.items.map(() => drawItem(n, random, { levels, blank: 0.08, notApplicable: 0.5 }));
  useEveryLevel([logistics], levels);
  useEveryLevel(plenaries, levels);
  useEveryLevel(sideEvents, levels);

  const survey: Survey<SurveyMonkeyMeta> = {
    questions: [
      { kind: 'single', text: content.role.question, options: [...content.role.options.map(([o]) => o), content.role.other], other: { option: content.role.other } },
      { kind: 'single', text: content.gender.question, options: content.gender.options.map(([o]) => o) },
      { kind: 'rating', text: content.logistics.header, scale: content.scale.map((s) => s[0]), notApplicable: content.notApplicable.logistics[0] },
      { kind: 'matrix', text: content.plenary.header, rows: content.plenary.items, scale: content.scale.map((s) => s[0]), notApplicable: content.notApplicable.sessions[0] },
      {
        kind: 'matrix', text: content.sideEvent.header, rows: content.sideEvent.items, scale: content.scale.map((s) => s[0]),
        notApplicable: content.notApplicable.sessions[0], other: content.sideEvent.other,
      },
      { kind: 'text', text: content.comment.header },
    ],
    respondents: [],
  };

  const roleOptions: [string, number][] = [...content.role.options, [content.role.other, 52]];
  const pii = new Set<string>();
  for (let r = 0; r < n; r++) {
    const first = FIRST[Math.floor(random() * FIRST.length)];
    const last = LAST[Math.floor(random() * LAST.length)];
    const byEmail = r % 3 === 0;
    const email = byEmail ? `${mailName(first)}.${mailName(last)}${r}@example.org` : '';
    const ip = `${81 + (r % 120)}.${(r * 37) % 256}.${(r * 101) % 256}.${((r * 13) % 250) + 1}`;
    if (byEmail) pii.add(email).add(`${first} ${last}`);
    pii.add(ip);
    const start = new Date(Date.UTC(2020, 1, 17 + Math.floor((r / n) * 10), 8, 0, 0) + Math.floor(random() * 36000) * 1000);
    const end = new Date(start.getTime() + (240 + Math.floor(random() * 900)) * 1000);
    const role = pick(roleOptions, random);
    const other = role === content.role.other ? content.role.otherAnswers[r % content.role.otherAnswers.length] : '';
    const sideOther = random() < 0.05 ? content.sideEvent.otherAnswers[Math.floor(random() * content.sideEvent.otherAnswers.length)] : '';
    const comment = random() < 0.3 ? content.comment.texts[Math.floor(random() * content.comment.texts.length)] : '';
    for (const p of content.comment.pii) if (comment.includes(p)) pii.add(p);
    const na = content.notApplicable;
    survey.respondents.push({
      meta: {
        id: options.firstId + r * 7919,
        collector: byEmail ? 238456112 : 238456101,
        start,
        end,
        ip,
        email,
        first: byEmail ? first : '',
        last: byEmail ? last : '',
      },
      answers: [
        { choice: role, other },
        pick(content.gender.options, random),
        spell(logistics[r], content.scale, na.logistics, random),
        plenaries.map((codes) => spell(codes[r], content.scale, na.sessions, random)),
        [...sideEvents.map((codes) => spell(codes[r], content.scale, na.sessions, random)), sideOther],
        comment,
      ],
    });
  }
  const items = [
    expectedItem(content.logistics.label, 'logistics', logistics, levels),
    ...content.plenary.items.map((label, i) => expectedItem(label, 'plenary', plenaries[i], levels)),
    ...content.sideEvent.items.map((label, i) => expectedItem(label, 'side-event', sideEvents[i], levels)),
  ];
  return { survey, items, pii: [...pii].sort() };
}
