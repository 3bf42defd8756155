import { wilson } from './wilson.js';

export interface ResponseRate {
  /** People invited or present, as given by the organisers. */
  participants: number;
  /** Respondents in the export(s). */
  respondents: number;
  /** respondents ÷ participants. */
  rate: number;
  /** 95% Wilson interval of the rate. */
  low: number;
  high: number;
}

/** The response rate, with its 95% Wilson interval. `participants` must be at least `respondents`. */
export function responseRate(respondents: number, participants: number): ResponseRate {
  const [low, high] = wilson(respondents, participants);
  return { participants, respondents, rate: participants ? respondents / participants : 0, low, high };
}
