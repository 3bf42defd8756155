/** What a chart needs of an item; built from summary items by the report stage. */
export interface ChartItem {
  id: string;
  label: string;
  /** Level labels, best first. */
  levels: string[];
  /** Count per level, best first. */
  counts: number[];
  positiveLevels: number;
  valid: number;
  notApplicable: number;
  positive: number;
  positiveLow: number;
  positiveHigh: number;
}

/** Shared look: one font, legible sizes. `slides` enlarges everything for 1920×1080. */
export interface ChartLook {
  /** Base font size in px; default 12. */
  fontSize?: number;
  /** Plot width in px; default 560. */
  width?: number;
}

/** Breaks a long sentence into title lines of at most `max` characters. */
export function wrapLines(text: string, max = 90): string[] {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && (line + ' ' + w).length > max) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines;
}

/** An item's axis label: its text with its n, so shares are never read without their base. */
export function itemAxisLabel(item: Pick<ChartItem, 'label' | 'valid'>): string {
  return `${item.label} (n = ${item.valid})`;
}
