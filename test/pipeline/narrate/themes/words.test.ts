import { describe, expect, it } from 'vitest';
import { commentLanguage, commentWords } from '../../../../pipeline/narrate/themes/words.js';

const keys = (text: string, lang?: 'en' | 'fr' | 'es') => commentWords(text, { lang }).flat().map((w) => w.key);

describe('commentWords(text)', () => {
  it('commentWords(text) folds Wi-Fi, WiFi, WIFI and wifi to one key in each language', () => {
    const spellings = ['Wi-Fi', 'WiFi', 'WIFI', 'wifi'];
    for (const lang of ['en', 'fr', 'es'] as const) {
      const found = new Set(spellings.map((s) => keys(s, lang)[0]));
      expect(found.size, lang).toBe(1);
    }
  });

  it('commentWords(text) gives a plural the key of its singular in English, French and Spanish', () => {
    expect(keys('badges', 'en')).toEqual(keys('badge', 'en'));
    expect(keys('navettes', 'fr')).toEqual(keys('navette', 'fr'));
    expect(keys('almuerzos', 'es')).toEqual(keys('almuerzo', 'es'));
  });

  it('commentWords(text) drops English, French and Spanish stop words, numbers and single letters', () => {
    expect(commentWords('The badge was on the table in 2020').flat().map((w) => w.surface)).toEqual(['badge', 'table']);
    expect(commentWords("C'est la navette de l'hôtel qui était en retard").flat().map((w) => w.surface)).toEqual(['navette', 'hôtel', 'retard']);
    expect(commentWords('El almuerzo fue servido a las 3 y estaba frío').flat().map((w) => w.surface)).toEqual(['almuerzo', 'servido', 'frío']);
  });

  it('commentWords(text) ends a run of words at punctuation and at a stop word', () => {
    const runs = commentWords('Printed badges; shuttle buses and hotel rooms').map((r) => r.map((w) => w.surface));
    expect(runs).toEqual([['printed', 'badges'], ['shuttle', 'buses'], ['hotel', 'rooms']]);
  });

  it('commentWords(text) keeps a capital inside a word and drops sentence case', () => {
    const surfaces = commentWords('Badges. WiFi. UN agencies').flat().map((w) => w.surface);
    expect(surfaces).toEqual(['badges', 'WiFi', 'UN', 'agencies']);
  });

  it('commentWords(text, { ignore }) reads no word of a redaction placeholder', () => {
    const surfaces = commentWords('Write to [e-mail removed] about badges', { ignore: ['[e-mail removed]'] }).flat().map((w) => w.surface);
    expect(surfaces).toEqual(['write', 'badges']);
  });
});

describe('commentLanguage(text, fallback)', () => {
  it('commentLanguage(text, fallback) is the language with most of its own stop words', () => {
    expect(commentLanguage('Les navettes étaient pleines', 'en')).toBe('fr');
    expect(commentLanguage('Los almuerzos fueron buenos', 'en')).toBe('es');
    expect(commentLanguage('The shuttles were full', 'fr')).toBe('en');
  });

  it('commentLanguage(text, fallback) is the fallback when no stop word tells', () => {
    expect(commentLanguage('Wifi!', 'es')).toBe('es');
    expect(commentLanguage('', 'fr')).toBe('fr');
  });
});

describe('commentWords(shouted text)', () => {
  it('commentWords(text) drops stop words of a comment written in capitals', () => {
    expect(commentWords('THE SHUTTLE WAS LATE').flat().map((w) => w.key)).toEqual(keys('shuttle late'));
  });
});

describe('commentWords(text with markup)', () => {
  it('commentWords(text) reads the words between markup and symbols, and no symbol as a word', () => {
    expect(commentWords('<b>Badges</b> <a href="x">shuttle</a> =SUM(1) R&D').flat().map((w) => w.surface)).toEqual(['badges', 'href', 'shuttle', 'SUM', 'R&D']);
  });
});
