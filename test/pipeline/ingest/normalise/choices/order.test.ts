import { describe, expect, it } from 'vitest';
import { byCount, byYesNo } from '../../../../../pipeline/ingest/normalise/choices/order.js';

const o = (label: string, count: number) => ({ label, count });

describe('choices/order', () => {
  it('byCount(a, b) puts the larger count first, then the label in code-point order', () => {
    expect([o('b', 2), o('a', 2), o('c', 5)].sort(byCount).map((x) => x.label)).toEqual(['c', 'a', 'b']);
  });

  it('byYesNo(a, b) keeps Yes, No, Maybe in that order whatever the counts', () => {
    expect([o('Maybe', 40), o('No', 3), o('Yes', 10)].sort(byYesNo).map((x) => x.label)).toEqual(['Yes', 'No', 'Maybe']);
  });
});
