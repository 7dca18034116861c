// Article Annotator for any page: highlights who and what an article names,
// and who said what, in place.
//
//   <script type="module" src="embed.js" data-target="article"
//           data-types="PERSON,ORG" data-quotes="off" data-theme="auto"></script>
//
// data-target   CSS selector of the article (default "article")
// data-types    entity types to highlight, comma-separated (default: all)
// data-quotes   "off" to leave quotations unmarked (default "on")
// data-theme    "light", "dark" or "auto" (follows the reader's setting; default)
// data-legend   a small key to the colours: "on" (in a corner of the window,
//               folding away), or a CSS selector of an element to draw it in
//               (default: none)
//
// The article's DOM is left as it is: highlights are CSS Custom Highlights
// (where the browser lacks them, <mark> elements that remove() takes out).
// Keyboard users reach the annotations through one button at the end of the
// tab order (embed/keyboard.js); hovering shows a tooltip, and tapping shows
// one that stays (a finger lifting is no reason to hide it) until it is
// closed, another place is tapped, or its highlight scrolls out of view.
// Annotates in a module worker (embed/annotate-worker.js), so that the host
// page never freezes; where the page's policy forbids workers, a short
// article is annotated on the page's thread instead. Loads nothing but
// annotator.js, annotator.wasm and that worker beside this file. If they
// fail, or the article is over the annotator's size limit, the article
// stays as it was and one console warning says why.
//
// From a module: `import { embeds, annotateElement } from ".../embed.js"`;
// `await embeds` gives the controllers of the script tags ({remove()...}).

import { createAnnotator } from "./annotator.js";
import { TYPES, typeLabel, QUOTE_KIND_LABELS, NOT_ENGLISH, isKnownType } from "./shared/labels.js";
import { mentionRows, quoteRows } from "./shared/result.js";
import { readText } from "./embed/text-map.js";
import { applyPageStructure } from "./shared/page-structure.js";
import { paintWithHighlights, paintWithElements, supportsHighlights } from "./embed/paint.js";
import { Tooltip } from "./embed/tooltip.js";
import { addKeyboardStepping } from "./embed/keyboard.js";
import { addLegend } from "./embed/legend.js";

const PREFIX = "Article Annotator:";

// Where a host page's Content-Security-Policy forbids workers, the article
// is annotated on the page's own thread, but only when it is short enough to
// take a blink (about a tenth of a second).
const MAIN_THREAD_MAX_CHARS = 200_000;

let annotatorPromise = null;
let workerPromise = null;
let nextRequest = 1;

/** One annotator on the page's thread, loaded on first use (the fallback). */
function annotator() {
  annotatorPromise ??= createAnnotator();
  return annotatorPromise;
}

/** One worker for all embeds of the page, or null when the page cannot start one. */
function worker() {
  workerPromise ??= new Promise((resolve) => {
    let started;
    try {
      started = new Worker(new URL("./embed/annotate-worker.js", import.meta.url), { type: "module" });
    } catch {
      resolve(null);
      return;
    }
    // A worker that fails to load (blocked, missing) reports an error event.
    started.addEventListener(
      "error",
      (event) => {
        event.preventDefault();
        started.terminate();
        resolve(null);
      },
      { once: true },
    );
    resolve(started);
  });
  return workerPromise;
}

/** The result for `text`, from the worker, else from the page's thread when the text is short. */
async function annotateText(text) {
  const background = await worker();
  if (background) {
    const answer = await new Promise((resolve) => {
      const id = nextRequest++;
      const onMessage = (event) => {
        if (event.data?.id !== id) return;
        background.removeEventListener("message", onMessage);
        background.removeEventListener("error", onError);
        resolve(event.data);
      };
      const onError = () => {
        background.removeEventListener("message", onMessage);
        resolve(null); // the worker could not load after all: fall back
      };
      background.addEventListener("message", onMessage);
      background.addEventListener("error", onError, { once: true });
      background.postMessage({ id, text });
    });
    if (answer?.type === "result") return answer.result;
    if (answer?.type === "error") throw new Error(answer.message);
    workerPromise = Promise.resolve(null);
  }
  if (text.length > MAIN_THREAD_MAX_CHARS) {
    throw new Error(
      `this page allows no worker, and the article (${text.length} characters) is too long ` +
        `to annotate without freezing it`,
    );
  }
  return (await annotator()).annotate(text);
}

/** Options from a script tag's data- attributes. */
export function optionsFrom(dataset) {
  const types = (dataset.types ?? "")
    .split(",")
    .map((t) => t.trim().toUpperCase())
    .filter(isKnownType);
  return {
    target: dataset.target || "article",
    types: types.length ? types : TYPES,
    quotes: dataset.quotes !== "off",
    theme: ["light", "dark"].includes(dataset.theme) ? dataset.theme : "auto",
    legend: legendOption(dataset.legend),
  };
}

/** data-legend: absent or "off": none; "on" (or empty): in a corner; else the selector of where to draw it. */
function legendOption(value) {
  if (value === undefined || /^(off|false|no|none)$/i.test(value)) return null;
  if (value === "" || /^(on|true|yes|corner)$/i.test(value)) return "corner";
  return value;
}

/**
 * Annotates `element` in place. Resolves to a controller
 * {element, text, result, remove()}; rejects when the annotator cannot load.
 */
export async function annotateElement(element, { types = TYPES, quotes = true, theme = "auto", legend = null } = {}) {
  const map = readText(element);
  // The article's own markup (its <h1>, asides, captions, lists of links)
  // refines what the text alone says about its shape.
  const result = applyPageStructure(await annotateText(map.text), map.text, map.structure);
  if (result.language === "other") {
    console.info(`${PREFIX} ${NOT_ENGLISH}`);
  }
  const spans = spansOf(result, { types, quotes });
  const dark = matchMedia("(prefers-color-scheme: dark)");
  const themeNow = () => (theme === "auto" ? (dark.matches ? "dark" : "light") : theme);

  let painting = null;
  let tooltip = null;
  let stepping = null;
  let key = null;
  // The span whose tooltip a tap pinned, followed as the page scrolls.
  let pinned = null;
  const paint = () => {
    // A change of colour scheme rebuilds everything; a keyboard user keeps the focus.
    const hadFocus = stepping?.focused ?? false;
    stepping?.remove();
    painting?.remove();
    tooltip?.remove();
    key?.remove();
    pinned = null;
    const current = themeNow();
    painting = (supportsHighlights() ? paintWithHighlights : paintWithElements)(map, spans, current);
    tooltip = new Tooltip(current);
    tooltip.onDismiss = () => {
      pinned = null;
    };
    if (legend)
      key = addLegend({ spans, theme: current, where: legend === "corner" ? null : document.querySelector(legend) });
    stepping = addKeyboardStepping({
      spans,
      painting,
      tooltip,
      theme: current,
      describe: (span) => describe(span, result),
      textOf: (span) => map.text.slice(span.start, span.end),
    });
    if (hadFocus) stepping.focus();
  };
  paint();
  if (theme === "auto") dark.addEventListener("change", paint);

  const spansUnder = (x, y) => {
    const point = caretAt(x, y);
    return point && element.contains(point.node) ? painting.spansAt(point.node, point.offset, x, y) : [];
  };
  // A mouse: the tooltip follows the pointer (unless a tap pinned one).
  const onPointer = (event) => {
    if (event.pointerType !== "mouse" || tooltip.pinned) return;
    const under = spansUnder(event.clientX, event.clientY);
    if (under.length)
      tooltip.show(
        under.map((span) => describe(span, result)),
        event.clientX,
        event.clientY,
      );
    else tooltip.hide();
  };
  const onLeave = (event) => {
    if (event.pointerType === "mouse" && !tooltip.pinned) tooltip.hide();
  };
  // A finger or a pen: a tap (not the start of a scroll, which cancels the
  // pointer) shows the tooltip of what is under it, which stays; a tap
  // elsewhere on the page closes it. The pointerleave that follows a
  // finger's lifting is not a reason to hide it.
  let down = null;
  const onDown = (event) => {
    if (event.pointerType === "mouse") return;
    down = { x: event.clientX, y: event.clientY };
  };
  const onUp = (event) => {
    if (event.pointerType === "mouse" || !down || tooltip.contains(event)) return;
    const moved = Math.hypot(event.clientX - down.x, event.clientY - down.y);
    down = null;
    if (moved > 10) return;
    const under = element.contains(event.target) ? spansUnder(event.clientX, event.clientY) : [];
    if (!under.length) {
      tooltip.hide();
      pinned = null;
      return;
    }
    pinned = under[0];
    tooltip.show(
      under.map((span) => describe(span, result)),
      event.clientX,
      event.clientY,
      { pinned: true },
    );
  };
  const onCancel = () => {
    down = null;
  };
  let frame = 0;
  const follow = () => {
    if (!pinned || frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      const box = pinned && painting.boxOf(pinned);
      if (!box || box.bottom < 0 || box.top > innerHeight) {
        tooltip.hide();
        pinned = null;
      } else {
        tooltip.move(box.left, box.bottom - 14);
      }
    });
  };
  const onKey = (event) => {
    if (event.key === "Escape" && tooltip.pinned) {
      tooltip.hide();
      pinned = null;
    }
  };
  element.addEventListener("pointermove", onPointer, { passive: true });
  element.addEventListener("pointerdown", onPointer, { passive: true });
  element.addEventListener("pointerleave", onLeave, { passive: true });
  document.addEventListener("pointerdown", onDown, { passive: true });
  document.addEventListener("pointerup", onUp, { passive: true });
  document.addEventListener("pointercancel", onCancel, { passive: true });
  document.addEventListener("keydown", onKey);
  addEventListener("scroll", follow, { passive: true });

  return {
    element,
    text: map.text,
    result,
    /** Takes the highlights, the tooltip, the legend, the keyboard button and the listeners away. */
    remove() {
      dark.removeEventListener("change", paint);
      stepping.remove();
      element.removeEventListener("pointermove", onPointer);
      element.removeEventListener("pointerdown", onPointer);
      element.removeEventListener("pointerleave", onLeave);
      document.removeEventListener("pointerdown", onDown);
      document.removeEventListener("pointerup", onUp);
      document.removeEventListener("pointercancel", onCancel);
      document.removeEventListener("keydown", onKey);
      removeEventListener("scroll", follow);
      cancelAnimationFrame(frame);
      painting.remove();
      tooltip.remove();
      key?.remove();
    },
  };
}

/** The spans to paint: mentions of the chosen types and quotations, leaving out boilerplate. */
function spansOf(result, { types, quotes }) {
  const spans = [];
  const wanted = new Set(types);
  result.mentions.forEach((m) => {
    if (wanted.has(m.type) && !m.boilerplate) spans.push({ start: m.start, end: m.end, kind: m.type, mention: m });
  });
  if (quotes) {
    result.quotes.forEach((q) => {
      if (!q.boilerplate) spans.push({ start: q.start, end: q.end, kind: "quote", quote: q });
    });
  }
  return spans;
}

/** What the tooltip and the keyboard say of a span: the rows the page's tooltip shows too (shared/result.js). */
function describe(span, result) {
  if (span.mention) return { kind: span.kind, title: typeLabel(span.kind), rows: mentionRows(span.mention, result) };
  const { quote } = span;
  return { kind: "quote", title: QUOTE_KIND_LABELS[quote.kind] ?? "Quotation", rows: quoteRows(quote, result) };
}

/** The text position under a point: {node, offset}, or null. */
function caretAt(x, y) {
  if (document.caretPositionFromPoint) {
    const position = document.caretPositionFromPoint(x, y);
    return position && { node: position.offsetNode, offset: position.offset };
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range && { node: range.startContainer, offset: range.startOffset };
}

/** The script tags that load this module, each annotating its target. */
async function embedFromScripts() {
  const scripts = [...document.querySelectorAll('script[type="module"][src]')].filter(
    (script) => script.src === import.meta.url,
  );
  const controllers = [];
  for (const script of scripts) {
    const options = optionsFrom(script.dataset);
    const element = document.querySelector(options.target);
    if (!element) {
      console.warn(`${PREFIX} no element matches data-target "${options.target}"; nothing was annotated.`);
      continue;
    }
    try {
      controllers.push(await annotateElement(element, options));
    } catch (error) {
      const reason = String(error?.message ?? error).replace(/^Article Annotator: /, "");
      console.warn(`${PREFIX} ${reason}; the article was left as it was.`);
      break;
    }
  }
  return controllers;
}

const documentReady =
  document.readyState === "loading"
    ? new Promise((resolve) => document.addEventListener("DOMContentLoaded", resolve, { once: true }))
    : Promise.resolve();

/** The controllers of this page's embeds, once they are annotated. */
export const embeds = documentReady.then(embedFromScripts);
