import { describe, expect, it } from 'vitest';
import { scrollableTables } from '../../../../pipeline/outputs/report/scroll.js';

describe('scrollableTables(html)', () => {
  it('scrollableTables(html) wraps each table, alone, in a focusable box', () => {
    const html = '<p>a</p><table class="data"><tr><td>1</td></tr></table><p>&lt;table&gt;</p><table class="items" data-sortable><tr><td>2</td></tr></table>';
    expect(scrollableTables(html)).toBe(
      '<p>a</p><div class="scroll" tabindex="0"><table class="data"><tr><td>1</td></tr></table></div><p>&lt;table&gt;</p><div class="scroll" tabindex="0"><table class="items" data-sortable><tr><td>2</td></tr></table></div>',
    );
  });

  it('scrollableTables(html without a table) returns it unchanged', () => {
    expect(scrollableTables('<p>no tables here, only &lt;table&gt; as text</p>')).toBe('<p>no tables here, only &lt;table&gt; as text</p>');
  });
});
