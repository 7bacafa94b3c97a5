// The index: for each text, the share of its running words the learner knows, from the
// known words every page saves in localStorage (`reader.known.v1`: lemma keys, and entry
// ids saved by earlier versions) and each text's lemma keys with their counts (the `words`
// data block, see reader/site/words.py). Without storage or known words it shows nothing.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("words").textContent);
  var known;
  try {
    var stored = JSON.parse(localStorage.getItem("reader.known.v1") || "[]");
    known = new Set(Array.isArray(stored) ? stored : []);
  } catch (error) {
    return;
  }
  Object.keys(data.ids).forEach(function (id) {
    if (known.has(id)) known.add(data.keys[data.ids[id]]);
  });
  if (!known.size) return;
  var shares = document.querySelectorAll(".known-share[data-text]");
  for (var i = 0; i < shares.length; i++) {
    var pairs = data.texts[shares[i].getAttribute("data-text")] || [];
    var words = 0;
    var knownWords = 0;
    for (var j = 0; j < pairs.length; j += 2) {
      words += pairs[j + 1];
      if (known.has(data.keys[pairs[j]])) knownWords += pairs[j + 1];
    }
    if (!words) continue;
    shares[i].textContent = Math.round((100 * knownWords) / words) + "% known";
    shares[i].hidden = false;
  }
})();
