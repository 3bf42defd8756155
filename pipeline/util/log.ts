/** Where debrief speaks: humans read stderr lines; machines read `--log json`. stdout is for data. */
export interface Logger {
  info: (message: string) => void;
  warn: (message: string) => void;
  error: (message: string) => void;
}

export interface LoggerOptions {
  /** `text` lines or `json` objects, one per line; default `text`. */
  format?: 'text' | 'json';
  /** Print errors only; default false. */
  quiet?: boolean;
  /** Where to write; default process.stderr. */
  write?: (line: string) => void;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const { format = 'text', quiet = false } = options;
  const write = options.write ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const emit = (level: 'info' | 'warning' | 'error', message: string) => {
    if (quiet && level !== 'error') return;
    write(format === 'json' ? JSON.stringify({ level, message }) : level === 'info' ? message : `debrief: ${level}: ${message}`);
  };
  return { info: (m) => emit('info', m), warn: (m) => emit('warning', m), error: (m) => emit('error', m) };
}
