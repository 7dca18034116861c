// Paints spans of an element's text in one of two ways:
//   - with the CSS Custom Highlight API, where the browser has it: Ranges
//     registered in CSS.highlights, styled by ::highlight() rules in a
//     constructed stylesheet. The host's DOM is not touched at all.
//   - else by wrapping the covered pieces of text nodes in <mark> elements,
//     which remove() takes out again, restoring every text node it split.
// Both return {remove(), spansAt(node, offset, x, y), focus(span), boxOf(span)}:
// focus marks one span as the current one (keyboard stepping, see
// keyboard.js) in the system's selection colours and returns its box, or
// clears the mark when span is null; boxOf gives a span's box on screen.
//
// A span is {start, end, kind, ...}; kind is an entity type or "quote".

import { rangeFor, offsetOf } from "./text-map.js";
import { ENTITY_TYPES, THEMES } from "../shared/entity-types.js";

// Tint behind the text, line under it, and the text colour on them: the
// page's colours, from the table of entity types that web/style.css's are
// written from (shared/entity-types.js), and the quotations' (style.css's
// --quote-bg and --quote-line).
const INK = { light: "#1c1c1a", dark: "#f1efea" };
const QUOTE = { light: ["rgba(99, 102, 241, 0.13)", "#6366f1"], dark: ["rgba(129, 140, 248, 0.22)", "#8b93f8"] };
export const PALETTE = Object.fromEntries(
  THEMES.map((theme) => [
    theme,
    {
      ink: INK[theme],
      quote: QUOTE[theme],
      ...Object.fromEntries(ENTITY_TYPES.map((type) => [type.code, [type[theme].tint, type[theme].line]])),
    },
  ]),
);

// The style of each type's line, as on the page. The page also stripes or
// boxes some types' tints, which highlights cannot draw, so here two types
// with one style (PERSON and DATE, say) differ by their colours and labels.
export const LINE_STYLE = Object.fromEntries(ENTITY_TYPES.map((type) => [type.code, type.underline]));

// Each painting names its highlights apart ("article-annotator-2-dark-PERSON"),
// so that two embeds on one page neither replace nor remove each other's.
let paintings = 0;
const highlightName = (painting, theme, kind) => `article-annotator-${painting}-${theme}-${kind}`;

export const supportsHighlights = () =>
  typeof globalThis.Highlight === "function" && typeof CSS !== "undefined" && "highlights" in CSS;

/** Mentions are painted over the quotations they lie in. */
const priority = (kind) => (kind === "quote" ? 0 : 1);

// The current span of keyboard stepping, above every kind.
const CURRENT = "current";
const CURRENT_PRIORITY = 2;

function highlightRules(painting, theme) {
  const colours = PALETTE[theme];
  const kinds = Object.keys(colours)
    .filter((kind) => kind !== "ink")
    .map((kind) => {
      const [tint, line] = colours[kind];
      const underline = kind === "quote" ? "" : ` text-decoration: underline ${LINE_STYLE[kind]} 2px ${line};`;
      return `::highlight(${highlightName(painting, theme, kind)}) { background-color: ${tint}; color: ${colours.ink};${underline} }`;
    });
  kinds.push(
    `::highlight(${highlightName(painting, theme, CURRENT)}) { background-color: Highlight; color: HighlightText; }`,
  );
  return kinds.join("\n");
}

/** Highlights of the spans, named by theme and kind. */
export function paintWithHighlights(map, spans, theme) {
  const painting = ++paintings;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(highlightRules(painting, theme));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const byKind = new Map();
  const ranges = spans.map((span) => {
    const range = rangeFor(map, span.start, span.end);
    if (range) (byKind.get(span.kind) ?? byKind.set(span.kind, []).get(span.kind)).push(range);
    return range;
  });
  const names = [];
  for (const [kind, list] of byKind) {
    const highlight = new Highlight(...list);
    highlight.priority = priority(kind);
    const name = highlightName(painting, theme, kind);
    CSS.highlights.set(name, highlight);
    names.push(name);
  }
  const current = new Highlight();
  current.priority = CURRENT_PRIORITY;
  names.push(highlightName(painting, theme, CURRENT));
  CSS.highlights.set(names[names.length - 1], current);
  return {
    boxOf(span) {
      return ranges[spans.indexOf(span)]?.getBoundingClientRect() ?? null;
    },
    focus(span) {
      current.clear();
      const range = span && ranges[spans.indexOf(span)];
      if (!range) return null;
      current.add(range);
      return range.getBoundingClientRect();
    },
    remove() {
      for (const name of names) CSS.highlights.delete(name);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    },
    /** The spans whose text lies under the point (x, y), innermost first. */
    spansAt(node, offset, x, y) {
      const at = offsetOf(map, node, offset);
      if (at < 0) return [];
      return spans
        .filter((span, i) => {
          if (!(span.start <= at && at <= span.end && ranges[i])) return false;
          return [...ranges[i].getClientRects()].some(
            (r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom,
          );
        })
        .sort((a, b) => priority(b.kind) - priority(a.kind));
    },
  };
}

/** <mark> elements around the covered pieces of text nodes, styled through the CSSOM. */
export function paintWithElements(map, spans, theme) {
  const colours = PALETTE[theme];
  // For each text node, the spans over each of its pieces.
  const cuts = new Map();
  spans.forEach((span) => {
    for (const segment of map.segments) {
      const from = Math.max(span.start, segment.start) - segment.start;
      const to = Math.min(span.end, segment.start + segment.node.length) - segment.start;
      if (from >= to) continue;
      if (!cuts.has(segment.node)) cuts.set(segment.node, []);
      cuts.get(segment.node).push({ from, to, span });
    }
  });

  const restore = [];
  const spansOf = new WeakMap();
  for (const [node, covers] of cuts) {
    const original = node.data;
    const points = [...new Set(covers.flatMap((c) => [c.from, c.to]))].filter((p) => p > 0 && p < original.length);
    points.sort((a, b) => b - a);
    const tails = points.map((p) => node.splitText(p)).reverse();
    const pieces = [node, ...tails];
    const marks = [];
    let pos = 0;
    for (const piece of pieces) {
      const here = covers
        .filter((c) => c.from <= pos && pos < c.to)
        .map((c) => c.span)
        .sort((a, b) => priority(b.kind) - priority(a.kind));
      pos += piece.length;
      if (!here.length) continue;
      const mark = document.createElement("mark");
      mark.dataset.articleAnnotator = here[0].kind;
      const [tint, line] = colours[here[0].kind];
      Object.assign(mark.style, { backgroundColor: tint, color: colours.ink, padding: "0" });
      if (here[0].kind !== "quote") {
        Object.assign(mark.style, {
          textDecoration: `underline ${LINE_STYLE[here[0].kind]} ${line}`,
          textDecorationThickness: "2px",
          textUnderlineOffset: "0.2em",
        });
      }
      piece.replaceWith(mark);
      mark.append(piece);
      spansOf.set(mark, here);
      marks.push(mark);
    }
    restore.push({ node, original, tails, marks });
  }
  let focused = [];
  const boxOf = (span) => {
    const boxes = restore
      .flatMap((r) => r.marks)
      .filter((mark) => spansOf.get(mark).includes(span))
      .map((mark) => mark.getBoundingClientRect());
    if (!boxes.length) return null;
    const left = Math.min(...boxes.map((b) => b.left));
    const top = Math.min(...boxes.map((b) => b.top));
    return new DOMRect(
      left,
      top,
      Math.max(...boxes.map((b) => b.right)) - left,
      Math.max(...boxes.map((b) => b.bottom)) - top,
    );
  };
  return {
    boxOf,
    focus(span) {
      for (const mark of focused) mark.style.outline = "";
      focused = restore.flatMap((r) => r.marks).filter((mark) => spansOf.get(mark).includes(span));
      for (const mark of focused) mark.style.outline = `2px solid ${colours.ink}`;
      return focused.length ? boxOf(span) : null;
    },
    remove() {
      for (const { node, original, tails, marks } of restore) {
        for (const mark of marks) mark.replaceWith(...mark.childNodes);
        node.data = original;
        for (const tail of tails) tail.remove();
      }
    },
    spansAt(node) {
      const mark = node.parentElement?.closest("mark[data-article-annotator]");
      return mark ? (spansOf.get(mark) ?? []) : [];
    },
  };
}
