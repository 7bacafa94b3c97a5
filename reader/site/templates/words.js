// The words of a sentence, for the popover and the word cursor (loaded before page.js). A
// plain word has no element: its words are found in the sentence's own text with WORD, the
// same expression as reader/site/words.py's, and each is matched by position with its
// reading set in the page's word table (the `words` data block, format in words.py).
(function () {
  "use strict";
  // Cyrillic letters and stress marks, joined by apostrophes and hyphens. Keep in step with
  // words.py's WORD.
  var WORD =
    /[\u0400-\u052f][\u0400-\u052f\u0300-\u036f]*(?:['’ʼ‘`´\-\u2010\u2011][\u0400-\u052f][\u0400-\u052f\u0300-\u036f]*)*/g;
  var table = JSON.parse(document.getElementById("words").textContent);

  function plainLemma(lemma) {
    return lemma.replace(/[\u0300\u0301]/g, "");
  }

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
    words.stresses = {}; // word index -> its stress readings' number (see words.py)
    (table.stresses[number] || []).forEach(function (pair) {
      words.stresses[pair[0]] = pair[1];
    });
    if (sets.length !== spans.length) words.sets = []; // not the text the table was made for
    found.set(text, words);
    return words;
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
      stress: words.sets.length && index in words.stresses ? words.stresses[index] : null,
    };
  }

  // The lemma key of the word's first reading ("" when the table has none for it).
  function keyOf(words, index) {
    var flat = table.readings[words.sets[index]];
    return flat && flat.length ? plainLemma(table.lemmas[flat[0]]) : "";
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

  window.reader = window.reader || {};
  window.reader.words = {
    // The page's lemma keys, each once: what the known count and "Mark the rest known" use.
    keys: Array.from(
      new Set(
        table.keys.map(function (number) {
          return plainLemma(table.lemmas[number]);
        })
      )
    ),
    plainLemma: plainLemma,
    wordsOf: wordsOf,
    wordAt: wordAt,
    wordTarget: wordTarget,
    keyOf: keyOf,
    rangeOf: rangeOf,
    buttonTarget: buttonTarget,
  };
})();
