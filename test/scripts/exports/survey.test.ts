import { describe, expect, it } from 'vitest';
import { cellOf, cellsOf, choiceOf, picksOf } from '../../../scripts/exports/survey.js';

describe('answer accessors', () => {
  it('cellOf(answer) gives a cell and refuses a grid or a choice with text', () => {
    expect(cellOf('Good')).toBe('Good');
    expect(cellOf(null)).toBe(null);
    expect(() => cellOf(['Good'])).toThrow(/expected one cell/);
    expect(() => cellOf({ choice: 'Other', other: 'x' })).toThrow(/expected one cell/);
  });

  it('cellsOf(answer) gives a grid\'s cells and refuses one cell', () => {
    expect(cellsOf(['Good', null])).toEqual(['Good', null]);
    expect(() => cellsOf('Good')).toThrow(/one cell per row/);
  });

  it('choiceOf(answer) reads a plain cell as a choice with no other text', () => {
    expect(choiceOf('Speaker')).toEqual({ choice: 'Speaker', other: '' });
    expect(choiceOf({ choice: 'Other', other: 'Student' })).toEqual({ choice: 'Other', other: 'Student' });
    expect(() => choiceOf(['a'])).toThrow(/expected a choice/);
  });

  it('picksOf(answer) gives the options picked', () => {
    expect(picksOf(['Monday', 'Wednesday'])).toEqual(['Monday', 'Wednesday']);
    expect(picksOf([])).toEqual([]);
  });
});
