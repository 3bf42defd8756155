/**
 * Where a report may not go, decided from the paths alone, before anything
 * is read: onto or around an input or the config (a typo or a
 * tab-completion would replace the only copy of the export), the root
 * folder, or the user's home.
 */
import { realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, parse, resolve, sep } from 'node:path';
import { fail } from '../errors.js';
import * as msg from '../messages.js';

export interface OutGuardOptions {
  /** Files the run reads besides the exports (config, baseline); default none. */
  others?: string[];
  /** The user's home folder; default os.homedir(). */
  home?: string;
}

/** Refuses (exit 2) an output folder that is, holds or lies inside an input, or is `/` or the home folder. */
export function checkOut(out: string, inputs: string[], options: OutGuardOptions = {}): void {
  const target = realish(out);
  if (parse(target).root === target) fail(msg.outIsRoot(out), 2);
  const home = options.home ?? homedir();
  if (home && target === realish(home)) fail(msg.outIsHome(out), 2);
  for (const input of [...inputs, ...(options.others ?? [])]) {
    const file = realish(input);
    if (file === target) fail(msg.outIsInput(out, input), 2);
    if (file.startsWith(target + sep)) fail(msg.outHoldsInput(out, input), 2);
    if (target.startsWith(file + sep)) fail(msg.outInsideInput(out, input), 2);
  }
}

/**
 * The real path of a path that may not exist yet: links resolved in the part
 * that exists, the rest appended, so two spellings of one place compare equal.
 */
export function realish(path: string): string {
  const abs = resolve(path);
  try {
    return realpathSync(abs);
  } catch {
    const parent = dirname(abs);
    return parent === abs ? abs : join(realish(parent), basename(abs));
  }
}
