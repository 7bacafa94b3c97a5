// The study page's behaviour. Everything is wired by event delegation on the document, and
// one popover element is reused for every word, so a page with tens of thousands of words
// costs nothing per word. A glossed word is a button; any other word is plain text, found
// when it is clicked or reached by the word cursor (words.js finds it and its readings) and
// shown with a CSS highlight. Word states are states.js's; the reading options live in
// localStorage too (shared by every page of a site opened from the same place); without
// storage the page still works, it forgets.
(function () {
  "use strict";
  var root = document.documentElement;
  var PREFS = "reader.prefs.v1";
  var words = window.reader.words;
  var states = window.reader.states;
  var plainLemma = words.plainLemma;

  var pop = document.getElementById("pop");
  var popBody = pop.querySelector(".pop-body");
  var popForm = pop.querySelector(".pop-form");
  var popWord = pop.querySelector(".pop-word");
  var popGrammar = pop.querySelector(".pop-grammar");
  var popOther = pop.querySelector(".pop-other");
  var popReadings = pop.querySelector(".pop-readings");
  var popKnown = pop.querySelector(".pop-known");
  var popStress = pop.querySelector(".pop-stress");
  var popStresses = pop.querySelector(".pop-stresses");
  var popLearning = pop.querySelector(".pop-learning");
  var help = document.getElementById("keys");
  var status = document.querySelector(".status");
  var units = document.querySelectorAll(".unit");
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
  // The open word, and the word cursor: {text, index, button} (see wordTarget).
  var opened = null;
  var cursor = null;
  var currentUnit = -1; // index into `units` of the sentence j/k or the cursor last moved to
  // The CSS Custom Highlight API marks a plain word without touching the text's markup.
  var highlights = typeof CSS !== "undefined" && CSS.highlights && typeof Highlight === "function";
  if (highlights) {
    // Added here, not in page.css: the HTML checker's CSS grammar does not know ::highlight.
    var sheet = document.querySelector("style").sheet;
    sheet.insertRule("::highlight(reader-open) { background-color: var(--mark-hover); }", sheet.cssRules.length);
    sheet.insertRule("::highlight(reader-cursor) { background-color: var(--cursor); }", sheet.cssRules.length);
    sheet.insertRule("::highlight(reader-learning) { background-color: var(--learning); }", 0);
  }

  function say(message) {
    if (status) status.textContent = message;
  }

  // Reading options ------------------------------------------------------------------------

  var prefs = states.load(PREFS, {});
  if (typeof prefs !== "object" || prefs === null) prefs = {};

  function setPref(name, value) {
    prefs[name] = value;
    states.save(PREFS, prefs);
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
    root.classList.toggle("show-glossed", prefs.showGlossed === true);
    pressed("show-en", prefs.hideEn !== true);
    pressed("hide-en", prefs.hideEn === true);
    pressed("columns", prefs.columns === true);
    pressed("stress", prefs.stress !== false);
    pressed("glossed", prefs.showGlossed === true);
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

  function showStateButtons(key) {
    var state = states.stateOf(key);
    popKnown.setAttribute("aria-pressed", state === "known" ? "true" : "false");
    popKnown.textContent = state === "known" ? "Known ✓ (undo)" : "I know this word";
    popLearning.setAttribute("aria-pressed", state === "learning" ? "true" : "false");
  }

  // new -> learning -> known -> new: the popover's buttons set a state, Space or a second tap
  // on the open word steps through them.
  function cycle(key) {
    var next = { new: "learning", learning: "known", known: "new" }[states.stateOf(key)];
    states.setState(key, next);
    say(opened ? opened.label + ": " + next : next);
  }

  // Word highlights: the open word and the cursor, each a CSS highlight (or, without the
  // API, the cursor is the selection).
  function mark(name, target) {
    if (highlights) {
      if (target && target.range) CSS.highlights.set(name, new Highlight(target.range));
      else CSS.highlights.delete(name);
    } else if (name === "reader-cursor") {
      var selection = window.getSelection();
      selection.removeAllRanges();
      if (target && target.range) selection.addRange(target.range);
    }
  }

  // The word popover -----------------------------------------------------------------------

  function itemOf(button) {
    return document.getElementById("v" + button.getAttribute("data-v"));
  }

  function openWord(target, byKeyboard) {
    var readings = target.readings;
    var item = target.button ? itemOf(target.button) : null;
    if (!item && !readings.length) return false;
    if (opened) unmark(opened); // the popover moves to the new word without closing
    var head;
    var grammar;
    if (item) {
      popBody.replaceChildren(item.querySelector(".entry").cloneNode(true));
      popWord.replaceChildren.apply(popWord, cloneAll(target.button.childNodes));
      var number = target.button.getAttribute("data-g");
      grammar = number === null ? "" : grammars[Number(number)].textContent;
      target.key = item.getAttribute("data-key");
      head = item.querySelector(".entry-head .hw").textContent;
    } else {
      popBody.replaceChildren(plainEntry(readings[0]));
      popWord.replaceChildren(target.range.cloneContents());
      grammar = readings[0].grammar;
      target.key = plainLemma(readings[0].lemma);
      head = readings[0].lemma;
    }
    target.label = plainLemma(head);
    popGrammar.textContent = grammar;
    popForm.classList.toggle("bare", !grammar);
    // A form whose stress depends on a reading the sentence leaves open: each stress, with
    // its grammar (the text shows no mark for it).
    var stressNumber = target.button ? target.button.getAttribute("data-s") : target.stress;
    var stressed = stressNumber == null ? null : stresses[Number(stressNumber)];
    popStresses.replaceChildren.apply(popStresses, stressed ? cloneAll(stressed.childNodes) : []);
    popStress.hidden = !stressed;
    // The form line says something only when it has grammar or differs from the headword.
    popForm.hidden = !grammar && plainLemma(popWord.textContent).toLowerCase() === target.label;
    // A glossed word: the readings of lemmas other than its entry's (none for a phrase, whose
    // readings would be its first word's); a plain word: every reading after the first, which
    // the entry line shows.
    var others = readings.slice(1);
    if (item) {
      others = readings.filter(function (reading) {
        return target.key.indexOf(" ") < 0 && plainLemma(reading.lemma) !== target.key;
      });
    }
    showOtherReadings(others);
    pop.setAttribute("aria-label", head);
    opened = target;
    showStateButtons(target.key);
    if (!topLayer) pop.hidden = false;
    else if (!pop.matches(":popover-open")) pop.showPopover();
    place(target);
    if (target.button) {
      target.button.setAttribute("aria-expanded", "true");
    } else {
      // The tint a frame after the popover: painting a highlight costs that frame several ms
      // on a long page, and the popover is what the reader waits for.
      afterNextFrame(function () {
        if (opened === target) mark("reader-open", target);
      });
    }
    // From the keyboard (or a screen reader) the focus moves into the popover; a click or a
    // tap leaves it where it was, which spares a focus change on a page of thousands of words.
    if (byKeyboard) pop.focus({ preventScroll: true });
    return true;
  }

  function afterNextFrame(callback) {
    requestAnimationFrame(function () {
      setTimeout(callback, 0);
    });
  }

  function plainEntry(reading) {
    var entry = element("div", "entry");
    var line = element("p", "entry-head");
    line.append(headword(reading.lemma));
    if (reading.pos) line.append(" ", element("span", "pos", reading.pos));
    entry.append(line, element("p", "pop-none", "no note yet"));
    return entry;
  }

  function showOtherReadings(list) {
    popReadings.replaceChildren.apply(
      popReadings,
      list.map(function (reading) {
        var line = element("li", "");
        line.append(headword(reading.lemma));
        if (reading.pos) line.append(" ", element("span", "pos", reading.pos));
        if (reading.grammar) line.append(" " + reading.grammar);
        return line;
      })
    );
    popOther.hidden = list.length === 0;
  }

  // A dictionary form as the page writes one: each stress mark in an <r-s> element, as
  // units.py writes them, so that the Stress marks switch hides it.
  function headword(lemma) {
    var made = element("span", "hw");
    made.lang = "uk";
    lemma.split(/([\u0300\u0301])/).forEach(function (part, n) {
      if (n % 2) made.append(element("r-s", "", part));
      else if (part) made.append(part);
    });
    return made;
  }

  function element(name, className, text) {
    var made = document.createElement(name);
    if (className) made.className = className;
    if (text) made.textContent = text;
    return made;
  }

  function cloneAll(nodes) {
    var copies = [];
    for (var i = 0; i < nodes.length; i++) copies.push(nodes[i].cloneNode(true));
    return copies;
  }

  function boxOf(target) {
    return (target.button || target.range).getBoundingClientRect();
  }

  function place(target) {
    // One read (the word's box and the popover's size, laid out together), then one write:
    // `translate` moves the popover without laying anything out again.
    var box = boxOf(target);
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
    if (!opened) return;
    if (topLayer) pop.hidePopover();
    else pop.hidden = true;
    var target = opened;
    opened = null;
    unmark(target);
    if (!returnFocus) return;
    if (target.button) target.button.focus();
    else focusUnit(target.text.closest(".unit"));
  }

  function unmark(target) {
    if (target.button) target.button.setAttribute("aria-expanded", "false");
    else mark("reader-open", null);
  }

  function sameWord(a, b) {
    return a && b && (a.button ? a.button === b.button : a.text === b.text && a.index === b.index);
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
    popLearning.parentNode.insertBefore(listenWord, popLearning);
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
      else if (event.target === listenWord && opened) speak(popWord.textContent);
    });
    synth.addEventListener("voiceschanged", offerListening);
    offerListening();
  }

  // Sentences, the word cursor, keys and clicks --------------------------------------------

  function focusUnit(unit) {
    unit.tabIndex = -1;
    unit.focus({ preventScroll: true });
  }

  function markCurrent(to) {
    if (currentUnit >= 0) units[currentUnit].classList.remove("current");
    currentUnit = to;
    units[to].classList.add("current");
  }

  function move(step) {
    if (!units.length) return;
    var from = currentUnit;
    var focused = document.activeElement && document.activeElement.closest(".unit");
    if (focused) from = Array.prototype.indexOf.call(units, focused);
    var to = from < 0 ? 0 : Math.max(0, Math.min(units.length - 1, from + step));
    markCurrent(to);
    setCursor(null);
    focusUnit(units[to]);
    units[to].scrollIntoView({ block: "nearest" });
  }

  // The sentence the cursor works in: the focused one, else the one j/k marked, else the
  // first one near the top of the screen.
  function cursorUnit() {
    var focused = document.activeElement && document.activeElement.closest(".unit");
    if (focused) return focused;
    if (opened && opened.text) return opened.text.closest(".unit");
    if (currentUnit >= 0) return units[currentUnit];
    var reading = document.querySelector(".reading");
    if (!reading) return units[0] || null;
    var box = reading.getBoundingClientRect();
    for (var y = 80; y < window.innerHeight; y += 40) {
      var hit = document.elementFromPoint(box.left + 20, y);
      var unit = hit && hit.closest(".unit");
      if (unit) return unit;
    }
    return units[0] || null;
  }

  function setCursor(target) {
    cursor = target;
    mark("reader-cursor", target);
  }

  function moveWord(step) {
    var unit = cursorUnit();
    var text = unit && unit.querySelector(".uk, h1");
    if (!text) return;
    var found = words.wordsOf(text);
    if (!found.spans.length) return;
    // From the cursor, else the open word, else the focused glossed word; else from an end.
    var from = focusedWord(text);
    if (opened && opened.text === text && opened.index >= 0) from = opened.index;
    if (cursor && cursor.text === text) from = cursor.index;
    var last = found.spans.length - 1;
    var index = from < 0 ? (step > 0 ? 0 : last) : Math.max(0, Math.min(last, from + step));
    var wasOpen = opened !== null;
    var target = words.wordTarget(text, index);
    setCursor(target);
    markCurrent(Array.prototype.indexOf.call(units, unit));
    if (wasOpen) {
      if (!openWord(target, true)) closeWord(false);
    } else {
      focusUnit(unit);
    }
    say(target.range.toString());
  }

  // The index of the glossed word of `text` that has the focus (Tab), or -1.
  function focusedWord(text) {
    var focused = document.activeElement;
    if (!focused || !focused.matches("button.w") || !text.contains(focused)) return -1;
    return words.buttonTarget(focused).index;
  }

  function openCursor() {
    if (!cursor) return false;
    if (sameWord(opened, cursor)) return true;
    return openWord(cursor.button ? words.buttonTarget(cursor.button) : cursor, true);
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
    glossed: function () {
      setPref("showGlossed", prefs.showGlossed !== true);
    },
    "export-known": states.exportStates,
    "rest-known": states.markRestKnown,
    "undo-rest": states.undoMarkRest,
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
      if (opened) states.setState(opened.key, states.stateOf(opened.key) === "known" ? "new" : "known");
    },
    learning: function () {
      var key = opened && opened.key;
      if (key) states.setState(key, states.stateOf(key) === "learning" ? "new" : "learning");
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
    ArrowRight: function () {
      moveWord(1);
    },
    ArrowLeft: function () {
      moveWord(-1);
    },
  };

  document.addEventListener("click", function (event) {
    var target = event.target;
    var word = target.closest("button.w");
    if (word) {
      if (opened && opened.button === word) cycleOrClose(event);
      else openWord(words.buttonTarget(word), event.detail === 0);
      return;
    }
    var action = target.closest("[data-action]");
    if (action && actions[action.getAttribute("data-action")]) {
      actions[action.getAttribute("data-action")]();
      return;
    }
    if (target.closest(".speak")) return; // a sentence's listen button (above) opens nothing
    var hidden = target.closest(".reveal");
    if (hidden) {
      var unit = hidden.closest(".unit");
      unit.classList.add("open");
      var english = unit.querySelector(".en");
      english.tabIndex = -1;
      english.focus();
      return;
    }
    var text = target.closest(".unit .uk, .unit h1");
    // A click that ends a drag over the text selects it: that opens nothing.
    var selecting = text && !window.getSelection().isCollapsed;
    var index = text && !selecting ? words.wordAt(text, event.clientX, event.clientY) : -1;
    if (index >= 0) {
      var plain = words.wordTarget(text, index);
      if (sameWord(opened, plain)) cycleOrClose(event);
      else if (openWord(plain, false)) return;
      else closeWord(false);
      return;
    }
    if (opened && !pop.contains(target)) closeWord(false);
  });

  // A second click on the open word closes it; a second tap (touch) steps its state.
  function cycleOrClose(event) {
    if (event.pointerType === "touch") cycle(opened.key);
    else closeWord(false);
  }

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && opened) {
      event.preventDefault();
      closeWord(true);
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || help.open) return;
    var target = event.target;
    if (target.closest && target.closest("input, textarea, select, [contenteditable]")) return;
    var inPopover = pop.contains(target);
    if (event.key === "Enter" && cursor && !inPopover && !target.closest("button, a, label")) {
      if (openCursor()) event.preventDefault();
      return;
    }
    if (event.key === " " && inPopover && opened && target === pop) {
      event.preventDefault();
      cycle(opened.key);
      return;
    }
    var handler = keys[event.key];
    if (!handler || (event.key === "t" && !document.querySelector(".en"))) return;
    if (event.key.indexOf("Arrow") === 0 && target.closest(".controls, dialog")) return;
    event.preventDefault();
    handler();
  });

  document.addEventListener("focusin", function (event) {
    // Tabbing away from the word and its popover closes it, so it never hides what is next.
    var target = event.target;
    if (!opened || pop.contains(target) || target === opened.button) return;
    if (!opened.button && opened.text.closest(".unit") === target) return;
    closeWord(false);
  });

  document.getElementById("import-known").addEventListener("change", function (event) {
    var file = event.target.files && event.target.files[0];
    if (file) states.importStates(file);
    event.target.value = "";
  });

  window.addEventListener("storage", function (event) {
    if (event.key === states.KNOWN || event.key === states.LEARNING) {
      states.refresh();
    } else if (event.key === PREFS) {
      prefs = states.load(PREFS, {});
      showPrefs();
    }
  });

  var placing = false;
  function follow() {
    // A fixed popover must follow its word when the page scrolls; once a frame is enough.
    if (!opened || placing) return;
    placing = true;
    requestAnimationFrame(function () {
      placing = false;
      if (opened) place(opened);
    });
  }
  window.addEventListener("resize", follow);
  if (topLayer) window.addEventListener("scroll", follow, { passive: true });

  showPrefs();
  // Plain words being learned: one CSS highlight over the parts of the text seen so far. A
  // part is looked through when it first comes near the screen, and the seen ones again when
  // a state changes; a page with no learning word looks at nothing.
  var learningMarks = highlights ? new Highlight() : null;
  var seen = [];
  function markLearning(scope) {
    var texts = scope.querySelectorAll(".uk, h1");
    for (var i = 0; i < texts.length; i++) {
      var found = words.wordsOf(texts[i]);
      for (var j = 0; j < found.spans.length; j++) {
        if (states.stateOf(words.keyOf(found, j)) !== "learning") continue;
        var range = words.rangeOf(found, j);
        if (!range.startContainer.parentElement.closest("button.w")) learningMarks.add(range);
      }
    }
  }
  function remarkLearning() {
    learningMarks.clear();
    if (!learningOnPage()) return;
    for (var i = 0; i < seen.length; i++) markLearning(seen[i]);
  }
  function learningOnPage() {
    return words.keys.some(function (key) {
      return states.stateOf(key) === "learning";
    });
  }

  states.start(say, function () {
    if (opened) showStateButtons(opened.key);
    if (learningMarks) remarkLearning();
  });
  if (learningMarks && typeof IntersectionObserver === "function") {
    CSS.highlights.set("reader-learning", learningMarks);
    var heading = document.querySelector(".unit.heading");
    if (heading) seen.push(heading);
    var parts = new IntersectionObserver(
      function (entries) {
        for (var i = 0; i < entries.length; i++) {
          if (!entries[i].isIntersecting) continue;
          seen.push(entries[i].target);
          parts.unobserve(entries[i].target);
          if (learningOnPage()) markLearning(entries[i].target);
        }
      },
      { rootMargin: "100% 0px" }
    );
    document.querySelectorAll(".part").forEach(function (part) {
      parts.observe(part);
    });
    remarkLearning();
  }
})();
