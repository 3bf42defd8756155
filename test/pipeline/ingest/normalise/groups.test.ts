import { describe, expect, it } from 'vitest';
import { classifyItem, classifyWithReason, findCue, groupLabel, groupNames, kindNames, wordPattern } from '../../../../pipeline/ingest/normalise/groups.js';
import { PROGRAMME } from '../../../../pipeline/ingest/normalise/programme.js';

/**
 * Programme texts as organisers write them, in three languages, none taken
 * from the catalogue's comments: [label, question, expected group].
 */
const TABLE: [string, string, string][] = [
  // English
  ['Opening keynote by the Minister of Fisheries', '', 'keynote'],
  ['Keynote speakers (Day 2)', '', 'keynote'],
  ['Panel: Can cities adapt fast enough?', '', 'panel'],
  ['Expert panels on tariffs', '', 'panel'],
  ['Round-table with regional mayors', '', 'roundtable'],
  ['Break-out groups on procurement', '', 'breakout'],
  ['Concurrent sessions, Thursday morning', '', 'parallel-session'],
  ['Track C – Circular packaging', '', 'track'],
  ['Hands-on workshops: soldering for makers', '', 'workshop'],
  ['Masterclass with the head chef', '', 'masterclass'],
  ['Training session: first aid at work', '', 'training'],
  ['Lightning talks from start-ups', '', 'lightning-talk'],
  ['Poster presentations in the atrium', '', 'poster'],
  ['Study tours to partner farms', '', 'field-visit'],
  ['Site visits: the new desalination plant', '', 'field-visit'],
  ['Trade show floor and exhibitors', '', 'exhibition'],
  ['Speed networking breakfast', '', 'networking'],
  ['Icebreaker at the harbour', '', 'reception'],
  ['Gala dinner at the old customs house', '', 'dinner'],
  ['Closing ceremony and awards', '', 'opening-closing'],
  ['Airport transfers', '', 'logistics'],
  ['Hotel booking through the organisers', '', 'logistics'],
  ['Visa support letters', '', 'logistics'],
  ['Simultaneous interpretation in the main hall', '', 'logistics'],
  ['The event app (agenda, maps, chat)', '', 'logistics'],
  ['Joining instructions sent before arrival', '', 'logistics'],
  ['Prof. Lin on tidal energy', 'How would you rate the keynote speeches?', 'keynote'],
  ['Repairing e-bikes', 'Which of the workshops did you find useful?', 'workshop'],
  ['Dr. Osei: microfinance after the crisis', 'Please rate the talks you heard', 'talk'],
  // French
  ['Conférence magistrale : la ville de demain', '', 'keynote'],
  ['Tables rondes régionales', '', 'roundtable'],
  ['Atelier pratique : rédiger un appel d’offres', '', 'workshop'],
  ['Séances parallèles de l’après-midi', '', 'parallel-session'],
  ['Visites de terrain (coopératives laitières)', '', 'field-visit'],
  ['Salon des exposants', '', 'exhibition'],
  ['Dîner de gala au château', '', 'dinner'],
  ['Hébergement et navettes', '', 'logistics'],
  ['Traduction des documents', '', 'logistics'],
  ['Cérémonie d’ouverture', '', 'opening-closing'],
  ['Mme Diallo : financer les PME', 'Comment évaluez-vous les tables rondes ?', 'roundtable'],
  // Spanish
  ['Ponencias magistrales del primer día', '', 'keynote'],
  ['Mesa redonda: agua y agricultura', '', 'roundtable'],
  ['Mesa de diálogo 2: migración y empleo', '', 'roundtable'],
  ['Talleres de cocina tradicional', '', 'workshop'],
  ['Sesiones paralelas B y C', '', 'parallel-session'],
  ['Visita de campo a los viñedos', '', 'field-visit'],
  ['Cena de clausura', '', 'dinner'],
  ['Alojamiento en residencias universitarias', '', 'logistics'],
  ['Traducción simultánea', '', 'logistics'],
  ['Feria de proveedores', '', 'exhibition'],
  ['Lic. Pérez: turismo rural', '¿Cómo calificaría los talleres a los que asistió?', 'workshop'],
  // Seminars, in the three languages.
  ['Webinar on open data licensing', '', 'seminar'],
  ['Séminaire doctoral du mardi', '', 'seminar'],
  ['Coloquio sobre migraciones', '', 'seminar'],
  // A label with a programme word and a logistics word takes the family its question asks about.
  ['Panel room acoustics', 'How satisfied were you with the logistics?', 'logistics'],
  ['Inscription aux ateliers', "Comment jugez-vous l'organisation ?", 'logistics'],
  ['Traducción en los talleres', 'Valore la logística del congreso', 'logistics'],
  // Negatives: no programme or logistics word, or one only inside another word.
  ['The chair kept time well', '', 'other'],
  ['Relevance to my daily job', '', 'other'],
  ['Paneling and lighting of the hall', 'Rate the décor', 'other'],
  ['Pertinence pour mon travail', '', 'other'],
  ['Calidad de los oradores', '', 'other'],
  ['Appetite for a second edition', '', 'other'],
];

describe('classifyItem(label, question)', () => {
  it(`classifyItem puts ${TABLE.length} programme texts in EN, FR and ES into their kind, and plain texts into other`, () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
    const got = TABLE.map(([label, question]) => classifyItem(label, question));
    expect(got).toEqual(TABLE.map(([, , want]) => want));
  });

  it('classifyItem keeps the bundled samples’ groups: plenary, side-event, logistics, overall', () => {
    expect(classifyItem('Plenary 7 – IEDs', 'Rate the sessions')).toBe('plenary');
    expect(classifyItem('Plénière 2', '')).toBe('plenary');
    expect(classifyItem('Sesión plenaria 3', '')).toBe('plenary');
    expect(classifyItem('Side event: Safe Ground', '')).toBe('side-event');
    expect(classifyItem('Événement parallèle 4', '')).toBe('side-event');
    expect(classifyItem('Evento paralelo 1', '')).toBe('side-event');
    expect(classifyItem('Logistique', '')).toBe('logistics');
    expect(classifyItem('Logística y organización', '')).toBe('logistics');
    expect(classifyItem('Overall, how would you rate the logistical and organisational arrangements?', '')).toBe('logistics');
    expect(classifyItem('Overall, how satisfied were you with the meeting?', '')).toBe('overall');
  });

  it('classifyItem lets a question naming a specific programme part decide its rows, whatever their titles say', () => {
    // The row title carries a word of another kind; the question says what the rows are.
    expect(classifyItem('Launch of the training manual', 'How would you rate the side-events you attended?')).toBe('side-event');
    expect(classifyItem('Mine Action and the Environment', 'How would you rate the plenary sessions?')).toBe('plenary');
    // A generic question ("sessions") does not: the row's own word does.
    expect(classifyItem('Workshop on grant writing', 'Please rate the sessions')).toBe('workshop');
    expect(classifyItem('Grant writing', 'Please rate the sessions')).toBe('session');
  });
});

describe('classifyWithReason(label, question)', () => {
  it('classifyWithReason names the words that matched and where', () => {
    expect(classifyWithReason('Excursion to the glacier', 'Anything to add?')).toEqual({ group: 'field-visit', reason: { by: 'label', cue: 'excursion' } });
    expect(classifyWithReason('Ms Ito', 'Rate the masterclasses')).toEqual({ group: 'masterclass', reason: { by: 'question', cue: 'masterclasses' } });
    expect(classifyWithReason('Clarity of goals', 'Anything to add?')).toEqual({ group: 'other', reason: { by: 'none' } });
  });
});

describe('wordPattern(word)', () => {
  it('wordPattern(word) reads a word ending in -al in its plural and feminine forms, the French plural -aux included', () => {
    const re = new RegExp(`^${wordPattern('general')}$`);
    for (const w of ['general', 'generals', 'generale', 'generales', 'generaux']) expect(re.test(w), w).toBe(true);
    for (const w of ['generalaux', 'genera', 'generalx']) expect(re.test(w), w).toBe(false);
    const plural = new RegExp(`^${wordPattern('magistral')} ${wordPattern('session')}$`);
    expect(plural.test('magistraux sessions')).toBe(true);
  });
});

describe('findCue(text)', () => {
  it('findCue prefers a specific word to a generic one, the first in the text, then the longest', () => {
    expect(findCue('Parallel session 4')?.kind).toBe('parallel-session');
    expect(findCue('Session 4: keynote')?.kind).toBe('keynote');
    expect(findCue('Workshop venue')?.kind).toBe('workshop');
    expect(findCue('Overall, the catering')?.kind).toBe('logistics');
    expect(findCue('Reception desk')?.kind).toBe('logistics');
    expect(findCue('Welcome reception')?.kind).toBe('reception');
    expect(findCue('')).toBeUndefined();
  });
});

describe('PROGRAMME', () => {
  it('PROGRAMME: every kind has cues in EN, FR and ES, ids are unique, and each cue is found as its own kind', () => {
    expect(new Set(PROGRAMME.map((k) => k.id)).size).toBe(PROGRAMME.length);
    for (const k of PROGRAMME) {
      for (const lang of ['en', 'fr', 'es'] as const) expect(k.cues[lang].length, `${k.id} ${lang}`).toBeGreaterThan(0);
      // Alone, a cue names its kind, unless another kind lists the same word (checked: none of them is the winner by accident).
      for (const cue of Object.values(k.cues).flat()) {
        const owners = PROGRAMME.filter((o) => Object.values(o.cues).flat().includes(cue)).map((o) => o.id);
        expect(owners, cue).toContain(findCue(cue)?.kind);
      }
    }
  });

  it('PROGRAMME: every kind the report does not name already has a name, a singular and a plural in EN, FR and ES', () => {
    for (const k of PROGRAMME.filter((x) => !['plenary', 'side-event', 'logistics', 'overall'].includes(x.id))) {
      for (const lang of ['en', 'fr', 'es'] as const) {
        const names = kindNames(k.id, lang);
        expect(names?.label && names.one && names.many, `${k.id} ${lang}`).toBeTruthy();
      }
    }
  });
});

describe('groupLabel(group)', () => {
  it('groupLabel names known groups, 0–10 variants, and a question group by its text', () => {
    expect(groupLabel('plenary')).toBe('Plenaries');
    expect(groupLabel('roundtable')).toBe('Round tables');
    expect(groupLabel('workshop-0-10')).toBe('Workshops (0–10)');
    expect(groupLabel('Please rate these activities')).toBe('Please rate these activities');
    expect(groupLabel('Ages 0-10')).toBe('Ages 0-10');
  });

  it('groupNames(lang, known) translates the catalogue’s kinds and keeps the report’s own names first', () => {
    const fr = groupNames('fr', { plenary: 'Séances plénières' });
    expect(fr.workshop).toBe('Ateliers');
    expect(fr['workshop-0-10']).toBe('Ateliers (0–10)');
    expect(fr.plenary).toBe('Séances plénières');
    expect(groupNames('es', {}).nps).toBe('Net Promoter Score');
  });
});
