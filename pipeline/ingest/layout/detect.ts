import type { Layout } from '../../model.js';
import { genericLayout } from './generic.js';
import { isSurveyMonkey, surveyMonkeyLayout } from './surveymonkey.js';
import { googleFormsLayout, isGoogleForms } from './google-forms.js';
import { isMicrosoftForms, microsoftFormsLayout } from './microsoft-forms.js';
import { isKoboToolbox, koboToolboxLayout } from './kobotoolbox.js';
import { isLimeSurvey, limeSurveyLayout } from './limesurvey.js';
import { isQualtrics, qualtricsLayout } from './qualtrics.js';
import { isQualtricsLegacy, qualtricsLegacyLayout } from './qualtrics-legacy.js';

/** A layout detector: `test` looks at the first rows, `layout` reads the header. */
export interface LayoutReader {
  test: (rows: string[][]) => boolean;
  layout: (rows: string[][]) => Layout;
}

/** Tool layouts, most specific first; the generic one-header layout is the fallback. */
export const READERS: LayoutReader[] = [{ test: isSurveyMonkey, layout: surveyMonkeyLayout }, { test: isGoogleForms, layout: googleFormsLayout }, { test: isMicrosoftForms, layout: microsoftFormsLayout }, { test: isKoboToolbox, layout: koboToolboxLayout }, { test: isLimeSurvey, layout: limeSurveyLayout }, { test: isQualtrics, layout: qualtricsLayout }, { test: isQualtricsLegacy, layout: qualtricsLegacyLayout }];

/** Detects the export's layout from its rows. */
export function detectLayout(rows: string[][]): Layout {
  for (const reader of READERS) if (reader.test(rows)) return reader.layout(rows);
  return genericLayout(rows);
}
