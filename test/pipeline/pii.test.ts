import { expectations } from '../expectations.js';
/**
 * No personal data of any fixture reaches any output: each fixture goes
 * through runReport, and every file written (text files as text, the deck's
 * XML parts, the PDF's bytes) is searched for the e-mail addresses, names, IP
 * addresses, phone numbers and coordinates its expected.json lists as `pii`.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { runReport } from '../../pipeline/run.js';


function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** The searchable text of each output file: PNGs carry no text; the deck is unzipped. */
async function outputTexts(out: string): Promise<[string, string][]> {
  const texts: [string, string][] = [];
  for (const path of walk(out)) {
    if (path.endsWith('.png')) continue;
    const bytes = readFileSync(path);
    if (path.endsWith('.pptx')) {
      const zip = await JSZip.loadAsync(bytes);
      for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) texts.push([`${path}:${name}`, await zip.file(name)!.async('string')]);
    } else texts.push([path, bytes.toString(path.endsWith('.pdf') ? 'latin1' : 'utf8')]);
  }
  return texts;
}

describe('runReport(fixture) and personal data', () => {
  for (const [folder, file, e] of expectations()) {
    it(`runReport(${folder}/${file}) writes none of its ${e.pii.length} personal-data strings`, async () => {
      expect(e.pii.length).toBeGreaterThan(0);
      const out = join(mkdtempSync(join(tmpdir(), 'debrief-pii-')), 'report');
      await runReport([join('fixtures', folder, file)], { out });
      const texts = await outputTexts(out);
      expect(texts.map(([p]) => p).some((p) => p.endsWith('index.html'))).toBe(true);
      const leaks: string[] = [];
      for (const [path, text] of texts) for (const pii of e.pii) if (text.includes(pii)) leaks.push(`${pii} in ${path.slice(out.length + 1)}`);
      expect(leaks).toEqual([]);
    }, 60_000);
  }
});
