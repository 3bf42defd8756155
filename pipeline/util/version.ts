/** debrief's version, written into each report's manifest; a test checks it against package.json. */
export const VERSION = '0.1.0';
