/**
 * Every text debrief shows a user, as functions. Tests compare against these
 * same functions, so wording can change in one place.
 */
import type { CutReason } from './model.js';

export const emptyFile = (file: string) =>
  `${file}: the file is empty; export the survey responses again and pass the new file.`;

export const headerOnly = (file: string) =>
  `${file}: the file has a header but no response rows; check that the export includes responses.`;

export const binaryFile = (file: string, kind?: string) =>
  `${file}: this is not a text or XLSX file (${kind ? `it is ${kind}` : 'it contains binary data'}); export the responses as CSV or XLSX.`;

export const notSurvey = (file: string) =>
  `${file}: no rating question was found (no column has answers on a known scale); check that this is a survey export, or name the items in a config.`;

export const unterminatedQuote = (file: string, row: number) =>
  `${file}, row ${row}: a quoted field is never closed; the file may be truncated, so export it again.`;

export const fieldCount = (file: string, rows: number[], got: number[], expected: number) =>
  `${file}, row${rows.length > 1 ? 's' : ''} ${listRows(rows)}: ${got[0]} field${got[0] === 1 ? '' : 's'} where the header has ${expected}; the file may have been edited by hand or cut, so export it again.`;

export const truncatedXlsx = (file: string) =>
  `${file}: the XLSX workbook is incomplete (its ZIP archive was cut short, as by an interrupted download); download or export it again.`;

export const unreadableXlsx = (file: string, reason: string) =>
  `${file}: the XLSX workbook cannot be read (${reason}); open it in a spreadsheet program and save it again, or export CSV.`;

export const missingFile = (file: string) =>
  `${file}: no such file; check the path.`;
export const attributeTooVaried = (file: string, header: string, limit: number) =>
  `${file}, column "${header}": more than ${limit.toLocaleString('en')} different answers, so nothing is broken down by it (each group would be too small to show); the other figures are unaffected.`;
export const notAFile = (file: string) =>
  `${file}: is a folder, not an export; give the path of the export file inside it.`;

export const noScale = (file: string, header: string, samples: string[]) =>
  `${file}, column "${header}": the answers (${samples.slice(0, 3).map((s) => `"${s}"`).join(', ')}) fit no known rating scale; declare its scale in the config or remove the item.`;

export const duplicateRespondents = (file: string, count: number, example: string) =>
  `${file}: ${count} duplicate respondent id${count === 1 ? '' : 's'} (first: row ${example}); only the first response of each respondent was kept.`;

export const unknownLabel = (file: string, label: string, columns: string[], count: number) =>
  `${file}: ${count} answer${count === 1 ? '' : 's'} labelled "${label}" in ${listColumns(columns)} ${count === 1 ? 'is' : 'are'} not on the scale; ${count === 1 ? 'it is' : 'they are'} counted as "unrecognised" and kept out of the shares.`;

export const unknownChoice = (file: string, label: string, columns: string[], count: number) =>
  `${file}: ${count} answer${count === 1 ? '' : 's'} labelled "${label}" in ${listColumns(columns)}, a choice offered beside the scale, ${count === 1 ? 'is' : 'are'} counted as "unrecognised" and kept out of the shares; if it means "not applicable" or "did not attend", add the line notApplicable: ${JSON.stringify([label])} to the config (debrief init <export> writes one).`;

/** `column "A"`, or `3 columns ("A", "B", "C")`, or `24 columns ("A", "B", "C" and 21 more)`. */
function listColumns(columns: string[]): string {
  if (columns.length === 1) return `column "${columns[0]}"`;
  const shown = columns.slice(0, 3).map((c) => `"${c}"`).join(', ');
  return `${columns.length} columns (${shown}${columns.length > 3 ? ` and ${columns.length - 3} more` : ''})`;
}

export const skippedFooter = (file: string, row: number) =>
  `${file}, row ${row}: a summary row, not a response, was skipped.`;

export const fewAnswers = (item: string, n: number, k: number) =>
  `item "${item}": only ${n} valid answer${n === 1 ? '' : 's'}, fewer than ${k}; its share rests on too few answers to compare with other items, and its breakdowns are not shown.`;

export const unknownCommand = (command: string) =>
  `unknown command "${command}"; run "debrief --help" for the list of commands.`;

export const noInputs = () =>
  `no export given; run "debrief report <export.csv>" or give inputs in a config with --config.`;

function listRows(rows: number[]): string {
  const shown = rows.slice(0, 5).join(', ');
  return rows.length > 5 ? `${shown} and ${rows.length - 5} more` : shown;
}

export const missingConfig = (file: string) =>
  `${file}: no such config file; check the path, or create one with "debrief init <export>".`;

export const badYaml = (file: string, reason: string) =>
  `${file}: the config is not valid YAML (${reason}); fix the indentation or quoting there.`;

export const configValue = (file: string, key: string, allowed: string[]) =>
  `${file}, key "${key}": allowed values are ${allowed.join(', ')}; use one of them.`;

export const configUnknownKey = (file: string, key: string, allowed: string[]) =>
  `${file}, key "${key}": unknown key; allowed keys here are ${allowed.join(', ')}.`;

export const configType = (file: string, key: string, expected: string) =>
  `${file}, key "${key}": expected ${expected === 'array' ? 'a list' : expected === 'object' ? 'a mapping' : `a ${expected}`}; correct the value.`;

export const configOther = (file: string, key: string, reason: string) =>
  `${file}, key "${key}": ${reason.charAt(0).toLowerCase()}${reason.slice(1)}; correct the value.`;

export const configScaleMismatch = (file: string, key: string, scale: string, samples: string[]) =>
  `${file}, key "items.${key}.scale": no answer of this item (${samples.slice(0, 3).map((s) => `"${s}"`).join(', ')}) is on the scale "${scale}"; pick the scale its answers use, or remove the key.`;

export const unknownConfigItem = (file: string, key: string, known: string[]) =>
  `${file}, key "items.${key}": no item has this id or label; known ids include ${known.slice(0, 4).join(', ')} (run "debrief inspect <export>" for all).`;

export const mergeMismatch = (file: string, count: number, first: string) =>
  `${file}: ${count} item${count === 1 ? '' : 's'} could not be matched to ${first} (different wording or scale, and the structures differ); they are reported as separate items. Name them under "match" in the config to merge them.`;

export const writeFailed = (out: string, reason: string) =>
  `${out}: the report could not be written (${reason}); the previous report was left as it was. Check the folder's permissions and free space.`;

export const skipped = (out: string) =>
  `${out}: inputs and config unchanged since the last run; nothing to do (run without --if-changed to rebuild).`;

export const wrote = (out: string, files: number, respondents: number, items: number) =>
  `wrote ${out}/ (${files} files; ${respondents} respondents, ${items} items)`;

export const strictWarnings = (count: number) =>
  `the run completed with ${count} warning${count === 1 ? '' : 's'} and --strict was given; the report was written, review the warnings above.`;

export const configExists = (file: string) =>
  `${file} exists already; pass --force to overwrite it, or --config <other.yml>.`;

export const wroteConfig = (file: string, items: number) =>
  `wrote ${file} (${items} items); edit it, then run: debrief report --config ${file}`;

export const internalError = (reason: string) =>
  `internal error (${reason}); this is a bug in debrief: please report it with the export's layout (not its data).`;

export const pdfUnavailable = (reason: string) =>
  `report.pdf was not written: ${reason}. Install Chromium (Debian: apt-get install chromium) or set DEBRIEF_CHROMIUM to its path; meanwhile open index.html in a browser and print it to PDF (A4).`;

/** Reasons given to `pdfUnavailable`. */
export const pdfNoChromium = () => 'no Chromium found';
export const pdfNoPlaywright = () => 'playwright-core is not installed (npm install playwright-core)';
export const pdfChromiumFailed = (path: string, reason: string) => `${path} did not start (${reason})`;

export const participantsTooFew = (participants: number, respondents: number) =>
  `--participants ${participants}: the export has ${respondents} respondents, so there were at least that many participants; give the number of people invited or present (a whole number of at least ${respondents}).`;

export const invalidOption = (name: string, value: string, expected: string) =>
  `invalid ${name}: ${value}; expected ${expected}.`;

export const breakdownSkipped = (item: string, attribute: string) =>
  `item "${item}": its answers per ${attribute} do not add up to its counts (its scale was changed after reading?), so it is left out of the ${attribute} breakdown with its group.`;

export const badFormat = (name: string, allowed: string[]) =>
  `--formats: "${name}" is not an output debrief writes; use a comma-separated list of ${allowed.join(', ')}.`;

// --out: debrief replaces only a folder it wrote (issue: never lose a user's file).

/** "thesis.docx and 3 more": the first names of a list and how many follow. */
const someOf = (names: string[]) =>
  names.length <= 1 ? names.join('') : names.length === 2 ? `${names[0]} and ${names[1]}` : `${names[0]} and ${names.length - 1} more`;

export const outHoldsForeign = (out: string, names: string[]) =>
  `--out ${out}/ holds files debrief did not write (${someOf(names)}); choose an empty folder or remove them.`;

export const outHoldsChanged = (out: string, names: string[]) =>
  `--out ${out}/ holds files changed since debrief wrote them (${someOf(names)}); move them out of the folder or choose another one.`;

export const outIsFile = (out: string) =>
  `--out ${out} is a file, not a folder; choose a folder for the report, such as report/.`;

export const outIsLink = (out: string, target: string) =>
  `--out ${out} is a symbolic link to ${target}; give that folder itself (--out ${target}) or another folder.`;

export const outIsInput = (out: string, input: string) =>
  `--out ${out} is the input ${input} itself; choose a folder for the report, such as report/.`;

export const outHoldsInput = (out: string, input: string) =>
  `--out ${out} holds the input ${input}; choose a folder that holds no input or config, such as report/.`;

export const outInsideInput = (out: string, input: string) =>
  `--out ${out} is inside the input ${input}; choose a folder outside it, such as report/.`;

export const outIsRoot = (out: string) =>
  `--out ${out} is the root folder; choose a folder for the report, such as report/.`;

export const outIsHome = (out: string) =>
  `--out ${out} is your home folder; choose a folder inside it for the report, such as ~/report/.`;

export const outLocked = (out: string, pid: number, lock: string) =>
  `--out ${out} is being written by another debrief run (process ${pid}); wait for it to end, or remove ${lock} if no such process runs.`;

export const oldReportKept = (old: string, names: string[]) =>
  `the previous report was moved to ${old} and kept there, as files appeared in it during the run (${someOf(names)}); remove the folder once you have looked at it.`;

export const configIsInput = (file: string) =>
  `--config ${file} is the export itself; choose another name for the config, such as survey.yml.`;

export const configNotOurs = (file: string) =>
  `${file} exists and was not written by debrief init, so --force will not overwrite it; choose another name with --config.`;

// Limits on XLSX workbooks (pipeline/ingest/decode/xlsx-limits.ts): each names the limit and the way out, a CSV export,
// which is read as a stream at any size.
const AS_CSV = 'export the responses as CSV instead (debrief reads CSV of any size)';

export const xlsxPartTooLarge = (file: string, part: string, limitBytes: number) =>
  `${file}: the XLSX part "${part}" inflates to more than ${mib(limitBytes)}, debrief's limit for it; ${AS_CSV}.`;

export const xlsxPartRatio = (file: string, part: string, ratio: number) =>
  `${file}: the XLSX part "${part}" inflates to more than ${ratio} times its compressed size, debrief's limit (a sign of a ZIP bomb); ${AS_CSV}.`;

export const xlsxRowLimit = (file: string, row: number, limit: number) =>
  `${file}, row ${row.toLocaleString('en')}: beyond the last row a worksheet can have (${limit.toLocaleString('en')}); ${AS_CSV}.`;

export const xlsxColumnLimit = (file: string, ref: string, limit: string) =>
  `${file}, cell ${ref}: beyond the last column a worksheet can have (${limit}); ${AS_CSV}.`;

export const xlsxTooManyCells = (file: string, limit: number) =>
  `${file}: the worksheet spans more than ${limit.toLocaleString('en')} cells (rows × columns), debrief's limit for XLSX; ${AS_CSV}.`;

export const xlsxSharedStringCount = (file: string, limit: number) =>
  `${file}: the workbook holds more than ${limit.toLocaleString('en')} distinct texts (shared strings), debrief's limit for XLSX; ${AS_CSV}.`;

export const xlsxSharedStringChars = (file: string, limit: number) =>
  `${file}: the workbook's distinct texts (shared strings) add up to more than ${limit.toLocaleString('en')} characters, debrief's limit for XLSX; ${AS_CSV}.`;

export const xlsxCellTooLong = (file: string, where: string, limit: number) =>
  `${file}, ${where}: a text longer than ${limit.toLocaleString('en')} characters, debrief's limit for one cell; ${AS_CSV}.`;

export const configNotRegular = (file: string, kind: string) =>
  `${file}: is ${kind}, not a config file; give the path of a saved survey config (YAML).`;

export const notRegularFile = (file: string, kind: string) =>
  `${file}: is ${kind}, not an export file; give the path of a saved export (CSV, TSV or XLSX).`;

// Errors of the file system (pipeline/util/system-error.ts): the path and what to do, exit 1.
export const permissionDenied = (path: string) =>
  `${path}: permission denied; choose a folder you can write to (--out) or change the permissions of this one.`;

export const readOnlyFileSystem = (path: string) =>
  `${path}: the file system is read-only; choose a folder on a writable disk with --out.`;

export const diskFull = (path: string) =>
  `${path}: the disk is full (or the quota is used up); free some space or choose another folder with --out.`;

export const noSuchFolder = (path: string) =>
  `${path}: no such file or folder, and it could not be created; check the path (its parent folders must exist or be creatable).`;

export const notAFolder = (path: string) =>
  `${path}: this path, or a folder in it, is a file where a folder is needed; choose another path.`;

export const isAFolder = (path: string) =>
  `${path}: is a folder where a file was expected; choose another path.`;

export const pathTooLong = (path: string) =>
  `${path}: the path or one of its names is too long for the file system; choose a shorter path.`;

export const tooManyOpenFiles = (path: string) =>
  `${path}: the system has too many open files; close other programs or raise the limit (ulimit -n), then run again.`;

export const fileSystemError = (path: string, code: string) =>
  `${path}: the file system refused the operation (${code}); check the path, its permissions and the free space.`;

function mib(bytes: number): string {
  return bytes >= 1 << 30 && bytes % (1 << 30) === 0 ? `${bytes / (1 << 30)} GiB` : `${Math.round(bytes / (1 << 20)).toLocaleString('en')} MiB`;
}

/** Why an item is in its group, as `debrief inspect` prints it. */
export const groupReason = (reason: { by: string; cue?: string }) =>
  ({
    label: `"${reason.cue}" in its label`,
    question: `"${reason.cue}" in its question`,
    'question-itself': 'the question itself (its rows are of different kinds)',
    recommend: `a 0–10 recommendation question ("${reason.cue}"): reported as NPS, in no group`,
    scale: `on a 0–10 scale, apart from its kind's shorter scales${reason.cue ? ` ("${reason.cue}")` : ''}`,
    config: 'set by the config',
    none: 'no programme or logistics word in its label or question',
  })[reason.by] ?? reason.by;

/** What is wrong with a last row judged cut off (see cut.ts), as a phrase for `cutOff` and `cutOnly`. */
export const cutWhat = (reason: CutReason) =>
  reason.kind === 'short'
    ? `has ${reason.fields} of ${reason.expected} fields`
    : reason.kind === 'open-quote'
      ? 'ends inside a quoted field that is never closed'
      : reason.kind === 'label'
        ? `stops in the middle of an answer ("${reason.text}", as of "${reason.label}") with no line break after it`
        : 'has no line break at its end, unlike every other row';

export const cutOff = (file: string, row: number, reason: CutReason) =>
  `${file}: the last row (row ${row}) ${cutWhat(reason)}: the file looks cut off; it was left out of every count, so download or export the file again to count it.`;

export const cutOnly = (file: string, row: number, reason: CutReason) =>
  `${file}: the last row (row ${row}) ${cutWhat(reason)}: the file looks cut off, and no complete response is left before it; download or export it again.`;

export const shortRows = (file: string, rows: number[], count: number, expected: number) =>
  `${file}, row${count > 1 ? 's' : ''} ${rows.slice(0, 5).join(', ')}${count > 5 ? ` and ${count - 5} more` : ''}: fewer fields than the header's ${expected}; the missing fields were read as blank answers. If the file was edited or cut, export it again.`;

export const cutXlsxSheet = (file: string, part: string) =>
  `${file}: the XLSX workbook's sheet "${part}" ends before its last row was written (the file looks cut off); download or export it again.`;
