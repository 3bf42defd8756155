/**
 * The chosen counts behind fixtures/ndm-un24/: the next edition of the
 * NDM-UN meeting (NDM-UN24), with mostly the same plenaries and side-events
 * as ndm-un23 (scripts/ndm-un23-counts.ts), some reworded, dropped or new,
 * the logistics question asked on a satisfaction scale this time, a region
 * question with a tiny "prefer not to say" group, and a 0–10 "would you
 * recommend" question. Counts are chosen so that, against ndm-un23, five
 * changes are clearly significant (|z| > 3) and the others clearly not
 * (|z| < 1); the tests check both by hand.
 */
import type { ItemCounts } from './ndm-un23-counts.js';

export const RESPONDENTS = 480;

/**
 * Same wording as ndm-un23, different answers: Very satisfied … Very
 * dissatisfied. Matched by label, not compared (the scale changed).
 */
export const LOGISTICS_QUESTION = 'Overall, how would you rate the logistical and organisational arrangements of the meeting?';
/** Count per level, best first (Very satisfied, Satisfied, Neither…, Dissatisfied, Very dissatisfied), and N/A. */
export const LOGISTICS = { counts: [170, 225, 40, 20, 10], notApplicable: 5 };

/** How each item relates to ndm-un23, for the record and for the tests. */
export type Edition = 'same' | 'folded' | 'reworded' | 'new';

export interface Item24 extends ItemCounts {
  /** `same`: identical label; `folded`: differs only by case, spaces, dashes or quote style; `reworded`, `new`: not matched. */
  edition: Edition;
  /** For `same` and `folded`: the ndm-un23 label it matches. */
  previous?: string;
}

export const PLENARY_QUESTION = 'How would you rate each of the plenary sessions?';
export const PLENARIES: Item24[] = [
  // 324/450 (72%) → 350/420 (83%): up, z ≈ 4.0.
  { label: 'Plenary 1 – Mine Action and the Environment', valid: 420, positive: 350, notAttended: 35, edition: 'same', previous: 'Plenary 1 – Mine Action and the Environment' },
  // 284/400 (71%) → 290/410 (71%): no change.
  { label: 'Plenary 2 – Mine action for people: dimensions of diversity', valid: 410, positive: 290, notAttended: 40, edition: 'folded', previous: 'Plenary 2 – Mine Action for People: Dimensions of Diversity' },
  { label: 'Plenary 3 – Regional and Sub-Regional Cooperation in Mine Action', valid: 380, positive: 280, notAttended: 60, edition: 'reworded' },
  // 284/400 (71%) → 240/400 (60%): down, z ≈ −3.3.
  { label: 'Plenary 4 – Thinking Safety and Acting Safely in the Digital Age', valid: 400, positive: 240, notAttended: 50, edition: 'same', previous: 'Plenary 4 – Thinking Safety and Acting Safely in the Digital Age' },
  // 287/410 (70%) → 300/420 (71%): no change.
  { label: 'Plenary 5 – SDGs – From Theory to Practice: Linking Mine Action to SDGs', valid: 420, positive: 300, notAttended: 30, edition: 'folded', previous: 'Plenary 5 – SDGs - From Theory to Practice: Linking Mine Action to SDGs' },
  { label: 'Plenary 6 – The Humanitarian–Development–Peace Nexus', valid: 350, positive: 250, notAttended: 90, edition: 'new' },
  // 384/480 (80%) → 370/460 (80%): no change.
  { label: 'Plenary 7 – Improvised Explosive Devices: Connecting Actors for Solutions', valid: 460, positive: 370, notAttended: 10, edition: 'same', previous: 'Plenary 7 – Improvised Explosive Devices: Connecting Actors for Solutions' },
];

export const SIDE_EVENT_QUESTION = 'How would you rate the side-events you attended?';
export const SIDE_EVENTS: Item24[] = [
  // 170/200 (85%) → 160/190 (84%).
  { label: 'Safe Ground: Turning Minefields into Playing Fields', valid: 190, positive: 160, notAttended: 280, edition: 'same', previous: 'Safe Ground: Turning Minefields into Playing Fields' },
  // 117/150 (78%) → 148/160 (92.5%): up, z ≈ 3.6.
  { label: 'Mine Action Information Management of the Future', valid: 160, positive: 148, notAttended: 310, edition: 'same', previous: 'Mine Action Information Management of the Future' },
  // 56/80 (70%) → 65/90 (72%).
  { label: 'Iranian Humanitarian Mine Action Activities', valid: 90, positive: 65, notAttended: 380, edition: 'same', previous: 'Iranian Humanitarian Mine Action Activities' },
  // 185/250 (74%) → 180/240 (75%).
  { label: 'Risk education in the Oslo Action Plan: From Vision to Reality', valid: 240, positive: 180, notAttended: 230, edition: 'same', previous: 'Risk education in the Oslo Action Plan: From Vision to Reality' },
  // 154/175 (88%) → 120/170 (71%): down, z ≈ −4.0.
  { label: 'Environmental Impact and Climate Change Adaptation in Mine Action', valid: 170, positive: 120, notAttended: 300, edition: 'same', previous: 'Environmental Impact and Climate Change Adaptation in Mine Action' },
  { label: 'South Sudan: Completing Article 5 Obligations', valid: 85, positive: 70, notAttended: 385, edition: 'reworded' },
  // 105/125 (84%) → 110/130 (85%).
  { label: 'Meeting the challenge together: advancing gender & diversity in project implementation', valid: 130, positive: 110, notAttended: 340, edition: 'folded', previous: 'Meeting the Challenge Together: Advancing Gender & Diversity in Project Implementation' },
  // 129/150 (86%) → 118/140 (84%).
  { label: 'United for Survivors: Solutions, Commitments, Action', valid: 140, positive: 118, notAttended: 330, edition: 'same', previous: 'United for Survivors: Solutions, Commitments, Action' },
  // 180/240 (75%) → 175/230 (76%).
  { label: 'Iraq – Local Solutions for National Challenges: Operational Models and Support to National Capacities', valid: 230, positive: 175, notAttended: 240, edition: 'folded', previous: 'Iraq - Local Solutions for National Challenges: Operational Models and Support to National Capacities' },
  // 92/100 (92%) → 98/110 (89%).
  { label: 'A Mine-Free World by 2025: The Need for Innovation', valid: 110, positive: 98, notAttended: 360, edition: 'same', previous: 'A Mine-Free World by 2025: The Need for Innovation' },
  // 78/100 (78%) → 74/95 (78%).
  { label: 'Accident and Incident Reporting Requirements: A Burden or an Essential Learning Tool', valid: 95, positive: 74, notAttended: 375, edition: 'same', previous: 'Accident and Incident Reporting Requirements: A Burden or an Essential Learning Tool' },
  // 82/100 (82%) → 85/105 (81%).
  { label: "Sudan - Mine Action and Peace: Sudan's Experience and Future", valid: 105, positive: 85, notAttended: 365, edition: 'folded', previous: 'Sudan – Mine Action and Peace: Sudan’s Experience and Future' },
  // 180/250 (72%) → 225/260 (86.5%): up, z ≈ 4.1.
  { label: 'Survey, Clearance and Risk Education of Improvised Mines - Challenges, Solutions and Best Practices', valid: 260, positive: 225, notAttended: 210, edition: 'same', previous: 'Survey, Clearance and Risk Education of Improvised Mines - Challenges, Solutions and Best Practices' },
  { label: 'Implementing the Oslo Action Plan: Progress Towards a Mine-Free 2025', valid: 180, positive: 150, notAttended: 290, edition: 'reworded' },
  // 87/100 (87%) → 86/100 (86%).
  { label: 'UN Mine Action Strategy: Implementation Update', valid: 100, positive: 86, notAttended: 370, edition: 'same', previous: 'UN Mine Action Strategy: Implementation Update' },
  { label: 'Explosive Ordnance Risk Education in Urban Settings', valid: 150, positive: 120, notAttended: 320, edition: 'new' },
  { label: 'Innovative Finance for Mine Action', valid: 120, positive: 95, notAttended: 350, edition: 'new' },
  { label: 'Digital Tools for Non-Technical Survey', valid: 130, positive: 112, notAttended: 340, edition: 'new' },
];

/** ndm-un23 items with no counterpart this year (dropped, or reworded above). */
export const DROPPED = [
  'Plenary 3 – Regional Approaches to Mine Action',
  'Plenary 6 – Partnerships to Save Lives in Humanitarian Emergencies',
  'Libya: The Toxic and Explosive Legacy of Modern Conflict',
  'Launch of the SMART IED Threat Mitigation Technology Roadmap (SMiTMiTR)',
  'South Sudan - Achieving Article Five compliance and Delivering a Long-Term Solution',
  'Implementing the Oslo Review Conference Decisions: A Landmine Free 2025 Perspective',
];

export const RECOMMEND_QUESTION = 'How likely are you to recommend this meeting to a colleague?';
/** Count per answer 10, 9, …, 0: promoters 220, passives 130, detractors 100 of 450 (NPS +26.7). */
export const RECOMMEND = [120, 100, 80, 50, 30, 25, 15, 10, 8, 7, 5];

export const ROLE_QUESTION = 'Which of the following best describes your role?';
export const ROLES: [string, number][] = [
  ['National Director of a mine action programme', 65],
  ['United Nations adviser or staff', 58],
  ['Donor representative', 85],
  ['Civil society / NGO', 140],
  ['Academia or research', 38],
  ['Private sector', 44],
  ['Other (please specify)', 50],
];

export const GENDER_QUESTION = 'What is your gender?';
export const GENDERS: [string, number][] = [
  ['Female', 240],
  ['Male', 228],
  ['Prefer not to say', 12],
];

export const REGION_QUESTION = 'In which region do you mainly work?';
export const REGIONS: [string, number][] = [
  ['Africa', 150],
  ['Americas', 60],
  ['Asia-Pacific', 110],
  ['Europe', 120],
  ['Middle East', 36],
  ['Prefer not to say', 4],
];

export const COMMENT_QUESTION = 'Do you have any other comments or suggestions for future meetings?';
