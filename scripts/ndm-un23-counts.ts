/**
 * The chosen counts behind the bundled sample (fixtures/ndm-un23/): a
 * post-conference survey of the 23rd International Meeting of Mine Action
 * National Directors and UN Advisers (Geneva, February 2020). They are picked
 * so that the export reproduces the Chair's Summary:
 * - logistics: 435 of 500 valid answers good or excellent = 87%;
 * - plenaries: 70% to 80%, the IED plenary highest at 80% (384 / 480), clear
 *   of the runner-up's 95% interval;
 * - side-events: the unweighted mean of the 17 shares is 81% (13.77 / 17);
 *   the pooled share is 2031 / 2530 = 80.3%.
 * Tests read these counts as the independent truth for the fixture.
 */

export const RESPONDENTS = 512;

/** Per item: valid answers, positive (Excellent + Good) answers, did not attend. Blank = the rest. */
export interface ItemCounts {
  label: string;
  valid: number;
  positive: number;
  notAttended: number;
}

export const LOGISTICS_QUESTION = 'Overall, how would you rate the logistical and organisational arrangements of the meeting?';
export const LOGISTICS: ItemCounts = { label: LOGISTICS_QUESTION, valid: 500, positive: 435, notAttended: 0 };

export const PLENARY_QUESTION = 'How would you rate each of the plenary sessions?';
export const PLENARIES: ItemCounts[] = [
  { label: 'Plenary 1 – Mine Action and the Environment', valid: 450, positive: 324, notAttended: 40 },
  { label: 'Plenary 2 – Mine Action for People: Dimensions of Diversity', valid: 400, positive: 284, notAttended: 80 },
  { label: 'Plenary 3 – Regional Approaches to Mine Action', valid: 380, positive: 266, notAttended: 100 },
  { label: 'Plenary 4 – Thinking Safety and Acting Safely in the Digital Age', valid: 400, positive: 284, notAttended: 85 },
  { label: 'Plenary 5 – SDGs - From Theory to Practice: Linking Mine Action to SDGs', valid: 410, positive: 287, notAttended: 75 },
  { label: 'Plenary 6 – Partnerships to Save Lives in Humanitarian Emergencies', valid: 300, positive: 213, notAttended: 180 },
  { label: 'Plenary 7 – Improvised Explosive Devices: Connecting Actors for Solutions', valid: 480, positive: 384, notAttended: 20 },
];

export const SIDE_EVENT_QUESTION = 'How would you rate the side-events you attended?';
/**
 * The Chair's Summary describes 16 side-events by name; the 17th is the
 * 30-minute update on the UN strategy that the summary lists among the new events.
 */
export const SIDE_EVENTS: ItemCounts[] = [
  { label: 'Safe Ground: Turning Minefields into Playing Fields', valid: 200, positive: 170, notAttended: 290 },
  { label: 'Mine Action Information Management of the Future', valid: 150, positive: 117, notAttended: 340 },
  { label: 'Libya: The Toxic and Explosive Legacy of Modern Conflict', valid: 100, positive: 76, notAttended: 395 },
  { label: 'Launch of the SMART IED Threat Mitigation Technology Roadmap (SMiTMiTR)', valid: 120, positive: 108, notAttended: 370 },
  { label: 'Iranian Humanitarian Mine Action Activities', valid: 80, positive: 56, notAttended: 410 },
  { label: 'Risk education in the Oslo Action Plan: From Vision to Reality', valid: 250, positive: 185, notAttended: 240 },
  { label: 'Environmental Impact and Climate Change Adaptation in Mine Action', valid: 175, positive: 154, notAttended: 315 },
  { label: 'South Sudan - Achieving Article Five compliance and Delivering a Long-Term Solution', valid: 90, positive: 72, notAttended: 400 },
  { label: 'Meeting the Challenge Together: Advancing Gender & Diversity in Project Implementation', valid: 125, positive: 105, notAttended: 365 },
  { label: 'United for Survivors: Solutions, Commitments, Action', valid: 150, positive: 129, notAttended: 340 },
  { label: 'Iraq - Local Solutions for National Challenges: Operational Models and Support to National Capacities', valid: 240, positive: 180, notAttended: 250 },
  { label: 'A Mine-Free World by 2025: The Need for Innovation', valid: 100, positive: 92, notAttended: 390 },
  { label: 'Accident and Incident Reporting Requirements: A Burden or an Essential Learning Tool', valid: 100, positive: 78, notAttended: 390 },
  { label: 'Sudan – Mine Action and Peace: Sudan’s Experience and Future', valid: 100, positive: 82, notAttended: 395 },
  { label: 'Survey, Clearance and Risk Education of Improvised Mines - Challenges, Solutions and Best Practices', valid: 250, positive: 180, notAttended: 240 },
  { label: 'Implementing the Oslo Review Conference Decisions: A Landmine Free 2025 Perspective', valid: 200, positive: 160, notAttended: 290 },
  { label: 'UN Mine Action Strategy: Implementation Update', valid: 100, positive: 87, notAttended: 395 },
];

export const ROLE_QUESTION = 'Which of the following best describes your role?';
export const ROLES: [string, number][] = [
  ['National Director of a mine action programme', 70],
  ['United Nations adviser or staff', 60],
  ['Donor representative', 90],
  ['Civil society / NGO', 150],
  ['Academia or research', 40],
  ['Private sector', 50],
  ['Other (please specify)', 52],
];

export const GENDER_QUESTION = 'What is your gender?';
export const GENDERS: [string, number][] = [
  ['Female', 245],
  ['Male', 250],
  ['Prefer not to say', 17],
];

export const COMMENT_QUESTION = 'Do you have any other comments or suggestions for future meetings?';
