// Builds the highlighted view of an article in one pass over sorted spans.
// User text only ever becomes DOM text nodes.
//
// Layers, outermost first: title and boilerplate blocks (0), quotations (1),
// mentions (2), speakers and cues not covered by a mention (3). Spans that
// cross instead of nesting are closed and reopened around the boundary, as a
// continuation element (data-cont), so the tree is always well formed.
//
// A 5 MB article has some 100,000 spans and 400,000 nodes, and every garbage
// collection while it is drawn traces whatever JavaScript objects live on:
// with them, collections held up the page for 100-270 ms. So the spans are
// columns of typed arrays, the text nodes are made by the DOM from strings
// (append), which gives them no JavaScript wrapper, attributes are set
// without `dataset` (a map object per element), and no list of the
// highlights is kept: startElement finds one when it is needed.

import { isKnownType, typeLabel } from "../shared/labels.js";
import { speakerName, mentionRows, quoteRows } from "../shared/result.js";
import { asCompact } from "./compact.js";

function validSpan(s, length) {
  return s && Number.isFinite(s.start) && Number.isFinite(s.end) && validRange(s.start, s.end, length);
}

function validRange(start, end, length) {
  return start >= 0 && end > start && start < length;
}

/**
 * The element where a mention (`data-mention`) or a quotation
 * (`data-quote`) of this index starts in `container`, or null when it is
 * not drawn. A search of the DOM: fast enough for a click or a key press.
 */
export function startElement(container, attribute, index) {
  return container.querySelector(`[${attribute}="${Number(index)}"]:not([data-cont])`);
}

// What a span is, and its layer.
const TITLE = 0;
const BLOCK = 1;
const QUOTE = 2;
const MENTION = 3;
const SPEAKER = 4;
const CUE = 5;
const LAYER = [0, 0, 1, 2, 3, 3];

/**
 * The speakers (or cues) of the quotations, one link per range: a range
 * that is the speaker of several quotations links them all. Sorted by
 * range, so that a mention with the same range can carry the link instead
 * of a separate element.
 */
class Links {
  constructor(quotes, field, length) {
    this.starts = quotes.column(`${field}.start`);
    this.ends = quotes.column(`${field}.end`);
    const { starts, ends } = this;
    // Quotations with a link, by range; then where each range's run begins.
    this.owners = [];
    for (let qi = 0; qi < quotes.length; qi++) {
      if (validRange(starts[qi], ends[qi], length)) this.owners.push(qi);
    }
    this.owners.sort((a, b) => starts[a] - starts[b] || ends[a] - ends[b] || a - b);
    this.firsts = [];
    this.owners.forEach((qi, k) => {
      const prev = this.owners[k - 1];
      if (k === 0 || starts[prev] !== starts[qi] || ends[prev] !== ends[qi]) this.firsts.push(k);
    });
    // Links whose range a mention has: drawn by the mention.
    this.covered = new Uint8Array(this.firsts.length);
  }

  get length() {
    return this.firsts.length;
  }

  start(link) {
    return this.starts[this.owners[this.firsts[link]]];
  }

  end(link) {
    return this.ends[this.owners[this.firsts[link]]];
  }

  /** The link with this range, or -1 (a binary search). */
  find(start, end) {
    let low = 0;
    let high = this.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const order = this.start(middle) - start || this.end(middle) - end;
      if (order === 0) return middle;
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  /** The quotations of a link, as the attribute lists them: "3 7". */
  quotesOf(link) {
    return this.owners.slice(this.firsts[link], this.firsts[link + 1] ?? this.owners.length).join(" ");
  }
}

/**
 * The spans of a result to draw, in columns: offsets (the end clipped to the
 * text), what each is, and which item of its list (a mention's index...).
 * Makes the element of a span when it is drawn.
 */
class Spans {
  constructor(text, result) {
    this.text = text;
    this.result = result;
    const capacity = 1 + result.boilerplate.length + 3 * result.quotes.length + result.mentions.length;
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.item = new Int32Array(capacity);
    this.length = 0;
  }

  /**
   * Groups the speakers and the cues, and puts the boilerplate blocks in
   * text order (a run of one kind shows its label once). A generator that
   * yields null after each: for a long article each takes milliseconds.
   */
  *prepare() {
    const { result, text } = this;
    this.speakers = new Links(result.quotes, "speaker", text.length);
    yield null;
    this.cues = new Links(result.quotes, "cue", text.length);
    yield null;
    const { boilerplate } = result;
    const starts = boilerplate.column("start");
    const ends = boilerplate.column("end");
    this.blocks = [];
    for (let b = 0; b < boilerplate.length; b++) {
      if (validRange(starts[b], ends[b], text.length)) this.blocks.push(b);
    }
    this.blocks.sort((a, b) => starts[a] - starts[b]);
    yield null;
  }

  push(start, end, kind, item) {
    if (!validRange(start, end, this.text.length)) return;
    const i = this.length++;
    this.start[i] = start;
    this.end[i] = Math.min(end, this.text.length);
    this.kind[i] = kind;
    this.item[i] = item;
  }

  layer(span) {
    return LAYER[this.kind[span]];
  }

  /** Reading order: by start, the longer first, the outer layer first. */
  compare = (a, b) => this.start[a] - this.start[b] || this.end[b] - this.end[a] || this.layer(a) - this.layer(b);

  /** The element of a span; `cont`: a piece that is not its start. */
  element(span, cont) {
    const item = this.item[span];
    switch (this.kind[span]) {
      case TITLE:
        return make("span", "title");
      case BLOCK:
        return this.#block(item, cont);
      case QUOTE:
        return this.#quote(item, cont);
      case MENTION:
        return this.#mention(item, cont);
      case SPEAKER:
        return make("span", "spk", { "data-speaker-of": this.speakers.quotesOf(item) });
      default:
        return make("span", "cue", { "data-cue-of": this.cues.quotesOf(item) });
    }
  }

  /** A block of page clutter; its kind is shown where it starts (not on its further lines, `cont`). */
  #block(position, cont) {
    const { boilerplate } = this.result;
    const b = this.blocks[position];
    const prev = this.blocks[position - 1];
    const kind = String(boilerplate.get(b, "kind") || "boilerplate");
    const continues =
      prev !== undefined &&
      String(boilerplate.get(prev, "kind") || "boilerplate") === kind &&
      boilerplate.get(prev, "end") <= boilerplate.get(b, "start") &&
      !/\S/.test(this.text.slice(boilerplate.get(prev, "end"), boilerplate.get(b, "start")));
    return make("span", "bp", { "data-kind": kind, "data-more": continues ? "" : null, "data-cont": cont ? "" : null });
  }

  #quote(qi, cont) {
    const q = this.result.quotes.at(qi);
    const name = cont ? "" : speakerName(q, this.result);
    return make(
      "span",
      "q",
      {
        "data-quote": String(qi),
        "data-kind": String(q.kind || "direct"),
        "data-boilerplate": q.boilerplate ? "" : null,
        "data-cont": cont ? "" : null,
        "data-speaker-name": name || null,
        "data-unattributed": cont || name ? null : "",
      },
      !cont,
    );
  }

  #mention(mi, cont) {
    const m = this.result.mentions.at(mi);
    const speaker = this.speakers.find(m.start, m.end);
    const cue = this.cues.find(m.start, m.end);
    return make(
      "mark",
      "m",
      {
        "data-type": isKnownType(m.type) ? m.type : "MISC",
        "data-mention": String(mi),
        "data-entity": m.entity != null ? String(m.entity) : null,
        "data-boilerplate": m.boilerplate ? "" : null,
        "data-speaker-of": speaker >= 0 ? this.speakers.quotesOf(speaker) : null,
        "data-cue-of": cue >= 0 ? this.cues.quotesOf(cue) : null,
        "data-cont": cont ? "" : null,
      },
      !cont,
    );
  }
}

/**
 * An element with a class and the attributes that are not null; a
 * focusable one (the start of a mention or quotation) is marked data-focus
 * and reached by the arrow keys, not by Tab.
 */
function make(tag, className, attributes = {}, focusable = false) {
  const el = document.createElement(tag);
  el.className = className;
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null) el.setAttribute(name, value);
  }
  if (focusable) {
    el.setAttribute("data-focus", "");
    el.tabIndex = -1;
  }
  return el;
}

// How many spans to collect between two chances for the caller to pause.
const COLLECT_STEP = 1000;

/**
 * Collects the layered spans of a result. A generator that yields null now
 * and then, so that a caller drawing a long text can pause; returns the Spans.
 */
function* collectSpans(text, result) {
  const spans = new Spans(text, result);
  yield* spans.prepare();
  const { mentions, quotes } = result;
  let lastPause = 0;
  const timeToPause = () => {
    if (spans.length - lastPause < COLLECT_STEP) return false;
    lastPause = spans.length;
    return true;
  };

  if (validSpan(result.title, text.length)) spans.push(result.title.start, result.title.end, TITLE, 0);
  for (const [position, b] of spans.blocks.entries()) {
    spans.push(result.boilerplate.get(b, "start"), result.boilerplate.get(b, "end"), BLOCK, position);
    if (timeToPause()) yield null;
  }
  const quoteStarts = quotes.column("start");
  const quoteEnds = quotes.column("end");
  for (let qi = 0; qi < quotes.length; qi++) {
    spans.push(quoteStarts[qi], quoteEnds[qi], QUOTE, qi);
    if (timeToPause()) yield null;
  }
  const mentionStarts = mentions.column("start");
  const mentionEnds = mentions.column("end");
  for (let mi = 0; mi < mentions.length; mi++) {
    const [start, end] = [mentionStarts[mi], mentionEnds[mi]];
    for (const links of [spans.speakers, spans.cues]) {
      const link = links.find(start, end);
      if (link >= 0) links.covered[link] = 1;
    }
    spans.push(start, end, MENTION, mi);
    if (timeToPause()) yield null;
  }
  for (const [links, kind] of [
    [spans.speakers, SPEAKER],
    [spans.cues, CUE],
  ]) {
    for (let link = 0; link < links.length; link++) {
      if (!links.covered[link]) spans.push(links.start(link), links.end(link), kind, link);
    }
  }
  return spans;
}

/**
 * Splits `text` into lines: runs of newlines (with any blank lines in
 * between) separate them. Each line becomes a block of its own, so that the
 * browser lays out and paints only the blocks on screen (content-visibility);
 * a block after a blank line gets a gap, as the text shows it.
 */
function* blocksOf(text) {
  // Only what CSS collapses between blocks: a no-break space stays in its line.
  const sep = /[ \t\r]*\n(?:[ \t\r]*\n)*/g;
  let pos = 0;
  let gap = false;
  let any = false;
  for (const m of text.matchAll(sep)) {
    if (m.index > pos) {
      yield { start: pos, end: m.index, gap };
      any = true;
    }
    pos = m.index + m[0].length;
    gap = any && m[0].indexOf("\n") !== m[0].lastIndexOf("\n");
  }
  if (pos < text.length) yield { start: pos, end: text.length, gap };
}

// How many items a sorting step handles before a chance to pause.
const SORT_STEP = 4096;

/**
 * Sorts `items` (an array or a typed array) in place, stable like
 * Array.prototype.sort, as a bottom-up merge sort that yields null every
 * SORT_STEP items, so that sorting the hundreds of thousands of spans of a
 * 5 MB article never blocks input.
 */
function* sortPausing(items, compare) {
  for (let start = 0; start < items.length; start += SORT_STEP) {
    const run = items.slice(start, start + SORT_STEP).sort(compare);
    for (let i = 0; i < run.length; i++) items[start + i] = run[i];
    yield null;
  }
  let from = items;
  let to = new items.constructor(items.length);
  for (let width = SORT_STEP; width < items.length; width *= 2) {
    let done = 0;
    for (let left = 0; left < items.length; left += 2 * width) {
      const middle = Math.min(left + width, items.length);
      const right = Math.min(left + 2 * width, items.length);
      let i = left;
      let j = middle;
      for (let k = left; k < right; k++) {
        to[k] = j >= right || (i < middle && compare(from[i], from[j]) <= 0) ? from[i++] : from[j++];
        if (++done % SORT_STEP === 0) yield null;
      }
    }
    [from, to] = [to, from];
  }
  if (from !== items) for (let k = 0; k < items.length; k++) items[k] = from[k];
}

/**
 * The view of `text` with the spans of `result` (compact), node by node:
 * one block element per line, the newlines between them as strings (for
 * text nodes), so that the nodes' joined textContent is exactly `text`; and
 * null now and then while it prepares, a chance to pause. Sets
 * `progress.drawn` to the text offset reached, so that a caller can draw a
 * long text a slice at a time.
 */
function* viewNodes(text, result, progress) {
  const spans = yield* collectSpans(text, result);
  const order = new Int32Array(spans.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  yield* sortPausing(order, spans.compare);
  // Whether a span's first piece is drawn: the others are continuations.
  const seen = new Uint8Array(spans.length);

  // Spans that began in an earlier block and go on past its end.
  let carried = [];
  let next = 0;
  let pos = 0;

  for (const block of blocksOf(text)) {
    if (block.start > pos) yield text.slice(pos, block.start);
    const div = make("div", block.gap ? "para gap" : "para", { "data-start": String(block.start) });

    // The pieces of spans inside this block, in order; `cont` marks a piece
    // that is not the start of its span.
    const pieces = [];
    const stillCarried = [];
    const add = (span, start, cont) => {
      pieces.push({ span, start, end: Math.min(spans.end[span], block.end), cont });
      if (spans.end[span] > block.end) stillCarried.push(span);
    };
    for (const span of carried) {
      if (spans.end[span] > block.start) add(span, block.start, true);
    }
    while (next < order.length && spans.start[order[next]] < block.end) {
      const span = order[next++];
      if (spans.end[span] > block.start) add(span, Math.max(spans.start[span], block.start), false);
    }
    carried = stillCarried;
    pieces.sort((a, b) => a.start - b.start || b.end - a.end || spans.layer(a.span) - spans.layer(b.span));
    // Only the first piece rendered of a span is its start (a span may begin
    // in the newlines before this block).
    for (const piece of pieces) {
      if (seen[piece.span]) piece.cont = true;
      seen[piece.span] = 1;
    }
    // A line that is all page clutter can be hidden whole (style.css: hide-boilerplate).
    if (pieces.some((p) => spans.kind[p.span] === BLOCK && p.start <= block.start && p.end >= block.end)) {
      div.className += " clutter";
    }
    renderBlock(div, text, block, pieces, spans);
    pos = block.end;
    progress.drawn = pos;
    yield div;
  }
  if (pos < text.length) yield text.slice(pos);
  progress.drawn = text.length;
}

/**
 * Renders the whole view at once into a DocumentFragment: {fragment,
 * focusables}. `result` is compact or plain.
 */
export function buildView(text, result) {
  const fragment = document.createDocumentFragment();
  for (const node of viewNodes(text, asCompact(result, text), { drawn: 0 })) if (node) fragment.append(node);
  return { fragment, focusables: [...fragment.querySelectorAll("[data-focus]")] };
}

/** Resolves in a task of its own: between two, the browser handles input. */
export const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Runs a generator that yields now and then (collectSources...) to its end,
 * in slices of about `budgetMs` with a task of their own, and resolves to
 * what it returns. A short run takes no pause: it ends in the caller's task.
 */
export async function runSliced(steps, budgetMs = 8) {
  let sliceEnd = performance.now() + budgetMs;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() >= sliceEnd) {
      await nextTask();
      sliceEnd = performance.now() + budgetMs;
    }
  }
}

/**
 * Draws the view into `container` a slice of about `budgetMs` at a time,
 * yielding to the event loop between slices, so that a very long article
 * never blocks input. Each slice goes into a block of its own (a "chunk"):
 * the browser can then skip laying out and painting the chunks off screen,
 * which it could not do cheaply for tens of thousands of lines one by one.
 * `result` is compact or plain. `onProgress(fraction)` follows along; when
 * `isStale()` turns true (a newer drawing began) drawing stops and this
 * resolves to false, else to true.
 */
export async function drawView(
  container,
  text,
  result,
  { budgetMs = 8, onProgress = () => {}, isStale = () => false } = {},
) {
  const progress = { drawn: 0 };
  container.replaceChildren();
  const nodes = viewNodes(text, asCompact(result, text), progress);
  for (;;) {
    const sliceEnd = performance.now() + budgetMs;
    const chunk = make("div", "chunk");
    const from = progress.drawn;
    let step = nodes.next();
    while (!step.done) {
      if (step.value) chunk.append(step.value);
      if (performance.now() >= sliceEnd) break;
      step = nodes.next();
    }
    // Until it is first drawn, a chunk off screen is as tall as its text would roughly be.
    chunk.style.containIntrinsicSize = `auto ${Math.ceil((progress.drawn - from) / 70) * 30}px`;
    if (chunk.firstChild) container.appendChild(chunk);
    if (step.done) return true;
    onProgress(progress.drawn / Math.max(1, text.length));
    await nextTask();
    if (isStale()) return false;
  }
}

/** One pass over the sorted pieces of one block, with a stack of open elements. */
function renderBlock(root, text, block, pieces, spans) {
  const stack = [];
  let pos = block.start;
  let next = 0;

  const top = () => (stack.length ? stack[stack.length - 1].el : root);
  const emit = (to) => {
    if (to > pos) {
      top().append(text.slice(pos, to));
      pos = to;
    }
  };
  const open = (piece, cont) => {
    const el = spans.element(piece.span, cont);
    top().appendChild(el);
    stack.push({ piece, el });
  };

  while (next < pieces.length || stack.length) {
    const nextOpen = next < pieces.length ? pieces[next].start : Infinity;
    let nextClose = Infinity;
    for (const frame of stack) if (frame.piece.end < nextClose) nextClose = frame.piece.end;
    if (nextClose <= nextOpen) {
      emit(nextClose);
      // Close everything from the lowest element that ends here; reopen the
      // ones above it that go on, as continuations.
      const k = stack.findIndex((frame) => frame.piece.end <= nextClose);
      const popped = stack.splice(k);
      for (const frame of popped) if (frame.piece.end > nextClose) open(frame.piece, true);
    } else {
      emit(nextOpen);
      const piece = pieces[next++];
      open(piece, piece.cont);
    }
  }
  emit(block.end);
}

/** Fills `tip` (a cleared container) with the description of a highlight. */
export function describeHighlight(el, result, labels) {
  const rows = [];
  if (el.dataset.mention !== undefined) {
    const m = result.mentions.at(Number(el.dataset.mention));
    if (m) {
      rows.push(["type", typeLabel(m.type), m.type], ...mentionRows(m, result));
    }
    const q = el.closest(".q");
    if (q) describeQuote(rows, result.quotes.at(Number(q.dataset.quote)), result, labels, "Inside");
  } else if (el.dataset.quote !== undefined) {
    describeQuote(rows, result.quotes.at(Number(el.dataset.quote)), result, labels, null);
  }
  return rows;
}

function describeQuote(rows, q, result, labels, prefix) {
  if (!q) return;
  const kind = labels[q.kind] || q.kind;
  rows.push(
    prefix ? [prefix, kind.toLowerCase()] : ["kind", kind],
    ...quoteRows(q, result, { aroundMention: Boolean(prefix) }),
  );
}
