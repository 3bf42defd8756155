/**
 * report.pdf: the report printed by headless Chromium (through
 * playwright-core), with the report's own A4 print stylesheet. Chromium is
 * not bundled: debrief uses the system's (Debian: `apt-get install chromium`).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as msg from '../../messages.js';

/** Where a system Chromium is looked for, in order, after `$DEBRIEF_CHROMIUM`. */
export const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'];

/** Flags for a quiet, offline headless Chromium. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic',
];

/** The Chromium to use: `$DEBRIEF_CHROMIUM` when set, else the first of CHROMIUM_PATHS that exists; undefined when none. */
export function findChromium(env: Record<string, string | undefined> = process.env, exists: (path: string) => boolean = existsSync): string | undefined {
  const override = env.DEBRIEF_CHROMIUM;
  if (override) return exists(override) ? override : undefined;
  return CHROMIUM_PATHS.find((p) => exists(p));
}

export interface PdfOptions {
  /** Chromium executable; default `findChromium()`. */
  executablePath?: string;
}

/** Why a PDF could not be made (no Chromium, no playwright-core, Chromium does not start), for the warning. */
export class PdfUnavailable extends Error {}

/**
 * Prints the report's HTML to A4 PDF bytes. Every network request is
 * blocked (the report makes none). Throws PdfUnavailable when Chromium or
 * playwright-core is missing.
 */
export async function printPdf(html: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const executablePath = options.executablePath ?? findChromium();
  if (!executablePath) throw new PdfUnavailable(msg.pdfNoChromium());
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new PdfUnavailable(msg.pdfNoPlaywright());
  }
  const profile = mkdtempSync(join(tmpdir(), 'debrief-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: CHROMIUM_ARGS, offline: true }).catch((err: unknown) => {
      const reason = (err instanceof Error ? err.message : String(err)).split('\n')[0];
      throw new PdfUnavailable(msg.pdfChromiumFailed(executablePath, reason));
    });
    try {
      await context.route('**/*', (route) => route.abort());
      const page = context.pages()[0] ?? (await context.newPage());
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate('document.fonts.ready.then(() => true)');
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
      return stablePdf(pdf);
    } finally {
      await context.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * Makes a Chromium PDF byte-identical across runs: its creation and
 * modification dates are overwritten in place with a fixed date of the same
 * length, so the cross-reference offsets stay valid.
 */
export function stablePdf(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const fixed = text.replace(/\/(CreationDate|ModDate) \(D:([^)]*)\)/g, (_, key: string, date: string) => `/${key} (D:${'20000101000000+00\'00\''.padEnd(date.length, ' ').slice(0, date.length)})`);
  return Buffer.from(fixed, 'latin1');
}
