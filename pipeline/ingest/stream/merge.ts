import type { BytesDecoder as Decoder } from '../decode/decode.js';
import type { IdSet } from '../normalise/ids.js';
import type { Layout } from '../../model.js';
import { createTally, MAX_DISTINCT, MAX_SPELLINGS, MAX_TEXTS, overflowAttribute, SHORT_LISTED, type ColumnTally, type Tally } from '../normalise/tally.js';
import type { DictState, FoldPlan, FoldState, TextRefs } from './fold-plan.js';

/** A fold state with the row numbers its records start from (ranges after the first are shifted). */
export interface FoldPart {
  state: FoldState;
  /** Records before this part's first record. */
  offset: number;
}

/**
 * Merges the fold states of consecutive byte ranges into the Tally the
 * in-memory path would have built: raw byte spellings are decoded, trimmed
 * and recoded exactly as `addRow` does, then summed.
 */
export function toTally(parts: FoldPart[], layout: Layout, plan: FoldPlan, options: { decoder: Decoder; seen?: IdSet }): Tally {
  const { decoder } = options;
  const tally = createTally(layout, { seen: options.seen, fields: plan.fields });
  // As parse.ts does before parsing: line breaks inside fields become LF.
  const raw = (bytes: Uint8Array) => {
    const t = decoder.decode(bytes);
    return t.includes('\r') ? t.replace(/\r\n?/g, '\n') : t;
  };
  const text = (bytes: Uint8Array) => raw(bytes).trim();
  const recode = (column: number, value: string) => (layout.recode ? layout.recode(column, value) : value);
  for (const { state, offset } of parts) {
    tally.respondents += state.respondents;
    tally.duplicateRows.push(...state.duplicateRows.map((r) => r + offset));
    tally.footerRows.push(...state.footerRows.map((r) => r + offset));
    tally.wideRows.push(...state.wideRows.map((r) => r + offset));
    tally.wideFields.push(...state.wideFields);
    tally.shortRows.push(...state.shortRows.map((r) => r + offset));
    tally.shortCount += state.shortCount;
    if (state.cutRow) tally.cut = { row: state.cutRow + offset, reason: state.cutReason! };
  }
  tally.shortRows.splice(SHORT_LISTED);
  plan.answerColumns.forEach((column, j) => {
    const col = tally.columns.get(column)!;
    let overflow = false;
    const counts = new Map<string, number>();
    for (const { state } of parts) {
      const d: DictState = state.answers[j];
      if (d.overflow) overflow = true;
      d.keys.forEach((key, k) => {
        const n = d.counts[k];
        if (n === 0) return; // a spelling met only in a skipped row (duplicate, footer)
        const value = recode(column, text(key));
        if (value === '') col.blank += n;
        else {
          col.answered += n;
          counts.set(value, (counts.get(value) ?? 0) + n);
        }
      });
    }
    if (overflow) {
      // Past its spelling limit a column counts only blank versus answered (recoding is not applied there).
      col.answered += parts.reduce((a, { state }) => a + state.nonBlank[j], 0);
      col.blank = tally.respondents - col.answered;
    }
    col.overflow = overflow || counts.size > (col.limit ?? MAX_DISTINCT);
    if (!col.overflow) col.counts = counts;
    // Built when read: only free-text columns' texts are (see resolve.ts), and a rating column's would cost strings.
    let texts: ColumnTally['texts'] | undefined;
    Object.defineProperty(col, 'texts', {
      get: () => (texts ??= keptTexts(parts, j, plan, column, { text, recode })),
      set: (value: ColumnTally['texts']) => void (texts = value),
      enumerable: true,
      configurable: true,
    });
  });
  plan.attributeColumns.forEach((column, a) => {
    // Past MAX_SPELLINGS respondents' spellings (as written) over all parts, the attribute is not counted, as in addRow.
    const spellings = new Set<string>();
    for (const { state } of parts) state.attributes[a].keys.forEach((key, k) => state.attributes[a].counts[k] > 0 && spellings.add(raw(key)));
    if (spellings.size > MAX_SPELLINGS || parts.some(({ state }) => state.attributes[a].overflow)) return overflowAttribute(tally, column);
    const respondents = tally.attributeCounts.get(column)!;
    const byValue = tally.breakdowns.get(column)!;
    for (const { state } of parts) {
      const d = state.attributes[a];
      const values = d.keys.map(text);
      values.forEach((v, k) => d.counts[k] > 0 && respondents.set(v, (respondents.get(v) ?? 0) + d.counts[k]));
      plan.answerColumns.forEach((answerColumn, j) => {
        if (tally.columns.get(answerColumn)!.overflow) return;
        const answers = state.answers[j].keys.map((key) => recode(answerColumn, text(key)));
        state.breakdowns[a][j].forEach((counts, v) => {
          if (!counts) return;
          counts.forEach((n, x) => {
            if (n === 0 || answers[x] === '' || answers[x] === undefined) return;
            let byColumn = byValue.get(values[v]);
            if (!byColumn) byValue.set(values[v], (byColumn = new Map()));
            let m = byColumn.get(answerColumn);
            if (!m) byColumn.set(answerColumn, (m = new Map()));
            m.set(answers[x], (m.get(answers[x]) ?? 0) + n);
          });
        });
      });
    }
  });
  return tally;
}

/** The first MAX_TEXTS kept answers of answer column `j` over the parts, in order, with their rows' attribute values. */
function keptTexts(
  parts: FoldPart[],
  j: number,
  plan: FoldPlan,
  column: number,
  decode: { text: (bytes: Uint8Array) => string; recode: (column: number, value: string) => string },
): ColumnTally['texts'] {
  const out: ColumnTally['texts'] = [];
  const na = plan.attributeColumns.length;
  const resolve = (r: TextRefs, ref: number, key: (k: number) => string) => (ref >= 0 ? key(ref) : r.strings[-1 - ref]);
  for (const { state } of parts) {
    const kept = state.texts[j];
    const answerKey = cached((k) => decode.recode(column, decode.text(state.answers[j].keys[k])));
    const attributeKeys = plan.attributeColumns.map((_, a) => cached((k) => decode.text(state.attributes[a].keys[k])));
    for (let k = 0; k < kept.count && out.length < MAX_TEXTS; k++) {
      const row = kept.rows[k];
      out.push({
        text: resolve(kept, kept.refs[k], answerKey),
        attributes: Array.from({ length: na }, (_, a) => resolve(state.textRows, state.textRows.refs[row * na + a], attributeKeys[a])),
      });
    }
  }
  return out;
}

function cached(compute: (k: number) => string): (k: number) => string {
  const memo = new Map<number, string>();
  return (k) => {
    let v = memo.get(k);
    if (v === undefined) memo.set(k, (v = compute(k)));
    return v;
  };
}
