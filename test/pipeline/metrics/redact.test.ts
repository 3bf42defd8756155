import { describe, expect, it } from 'vitest';
import { redact } from '../../../pipeline/metrics/redact.js';

describe('redact(text)', () => {
  it('redact(text) replaces e-mail addresses, plain and disguised', () => {
    expect(redact('Write to j.dupont@example.org please.')).toBe('Write to [e-mail removed] please.');
    expect(redact('mail: Lucía.García+un23@mine-action.example.co.uk, thanks')).toBe('mail: [e-mail removed], thanks');
    expect(redact('contact: maria (at) example.org')).toBe('contact: [e-mail removed]');
    expect(redact('a@b.fr and c_d@e.io')).toBe('[e-mail removed] and [e-mail removed]');
  });

  it('redact(text) replaces phone numbers in international and national forms', () => {
    const phones = ['+41 22 917 12 34', '+1 (555) 123-4567', '(022) 917 12 34', '022 917 12 34', '555-123-4567', '0044 20 7946 0958', '+33 6 12 34 56 78', '06.12.34.56.78', '0229171234', '555 1234', '(+41) 22 917 12 34'];
    for (const p of phones) expect(redact(`Call ${p} today.`), p).toBe('Call [phone removed] today.');
  });

  it('redact(text) keeps years, dates, counts and session numbers', () => {
    const kept = [
      'See you in 2021.',
      'The 2019-2021 strategy, adopted 17.02.2020 (or 2020-02-17).',
      'Over 1 000 participants and 512 respondents.',
      'Plenary 3 and side-event 12 overlapped.',
      'Reference 12345678 in the minutes.',
      'Rated 4/5, 3/5 and 5/5.',
    ];
    for (const t of kept) expect(redact(t), t).toBe(t);
  });

  it('redact(text, { email, phone }) uses the given placeholders', () => {
    expect(redact('x@y.org or +41 22 917 12 34', { email: '[courriel]', phone: '[téléphone]' })).toBe('[courriel] or [téléphone]');
  });

  it('redact(text) leaves the rest of the text, line breaks included, as written', () => {
    const text = 'Less "panel", more discussion!\n\nAnd fewer PowerPoints. <b>bold</b>';
    expect(redact(text)).toBe(text);
  });
});
