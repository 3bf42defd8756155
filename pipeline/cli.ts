#!/usr/bin/env node
import { closeSync, existsSync, openSync, readSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { DRAFT_HEADER } from './config/draft-header.js';
import { FORMATS } from './config/formats.js';
import type { Config } from './config/index.js';
import { DebriefError } from './errors.js';
import { ingestFile } from './ingest/index.js';
import { formatInspection, inspect } from './ingest/index.js';
import { createLogger, type Logger } from './util/log.js';
import * as msg from './messages.js';
import { createProgress } from './util/progress.js';
import { realish } from './outputs/index.js';
import { runReport } from './run.js';
import { userErrorFromSystem } from './util/system-error.js';
import { mark } from './util/timing.js';

const HELP = `$0 <command> [options]

Turns a survey export into figures, charts and a report.
Messages go to stderr (one line each; --log json for machines); stdout carries data only (inspect).
Exit codes: 0 success, 1 data or input error, 2 usage or config error, 3 warnings under --strict.`;

/** Inputs and output of a report run: flags first, then the config (paths relative to the config file). */
export function reportPlan(args: { exports?: string[]; out?: string; config?: string; baseline?: string }, config: Config): { inputs: string[]; out: string; baseline?: string } {
  const base = args.config ? dirname(args.config) : '.';
  const inputs = args.exports?.length ? args.exports : (config.inputs ?? []).map((p) => resolve(base, p));
  if (inputs.length === 0) throw new DebriefError(msg.noInputs(), 2);
  const out = args.out ?? (config.out ? relative('.', resolve(base, config.out)) || '.' : 'report');
  const baseline = args.baseline ?? (config.baseline ? resolve(base, config.baseline) : undefined);
  return { inputs, out, baseline };
}

/** `--formats html,json`: each name must be one of FORMATS. */
export function parseFormats(text: string): (typeof FORMATS)[number][] {
  const names = text.split(',').map((f) => f.trim()).filter(Boolean);
  const bad = names.find((f) => !(FORMATS as readonly string[]).includes(f));
  if (bad !== undefined || names.length === 0) throw new DebriefError(msg.badFormat(bad ?? text, [...FORMATS]), 2);
  return names as (typeof FORMATS)[number][];
}

/** Whether a file begins with the first line of a draft from `debrief init` (only its first bytes are read). */
export function isDraftConfig(path: string): boolean {
  const want = Buffer.from(DRAFT_HEADER);
  const got = Buffer.alloc(want.length);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    return statSync(path).isFile() && readSync(fd, got, 0, got.length, 0) === got.length && got.equals(want);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export async function main(argv: string[], io: { log?: Logger } = {}): Promise<number> {
  mark('modules loaded');
  let exitCode = 0;
  let log = io.log ?? createLogger();
  const parser = yargs(argv)
    .scriptName('debrief')
    .usage(HELP)
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'print errors only' })
    .option('log', { choices: ['text', 'json'] as const, default: 'text' as const, describe: 'message format on stderr' })
    .middleware((args) => {
      if (!io.log) log = createLogger({ quiet: args.quiet, format: args.log });
    })
    .command(
      'report [exports..]',
      'Build the report for one or more exports (CSV, TSV or XLSX) of one survey.',
      (y) =>
        y
          .positional('exports', { type: 'string', array: true, describe: 'survey export files; default: the config\'s inputs' })
          .option('config', { alias: 'c', type: 'string', describe: 'survey config (YAML), e.g. from debrief init' })
          .option('out', { alias: 'o', type: 'string', describe: 'output folder, replaced atomically; only an absent or empty folder, or a report debrief wrote (default: report)' })
          .option('title', { type: 'string', describe: 'report title' })
          .option('lang', { choices: ['en', 'fr', 'es'] as const, describe: 'language of sentences, report and number format (default: the export\'s, else en)' })
          .option('pdf', { type: 'boolean', default: false, describe: 'also write report.pdf (A4) through a system Chromium; a warning when there is none' })
          .option('slides', { type: 'boolean', default: false, describe: 'also render each chart as a 1920×1080 PNG with large type (slides/), used by deck.pptx' })
          .option('strict', { type: 'boolean', default: false, describe: 'exit 3 when the run had warnings' })
          .option('if-changed', { type: 'boolean', default: false, describe: 'skip the run when inputs and config are unchanged since the last --if-changed run' })
          .option('stamp', { type: 'boolean', default: false, describe: 'write the run time into summary.json' })
          .option('baseline', { type: 'string', describe: 'export of the previous edition: compare the items asked in both' })
          .option('participants', { type: 'number', describe: 'number of participants (invited or present), for the response rate' })
          .option('formats', { type: 'string', describe: `outputs to write, comma-separated, from ${FORMATS.join(',')} (default: all)` }),
      async (args) => {
        // zod and yaml load only for a run with a config.
        const config = args.config ? (await import('./config/load.js')).loadConfig(args.config) : {};
        const { inputs, out, baseline } = reportPlan({ exports: args.exports, out: args.out, config: args.config, baseline: args.baseline }, config);
        const formats = args.formats === undefined ? undefined : parseFormats(args.formats);
        const progress = createProgress({ total: inputs.reduce((a, p) => a + (existsSync(p) ? statSync(p).size : 0), 0), quiet: args.quiet || args.log === 'json' });
        const result = await runReport(inputs, {
          out,
          title: args.title,
          lang: args.lang,
          pdf: args.pdf,
          slides: args.slides,
          config,
          configFile: args.config,
          ifChanged: args['if-changed'],
          stamp: args.stamp,
          baseline,
          formats,
          participants: args.participants,
          onWarning: (w) => log.warn(w),
          onProgress: (bytes) => progress.update(bytes),
        }).finally(() => progress.done());
        if (result.skipped) {
          log.info(msg.skipped(out));
          return;
        }
        const s = result.summary!;
        log.info(msg.wrote(out, result.files.length, s.respondents, s.items.length));
        if (args.strict && result.warnings.length) throw new DebriefError(msg.strictWarnings(result.warnings.length), 3);
      },
    )
    .command(
      'inspect <export>',
      'Print what debrief detects in an export: tool, encoding, items, groups, scales, dropped personal data.',
      (y) => y.positional('export', { type: 'string', demandOption: true }).option('json', { type: 'boolean', default: false, describe: 'print JSON' }),
      async (args) => {
        const inspection = inspect(await ingestFile(args.export));
        process.stdout.write(args.json ? JSON.stringify(inspection, null, 2) + '\n' : formatInspection(inspection));
      },
    )
    .command(
      'init <export>',
      'Write a draft survey config (YAML) for an export, to edit and pass to report --config.',
      (y) =>
        y
          .positional('export', { type: 'string', demandOption: true })
          .option('config', { alias: 'c', type: 'string', default: 'survey.yml', describe: 'config file to write' })
          .option('force', { type: 'boolean', default: false, describe: 'overwrite an existing config' }),
      async (args) => {
        if (realish(args.config) === realish(args.export)) throw new DebriefError(msg.configIsInput(args.config), 2);
        if (existsSync(args.config) && !args.force) throw new DebriefError(msg.configExists(args.config), 2);
        // --force replaces a draft debrief wrote, never another file that happens to have the name.
        if (existsSync(args.config) && !isDraftConfig(args.config)) throw new DebriefError(msg.configNotOurs(args.config), 2);
        const ingested = await ingestFile(args.export);
        const input = relative(dirname(resolve(args.config)), resolve(args.export));
        writeFileSync(args.config, (await import('./config/draft.js')).draftConfig(ingested, { inputs: [input] }));
        log.info(msg.wroteConfig(args.config, ingested.survey.items.length));
      },
    )
    .demandCommand(1, 'name a command: report, inspect or init')
    .strict()
    .help()
    .version(false)
    .fail((message, error) => {
      if (error) throw error;
      throw new DebriefError(`${message}; run "debrief --help" for usage.`, 2);
    });
  try {
    await parser.parseAsync();
  } catch (err) {
    if (err instanceof DebriefError) {
      log.error(err.message);
      exitCode = err.exitCode;
    } else {
      // A read-only folder, a full disk, a permission: the user's to fix (exit 1); anything else is a bug.
      const user = userErrorFromSystem(err);
      log.error(user ? user.message : msg.internalError(err instanceof Error ? err.message : String(err)));
      exitCode = user ? user.exitCode : 70;
    }
  }
  mark('done');
  return exitCode;
}

// Run when executed directly or through the npm bin link (argv[1] is then a symlink).
const isMain = process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) process.exitCode = await main(hideBin(process.argv));
