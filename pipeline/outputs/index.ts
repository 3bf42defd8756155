/**
 * Stage 5, outputs: the `Summary` from narrate (with the survey's comments
 * and the rendered charts) in, files out, written all at once into the
 * output folder (atomic.ts): summary.json and the CSVs (csv.ts,
 * breakdowns-csv.ts), the chart files (charts.ts plans them, native-charts.ts
 * gives each the data of a native deck chart), the HTML report
 * and report.pdf (report/), charts.pdf and deck.pptx (charts-pdf.ts, deck.ts).
 * The last two are built in the outputs worker (thread.ts, outputs-worker.ts),
 * which loads them on demand: they are not re-exported here, so the main
 * thread never loads them. formats/ holds the file-format writers they use
 * (PDF, PPTX with its native charts, the XLSX behind them, ZIP).
 */
export { recoverStale, stage, type Staging } from './atomic.js';
export { lockOut, lockPath } from './lock.js';
export { claimFolder, MANIFEST_FILE } from './manifest.js';
export { checkOut, realish } from './out-guard.js';
export { breakdownsCsv } from './breakdowns-csv.js';
export { choicesCsv } from './choices-csv.js';
export { metricsCsv, toCsv, type Cell } from './csv.js';
export { planCharts, type ChartKind, type ChartPlan, type ChartPlanOptions } from './charts.js';
export { escapeHtml, defuseCell } from './escape.js';
export { startOutputsThread, type OutputsThread } from './thread.js';
export { reportHtml, contentSecurityPolicy, type HtmlOptions, type RenderedChart } from './report/html.js';
export { reportFiles, type ReportFilesOptions } from './report/files.js';
