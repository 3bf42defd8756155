import { NUMBER_STYLE } from '../../util/numbers.js';

/**
 * The report script's second part: each theme of a question's comments
 * becomes a button (aria-pressed) that shows only the comments using it;
 * pressed again, it shows all; a status line says how many respondents'
 * comments show (a comment marked `data-count` counts that many). It reads the theme positions the page wrote
 * in `data-theme` / `data-themes`, and writes only text (textContent) and
 * the `hidden` attribute. Without script every comment shows. Counts are
 * written by the rules of util/numbers.ts (not the browser's locale), as
 * every other figure of the page.
 */
export const THEME_SCRIPT = `(function () {
  'use strict';
  var styles = ${JSON.stringify(NUMBER_STYLE)};
  var style = styles[document.documentElement.lang] || styles.en;
  function count(n) {
    var digits = String(n);
    return digits.length < style.groupFrom ? digits : digits.replace(/\\B(?=(\\d{3})+(?!\\d))/g, style.thousands);
  }
  var blocks = document.querySelectorAll('ul.themes[data-list]');
  Array.prototype.forEach.call(blocks, function (themes) {
    var list = document.getElementById(themes.dataset.list);
    if (!list) return;
    var status = document.getElementById(themes.dataset.status);
    var hint = document.getElementById(themes.dataset.hint);
    if (hint) hint.hidden = false;
    var comments = Array.prototype.slice.call(list.children);
    var buttons = [];
    Array.prototype.forEach.call(themes.querySelectorAll('li[data-theme]'), function (li) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'theme';
      button.setAttribute('aria-pressed', 'false');
      button.setAttribute('aria-controls', list.id);
      while (li.firstChild) button.appendChild(li.firstChild);
      li.appendChild(button);
      buttons.push(button);
      button.addEventListener('click', function () {
        var on = button.getAttribute('aria-pressed') !== 'true';
        var shown = 0;
        buttons.forEach(function (b) { b.setAttribute('aria-pressed', 'false'); });
        if (on) button.setAttribute('aria-pressed', 'true');
        comments.forEach(function (c) {
          var show = !on || (' ' + (c.dataset.themes || '') + ' ').indexOf(' ' + li.dataset.theme + ' ') >= 0;
          c.hidden = !show;
          // A comment written by several respondents counts each, as the bars do.
          if (show) shown += Number(c.dataset.count || 1);
        });
        if (status) status.textContent = (on ? themes.dataset.filtered : themes.dataset.unfiltered).replace('{n}', count(shown)).replace('{term}', li.dataset.term || '');
      });
    });
  });
})();`;
