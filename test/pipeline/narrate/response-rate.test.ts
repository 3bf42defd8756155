import { describe, expect, it } from 'vitest';
import { responseRate } from '../../../pipeline/metrics/index.js';
import { narrateResponseRate } from '../../../pipeline/narrate/index.js';
import { NB } from './items.js';

describe('narrateResponseRate(rate)', () => {
  it('narrateResponseRate(412 of 520) in English, French and Spanish', () => {
    const rate = responseRate(412, 520);
    expect(narrateResponseRate(rate).text).toBe('412 of 520 participants responded (79%)');
    expect(narrateResponseRate(rate, { lang: 'fr' }).text).toBe(`412 des 520 participants ont répondu (79${NB}%)`);
    expect(narrateResponseRate(rate, { lang: 'es' }).text).toBe(`Respondieron 412 de los 520 participantes (79${NB}%)`);
    expect(narrateResponseRate(responseRate(1412, 2520)).text).toBe('1,412 of 2,520 participants responded (56%)');
  });
});
