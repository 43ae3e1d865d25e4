/* Progressive enhancement only: every page works without this file. */
(function () {
  'use strict';
  // htmx sends the CSRF token from the cookie on every non-GET request.
  document.addEventListener('htmx:configRequest', function (e) {
    var m = document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]+)/);
    if (m) { e.detail.headers['X-XSRF-TOKEN'] = decodeURIComponent(m[1]); }
  });
  // Buttons marked data-confirm ask before sending a state-changing form.
  document.addEventListener('submit', function (e) {
    var btn = e.submitter;
    var msg = (btn && btn.getAttribute('data-confirm')) || e.target.getAttribute('data-confirm');
    if (msg && !window.confirm(msg)) { e.preventDefault(); }
  });
  // Copy buttons (dossier codes).
  document.addEventListener('click', function (e) {
    var btn = e.target.closest('[data-copy]');
    if (!btn || !navigator.clipboard) { return; }
    navigator.clipboard.writeText(btn.getAttribute('data-copy')).then(function () {
      var done = btn.getAttribute('data-copied');
      if (done) { btn.textContent = done; }
    });
  });
})();
