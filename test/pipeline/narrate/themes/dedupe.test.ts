import { describe, expect, it } from 'vitest';
import { commentKey, distinctComments } from '../../../../pipeline/narrate/themes/dedupe.js';

describe('distinctComments(comments)', () => {
  it('distinctComments(comments) counts comments that differ only by case, spaces and trimming once each', () => {
    const comments = ['Thanks!', 'Shuttles late', '  thanks! ', 'THANKS!', 'Shuttles   late', 'Thanks!', 'Other'];
    const out = distinctComments(comments);
    expect(out.map((d) => [d.text, d.count])).toEqual([['Thanks!', 4], ['Shuttles late', 2], ['Other', 1]]);
    expect(out[0].indices).toEqual([0, 2, 3, 5]);
    // Every comment is in exactly one group.
    expect(out.reduce((a, d) => a + d.count, 0)).toBe(comments.length);
  });

  it('distinctComments(comments) keeps comments that differ by a word or punctuation apart', () => {
    expect(distinctComments(['Thanks', 'Thanks!', 'Thanks a lot']).length).toBe(3);
  });

  it('distinctComments(comments) does not change its input', () => {
    const comments = [' a ', 'A'];
    distinctComments(comments);
    expect(comments).toEqual([' a ', 'A']);
  });
});

describe('commentKey(text)', () => {
  it('commentKey(text) is the same for composed and decomposed accents', () => {
    expect(commentKey('Caf\u00e9')).toBe(commentKey('cafe\u0301'));
  });
});
