/** Reads a committed fixture back as rows with decoders of the platform (not the generators' encoders), for the generators' tests (a module, not a test file). */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { ExpectedFixture } from '../../scripts/expected.js';

export function fixtureRows(path: string, options: { encoding: 'utf-8' | 'utf-16le' | 'windows-1252'; delimiter: string }): string[][] {
  // TextDecoder drops a BOM by default. Node's windows-1252 is latin1 (0x80–0x9F read as C1 controls):
  // the one such byte the fixtures use, 0x92, is the curly apostrophe; any other would be an error here.
  let text = new TextDecoder(options.encoding).decode(readFileSync(path));
  if (options.encoding === 'windows-1252') {
    text = text.replace(/\u0092/g, '\u2019');
    if (/[\u0080-\u009f]/.test(text)) throw new Error(`${path}: a Windows-1252 byte 0x80–0x9F other than 0x92`);
  }
  return Papa.parse<string[]>(text, { delimiter: options.delimiter, skipEmptyLines: true }).data;
}

/** The committed expectation of one file of a fixture folder. */
export function committedExpectation(dir: string, file: string): ExpectedFixture {
  return (JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8')) as { fixtures: Record<string, ExpectedFixture> }).fixtures[file];
}

/** The expected choice question by its text. */
export function expectedChoice(e: ExpectedFixture, question: string) {
  const c = e.choices?.find((x) => x.question === question);
  if (!c) throw new Error(`no expected choice "${question}"`);
  return c;
}
