import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../../pipeline/ingest/index.js';
import { formatInspection, inspect } from '../../../pipeline/ingest/inspect.js';
import * as msg from '../../../pipeline/messages.js';

const SYMPOSIUM = 'fixtures/google-forms-symposium/responses.csv';

describe('inspect(ingested)', () => {
  it('inspect(symposium) gives each item the reason for its group: a word of its label or question, the question itself, the scale, or the recommendation', async () => {
    const i = inspect(await ingestFile(SYMPOSIUM));
    const why = Object.fromEntries(i.questions.flatMap((q) => q.items.map((it) => [it.label, it.groupReason])));
    // Chosen by reading the export's texts: the sessions grid mixes a keynote, a panel, a workshop, a breakout and a field visit.
    expect(why['Keynote: Tides, sediments and deep time']).toEqual({ by: 'question-itself' });
    expect(why['Field visit to the Ria salt marshes']).toEqual({ by: 'question-itself' });
    expect(why['Dr. Kofi Boateng – Mangroves as infrastructure']).toEqual({ by: 'question', cue: 'keynote lecture' });
    expect(why['Drone mapping for beginners']).toEqual({ by: 'question', cue: 'workshops' });
    expect(why['Wi-Fi in the lecture halls']).toEqual({ by: 'label', cue: 'wi fi' });
    expect(why['Shuttle buses from the partner hotels']).toEqual({ by: 'label', cue: 'shuttle' });
    expect(why['On a scale from 0 to 10, how would you mark the symposium as a whole?']).toEqual({ by: 'scale', cue: 'as a whole' });
    expect(why['How likely is it that you would suggest this symposium to a friend or colleague?']).toEqual({ by: 'recommend', cue: 'likely … friend' });
  });

  it('formatInspection(inspection) prints the reason under each item, in the words of messages.groupReason', async () => {
    const text = formatInspection(inspect(await ingestFile(SYMPOSIUM)));
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.includes('] Catering and coffee breaks'));
    expect(lines[at]).toMatch(/^\s+\[logistics\] Catering and coffee breaks /);
    expect(lines[at + 1].trim()).toBe(`why: ${msg.groupReason({ by: 'label', cue: 'catering' })}`);
    expect(text).toContain(`why: ${msg.groupReason({ by: 'question-itself' })}`);
  });

  it('inspect(trade fair) lists each closed question with how it was read, and formatInspection prints them', async () => {
    const i = inspect(await ingestFile('fixtures/trade-fair-qualtrics/responses.csv'));
    // From the generator's choices: 3 days, one holding a comma in two of them; 136 of 150 ticked at least one (expected.json).
    expect(i.choices.find((c) => c.question === 'Which days did you attend?')).toEqual({ question: 'Which days did you attend?', kind: 'multiple', options: 3, answered: 136 });
    expect(i.choices.map((c) => c.kind)).toEqual(['single', 'yes-no', 'single', 'multiple', 'multiple']);
    expect(formatInspection(i)).toContain('Would you exhibit again next year? (yes-no, 3 options, 142 answered)');
  });
});
