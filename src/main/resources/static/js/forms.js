/*
 * Keeps what a user typed into a form when posting it needs a sign-in first (the session expired while they typed):
 * the server sends them to sign in and then back to the page the form was on (accounts/web/FormPageRequestCache);
 * this script saves the fields of every posted form in the tab's sessionStorage and, on a page reached straight
 * from the sign-in page, puts them back. The saved input lasts one hour and is used once.
 */
(function () {
  'use strict';
  var KEY = 'consortium.form-input';
  var MAX_AGE_MS = 60 * 60 * 1000;
  var SKIP = { _csrf: true };

  function read() {
    try {
      return JSON.parse(window.sessionStorage.getItem(KEY) || '{}');
    } catch (e) {
      return {};
    }
  }

  function write(saved) {
    try {
      window.sessionStorage.setItem(KEY, JSON.stringify(saved));
    } catch (e) {
      /* storage full or disabled: nothing is kept */
    }
  }

  function formKey(form) {
    return window.location.pathname + ' ' + (form.getAttribute('action') || '') + ' ' + (form.id || '');
  }

  function save(event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || (form.method || '').toLowerCase() !== 'post'
        || form.enctype === 'multipart/form-data' || /\/(login|logout)$/.test(form.getAttribute('action') || '')) {
      return;
    }
    var fields = [];
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || SKIP[el.name] || el.type === 'password' || el.type === 'file' || el.type === 'submit') {
        return;
      }
      if ((el.type === 'checkbox' || el.type === 'radio')) {
        fields.push({ name: el.name, value: el.value, checked: el.checked });
      } else {
        fields.push({ name: el.name, value: el.value });
      }
    });
    var saved = read();
    saved[formKey(form)] = { at: Date.now(), fields: fields };
    write(saved);
  }

  function restore() {
    var fromSignIn = false;
    try {
      fromSignIn = !!document.referrer && new URL(document.referrer).pathname.endsWith('/login');
    } catch (e) {
      fromSignIn = false;
    }
    var saved = read();
    var now = Date.now();
    var changed = false;
    Object.keys(saved).forEach(function (key) {
      if (!saved[key] || now - saved[key].at > MAX_AGE_MS) {
        delete saved[key];
        changed = true;
      }
    });
    if (fromSignIn) {
      Array.prototype.forEach.call(document.querySelectorAll('form'), function (form) {
        var entry = saved[formKey(form)];
        if (!entry) {
          return;
        }
        var seen = {};
        entry.fields.forEach(function (f) {
          var candidates = form.querySelectorAll('[name="' + CSS.escape(f.name) + '"]');
          if ('checked' in f) {
            Array.prototype.forEach.call(candidates, function (el) {
              if (el.value === f.value) {
                el.checked = !!f.checked;
              }
            });
            return;
          }
          var nth = seen[f.name] || 0;
          seen[f.name] = nth + 1;
          var el = candidates[nth];
          if (el) {
            el.value = f.value;
          }
        });
        form.setAttribute('data-input-restored', 'true');
        delete saved[formKey(form)];
        changed = true;
      });
    }
    if (changed) {
      write(saved);
    }
  }

  document.addEventListener('submit', save, true);
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', restore);
  } else {
    restore();
  }
}());
