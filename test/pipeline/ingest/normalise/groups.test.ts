import { describe, expect, it } from 'vitest';
import { classifyItem } from '../../../../pipeline/ingest/normalise/groups.js';

describe('classifyItem(label, question)', () => {
  it('classifyItem reads cues in the item label first, in EN, FR and ES', () => {
    expect(classifyItem('Plenary 7 – IEDs', 'Rate the sessions')).toBe('plenary');
    expect(classifyItem('Plénière 2', '')).toBe('plenary');
    expect(classifyItem('Sesión plenaria 3', '')).toBe('plenary');
    expect(classifyItem('Side event: Safe Ground', '')).toBe('side-event');
    expect(classifyItem('Événement parallèle 4', '')).toBe('side-event');
    expect(classifyItem('Evento paralelo 1', '')).toBe('side-event');
    expect(classifyItem('Logistique', '')).toBe('logistics');
    expect(classifyItem('Logística y organización', '')).toBe('logistics');
  });

  it('classifyItem falls back to the question when the label has no cue', () => {
    expect(classifyItem('Safe Ground: Turning Minefields into Playing Fields', 'How would you rate the side-events you attended?')).toBe('side-event');
    expect(classifyItem('Mine Action and the Environment', 'How would you rate the plenary sessions?')).toBe('plenary');
    expect(classifyItem('Interpretation', 'Anything else?')).toBe('other');
  });
});
