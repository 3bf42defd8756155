/**
 * The French collector of the NDM-UN23 survey: the same questions in French,
 * answered by 64 other respondents. Counts are the English ones divided by 8
 * (rounded), so a merged EN+FR run must give their sums.
 */
import type { Edition } from './gen-ndm-un23.js';
import { LOGISTICS, PLENARIES, SIDE_EVENTS, type ItemCounts } from './ndm-un23-counts.js';

const PLENARY_FR = [
  'Plénière 1 – L’action contre les mines et l’environnement',
  'Plénière 2 – L’action contre les mines pour les personnes : dimensions de la diversité',
  'Plénière 3 – Approches régionales de l’action contre les mines',
  'Plénière 4 – Penser et agir en sécurité à l’ère numérique',
  'Plénière 5 – ODD : de la théorie à la pratique',
  'Plénière 6 – Partenariats pour sauver des vies dans les urgences humanitaires',
  'Plénière 7 – Engins explosifs improvisés : relier les acteurs pour des solutions',
];

const SIDE_EVENT_FR = [
  'Safe Ground : transformer les champs de mines en terrains de jeu',
  'La gestion de l’information de demain',
  'Libye : l’héritage toxique et explosif d’un conflit moderne',
  'Lancement de la feuille de route technologique SMART contre les EEI (SMiTMiTR)',
  'Activités iraniennes d’action humanitaire contre les mines',
  'L’éducation aux risques dans le Plan d’action d’Oslo',
  'Impact environnemental et adaptation au changement climatique',
  'Soudan du Sud : respecter l’article 5 et une solution durable',
  'Relever le défi ensemble : genre et diversité dans les projets',
  'Unis pour les survivants : solutions, engagements, action',
  'Irak : solutions locales pour des défis nationaux',
  'Un monde sans mines d’ici 2025 : le besoin d’innovation',
  'Déclaration des accidents et incidents : fardeau ou outil d’apprentissage ?',
  'Soudan : action contre les mines et paix',
  'Enquête, dépollution et éducation aux risques des mines improvisées',
  'Mettre en œuvre les décisions de la Conférence d’examen d’Oslo',
  'Stratégie des Nations Unies : point sur la mise en œuvre',
];

const eighth = (c: ItemCounts, label: string): ItemCounts => ({
  label,
  valid: Math.round(c.valid / 8),
  positive: Math.round(c.positive / 8),
  notAttended: Math.round(c.notAttended / 8),
});

export const FRENCH: Edition = {
  respondents: 64,
  idBase: 11460900000,
  questions: {
    role: 'Laquelle des propositions suivantes décrit le mieux votre fonction ?',
    gender: 'Quel est votre genre ?',
    logistics: 'Dans l’ensemble, comment évaluez-vous la logistique et l’organisation de la réunion ?',
    plenary: 'Comment évaluez-vous chacune des séances plénières ?',
    sideEvent: 'Comment évaluez-vous les événements parallèles auxquels vous avez assisté ?',
    comment: 'Avez-vous d’autres commentaires ou suggestions pour les prochaines réunions ?',
  },
  scale: ['Excellent', 'Bon', 'Moyen', 'Médiocre'],
  logisticsNA: 'Sans objet',
  notAttended: 'Je n’ai pas assisté',
  response: 'Réponse',
  openEnded: 'Réponse ouverte',
  other: 'Autre (veuillez préciser)',
  logistics: eighth(LOGISTICS, 'Dans l’ensemble, comment évaluez-vous la logistique et l’organisation de la réunion ?'),
  plenaries: PLENARIES.map((p, i) => eighth(p, PLENARY_FR[i])),
  sideEvents: SIDE_EVENTS.map((s, i) => eighth(s, SIDE_EVENT_FR[i])),
  roles: [
    ['Directeur national d’un programme d’action contre les mines', 14],
    ['Conseiller ou personnel des Nations Unies', 8],
    ['Représentant d’un bailleur', 10],
    ['Société civile / ONG', 20],
    ['Autre (veuillez préciser)', 12],
  ],
  genders: [
    ['Femme', 31],
    ['Homme', 30],
    ['Préfère ne pas répondre', 3],
  ],
};
