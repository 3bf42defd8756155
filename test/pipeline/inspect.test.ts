import { describe, expect, it } from 'vitest';
import { formatInspection, inspect } from '../../pipeline/inspect.js';
import { ingestFile } from '../../pipeline/ingest.js';

describe('inspect(ingested)', () => {
  it('inspect(trade fair) lists each closed question with how it was read, and formatInspection prints them', async () => {
    const i = inspect(await ingestFile('fixtures/trade-fair-qualtrics/responses.csv'));
    // From the generator's choices: 3 days, one holding a comma in two of them; 136 of 150 ticked at least one (expected.json).
    expect(i.choices.find((c) => c.question === 'Which days did you attend?')).toEqual({ question: 'Which days did you attend?', kind: 'multiple', options: 3, answered: 136 });
    expect(i.choices.map((c) => c.kind)).toEqual(['single', 'yes-no', 'single', 'multiple', 'multiple']);
    expect(formatInspection(i)).toContain('Would you exhibit again next year? (yes-no, 3 options, 142 answered)');
  });
});
