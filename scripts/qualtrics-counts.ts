/**
 * The chosen counts behind the Qualtrics fixtures (fixtures/qualtrics/): a
 * post-conference survey of a meeting like NDM-UN23, exported by Qualtrics
 * three ways. Tests read these counts as the independent truth.
 * - `CURRENT` feeds choice-text.csv and numeric.csv (the same answers, once
 *   as choice text, once as recode values);
 * - `LEGACY` feeds legacy.csv (the pre-2017 two-row export);
 * - `INSIGHTS` feeds insights-2016.csv (the 2016 "Insights" export, in French).
 */

/** One rating item: count per level (best first) and not-applicable answers. Blank = the rest. */
export interface RatedItem {
  label: string;
  counts: number[];
  notApplicable: number;
}

/** A rating question: its text, scale and N/A wording, and its rows. */
export interface RatedQuestion {
  text: string;
  /** Level labels as the export writes them, best first. */
  levels: string[];
  /** The not-applicable choice as written, if any. */
  notApplicable?: string;
  /** Recode values per level (numeric export), best first, then the N/A recode. */
  recodes?: number[];
  items: RatedItem[];
}

export interface Edition {
  respondents: number;
  roleQuestion: string;
  roles: [string, number][];
  genderQuestion: string;
  genders: [string, number][];
  logistics: RatedQuestion;
  /** Plenary matrices: two questions with the same text (day 1, day 2), as the organisers copied it. */
  plenaries: RatedQuestion[];
  sideEvents: RatedQuestion;
  commentQuestion: string;
}

const EXCELLENT_5 = ['Excellent', 'Very good', 'Good', 'Fair', 'Poor'];
const EXCELLENT_4 = ['Excellent', 'Good', 'Fair', 'Poor'];

const PLENARY_QUESTION = 'How would you rate each of the <b>plenary</b> sessions?';
const SIDE_EVENT_QUESTION = 'How would you rate the side-events you attended? (If you did not attend a side-event, please select “Did not attend”.)';
const LOGISTICS_QUESTION = 'Overall, how would you rate the logistical and organisational arrangements of the meeting?';
const ROLE_QUESTION = 'Which of the following best describes your role?';
const GENDER_QUESTION = 'What is your gender?';
const COMMENT_QUESTION = 'Do you have any other comments or suggestions for future meetings?';

export const PLENARY_TITLES = [
  'Plenary 1 – Mine Action and the Environment',
  'Plenary 2 – Mine Action for People: Dimensions of Diversity',
  'Plenary 3 – Regional Approaches to Mine Action',
  'Plenary 4 – Thinking Safety and Acting Safely in the Digital Age',
  'Plenary 5 – SDGs - From Theory to Practice: Linking Mine Action to SDGs',
  'Plenary 6 – Partnerships to Save Lives in Humanitarian Emergencies',
  'Plenary 7 – Improvised Explosive Devices: Connecting Actors for Solutions',
];

const ROLES: [string, number][] = [
  ['National Director of a mine action programme', 18],
  ['United Nations adviser or staff', 16],
  ['Donor representative', 20],
  ['Civil society / NGO', 34],
  ['Academia or research', 10],
  ['Private sector', 12],
  ['Other (please specify)', 10],
];

/** 120 respondents: choice-text.csv and numeric.csv. */
export const CURRENT: Edition = {
  respondents: 120,
  roleQuestion: ROLE_QUESTION,
  roles: ROLES,
  genderQuestion: GENDER_QUESTION,
  genders: [['Female', 57], ['Male', 58], ['Prefer not to say', 5]],
  logistics: {
    text: LOGISTICS_QUESTION,
    levels: EXCELLENT_5,
    recodes: [5, 4, 3, 2, 1],
    items: [{ label: LOGISTICS_QUESTION, counts: [38, 44, 22, 8, 3], notApplicable: 0 }],
  },
  plenaries: [
    {
      text: PLENARY_QUESTION,
      levels: EXCELLENT_4,
      notApplicable: 'Did not attend',
      recodes: [4, 3, 2, 1, -1],
      items: [
        { label: PLENARY_TITLES[0], counts: [30, 45, 20, 7], notApplicable: 12 },
        { label: PLENARY_TITLES[1], counts: [26, 40, 22, 6], notApplicable: 20 },
        { label: PLENARY_TITLES[2], counts: [24, 38, 21, 9], notApplicable: 22 },
        { label: PLENARY_TITLES[3], counts: [27, 41, 19, 8], notApplicable: 18 },
      ],
    },
    {
      // The day-2 copy was edited: a trailing space on "Good " and a curly apostrophe.
      text: PLENARY_QUESTION,
      levels: ['Excellent', 'Good ', 'Fair', 'Poor'],
      notApplicable: 'Didn’t attend',
      recodes: [4, 3, 2, 1, -1],
      items: [
        { label: PLENARY_TITLES[4], counts: [25, 39, 23, 7], notApplicable: 17 },
        { label: PLENARY_TITLES[5], counts: [20, 30, 16, 6], notApplicable: 40 },
        { label: PLENARY_TITLES[6], counts: [42, 44, 10, 4], notApplicable: 14 },
      ],
    },
  ],
  sideEvents: {
    text: SIDE_EVENT_QUESTION,
    levels: EXCELLENT_4,
    notApplicable: 'Did not attend',
    recodes: [4, 3, 2, 1, -99],
    items: [
      { label: 'Safe Ground: Turning Minefields into Playing Fields', counts: [18, 22, 6, 2], notApplicable: 62 },
      { label: 'Mine Action Information Management of the Future', counts: [12, 16, 6, 3], notApplicable: 75 },
      { label: 'Libya: The Toxic and Explosive Legacy of Modern Conflict', counts: [8, 11, 5, 2], notApplicable: 86 },
      { label: 'Launch of the SMART IED Threat Mitigation Technology Roadmap (SMiTMiTR)', counts: [12, 14, 2, 1], notApplicable: 83 },
      { label: 'Risk education in the Oslo Action Plan: From Vision to Reality', counts: [20, 24, 10, 4], notApplicable: 54 },
      { label: 'Environmental Impact and Climate Change Adaptation in Mine Action', counts: [16, 22, 4, 1], notApplicable: 68 },
      { label: 'South Sudan - Achieving Article Five compliance and Delivering a Long-Term Solution', counts: [7, 11, 3, 2], notApplicable: 88 },
      { label: 'Meeting the Challenge Together: Advancing Gender & Diversity in Project Implementation', counts: [11, 15, 4, 1], notApplicable: 80 },
      { label: 'Iraq - Local Solutions for National Challenges: Operational Models and Support to National Capacities', counts: [18, 21, 9, 3], notApplicable: 60 },
      { label: 'Survey, Clearance and Risk Education of Improvised Mines - Challenges, Solutions and Best Practices', counts: [17, 22, 9, 4], notApplicable: 58 },
      { label: 'UN Mine Action Strategy: Implementation Update', counts: [9, 12, 3, 0], notApplicable: 87 },
    ],
  },
  commentQuestion: COMMENT_QUESTION,
};

/** Respondents per UserLanguage code in the current exports. */
export const LANGUAGES: [string, number][] = [['EN', 84], ['FR', 24], ['ES', 12]];

/** 60 respondents: legacy.csv (two header rows, trailing commas). */
export const LEGACY: Edition = {
  respondents: 60,
  roleQuestion: ROLE_QUESTION,
  roles: [
    ['National Director of a mine action programme', 9],
    ['United Nations adviser or staff', 8],
    ['Donor representative', 10],
    ['Civil society / NGO', 17],
    ['Academia or research', 5],
    ['Private sector', 6],
    ['Other (please specify)', 5],
  ],
  genderQuestion: GENDER_QUESTION,
  genders: [['Female', 28], ['Male', 30], ['Prefer not to say', 2]],
  logistics: {
    text: LOGISTICS_QUESTION,
    levels: EXCELLENT_4,
    notApplicable: 'N/A',
    items: [{ label: LOGISTICS_QUESTION, counts: [20, 27, 8, 3], notApplicable: 1 }],
  },
  plenaries: [
    {
      text: 'How would you rate each of the plenary sessions?',
      levels: EXCELLENT_4,
      notApplicable: 'N/A',
      items: [
        { label: PLENARY_TITLES[0], counts: [15, 22, 10, 3], notApplicable: 6 },
        { label: PLENARY_TITLES[1], counts: [12, 21, 11, 4], notApplicable: 9 },
        { label: PLENARY_TITLES[2], counts: [11, 20, 12, 5], notApplicable: 10 },
        { label: PLENARY_TITLES[3], counts: [13, 20, 9, 4], notApplicable: 11 },
        { label: PLENARY_TITLES[4], counts: [12, 19, 12, 3], notApplicable: 10 },
        { label: PLENARY_TITLES[5], counts: [9, 15, 8, 2], notApplicable: 22 },
        { label: PLENARY_TITLES[6], counts: [21, 22, 6, 2], notApplicable: 6 },
      ],
    },
  ],
  sideEvents: {
    text: SIDE_EVENT_QUESTION,
    levels: EXCELLENT_4,
    notApplicable: 'Did not attend',
    items: [
      { label: 'Safe Ground: Turning Minefields into Playing Fields', counts: [9, 11, 3, 1], notApplicable: 33 },
      { label: 'Mine Action Information Management of the Future', counts: [6, 8, 3, 1], notApplicable: 40 },
      { label: 'Libya: The Toxic and Explosive Legacy of Modern Conflict', counts: [4, 5, 3, 1], notApplicable: 45 },
      { label: 'South Sudan - Achieving Article Five compliance and Delivering a Long-Term Solution', counts: [4, 5, 2, 0], notApplicable: 47 },
      { label: 'United for Survivors: Solutions, Commitments, Action', counts: [7, 8, 2, 1], notApplicable: 40 },
      { label: 'A Mine-Free World by 2025: The Need for Innovation', counts: [6, 7, 1, 0], notApplicable: 44 },
    ],
  },
  commentQuestion: COMMENT_QUESTION,
};

/** 80 respondents: insights-2016.csv, a French-language survey. */
export const INSIGHTS: Edition = {
  respondents: 80,
  roleQuestion: 'Quelle est votre fonction ?',
  roles: [
    ["Directeur·rice national·e d'un programme d'action contre les mines", 14],
    ['Conseiller·ère ou personnel des Nations Unies', 10],
    ['Représentant·e de bailleur de fonds', 12],
    ['Société civile / ONG', 26],
    ['Milieu universitaire ou recherche', 6],
    ['Secteur privé', 5],
    ['Autre (veuillez préciser)', 7],
  ],
  genderQuestion: 'Quel est votre genre ?',
  genders: [['Femme', 39], ['Homme', 38], ['Préfère ne pas répondre', 3]],
  logistics: {
    text: "Dans l'ensemble, comment évaluez-vous l'organisation logistique de la réunion ?",
    levels: ['Très bien', 'Bien', 'Moyen', 'Insuffisant'],
    notApplicable: 'Sans objet',
    items: [{ label: "Dans l'ensemble, comment évaluez-vous l'organisation logistique de la réunion ?", counts: [31, 33, 9, 4], notApplicable: 0 }],
  },
  plenaries: [
    {
      text: 'Comment évaluez-vous chacune des séances plénières ?',
      levels: ['Très bien', 'Bien', 'Moyen', 'Insuffisant'],
      notApplicable: 'Sans objet',
      items: [
        { label: 'Plénière 1 – L’action contre les mines et l’environnement', counts: [20, 30, 13, 4], notApplicable: 9 },
        { label: 'Plénière 2 – L’action contre les mines pour les personnes : dimensions de la diversité', counts: [17, 28, 14, 5], notApplicable: 13 },
        { label: 'Plénière 3 – Approches régionales de l’action contre les mines', counts: [16, 27, 15, 6], notApplicable: 12 },
        { label: 'Plénière 7 – Engins explosifs improvisés : relier les acteurs autour de solutions', counts: [29, 32, 8, 3], notApplicable: 5 },
      ],
    },
  ],
  sideEvents: {
    text: 'Comment évaluez-vous les événements parallèles auxquels vous avez assisté ? Si vous n’avez pas assisté à un événement, choisissez « Je n’ai pas assisté ».',
    levels: ['Très bien', 'Bien', 'Moyen', 'Insuffisant'],
    notApplicable: 'Je n’ai pas assisté',
    items: [
      { label: 'Safe Ground: Turning Minefields into Playing Fields', counts: [11, 13, 4, 1], notApplicable: 46 },
      { label: 'Mine Action Information Management of the Future', counts: [8, 10, 3, 2], notApplicable: 53 },
      { label: 'Libya: The Toxic and Explosive Legacy of Modern Conflict', counts: [5, 7, 3, 1], notApplicable: 60 },
      { label: 'Risk education in the Oslo Action Plan: From Vision to Reality', counts: [12, 15, 5, 2], notApplicable: 42 },
      { label: 'Environmental Impact and Climate Change Adaptation in Mine Action', counts: [10, 13, 2, 1], notApplicable: 50 },
      { label: 'United for Survivors: Solutions, Commitments, Action', counts: [9, 11, 3, 0], notApplicable: 53 },
    ],
  },
  commentQuestion: 'Avez-vous d’autres commentaires ou suggestions pour les prochaines réunions ?',
};
