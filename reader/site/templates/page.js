// The study page's behaviour. Everything is wired by event delegation on the document, and
// one popover element is reused for every word, so a page with thousands of glossed words
// costs nothing per word. Choices and known words live in localStorage (shared by every page
// of a site opened from the same place); without storage the page still works, it forgets.
(function () {
  "use strict";
  var root = document.documentElement;
  var PREFS = "reader.prefs.v1";
  var KNOWN = "reader.known.v1";
  var EXPORT_FORMAT = "reader-known-words";

  var pop = document.getElementById("pop");
  var popBody = pop.querySelector(".pop-body");
  var popForm = pop.querySelector(".pop-form");
  var popWord = pop.querySelector(".pop-word");
  var popGrammar = pop.querySelector(".pop-grammar");
  var popKnown = pop.querySelector(".pop-known");
  var popStress = pop.querySelector(".pop-stress");
  var popStresses = pop.querySelector(".pop-stresses");
  var help = document.getElementById("keys");
  var status = document.querySelector(".status");
  var units = document.querySelectorAll(".unit");
  var items = document.querySelectorAll(".entries > li[data-id]");
  var grammars = document.getElementById("grammar").content.children;
  var stresses = document.getElementById("stresses").content.children;

  // Where the browser has the Popover API, the popover lives in the top layer: opening and
  // moving it never touches the layout of the (possibly huge) text. Elsewhere: `hidden`.
  var topLayer = typeof pop.showPopover === "function";
  if (topLayer) {
    pop.setAttribute("popover", "manual");
    pop.classList.add("top-layer");
    pop.hidden = false;
  }
  var openWordButton = null; // the word whose popover is open
  var currentUnit = -1; // index into `units` of the sentence j/k last moved to

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

  function say(message) {
    if (status) status.textContent = message;
  }

  // Reading options ------------------------------------------------------------------------

  var prefs = load(PREFS, {});
  if (typeof prefs !== "object" || prefs === null) prefs = {};

  function setPref(name, value) {
    prefs[name] = value;
    save(PREFS, prefs);
    showPrefs();
  }

  function pressed(action, value) {
    var button = document.querySelector('[data-action="' + action + '"]');
    if (button) button.setAttribute("aria-pressed", value ? "true" : "false");
  }

  function showPrefs() {
    root.classList.toggle("hide-en", prefs.hideEn === true);
    root.classList.toggle("columns", prefs.columns === true);
    root.classList.toggle("no-stress", prefs.stress === false);
    pressed("show-en", prefs.hideEn !== true);
    pressed("hide-en", prefs.hideEn === true);
    pressed("columns", prefs.columns === true);
    pressed("stress", prefs.stress !== false);
  }

  function hideTranslations(hide) {
    var open = document.querySelectorAll(".unit.open");
    for (var i = 0; i < open.length; i++) open[i].classList.remove("open");
    setPref("hideEn", hide);
  }

  function reveal(unit) {
    if (!unit || !root.classList.contains("hide-en")) return;
    var english = unit.querySelector(".en");
    if (!english) return;
    var hadFocus = unit.contains(document.activeElement);
    unit.classList.add("open");
    if (hadFocus) {
      english.tabIndex = -1;
      english.focus();
    }
  }

  // Known words ----------------------------------------------------------------------------

  var known = new Set();
  function readKnown() {
    var stored = load(KNOWN, []);
    known = new Set(Array.isArray(stored) ? stored.filter(isString) : []);
  }

  function isString(value) {
    return typeof value === "string";
  }

  function showKnown() {
    var count = 0;
    var numbers = new Set();
    for (var i = 0; i < items.length; i++) {
      var isKnown = known.has(items[i].getAttribute("data-id"));
      items[i].classList.toggle("known", isKnown);
      if (isKnown) {
        count++;
        numbers.add(items[i].id.slice(1));
      }
    }
    var words = document.querySelectorAll("button.w");
    for (var j = 0; j < words.length; j++) {
      words[j].classList.toggle("known", numbers.has(words[j].getAttribute("data-v")));
    }
    var counters = document.querySelectorAll(".known-count");
    for (var k = 0; k < counters.length; k++) counters[k].textContent = count + " of " + items.length;
    if (openWordButton) showKnownButton(itemOf(openWordButton));
  }

  function setKnown(item, isKnown) {
    var id = item.getAttribute("data-id");
    readKnown(); // another page may have changed the list since this one loaded
    if (isKnown) known.add(id);
    else known.delete(id);
    save(KNOWN, Array.from(known).sort());
    showKnown();
  }

  function showKnownButton(item) {
    var isKnown = known.has(item.getAttribute("data-id"));
    popKnown.setAttribute("aria-pressed", isKnown ? "true" : "false");
    popKnown.textContent = isKnown ? "Known ✓ (undo)" : "I know this word";
  }

  function exportKnown() {
    readKnown();
    var data = { format: EXPORT_FORMAT, version: 1, known: Array.from(known).sort() };
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
    say("Exported " + data.known.length + " known words.");
  }

  function importKnown(file) {
    file.text().then(function (content) {
      var data = JSON.parse(content);
      var ids = Array.isArray(data) ? data : data && data.format === EXPORT_FORMAT && data.known;
      if (!Array.isArray(ids)) throw new Error("not a known-words file");
      readKnown();
      var before = known.size;
      ids.filter(isString).forEach(function (id) {
        known.add(id);
      });
      save(KNOWN, Array.from(known).sort());
      showKnown();
      say("Imported " + (known.size - before) + " new known words.");
    }).catch(function () {
      say("That file is not a known-words export from reader; nothing was changed.");
    });
  }

  // The word popover -----------------------------------------------------------------------

  function itemOf(word) {
    return document.getElementById("v" + word.getAttribute("data-v"));
  }

  function openWord(word, byKeyboard) {
    var item = itemOf(word);
    if (!item) return;
    if (openWordButton) openWordButton.setAttribute("aria-expanded", "false");
    openWordButton = word;
    popBody.replaceChildren(item.querySelector(".entry").cloneNode(true));
    popWord.replaceChildren.apply(popWord, cloneAll(word.childNodes));
    var number = word.getAttribute("data-g");
    var grammar = number === null ? null : grammars[Number(number)];
    popGrammar.textContent = grammar ? grammar.textContent : "";
    popForm.classList.toggle("bare", !grammar);
    // A form whose stress depends on a reading the sentence leaves open: each stress, with
    // its grammar (the text shows no mark for it).
    var readings = word.getAttribute("data-s");
    var stressed = readings === null ? null : stresses[Number(readings)];
    popStresses.replaceChildren.apply(popStresses, stressed ? cloneAll(stressed.childNodes) : []);
    popStress.hidden = !stressed;
    // The form line says something only when it has grammar or differs from the headword.
    popForm.hidden = !grammar && plain(word.textContent) === plain(item.querySelector(".hw").textContent);
    pop.setAttribute("aria-label", item.querySelector(".entry-head .hw").textContent);
    showKnownButton(item);
    if (!topLayer) pop.hidden = false;
    else if (!pop.matches(":popover-open")) pop.showPopover();
    place(word);
    word.setAttribute("aria-expanded", "true");
    // From the keyboard (or a screen reader) the focus moves into the popover; a click or a
    // tap leaves it on the word, which spares a focus change on a page of thousands of words.
    if (byKeyboard) pop.focus({ preventScroll: true });
  }

  function plain(text) {
    return text.normalize("NFD").replace(/[\u0300\u0301]/g, "").toLowerCase();
  }

  function isOpen() {
    return openWordButton !== null;
  }

  function cloneAll(nodes) {
    var copies = [];
    for (var i = 0; i < nodes.length; i++) copies.push(nodes[i].cloneNode(true));
    return copies;
  }

  function place(word) {
    // One read (the word's box and the popover's size, laid out together), then one write:
    // `translate` moves the popover without laying anything out again.
    var box = word.getBoundingClientRect();
    var width = pop.offsetWidth;
    var height = pop.offsetHeight;
    var viewport = root.clientWidth;
    var left = Math.max(8, Math.min(box.left, viewport - width - 8));
    var top = box.bottom + 6;
    if (top + height > window.innerHeight - 8 && box.top - height - 6 > 8) top = box.top - height - 6;
    // In the top layer the popover is `position: fixed`; otherwise absolute in the page.
    if (!topLayer) {
      left += window.scrollX;
      top += window.scrollY;
    }
    pop.style.translate = Math.round(left) + "px " + Math.round(top) + "px";
  }

  function closeWord(returnFocus) {
    if (!isOpen()) return;
    if (topLayer) pop.hidePopover();
    else pop.hidden = true;
    var word = openWordButton;
    openWordButton = null;
    if (word) {
      word.setAttribute("aria-expanded", "false");
      if (returnFocus) word.focus();
    }
  }

  // Listening ------------------------------------------------------------------------------
  // The browser's own speech synthesis reads a sentence or the open word aloud, with a
  // Ukrainian voice; without one (or without speechSynthesis) no listen button is shown.
  // Voices may arrive after the page has loaded (`voiceschanged`). Nothing is downloaded.

  var synth = window.speechSynthesis;
  var voice = null;
  var listenWord = null; // the popover's button, made with the first Ukrainian voice

  function ukrainianVoice() {
    var voices = synth.getVoices() || [];
    for (var i = 0; i < voices.length; i++) {
      if (/^uk(-|_|$)/i.test(voices[i].lang)) return voices[i];
    }
    return null;
  }

  function offerListening() {
    voice = ukrainianVoice();
    root.classList.toggle("can-listen", voice !== null);
    if (voice && !listenWord) addListenButtons();
  }

  function addListenButtons() {
    var sentences = document.querySelectorAll(".unit .uk, .heading h1");
    for (var i = 0; i < sentences.length; i++) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "speak";
      button.setAttribute("aria-label", "Listen to this sentence");
      button.title = "Listen";
      sentences[i].appendChild(button);
    }
    listenWord = document.createElement("button");
    listenWord.type = "button";
    listenWord.className = "speak-word";
    listenWord.textContent = "Listen";
    pop.insertBefore(listenWord, popKnown);
  }

  function speak(text) {
    // Stress marks are for the eye: a voice may read them out or stumble on them.
    var utterance = new SpeechSynthesisUtterance(text.replace(/[\u0300\u0301]/g, "").trim());
    utterance.lang = voice.lang;
    utterance.voice = voice;
    synth.cancel(); // one voice at a time: a second click starts afresh
    synth.speak(utterance);
  }

  if (synth && typeof window.SpeechSynthesisUtterance === "function") {
    document.addEventListener("click", function (event) {
      if (!voice) return;
      var sentence = event.target.closest(".speak");
      if (sentence) speak(sentence.parentElement.textContent);
      else if (event.target === listenWord && openWordButton) speak(openWordButton.textContent);
    });
    synth.addEventListener("voiceschanged", offerListening);
    offerListening();
  }

  // Sentences, keys and clicks -------------------------------------------------------------

  function move(step) {
    if (!units.length) return;
    var from = currentUnit;
    var focused = document.activeElement && document.activeElement.closest(".unit");
    if (focused) from = Array.prototype.indexOf.call(units, focused);
    var to = from < 0 ? 0 : Math.max(0, Math.min(units.length - 1, from + step));
    if (currentUnit >= 0) units[currentUnit].classList.remove("current");
    currentUnit = to;
    var unit = units[to];
    unit.classList.add("current");
    unit.tabIndex = -1;
    unit.focus({ preventScroll: true });
    unit.scrollIntoView({ block: "nearest" });
  }

  var actions = {
    "show-en": function () {
      hideTranslations(false);
    },
    "hide-en": function () {
      hideTranslations(true);
    },
    columns: function () {
      setPref("columns", prefs.columns !== true);
    },
    stress: function () {
      setPref("stress", prefs.stress === false);
    },
    "export-known": exportKnown,
    help: function () {
      help.showModal();
    },
    "close-help": function () {
      help.close();
    },
    close: function () {
      closeWord(true);
    },
    known: function () {
      if (openWordButton) setKnown(itemOf(openWordButton), popKnown.getAttribute("aria-pressed") !== "true");
    },
  };

  var keys = {
    j: function () {
      move(1);
    },
    k: function () {
      move(-1);
    },
    t: function () {
      hideTranslations(!root.classList.contains("hide-en"));
    },
    r: function () {
      reveal(currentUnit >= 0 ? units[currentUnit] : null);
    },
    s: actions.stress,
    c: actions.columns,
    "?": actions.help,
  };

  document.addEventListener("click", function (event) {
    var target = event.target;
    var word = target.closest("button.w");
    if (word) {
      if (word === openWordButton) closeWord(false);
      else openWord(word, event.detail === 0);
      return;
    }
    var action = target.closest("[data-action]");
    if (action && actions[action.getAttribute("data-action")]) {
      actions[action.getAttribute("data-action")]();
      return;
    }
    var hidden = target.closest(".reveal");
    if (hidden) {
      var unit = hidden.closest(".unit");
      unit.classList.add("open");
      var english = unit.querySelector(".en");
      english.tabIndex = -1;
      english.focus();
      return;
    }
    if (isOpen() && !pop.contains(target)) closeWord(false);
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && isOpen()) {
      event.preventDefault();
      closeWord(true);
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || help.open) return;
    if (event.target.closest && event.target.closest("input, textarea, select, [contenteditable]")) return;
    var handler = keys[event.key];
    if (!handler || (event.key === "t" && !document.querySelector(".en"))) return;
    event.preventDefault();
    handler();
  });

  document.addEventListener("focusin", function (event) {
    // Tabbing away from the word and its popover closes it, so it never hides what is next.
    if (isOpen() && !pop.contains(event.target) && event.target !== openWordButton) {
      closeWord(false);
    }
  });

  document.getElementById("import-known").addEventListener("change", function (event) {
    var file = event.target.files && event.target.files[0];
    if (file) importKnown(file);
    event.target.value = "";
  });

  window.addEventListener("storage", function (event) {
    if (event.key === KNOWN) {
      readKnown();
      showKnown();
    } else if (event.key === PREFS) {
      prefs = load(PREFS, {});
      showPrefs();
    }
  });

  var placing = false;
  function follow() {
    // A fixed popover must follow its word when the page scrolls; once a frame is enough.
    if (!openWordButton || placing) return;
    placing = true;
    requestAnimationFrame(function () {
      placing = false;
      if (openWordButton) place(openWordButton);
    });
  }
  window.addEventListener("resize", follow);
  if (topLayer) window.addEventListener("scroll", follow, { passive: true });

  showPrefs();
  readKnown();
  showKnown();
})();
