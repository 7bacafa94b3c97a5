// The study page's behaviour. Everything is wired by event delegation on the document, and
// one popover element is reused for every word, so a page with tens of thousands of words
// costs nothing per word. A glossed word is a button; any other word is plain text, found
// when it is clicked (the caret position under the pointer) or reached by the word cursor,
// and its readings come from the page's word table (the `words` data block, see
// reader/site/words.py). Choices and word states live in localStorage (shared by every page
// of a site opened from the same place); without storage the page still works, it forgets.
(function () {
  "use strict";
  var root = document.documentElement;
  var PREFS = "reader.prefs.v1";
  var KNOWN = "reader.known.v1"; // lemma keys (and entry ids saved by earlier versions)
  var LEARNING = "reader.learning.v1"; // lemma keys
  var EXPORT_FORMAT = "reader-known-words";
  // An entry id, as earlier versions saved known words: `w-<transliteration>-<hash>`.
  var ENTRY_ID = /^w-[a-z0-9-]+$/;
  // A word as reader/site/words.py's WORD finds it: Cyrillic letters and stress marks,
  // joined by apostrophes and hyphens. Keep the two in step.
  var WORD =
    /[\u0400-\u052f][\u0400-\u052f\u0300-\u036f]*(?:['’ʼ‘`´\-\u2010\u2011][\u0400-\u052f][\u0400-\u052f\u0300-\u036f]*)*/g;

  var pop = document.getElementById("pop");
  var popBody = pop.querySelector(".pop-body");
  var popForm = pop.querySelector(".pop-form");
  var popWord = pop.querySelector(".pop-word");
  var popGrammar = pop.querySelector(".pop-grammar");
  var popOther = pop.querySelector(".pop-other");
  var popReadings = pop.querySelector(".pop-readings");
  var popKnown = pop.querySelector(".pop-known");
  var popLearning = pop.querySelector(".pop-learning");
  var help = document.getElementById("keys");
  var status = document.querySelector(".status");
  var undoRest = document.querySelector('[data-action="undo-rest"]');
  var units = document.querySelectorAll(".unit");
  var items = document.querySelectorAll(".entries > li[data-id]");
  var grammars = document.getElementById("grammar").content.children;
  var table = JSON.parse(document.getElementById("words").textContent);
  var pageKeys = Array.from(new Set(table.keys.map(lemmaKey)));

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
  var lastMarked = []; // the keys "Mark the rest known" changed, for its undo
  // The CSS Custom Highlight API marks a plain word without touching the text's markup.
  var highlights = typeof CSS !== "undefined" && CSS.highlights && typeof Highlight === "function";
  if (highlights) {
    // Added here, not in page.css: the HTML checker's CSS grammar does not know ::highlight.
    var sheet = document.querySelector("style").sheet;
    sheet.insertRule("::highlight(reader-open) { background-color: var(--mark-hover); }", sheet.cssRules.length);
    sheet.insertRule("::highlight(reader-cursor) { background-color: var(--cursor); }", sheet.cssRules.length);
  }

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

  function lemmaKey(number) {
    return plainLemma(table.lemmas[number]);
  }

  function plainLemma(lemma) {
    return lemma.replace(/[\u0300\u0301]/g, "");
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

  // Word states: new, learning, known, by lemma key -------------------------------------

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
    var changed = false;
    for (var i = 0; i < items.length; i++) {
      var id = items[i].getAttribute("data-id");
      if (known.has(id)) {
        known.delete(id);
        known.add(items[i].getAttribute("data-key"));
        changed = true;
      }
    }
    return changed;
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
    for (var k = 0; k < pageKeys.length; k++) if (known.has(pageKeys[k])) count++;
    var counters = document.querySelectorAll(".known-count");
    for (var n = 0; n < counters.length; n++) counters[n].textContent = count + " of " + pageKeys.length;
    if (opened) showStateButtons(opened.key);
  }

  function showStateButtons(key) {
    var state = stateOf(key);
    popKnown.setAttribute("aria-pressed", state === "known" ? "true" : "false");
    popKnown.textContent = state === "known" ? "Known ✓ (undo)" : "I know this word";
    popLearning.setAttribute("aria-pressed", state === "learning" ? "true" : "false");
  }

  // new -> learning -> known -> new: the popover's buttons set a state, Space or a second tap
  // on the open word steps through them.
  function cycle(key) {
    var next = { new: "learning", learning: "known", known: "new" }[stateOf(key)];
    setState(key, next);
    say(opened ? opened.label + ": " + next : next);
  }

  function markRestKnown() {
    readStates();
    lastMarked = pageKeys.filter(function (key) {
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

  // The words of a sentence ---------------------------------------------------------------

  var found = new WeakMap(); // a sentence's text element -> its words (see wordsOf)

  // The words of a sentence's text, in the order the word table lists them: the text's nodes
  // joined (a glossed word's button and a stress mark's span are only markup), then WORD.
  function wordsOf(text) {
    var cached = found.get(text);
    if (cached) return cached;
    var nodes = [];
    var starts = [];
    var all = "";
    var walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push(node);
      starts.push(all.length);
      all += node.data;
    }
    var spans = [];
    var match;
    WORD.lastIndex = 0;
    while ((match = WORD.exec(all))) spans.push([match.index, match.index + match[0].length]);
    var number = Number(text.closest(".unit").id.slice(1));
    var sets = table.units[number] || [];
    var words = { text: text, nodes: nodes, starts: starts, spans: spans, sets: sets };
    if (sets.length !== spans.length) words.sets = []; // not the text the table was made for
    found.set(text, words);
    return words;
  }

  function textOf(unit) {
    return unit.querySelector(".uk, h1");
  }

  function point(words, offset, isEnd) {
    // The text node holding `offset` (an end offset belongs to the node before it).
    var low = 0;
    var high = words.nodes.length - 1;
    while (low < high) {
      var middle = (low + high + 1) >> 1;
      var start = words.starts[middle];
      if (start < offset || (!isEnd && start === offset)) low = middle;
      else high = middle - 1;
    }
    return [words.nodes[low], offset - words.starts[low]];
  }

  function rangeOf(words, index) {
    var range = document.createRange();
    var start = point(words, words.spans[index][0], false);
    var end = point(words, words.spans[index][1], true);
    range.setStart(start[0], start[1]);
    range.setEnd(end[0], end[1]);
    return range;
  }

  function caretAt(x, y) {
    if (document.caretPositionFromPoint) {
      var position = document.caretPositionFromPoint(x, y);
      return position && [position.offsetNode, position.offset];
    }
    var range = document.caretRangeFromPoint && document.caretRangeFromPoint(x, y);
    return range && [range.startContainer, range.startOffset];
  }

  // The index of the word of `text` under the point, or -1.
  function wordAt(text, x, y) {
    var caret = caretAt(x, y);
    if (!caret || caret[0].nodeType !== 3 || !text.contains(caret[0])) return -1;
    var words = wordsOf(text);
    var node = words.nodes.indexOf(caret[0]);
    if (node < 0) return -1;
    var offset = words.starts[node] + caret[1];
    for (var i = 0; i < words.spans.length; i++) {
      if (words.spans[i][0] > offset) break;
      if (offset <= words.spans[i][1] && under(rangeOf(words, i), x, y)) return i;
    }
    return -1;
  }

  function under(range, x, y) {
    var boxes = range.getClientRects();
    for (var i = 0; i < boxes.length; i++) {
      var box = boxes[i];
      if (x >= box.left - 1 && x <= box.right + 1 && y >= box.top - 1 && y <= box.bottom + 1) return true;
    }
    return false;
  }

  // A word of a sentence, as the popover and the cursor need it.
  function wordTarget(text, index) {
    var words = wordsOf(text);
    var range = rangeOf(words, index);
    var start = range.startContainer.parentElement;
    return {
      text: text,
      index: index,
      range: range,
      button: start && start.closest("button.w"),
      readings: readingsOf(words.sets[index]),
    };
  }

  function readingsOf(number) {
    var flat = table.readings[number] || [];
    var readings = [];
    for (var i = 0; i < flat.length; i += 3) {
      readings.push({
        lemma: table.lemmas[flat[i]],
        pos: table.pos[flat[i + 1]],
        grammar: table.grammar[flat[i + 2]],
      });
    }
    return readings;
  }

  function buttonTarget(button) {
    var text = button.closest(".uk, h1");
    var words = text ? wordsOf(text) : null;
    var index = -1;
    if (words) {
      for (var i = 0; i < words.spans.length && index < 0; i++) {
        if (button.contains(point(words, words.spans[i][0], false)[0])) index = i;
      }
    }
    return {
      text: text,
      index: index,
      range: null,
      button: button,
      readings: index >= 0 ? readingsOf(words.sets[index]) : [],
    };
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
    // The form line says something only when it has grammar or differs from the headword.
    popForm.hidden = !grammar && plainLemma(popWord.textContent).toLowerCase() === target.label;
    // A glossed word: the readings of lemmas other than its entry's; a plain word: every
    // reading after the first, which the entry line shows.
    showOtherReadings(
      item
        ? readings.filter(function (reading) {
            return plainLemma(reading.lemma) !== target.key;
          })
        : readings.slice(1)
    );
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
    var lemma = element("span", "hw", reading.lemma);
    lemma.lang = "uk";
    line.append(lemma);
    if (reading.pos) line.append(" ", element("span", "pos", reading.pos));
    entry.append(line, element("p", "pop-none", "no note yet"));
    return entry;
  }

  function showOtherReadings(list) {
    popReadings.replaceChildren.apply(
      popReadings,
      list.map(function (reading) {
        var line = element("li", "");
        var lemma = element("span", "hw", reading.lemma);
        lemma.lang = "uk";
        line.append(lemma);
        if (reading.pos) line.append(" ", element("span", "pos", reading.pos));
        if (reading.grammar) line.append(" " + reading.grammar);
        return line;
      })
    );
    popOther.hidden = list.length === 0;
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
    var text = unit && textOf(unit);
    if (!text) return;
    var words = wordsOf(text);
    if (!words.spans.length) return;
    // From the cursor, else the open word, else the focused glossed word; else from an end.
    var from = focusedWord(text);
    if (opened && opened.text === text && opened.index >= 0) from = opened.index;
    if (cursor && cursor.text === text) from = cursor.index;
    var last = words.spans.length - 1;
    var index = from < 0 ? (step > 0 ? 0 : last) : Math.max(0, Math.min(last, from + step));
    var wasOpen = opened !== null;
    var target = wordTarget(text, index);
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
    return buttonTarget(focused).index;
  }

  function openCursor() {
    if (!cursor) return false;
    if (sameWord(opened, cursor)) return true;
    return openWord(cursor.button ? buttonTarget(cursor.button) : cursor, true);
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
    "export-known": exportStates,
    "rest-known": markRestKnown,
    "undo-rest": undoMarkRest,
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
      if (opened) setState(opened.key, stateOf(opened.key) === "known" ? "new" : "known");
    },
    learning: function () {
      if (opened) setState(opened.key, stateOf(opened.key) === "learning" ? "new" : "learning");
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
      else openWord(buttonTarget(word), event.detail === 0);
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
    var text = target.closest(".unit .uk, .unit h1");
    // A click that ends a drag over the text selects it: that opens nothing.
    var selecting = text && !window.getSelection().isCollapsed;
    var index = text && !selecting ? wordAt(text, event.clientX, event.clientY) : -1;
    if (index >= 0) {
      var plain = wordTarget(text, index);
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
    if (file) importStates(file);
    event.target.value = "";
  });

  window.addEventListener("storage", function (event) {
    if (event.key === KNOWN || event.key === LEARNING) {
      readStates();
      showStates();
    } else if (event.key === PREFS) {
      prefs = load(PREFS, {});
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
  readStates();
  showStates();
})();
