// Runs before the first paint: mark the page as scripted and apply the reader's remembered
// choices, so a page with hidden translations never flashes them.
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.add("js");
  try {
    var prefs = JSON.parse(localStorage.getItem("reader.prefs.v1") || "{}");
    root.classList.toggle("hide-en", prefs.hideEn === true);
    root.classList.toggle("columns", prefs.columns === true);
    root.classList.toggle("no-stress", prefs.stress === false);
  } catch (error) {
    // Storage may be disabled (private windows, strict settings): use the defaults.
  }
})();
