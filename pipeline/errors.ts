/** Exit codes: 1 data or input error, 2 usage or config error, 3 warnings under --strict. */
export type ExitCode = 1 | 2 | 3;

/** An error the user can act on: its message is one sentence, shown without a stack trace. */
export class DebriefError extends Error {
  readonly exitCode: ExitCode;
  constructor(message: string, exitCode: ExitCode = 1) {
    super(message);
    this.name = 'DebriefError';
    this.exitCode = exitCode;
  }
}

/** Throws a DebriefError: used as a one-line guard, `x || fail(message)`. */
export function fail(message: string, exitCode: ExitCode = 1): never {
  throw new DebriefError(message, exitCode);
}
