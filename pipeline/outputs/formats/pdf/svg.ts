/**
 * A tiny parser for the SVG that vega's SVG renderer writes: elements,
 * attributes and text, entities decoded. No DTDs, namespaces or styles:
 * comments, processing instructions and doctypes are skipped.
 */

export interface SvgElement {
  name: string;
  attributes: Record<string, string>;
  children: SvgNode[];
}

/** An element or a run of character data. */
export type SvgNode = SvgElement | string;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references; unknown entities stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref] ?? whole;
    const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
  });
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Parses `source` into its root element; throws on a document without one or with unbalanced tags. */
export function parseSvg(source: string): SvgElement {
  const root: SvgElement = { name: '#document', attributes: {}, children: [] };
  const stack: SvgElement[] = [root];
  let at = 0;
  while (at < source.length) {
    const lt = source.indexOf('<', at);
    const textEnd = lt === -1 ? source.length : lt;
    if (textEnd > at) stack[stack.length - 1].children.push(decodeEntities(source.slice(at, textEnd)));
    if (lt === -1) break;
    if (source.startsWith('<!--', lt)) {
      at = after(source, '-->', lt);
    } else if (source.startsWith('<![CDATA[', lt)) {
      const end = source.indexOf(']]>', lt);
      if (end === -1) throw new Error('SVG: unterminated CDATA');
      stack[stack.length - 1].children.push(source.slice(lt + 9, end));
      at = end + 3;
    } else if (source[lt + 1] === '?' || source[lt + 1] === '!') {
      at = after(source, '>', lt);
    } else if (source[lt + 1] === '/') {
      const end = after(source, '>', lt);
      const name = source.slice(lt + 2, end - 1).trim();
      const open = stack.pop();
      if (open === undefined || open === root || open.name !== name) throw new Error(`SVG: unexpected </${name}>`);
      at = end;
    } else {
      const end = tagEnd(source, lt);
      const selfClosing = source[end - 2] === '/';
      const inner = source.slice(lt + 1, selfClosing ? end - 2 : end - 1);
      const name = /^[^\s/>]+/.exec(inner)?.[0] ?? '';
      const attributes: Record<string, string> = {};
      for (const m of inner.slice(name.length).matchAll(ATTRIBUTE)) attributes[m[1]] = decodeEntities(m[2] ?? m[3]);
      const element: SvgElement = { name, attributes, children: [] };
      stack[stack.length - 1].children.push(element);
      if (!selfClosing) stack.push(element);
      at = end;
    }
  }
  if (stack.length > 1) throw new Error(`SVG: <${stack[stack.length - 1].name}> is not closed`);
  const element = root.children.find((c): c is SvgElement => typeof c !== 'string');
  if (element === undefined) throw new Error('SVG: no root element');
  return element;
}

/** Index just past the next `token` from `from`. */
function after(source: string, token: string, from: number): number {
  const end = source.indexOf(token, from);
  if (end === -1) throw new Error(`SVG: unterminated markup at ${from}`);
  return end + token.length;
}

/** Index just past the `>` ending the start tag at `from`, skipping `>` inside quoted attribute values. */
function tagEnd(source: string, from: number): number {
  let quote = '';
  for (let i = from + 1; i < source.length; i++) {
    const c = source[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  throw new Error(`SVG: unterminated tag at ${from}`);
}
