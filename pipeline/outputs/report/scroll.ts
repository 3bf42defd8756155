/**
 * Each table of the report in a box of its own that scrolls sideways when
 * the table is wider than the screen (a phone), so that the page itself
 * never does. The box takes the keyboard focus, so that it can be scrolled
 * without a pointer. Tables are never nested, and a table's text is escaped,
 * so the first `</table>` after a `<table` closes it.
 */
export function scrollableTables(html: string): string {
  return html.replace(/<table\b[\s\S]*?<\/table>/g, (table) => `<div class="scroll" tabindex="0">${table}</div>`);
}
