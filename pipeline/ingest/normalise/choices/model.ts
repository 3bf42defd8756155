/** Closed questions that are not ratings: what ingest finds, before any share is computed. */

/** `single`: one answer per respondent; `multiple`: checkboxes; `yes-no`: a single choice among Yes / No / Maybe. */
export type ChoiceKind = 'single' | 'multiple' | 'yes-no';

export interface ChoiceOption {
  label: string;
  /** Respondents who chose it. */
  count: number;
}

/** A closed question with its counts, as one export (or the merge of several) gives them. */
export interface ChoiceQuestion {
  question: string;
  kind: ChoiceKind;
  /** Respondents who answered it: the base of every share. */
  answered: number;
  /** In display order (see `ordered`). */
  options: ChoiceOption[];
  /** True when the order is the survey's own (one column per option); otherwise count descending, then label. */
  ordered: boolean;
  /** Export columns the counts come from (for `inspect`). */
  columns: number[];
}
