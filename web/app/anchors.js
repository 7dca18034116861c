// Anchors: where a correction applies, said so that it can be found again
// after the text changes. An anchor is a W3C TextQuoteSelector (the exact
// text, with up to CONTEXT characters of the text before and after it) plus
// the UTF-16 offsets it had, which say where to look first:
//
//   {start, end, exact, prefix, suffix}
//
// Finding an anchor in an edited text (locate) is what Hypothesis does with
// its selectors: where the offsets still hold the exact text with its
// context, there; else the occurrence of the exact text whose context agrees
// best, the nearest to where the edit moved it breaking ties; else, when
// the exact text itself was edited, the text between its prefix and suffix.

export const CONTEXT = 32;

// At most this many occurrences of an exact text are weighed (a word like
// "the" in a long article): the nearest to the expected place come first.
const MAX_CANDIDATES = 5000;

// Of the prefix and suffix, at least this many characters must agree for an
// occurrence that is not the only one to be taken...
const MIN_CONTEXT_AGREEMENT = 6;
// ...and the fuzzy search needs this much of each to frame an edited exact text.
const FUZZY_CONTEXT = 10;

const isLow = (c) => c >= 0xdc00 && c <= 0xdfff;

/** The anchor of text[start, end). */
export function anchorAt(text, start, end) {
  let from = Math.max(0, start - CONTEXT);
  if (from > 0 && isLow(text.charCodeAt(from))) from--;
  let to = Math.min(text.length, end + CONTEXT);
  if (to < text.length && isLow(text.charCodeAt(to))) to++;
  return { start, end, exact: text.slice(start, end), prefix: text.slice(from, start), suffix: text.slice(end, to) };
}

/** Whether `a` has the shape of an anchor (stored ones come from elsewhere). */
export function isAnchor(a) {
  return (
    !!a &&
    typeof a === "object" &&
    typeof a.exact === "string" &&
    a.exact.length > 0 &&
    Number.isInteger(a.start) &&
    Number.isInteger(a.end) &&
    a.start >= 0 &&
    a.end - a.start === a.exact.length &&
    typeof (a.prefix ?? "") === "string" &&
    typeof (a.suffix ?? "") === "string"
  );
}

/** Whether the anchor still holds in `text` where its offsets say. */
export function holds(text, a) {
  return a.end <= text.length && text.startsWith(a.exact, a.start);
}

/** How many characters end both `a` and `b`. */
function commonTail(a, b) {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** How many characters start both `a` and `b`. */
function commonHead(a, b) {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** How much of the anchor's prefix and suffix agrees with the text around [start, end). */
function contextAgreement(text, a, start, end) {
  const prefix = a.prefix ?? "";
  const suffix = a.suffix ?? "";
  return (
    commonTail(prefix, text.slice(Math.max(0, start - prefix.length), start)) +
    commonHead(suffix, text.slice(end, end + suffix.length))
  );
}

/**
 * Where the anchor lies in `text`: {start, end}, or null when it cannot be
 * found with confidence. `hint` is where it is expected to start (its own
 * offset unless an edit moved it: see textEdit).
 */
export function locate(text, a, hint = a.start) {
  if (holds(text, a) && a.start === hint) return { start: a.start, end: a.end };
  const wanted = (a.prefix ?? "").length + (a.suffix ?? "").length;
  const occurrences = occurrencesNear(text, a.exact, hint);
  let best = null;
  for (const start of occurrences) {
    const score = contextAgreement(text, a, start, start + a.exact.length);
    const distance = Math.abs(start - hint);
    if (!best || score > best.score || (score === best.score && distance < best.distance))
      best = { start, score, distance };
  }
  if (best) {
    const enough =
      occurrences.length === 1 ||
      best.score >= Math.min(MIN_CONTEXT_AGREEMENT, wanted) ||
      (best.distance === 0 && best.score === wanted);
    if (enough) return { start: best.start, end: best.start + a.exact.length };
  }
  return fuzzyLocate(text, a, hint);
}

/** The starts of the occurrences of `exact` in `text`, at most MAX_CANDIDATES, the nearest to `hint` kept. */
function occurrencesNear(text, exact, hint) {
  const all = [];
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) all.push(at);
  if (all.length <= MAX_CANDIDATES) return all;
  return all.sort((x, y) => Math.abs(x - hint) - Math.abs(y - hint)).slice(0, MAX_CANDIDATES);
}

/**
 * The exact text was edited ("Alice Grnat" became "Alice Grant"): the text
 * framed by the end of its prefix and the start of its suffix, about as long
 * as it was, nearest the hint; or null.
 */
function fuzzyLocate(text, a, hint) {
  const before = (a.prefix ?? "").slice(-FUZZY_CONTEXT);
  const after = (a.suffix ?? "").slice(0, FUZZY_CONTEXT);
  if (before.length < FUZZY_CONTEXT || after.length < FUZZY_CONTEXT) return null;
  const longest = 2 * a.exact.length + 10;
  let best = null;
  for (let at = text.indexOf(before); at >= 0; at = text.indexOf(before, at + 1)) {
    const start = at + before.length;
    const end = text.indexOf(after, start);
    if (end < 0) break;
    if (end - start > longest || end === start) continue;
    const distance = Math.abs(start - hint);
    if (!best || distance < best.distance) best = { start, end, distance };
  }
  if (!best) return null;
  // The span keeps no white space at its edges.
  let { start, end } = best;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

/**
 * How one text became another, as one replaced stretch: the parts before
 * and after it are the same. Returns a function from an offset in the old
 * text to where to look for it in the new one.
 */
export function textEdit(oldText, newText) {
  const limit = Math.min(oldText.length, newText.length);
  let head = 0;
  while (head < limit && oldText.charCodeAt(head) === newText.charCodeAt(head)) head++;
  let tail = 0;
  while (
    tail < limit - head &&
    oldText.charCodeAt(oldText.length - 1 - tail) === newText.charCodeAt(newText.length - 1 - tail)
  )
    tail++;
  const shift = newText.length - oldText.length;
  const mapOffset = (offset) => (offset <= head ? offset : offset >= oldText.length - tail ? offset + shift : head);
  mapOffset.unchanged = head + tail;
  return mapOffset;
}

/**
 * The anchor found again in `newText` (with the offsets and the context it
 * has there), or null. `mapOffset` (from textEdit) says where to look.
 */
export function reanchor(newText, a, mapOffset = (offset) => offset) {
  const found = locate(newText, a, mapOffset(a.start));
  return found && anchorAt(newText, found.start, found.end);
}

const isWordChar = (c) => /[\p{L}\p{N}]/u.test(c ?? "");

/**
 * The spans of every whole-word occurrence of `exact` in `text` (an
 * occurrence inside a longer word is none: "Grant" is not in "Granted").
 */
export function wholeWordOccurrences(text, exact) {
  const spans = [];
  if (!exact) return spans;
  const startsWord = isWordChar(exact[0]);
  const endsWord = isWordChar(exact[exact.length - 1]);
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    const end = at + exact.length;
    if (startsWord && isWordChar(text[at - 1])) continue;
    if (endsWord && isWordChar(text[end])) continue;
    spans.push({ start: at, end });
  }
  return spans;
}
