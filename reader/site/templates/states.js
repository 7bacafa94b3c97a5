// Word states (loaded before page.js): every word is new, learning or known, by lemma key,
// in localStorage shared by every page of a site: `reader.known.v1` and `reader.learning.v1`,
// sorted lists of keys. Earlier versions kept known words as entry ids in `reader.known.v1`;
// a page turns those of its entries into keys. Also the known-words file and "Mark the rest
// known". Without storage the states hold until the page is closed.
(function () {
  "use strict";
  var KNOWN = "reader.known.v1"; // lemma keys (and entry ids saved by earlier versions)
  var LEARNING = "reader.learning.v1"; // lemma keys
  var EXPORT_FORMAT = "reader-known-words";
  var items = document.querySelectorAll(".entries > li[data-id]");
  var undoRest = document.querySelector('[data-action="undo-rest"]');
  var keys = window.reader.words.keys;
  var lastMarked = []; // the keys "Mark the rest known" changed, for its undo
  var say = function () {};
  var changed = function () {};

  function load(key, fallback) {
    try {
      var value = localStorage.getItem(key);
      return value ? JSON.parse(value) : fallback;
    } catch (error) {
      return fallback;
    }
  }

  function save(key, value) {
    try {
      localStorage.setItem(key, JSON.stringify(value));
    } catch (error) {
      // Storage full or disabled: the choice holds until the page is closed.
    }
  }

  var known = new Set();
  var learning = new Set();

  function readStates() {
    known = new Set(strings(load(KNOWN, [])));
    learning = new Set(strings(load(LEARNING, [])));
    if (fromEntryIds()) saveStates();
  }

  function strings(value) {
    return Array.isArray(value) ? value.filter(isString) : [];
  }

  function isString(value) {
    return typeof value === "string";
  }

  // Earlier versions saved the ids of known glossary entries: each one this page uses becomes
  // its entry's key; the others wait for a page that uses them.
  function fromEntryIds() {
    var converted = false;
    for (var i = 0; i < items.length; i++) {
      var id = items[i].getAttribute("data-id");
      if (known.has(id)) {
        known.delete(id);
        known.add(items[i].getAttribute("data-key"));
        converted = true;
      }
    }
    return converted;
  }

  function saveStates() {
    save(KNOWN, Array.from(known).sort());
    save(LEARNING, Array.from(learning).sort());
  }

  function stateOf(key) {
    if (known.has(key)) return "known";
    return learning.has(key) ? "learning" : "new";
  }

  function setState(key, state) {
    readStates(); // another page may have changed the lists since this one loaded
    known.delete(key);
    learning.delete(key);
    if (state === "known") known.add(key);
    if (state === "learning") learning.add(key);
    saveStates();
    showStates();
  }

  function showStates() {
    var states = {}; // vocabulary number -> state
    for (var i = 0; i < items.length; i++) {
      var state = stateOf(items[i].getAttribute("data-key"));
      items[i].classList.toggle("known", state === "known");
      items[i].classList.toggle("learning", state === "learning");
      states[items[i].id.slice(1)] = state;
    }
    var words = document.querySelectorAll("button.w");
    for (var j = 0; j < words.length; j++) {
      var wordState = states[words[j].getAttribute("data-v")];
      words[j].classList.toggle("known", wordState === "known");
      words[j].classList.toggle("learning", wordState === "learning");
    }
    var count = 0;
    for (var k = 0; k < keys.length; k++) if (known.has(keys[k])) count++;
    var counters = document.querySelectorAll(".known-count");
    for (var n = 0; n < counters.length; n++) counters[n].textContent = count + " of " + keys.length;
    changed();
  }

  function markRestKnown() {
    readStates();
    lastMarked = keys.filter(function (key) {
      return stateOf(key) === "new";
    });
    lastMarked.forEach(function (key) {
      known.add(key);
    });
    saveStates();
    showStates();
    undoRest.hidden = lastMarked.length === 0;
    say("Marked " + lastMarked.length + " words known.");
  }

  function undoMarkRest() {
    readStates();
    lastMarked.forEach(function (key) {
      known.delete(key);
    });
    saveStates();
    showStates();
    say(lastMarked.length + " words are new again.");
    lastMarked = [];
    undoRest.hidden = true;
    document.querySelector('[data-action="rest-known"]').focus();
  }

  function exportStates() {
    readStates();
    var data = {
      format: EXPORT_FORMAT,
      version: 2,
      known: Array.from(known).sort(),
      learning: Array.from(learning).sort(),
    };
    var blob = new Blob([JSON.stringify(data, null, 2) + "\n"], { type: "application/json" });
    var url = URL.createObjectURL(blob);
    var link = document.createElement("a");
    link.href = url;
    link.download = "known-words.json";
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () {
      URL.revokeObjectURL(url);
    }, 10000);
    say("Exported " + data.known.length + " known and " + data.learning.length + " learning words.");
  }

  // Version 2 holds lemma keys in `known` and `learning`; version 1 (and a bare list) holds
  // entry ids, which become keys on the pages that use those entries.
  function importStates(file) {
    file.text().then(function (content) {
      var data = JSON.parse(content);
      var isExport = data && data.format === EXPORT_FORMAT && Array.isArray(data.known);
      if (!Array.isArray(data) && !isExport) throw new Error("not a known-words file");
      readStates();
      var before = known.size + learning.size;
      strings(isExport ? data.known : data).forEach(function (key) {
        learning.delete(key);
        known.add(key);
      });
      strings(isExport ? data.learning : []).forEach(function (key) {
        if (!known.has(key)) learning.add(key);
      });
      fromEntryIds();
      saveStates();
      showStates();
      say("Imported " + (known.size + learning.size - before) + " new words.");
    }).catch(function () {
      say("That file is not a known-words export from reader; nothing was changed.");
    });
  }

  window.reader.states = {
    // `tell` shows a message to the reader; `onChange` runs after every change of state.
    start: function (tell, onChange) {
      say = tell;
      changed = onChange;
      readStates();
      showStates();
    },
    refresh: function () {
      readStates();
      showStates();
    },
    KNOWN: KNOWN,
    LEARNING: LEARNING,
    load: load,
    save: save,
    stateOf: stateOf,
    setState: setState,
    exportStates: exportStates,
    importStates: importStates,
    markRestKnown: markRestKnown,
    undoMarkRest: undoMarkRest,
  };
})();
