// The text of an element as the annotator reads it, and the way back from
// offsets in that text to DOM Ranges, without touching the element.
//
// The text is the element's text nodes joined in document order. Each
// white-space character counts as one space (one character for one, so
// offsets map straight back), and a block element, or a <br>, adds a line
// break that belongs to no node, so that paragraphs do not run together.

import { BLOCK, SKIP } from "../shared/markup.js";
import { PageStructure } from "../shared/page-structure.js";

const PARAGRAPH = "\n\n";

/** The length of `text` without the white space at its end. */
function trimmedEnd(text) {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}

/**
 * {text, segments: [{node, start}], structure}, segments in order of their
 * start; `structure` is what the element's markup says about its shape
 * (shared/page-structure.js: the headline, asides, captions, link lists).
 */
export function readText(root) {
  const segments = [];
  const structure = new PageStructure({ inArticle: true });
  let text = "";
  const breakLine = (separator) => {
    if (!text || text.endsWith(separator)) return;
    text = text.replace(/\n*$/, separator);
  };
  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        if (!child.data) continue;
        segments.push({ node: child, start: text.length });
        text += child.data.replace(/[\t\n\r\f]/g, " ");
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const tag = child.tagName.toUpperCase();
        if (SKIP.has(tag) || child.hidden) continue;
        if (tag === "BR") {
          breakLine("\n");
          continue;
        }
        const block = BLOCK.has(tag);
        if (block) breakLine(PARAGRAPH);
        const entered = structure.enter(child);
        if (entered.mark) entered.mark.start = text.length;
        walk(child);
        if (entered.mark) entered.mark.end = trimmedEnd(text);
        structure.exit(entered);
        if (block) breakLine(PARAGRAPH);
      }
    }
  };
  walk(root);
  return { text, segments, structure: structure.result() };
}

/** The index of the last segment starting at or before `offset`. */
function segmentAt(segments, offset) {
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (segments[mid].start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * A Range over text[start, end), or null when it covers no text node. A
 * boundary on an added line break moves to the nearest text inside the span.
 */
export function rangeFor({ segments }, start, end) {
  if (!segments.length) return null;
  let first = segmentAt(segments, start);
  if (start >= segments[first].start + segments[first].node.length) first++;
  let last = segmentAt(segments, end - 1);
  if (first >= segments.length || first > last) return null;
  const a = segments[first];
  const b = segments[last];
  const range = document.createRange();
  range.setStart(a.node, Math.max(0, start - a.start));
  range.setEnd(b.node, Math.min(b.node.length, end - b.start));
  return range;
}

/** The text offset of a DOM point in a mapped text node, or -1. */
export function offsetOf({ segments }, node, offset) {
  const index = segments.findIndex((s) => s.node === node);
  return index < 0 ? -1 : segments[index].start + offset;
}
