import type { ChartLook } from './model.js';

/** A 16:9 slide in pixels: the size of every `--slides` PNG. */
export const SLIDE_SIZE = { width: 1920, height: 1080 };

/**
 * The slides preset: large type (24 px, legible from the back of a room at
 * 1920 px wide), wide plots, and rows squeezed so that a 17-item chart
 * with its title still fits the slide's height.
 */
export const SLIDES_LOOK: Required<Omit<ChartLook, 'lang' | 'layout'>> = { fontSize: 24, width: 900, maxHeight: 620 };
