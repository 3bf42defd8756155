export { Config, ItemConfig, FORMATS, configJsonSchema } from './schema.js';
export { loadConfig, validateConfig } from './load.js';
export { applyConfig, type ApplyOptions } from './apply.js';
export { draftConfig, type DraftOptions } from './draft.js';
export { DRAFT_HEADER } from './draft-header.js';
