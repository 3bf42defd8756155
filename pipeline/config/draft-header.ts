/** First line of every draft config; `init --force` overwrites only a file that starts with it. */
export const DRAFT_HEADER = '# debrief survey config: edit, then run  debrief report --config <this file>';
