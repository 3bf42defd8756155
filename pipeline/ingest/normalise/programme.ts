/**
 * The catalogue of programme parts and logistics words, in English, French
 * and Spanish: the one place that says which words name which kind of item.
 * To recognise a new word, add it to its kind's `cues`; to add a kind, add
 * an entry with its names. Cues are matched whole-word on folded text
 * (case, accents, punctuation and hyphens ignored), each word also in its
 * plural (+s, +es, +x, y → ies, al → aux), so a cue is written once, in the
 * singular.
 */

/** What a kind of item is about: part of the programme, the event's organisation, or the event as a whole. */
export type Family = 'programme' | 'logistics' | 'overall';

type Lang = 'en' | 'fr' | 'es';

/** Names of a kind in one language: the group heading, a noun for one and for several, and the noun's gender. */
export interface KindNames {
  label: string;
  one: string;
  many: string;
  gender: 'm' | 'f';
}

export interface ProgrammeKind {
  /** The group id items of this kind get. */
  id: string;
  family: Family;
  /**
   * A word that names any part of a programme ("session", "talk"): a more
   * specific cue in the same text wins over it, and a question naming only
   * a generic kind does not decide what its rows are.
   */
  generic?: boolean;
  cues: Record<Lang, string[]>;
  /** Names per language; absent for the groups whose names the report already knows (plenary, side-event, logistics, overall). */
  names?: Record<Lang, KindNames>;
}

const n = (label: string, one: string, many: string, gender: 'm' | 'f'): KindNames => ({ label, one, many, gender });

export const PROGRAMME: ProgrammeKind[] = [
  {
    id: 'plenary', family: 'programme',
    cues: { en: ['plenary', 'plenary session'], fr: ['pleniere', 'seance pleniere', 'session pleniere'], es: ['plenaria', 'plenario', 'sesion plenaria', 'pleno'] },
  },
  {
    id: 'keynote', family: 'programme',
    cues: {
      en: ['keynote', 'keynote address', 'keynote speech', 'keynote lecture', 'keynote talk', 'keynote speaker'],
      fr: ['conference principale', 'conference magistrale', 'discours liminaire', 'discours programme', 'conference d honneur'],
      es: ['ponencia magistral', 'conferencia magistral', 'conferencia principal', 'discurso principal'],
    },
    names: {
      en: n('Keynotes', 'keynote', 'keynotes', 'm'),
      fr: n('Conférences principales', 'conférence principale', 'conférences principales', 'f'),
      es: n('Conferencias magistrales', 'conferencia magistral', 'conferencias magistrales', 'f'),
    },
  },
  {
    id: 'opening-closing', family: 'programme',
    cues: {
      en: ['opening session', 'opening ceremony', 'opening address', 'opening remarks', 'opening plenary', 'welcome address', 'welcome remarks', 'closing session', 'closing ceremony', 'closing address', 'closing remarks', 'closing plenary'],
      fr: ['seance d ouverture', 'ceremonie d ouverture', 'discours d ouverture', 'allocution d ouverture', 'session d ouverture', 'pleniere d ouverture', 'mot de bienvenue', 'seance de cloture', 'ceremonie de cloture', 'discours de cloture', 'session de cloture', 'pleniere de cloture'],
      es: ['sesion de apertura', 'ceremonia de apertura', 'discurso de apertura', 'acto de apertura', 'inauguracion', 'palabras de bienvenida', 'sesion de clausura', 'ceremonia de clausura', 'discurso de clausura', 'acto de clausura', 'clausura'],
    },
    names: {
      en: n('Opening and closing sessions', 'opening or closing session', 'opening and closing sessions', 'f'),
      fr: n("Séances d'ouverture et de clôture", "séance d'ouverture ou de clôture", "séances d'ouverture et de clôture", 'f'),
      es: n('Sesiones de apertura y clausura', 'sesión de apertura o clausura', 'sesiones de apertura y clausura', 'f'),
    },
  },
  {
    id: 'panel', family: 'programme',
    cues: { en: ['panel', 'panel discussion', 'panel debate', 'expert panel'], fr: ['panel', 'table de discussion', 'panel de discussion'], es: ['panel', 'panel de expertos', 'mesa de debate'] },
    names: {
      en: n('Panels', 'panel', 'panels', 'm'),
      fr: n('Panels', 'panel', 'panels', 'm'),
      es: n('Paneles', 'panel', 'paneles', 'm'),
    },
  },
  {
    id: 'roundtable', family: 'programme',
    cues: { en: ['roundtable', 'round table'], fr: ['table ronde'], es: ['mesa redonda', 'mesa de dialogo'] },
    names: {
      en: n('Round tables', 'round table', 'round tables', 'f'),
      fr: n('Tables rondes', 'table ronde', 'tables rondes', 'f'),
      es: n('Mesas redondas', 'mesa redonda', 'mesas redondas', 'f'),
    },
  },
  {
    id: 'breakout', family: 'programme',
    cues: { en: ['breakout', 'break out', 'breakout session', 'breakout group', 'break out group'], fr: ['sous groupe', 'session en petits groupes', 'atelier en sous groupes'], es: ['grupo de trabajo', 'sesion en grupos', 'subgrupo'] },
    names: {
      en: n('Breakout sessions', 'breakout session', 'breakout sessions', 'f'),
      fr: n('Séances en sous-groupes', 'séance en sous-groupes', 'séances en sous-groupes', 'f'),
      es: n('Sesiones en grupos', 'sesión en grupos', 'sesiones en grupos', 'f'),
    },
  },
  {
    id: 'parallel-session', family: 'programme',
    cues: { en: ['parallel session', 'concurrent session', 'simultaneous session'], fr: ['seance parallele', 'session parallele', 'seance simultanee', 'session simultanee'], es: ['sesion paralela', 'sesion simultanea', 'sesion concurrente'] },
    names: {
      en: n('Parallel sessions', 'parallel session', 'parallel sessions', 'f'),
      fr: n('Séances parallèles', 'séance parallèle', 'séances parallèles', 'f'),
      es: n('Sesiones paralelas', 'sesión paralela', 'sesiones paralelas', 'f'),
    },
  },
  {
    id: 'track', family: 'programme',
    cues: { en: ['track', 'conference track', 'thematic track'], fr: ['parcours', 'parcours thematique', 'volet thematique', 'filiere'], es: ['eje tematico', 'linea tematica', 'itinerario tematico'] },
    names: {
      en: n('Tracks', 'track', 'tracks', 'm'),
      fr: n('Parcours', 'parcours', 'parcours', 'm'),
      es: n('Ejes temáticos', 'eje temático', 'ejes temáticos', 'm'),
    },
  },
  {
    id: 'workshop', family: 'programme',
    cues: { en: ['workshop', 'hands on session'], fr: ['atelier'], es: ['taller'] },
    names: {
      en: n('Workshops', 'workshop', 'workshops', 'm'),
      fr: n('Ateliers', 'atelier', 'ateliers', 'm'),
      es: n('Talleres', 'taller', 'talleres', 'm'),
    },
  },
  {
    id: 'seminar', family: 'programme',
    cues: { en: ['seminar', 'webinar', 'colloquium'], fr: ['seminaire', 'webinaire', 'colloque'], es: ['seminario', 'webinario', 'coloquio'] },
    names: {
      en: n('Seminars', 'seminar', 'seminars', 'm'),
      fr: n('Séminaires', 'séminaire', 'séminaires', 'm'),
      es: n('Seminarios', 'seminario', 'seminarios', 'm'),
    },
  },
  {
    id: 'masterclass', family: 'programme',
    cues: { en: ['masterclass', 'master class'], fr: ['classe de maitre', 'classe magistrale'], es: ['clase magistral'] },
    names: {
      en: n('Masterclasses', 'masterclass', 'masterclasses', 'f'),
      fr: n('Classes de maître', 'classe de maître', 'classes de maître', 'f'),
      es: n('Clases magistrales', 'clase magistral', 'clases magistrales', 'f'),
    },
  },
  {
    id: 'training', family: 'programme',
    cues: { en: ['training', 'training session', 'tutorial', 'bootcamp'], fr: ['formation', 'session de formation', 'tutoriel'], es: ['formacion', 'capacitacion', 'sesion de capacitacion', 'tutorial'] },
    names: {
      en: n('Training sessions', 'training session', 'training sessions', 'f'),
      fr: n('Formations', 'formation', 'formations', 'f'),
      es: n('Capacitaciones', 'capacitación', 'capacitaciones', 'f'),
    },
  },
  {
    id: 'lightning-talk', family: 'programme',
    cues: { en: ['lightning talk', 'flash talk', 'ignite talk', 'pitch session'], fr: ['presentation eclair', 'expose eclair', 'session de pitch'], es: ['charla relampago', 'presentacion relampago', 'ponencia relampago'] },
    names: {
      en: n('Lightning talks', 'lightning talk', 'lightning talks', 'm'),
      fr: n('Présentations éclair', 'présentation éclair', 'présentations éclair', 'f'),
      es: n('Charlas relámpago', 'charla relámpago', 'charlas relámpago', 'f'),
    },
  },
  {
    id: 'poster', family: 'programme',
    cues: { en: ['poster', 'poster session', 'poster presentation'], fr: ['affiche', 'session d affiches', 'session poster'], es: ['cartel', 'sesion de carteles', 'sesion de posteres', 'poster'] },
    names: {
      en: n('Poster sessions', 'poster session', 'poster sessions', 'f'),
      fr: n('Sessions d’affiches', 'session d’affiches', 'sessions d’affiches', 'f'),
      es: n('Sesiones de carteles', 'sesión de carteles', 'sesiones de carteles', 'f'),
    },
  },
  {
    id: 'side-event', family: 'programme',
    cues: { en: ['side event', 'sideevent', 'parallel event', 'satellite event'], fr: ['evenement parallele', 'manifestation parallele', 'evenement en marge', 'evenement satellite'], es: ['evento paralelo', 'actividad paralela', 'evento satelite'] },
  },
  {
    id: 'field-visit', family: 'programme',
    cues: {
      en: ['field visit', 'field trip', 'site visit', 'study tour', 'study visit', 'technical visit', 'technical tour', 'excursion'],
      fr: ['visite de terrain', 'visite de site', 'visite technique', 'voyage d etude', 'visite d etude', 'sortie de terrain', 'excursion'],
      es: ['visita de campo', 'visita tecnica', 'visita al sitio', 'gira de estudio', 'viaje de estudio', 'salida de campo', 'gira tecnica', 'excursion'],
    },
    names: {
      en: n('Field visits and tours', 'visit', 'visits', 'f'),
      fr: n('Visites de terrain et voyages d’étude', 'visite', 'visites', 'f'),
      es: n('Visitas de campo y giras', 'visita', 'visitas', 'f'),
    },
  },
  {
    id: 'exhibition', family: 'programme',
    cues: { en: ['exhibition', 'exhibit', 'expo', 'trade fair', 'trade show', 'exhibitor', 'booth'], fr: ['exposition', 'salon', 'exposant'], es: ['exposicion', 'feria', 'expositor', 'muestra comercial'] },
    names: {
      en: n('Exhibitions', 'exhibition', 'exhibitions', 'f'),
      fr: n('Expositions', 'exposition', 'expositions', 'f'),
      es: n('Exposiciones', 'exposición', 'exposiciones', 'f'),
    },
  },
  {
    id: 'networking', family: 'programme',
    cues: { en: ['networking', 'matchmaking', 'b2b meeting', 'speed networking'], fr: ['reseautage', 'mise en reseau', 'rencontres d affaires'], es: ['networking', 'encuentro de negocios', 'ronda de negocios', 'rueda de negocios'] },
    names: {
      en: n('Networking', 'networking activity', 'networking activities', 'f'),
      fr: n('Réseautage', 'activité de réseautage', 'activités de réseautage', 'f'),
      es: n('Networking', 'actividad de networking', 'actividades de networking', 'f'),
    },
  },
  {
    id: 'reception', family: 'programme',
    cues: { en: ['reception', 'cocktail', 'welcome drinks', 'icebreaker', 'ice breaker'], fr: ['reception', 'cocktail', 'vin d honneur'], es: ['recepcion', 'coctel', 'coctel de bienvenida', 'vino de honor'] },
    names: {
      en: n('Receptions', 'reception', 'receptions', 'f'),
      fr: n('Réceptions', 'réception', 'réceptions', 'f'),
      es: n('Recepciones', 'recepción', 'recepciones', 'f'),
    },
  },
  {
    id: 'dinner', family: 'programme',
    cues: { en: ['dinner', 'gala dinner', 'banquet', 'gala'], fr: ['diner', 'diner de gala', 'banquet', 'soiree de gala'], es: ['cena', 'cena de gala', 'banquete', 'gala'] },
    names: {
      en: n('Dinners', 'dinner', 'dinners', 'm'),
      fr: n('Dîners', 'dîner', 'dîners', 'm'),
      es: n('Cenas', 'cena', 'cenas', 'f'),
    },
  },
  {
    id: 'session', family: 'programme', generic: true,
    cues: { en: ['session', 'conference session'], fr: ['seance', 'session'], es: ['sesion'] },
    names: {
      en: n('Sessions', 'session', 'sessions', 'f'),
      fr: n('Séances', 'séance', 'séances', 'f'),
      es: n('Sesiones', 'sesión', 'sesiones', 'f'),
    },
  },
  {
    id: 'talk', family: 'programme', generic: true,
    cues: { en: ['talk', 'presentation', 'lecture', 'speech', 'paper presentation'], fr: ['expose', 'presentation', 'intervention'], es: ['charla', 'ponencia', 'presentacion', 'intervencion', 'disertacion'] },
    names: {
      en: n('Talks and presentations', 'talk', 'talks', 'f'),
      fr: n('Exposés et présentations', 'exposé', 'exposés', 'm'),
      es: n('Ponencias y presentaciones', 'ponencia', 'ponencias', 'f'),
    },
  },
  {
    id: 'logistics', family: 'logistics',
    cues: {
      en: [
        'logistic', 'logistics', 'logistical', 'organisation', 'organization', 'organisational', 'organizational', 'venue', 'room', 'meeting room', 'conference room', 'catering', 'food', 'meal', 'lunch', 'coffee', 'coffee break', 'refreshment',
        'registration', 'badge', 'check in', 'reception desk', 'welcome desk', 'accommodation', 'hotel', 'lodging', 'transport', 'transportation', 'shuttle', 'airport transfer', 'visa', 'interpretation', 'interpreting', 'translation',
        'wi fi', 'wifi', 'internet connection', 'app', 'event app', 'mobile app', 'website', 'web site', 'communication before', 'communication prior', 'pre event communication', 'information before', 'joining instructions', 'document', 'documentation',
      ],
      fr: [
        'logistique', 'organisation', 'organisationnel', 'lieu', 'salle', 'restauration', 'repas', 'dejeuner', 'pause cafe', 'cafe', 'inscription', 'accreditation', 'accueil', 'hebergement', 'hotel', 'transport', 'navette',
        'visa', 'interpretation', 'traduction', 'wi fi', 'wifi', 'application', 'site web', 'site internet', 'communication avant', 'communication prealable', 'information prealable', 'document', 'documentation',
      ],
      es: [
        'logistica', 'organizacion', 'organizativo', 'sede', 'sala', 'servicio de comida', 'comida', 'almuerzo', 'cafe', 'pausa para el cafe', 'refrigerio', 'inscripcion', 'registro', 'acreditacion', 'alojamiento', 'hotel', 'hospedaje',
        'transporte', 'traslado', 'lanzadera', 'visado', 'visa', 'interpretacion', 'traduccion', 'traduccion simultanea', 'wi fi', 'wifi', 'aplicacion', 'sitio web', 'pagina web', 'comunicacion previa', 'informacion previa', 'documento', 'documentacion',
      ],
    },
  },
  {
    id: 'overall', family: 'overall',
    cues: {
      en: ['overall', 'in general', 'as a whole', 'general satisfaction', 'overall satisfaction', 'overall rating'],
      fr: ['globalement', 'dans l ensemble', 'dans son ensemble', 'satisfaction generale', 'note globale', 'appreciation globale', 'evaluation globale', 'en general'],
      es: ['en general', 'en su conjunto', 'en conjunto', 'valoracion general', 'satisfaccion general', 'evaluacion general'],
    },
  },
];
