import { describe, expect, it } from 'vitest';
import { methodology } from '../../../pipeline/narrate/methodology.js';

describe('methodology(options)', () => {
  it('methodology() states the denominator, top box, interval, averaging, superlative, rounding and suppression rule', () => {
    const notes = methodology();
    expect(notes.map((n) => n.topic)).toEqual(['denominator', 'top-box', 'interval', 'averaging', 'superlative', 'rounding', 'suppression']);
    const text = notes.map((n) => n.text).join('\n');
    expect(text).toMatch(/never in the denominator/);
    expect(text).toMatch(/top two levels/);
    expect(text).toMatch(/Wilson score/);
    expect(text).toMatch(/unweighted mean/);
    expect(text).toMatch(/pooled share/);
    expect(text).toMatch(/fewer than 5 valid answers/);
  });

  it('methodology({ minCell: 10, positiveLevels: 3 }) states k = 10 and the top three levels', () => {
    const text = methodology({ minCell: 10, positiveLevels: 3 }).map((n) => n.text).join('\n');
    expect(text).toMatch(/fewer than 10 valid answers/);
    expect(text).toMatch(/top three levels/);
  });

  it('methodology adds the response rate, NPS and comparison notes only when they are reported', () => {
    const topics = methodology({ responseRate: true, nps: true, comparison: true }).map((n) => n.topic);
    expect(topics.slice(-3)).toEqual(['response-rate', 'nps', 'comparison']);
    const text = methodology({ nps: true, comparison: true }).map((n) => n.text).join('\n');
    expect(text).toMatch(/Rocks/);
    expect(text).toMatch(/Newcombe's hybrid score interval/);
    expect(text).toMatch(/two-proportion z test/);
  });

  for (const lang of ['fr', 'es'] as const) {
    it(`methodology({ lang: '${lang}' }) is translated, with k and no-break spaces before %`, () => {
      const text = methodology({ lang, minCell: 7, nps: true, comparison: true }).map((n) => n.text).join('\n');
      expect(text).toMatch(/Wilson/);
      expect(text).toMatch(/ 7 /);
      expect(text).not.toMatch(/denominator|valid answers/);
      expect(text).not.toMatch(/\d %/);
      expect(text).toMatch(/95\u00a0%/);
    });
  }
});
