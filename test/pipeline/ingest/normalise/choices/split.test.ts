import { describe, expect, it } from 'vitest';
import { joinedSeparator, optionsOf, pieces, splitAnswer } from '../../../../../pipeline/ingest/normalise/choices/split.js';

describe('choices/split', () => {
  it('pieces(value, separator) trims the pieces and drops the empty one after a trailing separator', () => {
    expect(pieces('Mardi;Jeudi;', ';')).toEqual(['Mardi', 'Jeudi']);
    expect(pieces(' a , b ', ',')).toEqual(['a', 'b']);
  });

  it('optionsOf(values, ", ") glues pieces that always come together, in that order, into one option', () => {
    const values = ['Civil society, NGO', 'Government', 'Government, Civil society, NGO', 'Civil society, NGO, Academia', 'Academia', 'Government, Academia'];
    expect(optionsOf(values, ', ').sort()).toEqual(['Academia', 'Civil society, NGO', 'Government']);
  });

  it('optionsOf(values, " ", known) keeps known options with spaces whole (Kobo labels) and finds the rest', () => {
    expect(optionsOf(['English Spanish', 'Sign language French', 'Sign language'], ' ', ['English', 'Sign language']).sort()).toEqual(['English', 'French', 'Sign language', 'Spanish']);
  });

  it('splitAnswer(value, separator, options) takes the longest option at each point and never counts one twice', () => {
    const options = ['Civil society, NGO', 'Civil society', 'NGO'];
    expect(splitAnswer('Civil society, NGO, Academia', ', ', options)).toEqual(['Civil society, NGO', 'Academia']);
    expect(splitAnswer('Tuesday;Tuesday;', ';', ['Tuesday'])).toEqual(['Tuesday']);
  });

  it('joinedSeparator(answers) finds Qualtrics "," and Google ";" and prefers the separator that reads fewer options', () => {
    const qualtrics = new Map([['Monday, trade only,Tuesday', 5], ['Tuesday', 3], ['Monday, trade only', 4], ['Tuesday,Wednesday', 2], ['Wednesday', 1]]);
    expect(joinedSeparator(qualtrics)).toBe(',');
    const google = new Map([['Keynote;Panel;Workshop', 4], ['Keynote', 3], ['Panel;Workshop', 2], ['Workshop', 2], ['Keynote;Workshop', 1]]);
    expect(joinedSeparator(google)).toBe(';');
  });

  it('joinedSeparator(answers) is undefined for free text with commas and for single choices holding a comma', () => {
    expect(joinedSeparator(new Map([['Great meeting, thanks', 1], ['Too long, too hot', 1], ['Good food, bad coffee', 1], ['Fine', 2]]))).toBeUndefined();
    expect(joinedSeparator(new Map([['Civil society, NGO', 9], ['Government, ministry', 7], ['Academia', 4]]))).toBeUndefined();
  });
});
