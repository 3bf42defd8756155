import { describe, expect, it } from 'vitest';
import { slugify, uniqueIds } from '../../../pipeline/util/slug.js';

describe('slugify(label)', () => {
  it('slugify keeps ASCII letters, digits and dashes, so a name can never leave its folder', () => {
    expect(slugify('Plenary 7 – Improvised Explosive Devices')).toBe('plenary-7-improvised-explosive-devices');
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
    expect(slugify('Événement parallèle')).toBe('evenement-parallele');
    expect(slugify('<script>')).toBe('script');
    expect(slugify('…')).toBe('item');
    expect(slugify('a'.repeat(100)).length).toBe(48);
  });
});

describe('uniqueIds(labels)', () => {
  it('uniqueIds suffixes repeats in order of appearance', () => {
    expect(uniqueIds(['Comments', 'Comments', 'Other', 'Comments'])).toEqual(['comments', 'comments-2', 'other', 'comments-3']);
  });
});
