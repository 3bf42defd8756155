/** A progress bar on a terminal; nothing at all when stderr is not a TTY (cron, CI, pipes). */
export interface Progress {
  /** Bytes of input read so far. */
  update: (bytes: number) => void;
  done: () => void;
}

export interface ProgressOptions {
  /** Total bytes of input. */
  total: number;
  /** Stream to draw on; default process.stderr. */
  stream?: NodeJS.WriteStream;
  /** Draw nothing; default false. */
  quiet?: boolean;
}

const NONE: Progress = { update: () => {}, done: () => {} };

export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  if (options.quiet || !stream.isTTY || options.total <= 0) return NONE;
  const width = 30;
  let last = -1;
  const draw = (bytes: number) => {
    const share = Math.min(1, bytes / options.total);
    const step = Math.floor(share * 100);
    if (step === last) return;
    last = step;
    const filled = Math.round(share * width);
    stream.write(`\rreading [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${step}% of ${mb(options.total)}`);
  };
  return {
    update: draw,
    done: () => {
      if (last >= 0) stream.write('\r\x1b[2K');
    },
  };
}

function mb(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.ceil(bytes / 1e3)} kB`;
}
