/**
 * A small survey description for the writer tests (a module, not a test
 * file): a regional water forum, in words and shapes none of the fixtures
 * use, with seeded answers, and its counts taken by a plain loop over the
 * answers, independently of any writer and of debrief.
 */
import { expect } from 'vitest';
import { ingestBytes, type Ingested } from '../../../pipeline/ingest/index.js';
import { mulberry32 } from '../../../scripts/random.js';
import type { Answer, Survey } from '../../../scripts/exports/survey.js';

export const SATISFACTION = ['Very satisfied', 'Satisfied', 'Neither satisfied nor dissatisfied', 'Dissatisfied', 'Very dissatisfied'];
export const QUALITY = ['Excellent', 'Good', 'Fair', 'Poor'];
export const NOT_APPLICABLE = 'Not applicable';
export const VENUE = 'How satisfied were you with the venue and catering?';
export const WORKSHOPS = 'Please rate the workshops you joined';
export const WORKSHOP_ROWS = ['Workshop A – Drip irrigation on smallholdings', 'Workshop B – Desalination costs', 'Workshop C – Mapping groundwater'];
export const RECOMMEND = 'How likely are you to recommend the forum to a colleague?';
export const ROLES = ['Speaker', 'Exhibitor', 'Visitor', 'Other'];
export const DAYS = ['Monday', 'Tuesday', 'Wednesday'];

/** A pick of `values` with the seeded generator. */
const pick = <T>(values: T[], random: () => number): T => values[Math.floor(random() * values.length)];

/**
 * The forum's survey for `n` respondents (n ≥ 2), each with `meta(r)`. Every
 * rating level is used at least once by the first respondents, so no other
 * catalogue scale fits the answers as well.
 */
export function forumSurvey<M>(n: number, seed: number, meta: (r: number) => M): Survey<M> {
  const random = mulberry32(seed);
  const rate = (scale: string[], r: number, na: boolean): string => {
    if (r < scale.length) return scale[r];
    const u = random();
    if (u < 0.1) return '';
    if (na && u < 0.3) return NOT_APPLICABLE;
    return pick(scale, random);
  };
  return {
    questions: [
      { kind: 'single', code: 'Q1', text: 'What was your role at the forum?', options: ROLES, other: { option: 'Other' } },
      { kind: 'multi', code: 'Q2', text: 'Which days were you there?', options: DAYS },
      { kind: 'rating', code: 'Q3', text: VENUE, scale: SATISFACTION },
      { kind: 'matrix', code: 'Q4', text: WORKSHOPS, rows: WORKSHOP_ROWS, scale: QUALITY, notApplicable: NOT_APPLICABLE },
      { kind: 'score', code: 'Q5', text: RECOMMEND },
      { kind: 'text', code: 'Q6', text: 'What should we change next year?' },
    ],
    respondents: Array.from({ length: n }, (_, r) => {
      const role = pick(ROLES, random);
      const days = DAYS.filter(() => random() < 0.5);
      const score = r === 0 ? '0' : r === 1 ? '10' : random() < 0.1 ? '' : String(Math.floor(random() * 11));
      const answers: Answer[] = [
        { choice: role, other: role === 'Other' ? pick(['Journalist', 'Student'], random) : '' },
        days,
        rate(SATISFACTION, r, false),
        WORKSHOP_ROWS.map(() => rate(QUALITY, r, true)),
        score,
        random() < 0.3 ? pick(['More shade, please.', 'Fewer speeches, "more field visits".', 'The bus, twice late.\nPlease fix.'], random) : '',
      ];
      return { meta: meta(r), answers };
    }),
  };
}

/** Counts of one rating item: per level best first, not applicable, blank. */
export interface Counted {
  label: string;
  counts: number[];
  notApplicable: number;
  missing: number;
}

/** The counts of every rating item of the forum survey, by a plain loop over its answers. */
export function countForum(survey: Survey<unknown>): Counted[] {
  const zeroToTen = Array.from({ length: 11 }, (_, i) => String(10 - i));
  const items: Counted[] = [
    { label: VENUE, counts: SATISFACTION.map(() => 0), notApplicable: 0, missing: 0 },
    ...WORKSHOP_ROWS.map((label) => ({ label, counts: QUALITY.map(() => 0), notApplicable: 0, missing: 0 })),
    { label: RECOMMEND, counts: zeroToTen.map(() => 0), notApplicable: 0, missing: 0 },
  ];
  const add = (item: Counted, levels: string[], answer: string) => {
    if (answer === '') item.missing++;
    else if (answer === NOT_APPLICABLE) item.notApplicable++;
    else item.counts[levels.indexOf(answer)]++;
  };
  for (const { answers } of survey.respondents) {
    add(items[0], SATISFACTION, answers[2] as string);
    (answers[3] as string[]).forEach((a, i) => add(items[1 + i], QUALITY, a));
    add(items[4], zeroToTen, answers[4] as string);
  }
  return items;
}

/** Reads `data` back with debrief's ingest and checks the tool, the respondents and every rating item against countForum. */
export async function expectReadBack(data: string | Uint8Array, file: string, survey: Survey<unknown>, tool: string): Promise<Ingested> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const ingested = await ingestBytes(bytes, { file });
  expect(ingested.layout.tool).toBe(tool);
  expect(ingested.survey.respondents).toBe(survey.respondents.length);
  for (const want of countForum(survey)) {
    const item = ingested.survey.items.find((i) => i.label === want.label);
    expect(item, `item "${want.label}"`).toBeDefined();
    expect({ label: item!.label, counts: item!.counts, notApplicable: item!.notApplicable, missing: item!.missing }).toEqual(want);
  }
  return ingested;
}
