export { detectLayout, READERS, type LayoutReader } from './detect.js';
export { cleanHeader, roleFromHeader, attributeOf } from './headers.js';
export { genericLayout } from './generic.js';
export { isSurveyMonkey, surveyMonkeyLayout } from './surveymonkey.js';
