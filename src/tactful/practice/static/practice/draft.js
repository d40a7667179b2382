// Nothing typed is lost: the answer box is copied to this tab's sessionStorage as the candidate
// types, and put back if the page comes again without it (a server error, a lost connection,
// a reload). The copy goes when that answer's feedback page has loaded, when "Delete my data"
// has run, and with the tab itself.
(function () {
  "use strict";
  var PREFIX = "tactful-draft:";
  var store;
  try { store = window.sessionStorage; } catch (e) { return; }  // storage switched off
  document.querySelectorAll("[data-draft-saved]").forEach(function (el) {
    store.removeItem(PREFIX + el.getAttribute("data-draft-saved"));
  });
  if (document.querySelector("[data-draft-forget-all]")) {
    Object.keys(store).forEach(function (key) { if (key.indexOf(PREFIX) === 0) store.removeItem(key); });
  }
  var form = document.querySelector("form[data-draft]");
  var box = form && form.querySelector("textarea");
  if (!box) return;
  var key = PREFIX + form.getAttribute("data-draft");
  var saved = store.getItem(key);
  if (saved && saved.trim() && saved !== box.value) {
    box.value = saved;
    var note = document.getElementById("draft-restored");
    if (note) note.hidden = false;
  }
  function keep() { store.setItem(key, box.value); }
  box.addEventListener("input", keep);
  // Text typed before this deferred script ran never fired "input" here: keep it on sending too.
  form.addEventListener("submit", keep);
})();
