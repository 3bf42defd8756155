/** Vega-Lite's own types for the parts of a spec, so that every builder is checked against `TopLevelSpec`. */
export type { TopLevelSpec } from 'vega-lite';
import type { Field } from 'vega-lite/types_unstable/channeldef.js';
import type { LayerSpec, NonNormalizedSpec, UnitSpec } from 'vega-lite/types_unstable/spec/index.js';
export type { TitleParams } from 'vega-lite/types_unstable/title.js';
export type { PositionDef } from 'vega-lite/types_unstable/channeldef.js';

/** One layer of a layered view. */
export type Layer = LayerSpec<Field> | UnitSpec<Field>;
/** One panel of a concatenation. */
export type Panel = NonNormalizedSpec;

/** The Vega-Lite schema every spec declares. */
export const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';
