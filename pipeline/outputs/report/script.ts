/**
 * The report's one script, as the page embeds it and its CSP hashes it:
 * sortable tables, then the comments' theme filters.
 */
import { SORT_SCRIPT } from './sort-script.js';
import { THEME_SCRIPT } from './theme-script.js';

export const REPORT_SCRIPT = `${SORT_SCRIPT}\n${THEME_SCRIPT}`;
