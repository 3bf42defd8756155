import { describe, expect, it } from 'vitest';
import { formatPercent, percent } from '../../../pipeline/narrate/index.js';
import { NB } from './items.js';

describe('percent(share)', () => {
  it('percent rounds half up: 0.815 → 82, 0.805 → 81, 0.8049 → 80, −0.315 → −31', () => {
    expect([percent(0.815), percent(0.805), percent(0.8049), percent(-0.315)]).toEqual([82, 81, 80, -31]);
  });
  it('formatPercent(0.87, "fr") puts a no-break space before %', () => {
    expect(formatPercent(0.87, 'fr')).toBe(`87${NB}%`);
  });
});
