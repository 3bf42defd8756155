import { describe, expect, it } from 'vitest';
import { linkAttendance } from '../../../../../pipeline/ingest/normalise/choices/attendance.js';

const items = [
  { id: 'keynote', label: 'Keynote: Opening address' },
  { id: 'panel', label: 'Panel discussion: Financing the transition' },
  { id: 'ws-a', label: 'Workshop A: Soil' },
  { id: 'ws-b', label: 'Workshop B: Water' },
  { id: 'visit', label: 'Field visit to the dam' },
];
const choice = (question: string, labels: string[], kind: 'multiple' | 'single' = 'multiple') => ({ question, kind, options: labels.map((label) => ({ label, count: 1 })) });

describe('linkAttendance(choice, items)', () => {
  it('linkAttendance("Which sessions did you attend?", items) links an option to the item it names exactly or by its first words', () => {
    const links = linkAttendance(choice('Which sessions did you attend?', ['Keynote', 'Panel', 'Field visit to the dam']), items);
    expect(Object.fromEntries(links)).toEqual({ Keynote: 'keynote', Panel: 'panel', 'Field visit to the dam': 'visit' });
  });

  it('linkAttendance(an option naming two items) links it to neither', () => {
    expect(linkAttendance(choice('Which sessions did you attend?', ['Workshop']), items).size).toBe(0);
  });

  it('linkAttendance(French and Spanish attendance questions) links as the English one does', () => {
    expect(linkAttendance(choice('À quelles sessions avez-vous assisté ?', ['Keynote']), items).get('Keynote')).toBe('keynote');
    expect(linkAttendance(choice('¿A qué sesiones asistió?', ['Panel']), items).get('Panel')).toBe('panel');
    expect(linkAttendance(choice('¿En qué sesiones participó?', ['Panel']), items).get('Panel')).toBe('panel');
    expect(linkAttendance(choice('Which sessions did you participate in?', ['Panel']), items).get('Panel')).toBe('panel');
  });

  it('linkAttendance(a question not about attending, or a single choice) links nothing', () => {
    expect(linkAttendance(choice('Which sessions would you like next year?', ['Keynote']), items).size).toBe(0);
    expect(linkAttendance(choice('Which session did you attend?', ['Keynote'], 'single'), items).size).toBe(0);
  });

  it('linkAttendance(an option that is only a word prefix, "Key") links nothing: the match stops at a word break', () => {
    expect(linkAttendance(choice('Which sessions did you attend?', ['Key']), items).size).toBe(0);
  });
});
