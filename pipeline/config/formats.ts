/** Outputs a run can write; its own module, so a run without a config does not load zod. */
export const FORMATS = ['html', 'json', 'csv', 'svg', 'png', 'pptx', 'pdf'] as const;

export type Format = (typeof FORMATS)[number];
