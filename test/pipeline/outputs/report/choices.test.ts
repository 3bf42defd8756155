import { describe, expect, it } from 'vitest';
import type { SummaryChoice } from '../../../../pipeline/metrics/choice.js';
import { CHOICE_TEXT } from '../../../../pipeline/outputs/report/choice-text.js';
import { reportContext } from '../../../../pipeline/outputs/report/context.js';
import { choicesSection, choiceTable } from '../../../../pipeline/outputs/report/choices.js';

const hostile: SummaryChoice = {
  id: 'role', question: 'Role? <script>alert(1)</script>', kind: 'single', answered: 20,
  options: [{ label: '<img src=x onerror=alert(1)>', count: 15, share: 0.75, low: 0.531, high: 0.888 }, { label: 'Observer & guest', count: 5, share: 0.25, low: 0.112, high: 0.469 }],
};

describe('choicesSection(summary, charts, ctx)', () => {
  it('choicesSection(hostile texts) escapes the question and the options', () => {
    const html = choicesSection({ choices: [hostile] }, [], reportContext('en', 5));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('Role? &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Observer &amp; guest');
  });

  it('choicesSection(choices, charts) puts the question\'s chart above its table', () => {
    const chart = { name: 'choice-role', kind: 'choice', group: 'choices', sentence: 'Role (n = 20)', svg: '<svg><text>bar</text></svg>' };
    const html = choicesSection({ choices: [hostile] }, [chart], reportContext('fr', 5));
    expect(html).toContain(CHOICE_TEXT.fr.heading);
    expect(html.indexOf('<figure')).toBeLessThan(html.indexOf('<table'));
  });

  it('choicesSection(no choices) is empty', () => {
    expect(choicesSection({ choices: [] }, [], reportContext('en', 5))).toBe('');
  });
});

describe('choiceTable(choice, ctx)', () => {
  it('choiceTable(choice) shows each option\'s count, share and interval, in French number style', () => {
    const html = choiceTable(hostile, reportContext('fr', 5));
    expect(html).toContain('<td class="n">15</td><td class="n">75\u00a0%</td><td class="n">53–89\u00a0%</td>');
    expect(html).toContain('(n = 20)');
  });
});
