#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { DebriefError } from './errors.js';
import * as msg from './messages.js';
import { runReport } from './run.js';

/** Writes one line to stderr: debrief's only channel for humans; stdout stays free for data. */
function say(line: string): void {
  process.stderr.write(`${line}\n`);
}

export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const parser = yargs(argv)
    .scriptName('debrief')
    .usage('$0 <command> [options]\n\nTurns a survey export into figures, charts and a report.\nMessages go to stderr; exit 0 on success, 1 on a data or input error, 2 on a usage or config error.')
    .command(
      'report [exports..]',
      'Build the report for one or more exports (CSV, TSV or XLSX).',
      (y) =>
        y
          .positional('exports', { type: 'string', array: true, describe: 'survey export files' })
          .option('out', { alias: 'o', type: 'string', default: 'report', describe: 'output folder (replaced atomically)' })
          .option('title', { type: 'string', describe: 'report title' })
          .option('lang', { choices: ['en', 'fr', 'es'] as const, default: 'en' as const, describe: 'language of sentences and report' })
          .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'print errors only' }),
      async (args) => {
        const inputs = args.exports ?? [];
        if (inputs.length === 0) throw new DebriefError(msg.noInputs(), 2);
        const result = await runReport(inputs, {
          out: args.out,
          title: args.title,
          lang: args.lang,
          onWarning: (w) => !args.quiet && say(`warning: ${w}`),
        });
        if (!args.quiet) say(`wrote ${result.out}/ (${result.files.length} files, ${result.summary.respondents} respondents, ${result.summary.items.length} items)`);
      },
    )
    .demandCommand(1, 'name a command: debrief report <export.csv>')
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
      say(`debrief: ${err.message}`);
      exitCode = err.exitCode;
    } else {
      say(`debrief: internal error: ${err instanceof Error ? err.message : String(err)}; please report it with the export's layout (not its data).`);
      exitCode = 70;
    }
  }
  return exitCode;
}

// Run when executed directly or through the npm bin link (argv[1] is then a symlink).
const isMain = process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) process.exitCode = await main(hideBin(process.argv));
