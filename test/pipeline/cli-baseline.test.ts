/**
 * `debrief report current.csv --baseline last.csv --participants N`: the
 * comparison, the response rate and breakdowns.csv reach the report folder.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../pipeline/cli.js';
import { createLogger } from '../../pipeline/util/log.js';
import * as msg from '../../pipeline/messages.js';

async function run(args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await main(args, { log: createLogger({ write: (l) => lines.push(l) }) });
  return { code, lines };
}

describe('main(report --baseline --participants)', () => {
  it('main(report ndm-un24 --baseline ndm-un23 --participants 520) writes the comparison, the response rate and breakdowns.csv', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'debrief-baseline-')), 'report');
    const { code } = await run(['report', 'fixtures/ndm-un24/surveymonkey.csv', '--baseline', 'fixtures/ndm-un23/surveymonkey.csv', '--participants', '520', '--out', out, '--lang', 'en']);
    expect(code).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.comparison.baseline).toBe('surveymonkey.csv');
    expect(summary.comparison.items.filter((i: { significant: boolean }) => i.significant)).toHaveLength(5);
    expect(summary.responseRate).toMatchObject({ respondents: 480, participants: 520 });
    expect(summary.headlines[0]).toBe('480 of 520 participants responded (92%)');
    expect(existsSync(join(out, 'breakdowns.csv'))).toBe(true);
    expect(readFileSync(join(out, 'breakdowns.csv'), 'utf8').split('\r\n')[0]).toBe('attribute,value,group,scope,item_id,item,valid,positive_count,positive,positive_low,positive_high,suppressed');
  }, 60_000);

  it('main(report … --participants 100) exits 2 and says why', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'debrief-baseline-')), 'report');
    const { code, lines } = await run(['report', 'fixtures/ndm-un23/surveymonkey.csv', '--participants', '100', '--out', out]);
    expect(code).toBe(2);
    expect(lines.join('\n')).toContain(msg.participantsTooFew(100, 512));
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
