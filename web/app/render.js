// Builds the highlighted view of an article in one pass over sorted spans.
// User text only ever becomes DOM text nodes.
//
// Layers, outermost first: title and boilerplate blocks (0), quotations (1),
// mentions (2), speakers and cues not covered by a mention (3). Spans that
// cross instead of nesting are closed and reopened around the boundary, as a
// continuation element (data-cont), so the tree is always well formed.

import { isKnownType, typeLabel } from './labels.js';

function validSpan(s, length) {
  return s && Number.isFinite(s.start) && Number.isFinite(s.end) && s.start >= 0 && s.end > s.start && s.start < length;
}

/** The entity with this id (ids are indices today; a lookup keeps that an assumption). */
export function entityById(result, id) {
  if (id == null) return null;
  if (!result.entityIndex) {
    result.entityIndex = new Map();
    result.entities.forEach((e, i) => result.entityIndex.set(e && e.id != null ? e.id : i, e));
  }
  return result.entityIndex.get(id) || null;
}

/** Display name of a quote's speaker, or '' when unknown. */
export function speakerName(quote, result) {
  const sp = quote && quote.speaker;
  if (!sp) return '';
  const e = entityById(result, sp.entity);
  if (e && e.name) return e.name;
  return sp.text || '';
}

// How many spans to collect between two chances for the caller to pause.
const COLLECT_STEP = 1000;

/**
 * Collects the layered spans of a result. A generator that yields null now
 * and then, so that a caller drawing a long text can pause; returns the spans.
 */
function* collectSpans(text, result) {
  const length = text.length;
  const spans = [];
  const push = (s, level, make) => {
    if (!validSpan(s, length)) return;
    spans.push({ start: s.start, end: Math.min(s.end, length), level, make });
  };
  let lastPause = 0;
  const timeToPause = () => {
    if (spans.length - lastPause < COLLECT_STEP) return false;
    lastPause = spans.length;
    return true;
  };

  if (result.title) {
    push(result.title, 0, () => {
      const el = document.createElement('span');
      el.className = 'title';
      return el;
    });
  }
  // A run of blocks of one kind, with only white space between, shows its
  // label once.
  const blocks = result.boilerplate.filter((b) => validSpan(b, length)).sort((a, b) => a.start - b.start);
  for (const [i, b] of blocks.entries()) {
    const kind = String(b.kind || 'boilerplate');
    const prev = blocks[i - 1];
    const continues = prev && String(prev.kind || 'boilerplate') === kind && prev.end <= b.start &&
      !/\S/.test(text.slice(prev.end, b.start));
    push(b, 0, () => {
      const el = document.createElement('span');
      el.className = 'bp';
      el.dataset.kind = kind;
      if (continues) el.dataset.more = '';
      return el;
    });
    if (timeToPause()) yield null;
  }

  // Speakers and cues, keyed by range, so a mention with the same range can
  // carry the link instead of a separate element.
  const speakerOf = new Map();
  const cueOf = new Map();
  const key = (s) => `${s.start}:${s.end}`;
  const addLink = (map, s, qi) => {
    if (!validSpan(s, length)) return;
    const k = key(s);
    if (!map.has(k)) map.set(k, { span: s, quotes: [] });
    map.get(k).quotes.push(qi);
  };

  for (const [qi, q] of result.quotes.entries()) {
    addLink(speakerOf, q.speaker, qi);
    addLink(cueOf, q.cue, qi);
    const name = speakerName(q, result);
    push(q, 1, (cont) => {
      const el = document.createElement('span');
      el.className = 'q';
      el.dataset.quote = String(qi);
      el.dataset.kind = String(q.kind || 'direct');
      if (q.boilerplate) el.dataset.boilerplate = '';
      if (cont) {
        el.dataset.cont = '';
      } else {
        if (name) el.dataset.speakerName = name;
        else el.dataset.unattributed = '';
        el.dataset.focus = '';
      }
      return el;
    });
    if (timeToPause()) yield null;
  }

  const mentionRanges = new Set();
  for (const [mi, m] of result.mentions.entries()) {
    mentionRanges.add(key(m));
    const k = key(m);
    push(m, 2, (cont) => {
      const el = document.createElement('mark');
      el.className = 'm';
      el.dataset.type = isKnownType(m.type) ? m.type : 'MISC';
      el.dataset.mention = String(mi);
      if (m.entity != null) el.dataset.entity = String(m.entity);
      if (m.boilerplate) el.dataset.boilerplate = '';
      if (speakerOf.has(k)) el.dataset.speakerOf = speakerOf.get(k).quotes.join(' ');
      if (cueOf.has(k)) el.dataset.cueOf = cueOf.get(k).quotes.join(' ');
      if (cont) el.dataset.cont = '';
      else el.dataset.focus = '';
      return el;
    });
    if (timeToPause()) yield null;
  }

  for (const [k, link] of speakerOf) {
    if (mentionRanges.has(k)) continue;
    push(link.span, 3, () => {
      const el = document.createElement('span');
      el.className = 'spk';
      el.dataset.speakerOf = link.quotes.join(' ');
      return el;
    });
  }
  for (const [k, link] of cueOf) {
    if (mentionRanges.has(k)) continue;
    push(link.span, 3, () => {
      const el = document.createElement('span');
      el.className = 'cue';
      el.dataset.cueOf = link.quotes.join(' ');
      return el;
    });
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
    gap = any && m[0].indexOf('\n') !== m[0].lastIndexOf('\n');
  }
  if (pos < text.length) yield { start: pos, end: text.length, gap };
}

// How many items a sorting step handles before a chance to pause.
const SORT_STEP = 4096;

/**
 * Sorts `items` in place (stable, like Array.prototype.sort) as a bottom-up
 * merge sort that yields null every SORT_STEP items, so that sorting the
 * hundreds of thousands of spans of a 5 MB article never blocks input.
 */
function* sortPausing(items, compare) {
  for (let start = 0; start < items.length; start += SORT_STEP) {
    const run = items.slice(start, start + SORT_STEP).sort(compare);
    for (let i = 0; i < run.length; i++) items[start + i] = run[i];
    yield null;
  }
  let from = items;
  let to = new Array(items.length);
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
 * The view of `text` with the spans of `result`, node by node: one block
 * element per line, the newlines between them as text nodes, so that the
 * nodes' joined textContent is exactly `text`; and null now and then while
 * it prepares, a chance to pause. Fills `out` (focusables,
 * mentionEls, quoteEls) as it goes and sets `out.drawn` to the text offset
 * reached, so that a caller can draw a long text a slice at a time.
 */
function* viewNodes(text, result, out) {
  const spans = yield* collectSpans(text, result);
  yield* sortPausing(spans, (a, b) => a.start - b.start || b.end - a.end || a.level - b.level);

  // Spans that began in an earlier block and go on past its end.
  let carried = [];
  let next = 0;
  let pos = 0;

  for (const block of blocksOf(text)) {
    if (block.start > pos) yield document.createTextNode(text.slice(pos, block.start));
    const div = document.createElement('div');
    div.className = block.gap ? 'para gap' : 'para';
    div.dataset.start = String(block.start);

    // The pieces of spans inside this block, in order; `cont` marks a piece
    // that is not the start of its span.
    const pieces = [];
    const stillCarried = [];
    for (const span of carried) {
      if (span.end <= block.start) continue;
      pieces.push({ span, start: block.start, end: Math.min(span.end, block.end), cont: true });
      if (span.end > block.end) stillCarried.push(span);
    }
    while (next < spans.length && spans[next].start < block.end) {
      const span = spans[next++];
      if (span.end <= block.start) continue;
      const start = Math.max(span.start, block.start);
      pieces.push({ span, start, end: Math.min(span.end, block.end), cont: false });
      if (span.end > block.end) stillCarried.push(span);
    }
    carried = stillCarried;
    pieces.sort((a, b) => a.start - b.start || b.end - a.end || a.span.level - b.span.level);
    // Only the first piece rendered of a span is its start (a span may begin
    // in the newlines before this block).
    for (const piece of pieces) {
      if (piece.span.seen) piece.cont = true;
      piece.span.seen = true;
    }
    renderBlock(div, text, block, pieces, out);
    pos = block.end;
    out.drawn = pos;
    yield div;
  }
  if (pos < text.length) yield document.createTextNode(text.slice(pos));
  out.drawn = text.length;
}

const emptyOut = () => ({ focusables: [], mentionEls: new Map(), quoteEls: new Map(), drawn: 0 });

/** Renders the whole view at once into a DocumentFragment: {fragment, focusables, mentionEls, quoteEls}. */
export function buildView(text, result) {
  const out = emptyOut();
  const fragment = document.createDocumentFragment();
  for (const node of viewNodes(text, result, out)) if (node) fragment.appendChild(node);
  return { fragment, ...out };
}

/** Resolves in a task of its own: between two, the browser handles input. */
export const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Draws the view into `container` a slice of about `budgetMs` at a time,
 * yielding to the event loop between slices, so that a very long article
 * never blocks input. Each slice goes into a block of its own (a "chunk"):
 * the browser can then skip laying out and painting the chunks off screen,
 * which it could not do cheaply for tens of thousands of lines one by one.
 * `onProgress(fraction)` follows along; when `isStale()` turns true (a newer
 * drawing began) drawing stops and this resolves to null, else to
 * {focusables, mentionEls, quoteEls}.
 */
export async function drawView(container, text, result, { budgetMs = 8, onProgress = () => {}, isStale = () => false } = {}) {
  const out = emptyOut();
  container.replaceChildren();
  const nodes = viewNodes(text, result, out);
  for (;;) {
    const sliceEnd = performance.now() + budgetMs;
    const chunk = document.createElement('div');
    chunk.className = 'chunk';
    const from = out.drawn;
    let step = nodes.next();
    while (!step.done) {
      if (step.value) chunk.appendChild(step.value);
      if (performance.now() >= sliceEnd) break;
      step = nodes.next();
    }
    // Until it is first drawn, a chunk off screen is as tall as its text would roughly be.
    chunk.style.containIntrinsicSize = `auto ${Math.ceil((out.drawn - from) / 70) * 30}px`;
    if (chunk.firstChild) container.appendChild(chunk);
    if (step.done) return out;
    onProgress(out.drawn / Math.max(1, text.length));
    await nextTask();
    if (isStale()) return null;
  }
}
/** One pass over the sorted pieces of one block, with a stack of open elements. */
function renderBlock(root, text, block, pieces, out) {
  const stack = [];
  let pos = block.start;
  let next = 0;

  const top = () => (stack.length ? stack[stack.length - 1].el : root);
  const emit = (to) => {
    if (to > pos) {
      top().appendChild(document.createTextNode(text.slice(pos, to)));
      pos = to;
    }
  };
  const open = (piece, cont) => {
    const el = piece.span.make(cont);
    top().appendChild(el);
    stack.push({ piece, el });
    if (!cont) {
      if (el.dataset.mention !== undefined) out.mentionEls.set(Number(el.dataset.mention), el);
      if (el.dataset.quote !== undefined) out.quoteEls.set(Number(el.dataset.quote), el);
      if (el.dataset.focus !== undefined) {
        el.tabIndex = -1;
        out.focusables.push(el);
      }
    }
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
    const m = result.mentions[Number(el.dataset.mention)];
    if (m) {
      rows.push(['type', typeLabel(m.type), m.type]);
      const e = entityById(result, m.entity);
      if (e && e.name) rows.push(['Entity', e.name]);
      if (m.boilerplate) rows.push(['Note', 'In boilerplate']);
    }
    const q = el.closest('.q');
    if (q) describeQuote(rows, result.quotes[Number(q.dataset.quote)], result, labels, 'Inside');
  } else if (el.dataset.quote !== undefined) {
    describeQuote(rows, result.quotes[Number(el.dataset.quote)], result, labels, null);
  }
  return rows;
}

function describeQuote(rows, q, result, labels, prefix) {
  if (!q) return;
  const kind = labels[q.kind] || q.kind;
  rows.push(prefix ? [prefix, kind.toLowerCase()] : ['kind', kind]);
  const name = speakerName(q, result);
  rows.push(['Speaker', name || 'unknown', name ? '' : 'unknown']);
  if (q.cue && q.cue.text) rows.push(['Cue', q.cue.text]);
  if (q.boilerplate && !prefix) rows.push(['Note', 'In boilerplate']);
}
