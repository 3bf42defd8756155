/**
 * The re-save fixtures are generated, never edited (write-fixtures.test.ts
 * regenerates every fixture), and the XLSX must not depend on the clock
 * (exceljs stamps ZIP entries with the current time; stable-zip.ts pins them).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { surveyMonkeyXlsxFixture as surveyMonkeyXlsx } from '../../scripts/gen-resaves.js';
import { pinZipDates } from '../../scripts/stable-zip.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

afterEach(() => {
  vi.useRealTimers();
});

describe('surveyMonkeyXlsx()', () => {
  it('surveyMonkeyXlsx() writes the same bytes whatever the clock says', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(Date.UTC(2031, 0, 5, 9, 0, 1)));
    const first = sha256((await surveyMonkeyXlsx()).bytes);
    vi.setSystemTime(new Date(Date.UTC(2044, 6, 30, 23, 59, 58)));
    const second = sha256((await surveyMonkeyXlsx()).bytes);
    expect(second).toBe(first);
    expect(first).toBe(sha256(readFileSync('fixtures/surveymonkey-xlsx/responses.xlsx')));
  });
});

describe('pinZipDates(zip, date)', () => {
  it('pinZipDates(zip, date) rejects bytes without a ZIP directory', () => {
    expect(() => pinZipDates(new TextEncoder().encode('Respondent ID,Collector ID\r\n'), new Date())).toThrow(/not a ZIP archive/);
  });
});
