import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commentThemes } from '../../../../pipeline/narrate/themes/themes.js';

/** Comments in English, French and Spanish, in words none of the rules were written from. */
const COMMENTS = [
  'The Wi-Fi password never worked.',
  'WIFI was slow; the shuttles were late.',
  'No wifi in the annex, and the shuttle left early!',
  'Badges took an hour to print.',
  'My badge had a typo. Shuttles: great.',
  'Lunch was excellent.',
  'Le WiFi était lent et les navettes en retard.',
  'La navette du matin était pleine.',
  'Repas copieux, merci aux interprètes.',
  'Les interprètes étaient formidables.',
  'El wifi del hotel no funcionaba.',
  'Los almuerzos fueron deliciosos.',
  'El almuerzo llegó tarde y el wifi falló.',
  'Gracias a los intérpretes.',
];

/** Respondents whose comment matches, by a plain loop over the comments (accents removed, lower case). */
function respondents(comments: string[], spelling: RegExp): number {
  let n = 0;
  for (const c of comments) if (spelling.test(c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())) n++;
  return n;
}

describe('commentThemes(comments)', () => {
  it('commentThemes(comments) counts respondents per theme in EN, FR and ES: Wi-Fi spellings, plurals and accents folded, stop words gone', () => {
    const expected = [
      { term: 'wifi', spelling: /\bwi-?fi\b/ },
      { term: 'interprètes', spelling: /\binterpretes\b/ },
      { term: 'shuttles', spelling: /\bshuttles?\b/ },
      { term: 'almuerzo', spelling: /\balmuerzos?\b/ },
      { term: 'badge', spelling: /\bbadges?\b/ },
      { term: 'navette', spelling: /\bnavettes?\b/ },
    ].map(({ term, spelling }) => ({ term, count: respondents(COMMENTS, spelling) }));
    // By hand: wifi 6 (comments 1, 2, 3, 7, 11, 13), interpreters 3, shuttles 3, then 2 each.
    expect(expected.map((e) => e.count)).toEqual([6, 3, 3, 2, 2, 2]);
    const { themes } = commentThemes(COMMENTS);
    expect(themes.map(({ term, count }) => ({ term, count }))).toEqual(expected);
  });

  it('commentThemes(comments) joins a singular and its plural that the stemmer cuts apart (French nouns in -er), but not "new" and "news"', () => {
    // French Snowball reads "poster" and "dîner" as verbs: "poster" → "post", "posters" → "poster".
    const comments = ['Plus de temps pour les posters', 'Afficher le poster primé', 'Le dîner était froid', 'Deux dîners de trop', 'new rooms', 'news from the rooms'];
    const { themes } = commentThemes(comments, { lang: 'fr' });
    const counts = Object.fromEntries(themes.map((t) => [t.term, t.count]));
    // By hand: posters in comments 1 and 2, dîner in 3 and 4; "new" and "news" once each, so neither is a theme.
    expect(counts.posters ?? counts.poster).toBe(2);
    expect(counts['dîner'] ?? counts['dîners']).toBe(2);
    expect(counts.new).toBeUndefined();
  });

  it('commentThemes(comments) counts a respondent once however often they repeat a word', () => {
    const { themes } = commentThemes(['Badge, badge, badges!', 'badge']);
    expect(themes.map((t) => [t.term, t.count])).toEqual([['badge', 2]]);
  });

  it('commentThemes(comments) counts identical comments once per respondent, and shows them once among the examples', () => {
    const { themes } = commentThemes(['Shuttle late', 'shuttle  late', 'Shuttle late', 'The shuttle was full']);
    const shuttle = themes.find((t) => t.term === 'shuttle')!;
    expect(shuttle.count).toBe(4);
    expect(shuttle.examples).toEqual(['Shuttle late', 'The shuttle was full']);
  });

  it('commentThemes(comments) gives a two-word phrase, and drops a word only ever used inside it', () => {
    const { themes } = commentThemes(['Name badges were wrong', 'name badges too small', 'badges lost', 'Nice name']);
    expect(themes.map((t) => [t.term, t.count])).toEqual([['badges', 3], ['name', 3], ['name badges', 2]]);
    const only = commentThemes(['Printed programme late', 'printed programme missing']).themes;
    expect(only.map((t) => [t.term, t.count])).toEqual([['printed programme', 2]]);
  });

  it('commentThemes(comments, { minCount, limit, examples }) keeps the themes above the count, the first by count then term', () => {
    const comments = ['apple pear', 'apple plum', 'apple', 'pear plum', 'kiwi'];
    expect(commentThemes(comments, { minCount: 2 }).themes.map((t) => [t.term, t.count])).toEqual([['apple', 3], ['pear', 2], ['plum', 2]]);
    expect(commentThemes(comments, { minCount: 1, limit: 2 }).themes.map((t) => t.term)).toEqual(['apple', 'pear']);
    expect(commentThemes(comments, { minCount: 1 }).themes.map((t) => t.term)).toEqual(['apple', 'pear', 'plum', 'apple pear', 'apple plum', 'kiwi', 'pear plum']);
    expect(commentThemes(comments, { examples: 1 }).themes[0].examples).toEqual(['apple pear']);
  });

  it('commentThemes(comments) names a theme by its most written spelling', () => {
    const { themes } = commentThemes(['Wi-Fi down', 'WiFi down', 'WiFi slow', 'wifi ok']);
    expect(themes[0]).toMatchObject({ term: 'WiFi', count: 4 });
  });

  it('commentThemes(comments) is the same whatever the language given when the comments tell theirs', () => {
    expect(commentThemes(COMMENTS, { lang: 'es' })).toEqual(commentThemes(COMMENTS, { lang: 'en' }));
  });

  it('commentThemes(comments) matches each comment to the themes it uses', () => {
    const { themes, matches } = commentThemes(COMMENTS);
    const wifi = themes.findIndex((t) => t.term === 'wifi');
    expect(matches.flatMap((m, i) => (m.includes(wifi) ? [i] : []))).toEqual([0, 1, 2, 6, 10, 12]);
  });
});

describe('commentThemes(any comments)', () => {
  const word = fc.constantFrom('wifi', 'Wi-Fi', 'WiFi', 'badge', 'badges', 'the', 'les', 'los', 'navette', 'navettes', 'almuerzo', 'shuttle', 'late', 'tarde', 'retard', 'é', '2020', 'UN', '!', ',');
  const comment = fc.array(word, { maxLength: 12 }).map((w) => w.join(' '));

  it('commentThemes(comments) never counts more respondents than comments, and counts exactly those it matches', () => {
    fc.assert(
      fc.property(fc.array(comment, { maxLength: 40 }), fc.integer({ min: 1, max: 4 }), (comments, minCount) => {
        const { themes, matches } = commentThemes(comments, { minCount });
        expect(matches.length).toBe(comments.length);
        themes.forEach((t, k) => {
          expect(t.count).toBeLessThanOrEqual(comments.length);
          expect(t.count).toBeGreaterThanOrEqual(minCount);
          expect(t.count).toBe(matches.filter((m) => m.includes(k)).length);
          expect(t.examples.length).toBeLessThanOrEqual(Math.min(3, t.count));
          for (const e of t.examples) expect(comments).toContain(e);
        });
        for (let k = 1; k < themes.length; k++) expect(themes[k - 1].count).toBeGreaterThanOrEqual(themes[k].count);
        expect(themes.length).toBeLessThanOrEqual(10);
      }),
      { numRuns: 200 },
    );
  });
});
