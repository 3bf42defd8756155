import { labelKey } from './scales.js';

/** Group ids debrief knows; any other string may come from a config. */
export const GROUPS = ['logistics', 'plenary', 'side-event', 'overall', 'other'] as const;

const CUES: [string, RegExp][] = [
  ['side-event', /\b(side[- ]?events?|parallel (session|event)s?|evenements? paralleles?|manifestations? parallele|eventos? paralelos?|actividades? paralelas?)\b/],
  ['plenary', /\b(plenary|plenaries|plenieres?|plenarias?|plenarios?|pleno)\b/],
  ['logistics', /\b(logistic(s|al)?|logistique|logistica|organi[sz]ation(al)?|organisationnel(le)?s?|organizacion|organizativ[oa]s?|venue|lieu|sede|registration|inscription|inscripcion|catering|accommodation)\b/],
  ['overall', /\b(overall|in general|en general|globalement|dans l'ensemble|general satisfaction|satisfaction generale|note globale|appreciation globale|evaluation globale|valoracion general|satisfaccion general)\b/],
];

/**
 * Classifies an item from its own label first, then from its question's
 * text: in a matrix the item label ("Mine Action and the Environment") often
 * carries no cue while the question ("Rate the plenaries") does.
 */
export function classifyItem(label: string, question: string): string {
  for (const text of [label, question]) {
    const key = labelKey(text);
    for (const [group, cue] of CUES) if (cue.test(key)) return group;
  }
  return 'other';
}

/** Human label of a group, in English; the report translates known ids. */
export function groupLabel(group: string): string {
  switch (group) {
    case 'logistics': return 'Logistics and organisation';
    case 'plenary': return 'Plenaries';
    case 'side-event': return 'Side-events';
    case 'overall': return 'Overall';
    case 'other': return 'Other questions';
    default: return group;
  }
}
