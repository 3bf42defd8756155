/**
 * The report's only script: sortable tables as a progressive enhancement.
 * Without it the tables read in survey order; with it, each header marked
 * `data-sort` gets a button that sorts the rows (numbers by `data-value`,
 * text by the page language) and sets `aria-sort`. It reads no data and
 * writes no markup from data: it only moves existing rows.
 */
import { createHash } from 'node:crypto';

export const SORT_SCRIPT = `(function () {
  'use strict';
  var lang = document.documentElement.lang || 'en';
  var tables = document.querySelectorAll('table[data-sortable]');
  Array.prototype.forEach.call(tables, function (table) {
    var body = table.tBodies[0];
    if (!body) return;
    Array.prototype.forEach.call(body.rows, function (row, i) { row.dataset.order = String(i); });
    var heads = table.querySelectorAll('thead th[data-sort]');
    Array.prototype.forEach.call(heads, function (th) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.title = table.dataset.sortHint || '';
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener('click', function () {
        var column = th.cellIndex;
        var numeric = th.dataset.sort === 'number';
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[column], y = b.cells[column], c;
          if (numeric) {
            var p = parseFloat(x.dataset.value), q = parseFloat(y.dataset.value);
            c = (isNaN(p) ? -Infinity : p) - (isNaN(q) ? -Infinity : q);
          } else {
            c = x.textContent.localeCompare(y.textContent, lang);
          }
          if (!ascending) c = -c;
          return c || Number(a.dataset.order) - Number(b.dataset.order);
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
})();`;

/** The CSP source that allows exactly one inline script or style: `'sha256-…'` of its text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
