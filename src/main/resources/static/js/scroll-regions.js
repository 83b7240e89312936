/*
 * A box that scrolls (a wide table in its card, a long list, a code block) can be scrolled with the keyboard only
 * when it can take the focus: every scrolling box with nothing focusable inside gets tabindex="0" (WCAG 2.1.1;
 * axe-core's scrollable-region-focusable). Checked on load, after htmx swaps content in, and when the window is
 * resized (a table scrolls at 390 px that fits at 1366 px).
 */
(function () {
  'use strict';
  var SELECTOR = '.table-responsive, pre, .signatory-list, [data-scrolls]';
  var FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"]), summary';

  function mark() {
    Array.prototype.forEach.call(document.querySelectorAll(SELECTOR), function (box) {
      var scrolls = box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1;
      if (scrolls && !box.hasAttribute('tabindex') && !box.querySelector(FOCUSABLE)) {
        box.setAttribute('tabindex', '0');
        box.setAttribute('data-scroll-focus', 'added');
      } else if (!scrolls && box.getAttribute('data-scroll-focus') === 'added') {
        box.removeAttribute('tabindex');
        box.removeAttribute('data-scroll-focus');
      }
    });
  }

  var pending = null;
  function later() {
    window.clearTimeout(pending);
    pending = window.setTimeout(mark, 150);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', mark);
  } else {
    mark();
  }
  window.addEventListener('load', mark);
  window.addEventListener('resize', later);
  document.addEventListener('htmx:afterSettle', later);
}());
