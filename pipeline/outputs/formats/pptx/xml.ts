/**
 * The two things every part of deck.pptx needs from XML: the declaration and
 * escaping. Survey text reaches slide text, notes and alt text, so it is
 * escaped here once, the same way everywhere.
 */

/** First line of every XML part; PowerPoint expects UTF-8 and standalone="yes". */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * Characters XML 1.0 cannot hold at all, even escaped: C0 controls other than
 * tab, LF and CR, unpaired surrogates, U+FFFE and U+FFFF. A survey export can
 * carry them (pasted text); one of them would make PowerPoint refuse the file.
 */
const NOT_XML = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#x9;', '\n': '&#xA;', '\r': '&#xD;' };

/** Text for element content: & < > " ' escaped, characters XML cannot hold dropped. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/**
 * Text for a quoted attribute value: as escapeXml, and tab, LF and CR as
 * character references too, since a parser turns them into spaces in an
 * attribute (alt text keeps its line breaks that way).
 */
export function escapeAttribute(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c]);
}

/** Relationship types under http://schemas.openxmlformats.org/officeDocument/2006/relationships/. */
export type RelType =
  | 'slideMaster' | 'slideLayout' | 'slide' | 'notesMaster' | 'notesSlide' | 'theme' | 'presProps' | 'viewProps' | 'tableStyles' | 'image' | 'officeDocument' | 'extended-properties'
  | 'chart' | 'package' | 'worksheet' | 'styles';

/** A .rels part: targets [type, path relative to the source part's folder] as rId1, rId2, … in order. The core properties' type lives elsewhere, so it is passed whole. */
export function rels(targets: [RelType | `http${string}`, string][]): string {
  const items = targets.map(([type, target], k) => {
    const uri = type.startsWith('http') ? type : `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}`;
    return `<Relationship Id="rId${k + 1}" Type="${uri}" Target="${target}"/>`;
  });
  return `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
}
