// The embed's legend (data-legend): a small key to what the colours and
// lines mean, for the kinds this article has. In a shadow root, so that the
// host page's styles neither reach it nor are reached by it: hung off
// <html> in a corner of the window (it folds to a "Key" button), or attached
// to an element of the page's choosing (which should be empty: a shadow root
// hides its children). Built from text nodes only.

import { PALETTE, LINE_STYLE } from "./paint.js";
import { TYPES, typeLabel } from "../shared/labels.js";
import { styledShadowRoot } from "./shadow.js";

function styles(theme, corner) {
  const dark = theme === "dark";
  const box = `background: ${dark ? "#1d1f22" : "#ffffff"}; color: ${dark ? "#e8e6e1" : "#1c1c1a"};
  border: 1px solid ${dark ? "#3a3d42" : "#d9d9d2"}; border-radius: 8px;`;
  return `
:host { all: initial; ${corner ? "position: fixed; z-index: 2147483645; right: 8px; bottom: 8px;" : "display: block;"} }
.key { ${box} padding: 6px 8px; max-width: min(22rem, calc(100vw - 16px));
  font: 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  ${corner ? `box-shadow: 0 2px 12px rgba(0, 0, 0, ${dark ? 0.5 : 0.15});` : ""} }
.head { display: flex; align-items: center; justify-content: space-between; gap: 8px; font-weight: 700; }
ul { display: flex; flex-wrap: wrap; gap: 4px 10px; margin: 4px 0 0; padding: 0; list-style: none; }
li { display: flex; align-items: center; gap: 4px; }
.sample { padding: 0 2px; border-radius: 3px 3px 0 0; font-weight: 600;
  text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 2px; }
.quote { padding: 0 4px; border-left: 3px solid; }
button { font: inherit; color: inherit; background: transparent; border: 1px solid transparent; border-radius: 6px;
  min-width: 28px; min-height: 28px; padding: 0 6px; cursor: pointer; }
button:focus-visible { outline: 2px solid ${dark ? "#8b93f8" : "#4f46e5"}; outline-offset: 1px; }
.open-key { ${box} font: 600 12px/1 system-ui, sans-serif; min-height: 32px; padding: 0 10px;
  box-shadow: 0 2px 12px rgba(0, 0, 0, ${dark ? 0.5 : 0.15}); }
`;
}

/** The kinds among `spans` (entity types in the page's order, then quotations). */
function kindsOf(spans) {
  const present = new Set(spans.map((span) => span.kind));
  return [...TYPES.filter((type) => present.has(type)), ...(present.has("quote") ? ["quote"] : [])];
}

/**
 * Adds the legend of `spans` (painted spans, {kind}) in `theme`: in
 * `where` (an element) or, when null, in a corner of the window. Returns
 * {remove()}.
 */
export function addLegend({ spans, theme, where = null }) {
  const corner = !where;
  const host = corner ? document.createElement("article-annotator-legend") : where;
  const shadow = styledShadowRoot(host, styles(theme, corner));

  const colours = PALETTE[theme];
  const list = document.createElement("ul");
  for (const kind of kindsOf(spans)) {
    const [tint, line] = colours[kind];
    const sample = document.createElement("span");
    if (kind === "quote") {
      sample.className = "quote";
      Object.assign(sample.style, { background: tint, borderLeftColor: line });
      sample.textContent = "“…”";
    } else {
      sample.className = "sample";
      Object.assign(sample.style, {
        background: tint,
        textDecorationColor: line,
        textDecorationStyle: LINE_STYLE[kind],
      });
      sample.textContent = "Ab";
    }
    sample.setAttribute("aria-hidden", "true");
    const item = document.createElement("li");
    item.append(sample, kind === "quote" ? "Quotation" : typeLabel(kind));
    list.append(item);
  }

  const key = document.createElement("div");
  key.className = "key";
  key.setAttribute("role", "note");
  key.setAttribute("aria-label", "Key to the highlights");
  const head = document.createElement("div");
  head.className = "head";
  head.append("Highlights");
  key.append(head, list);
  if (corner) {
    // In a corner it folds away to a button, and comes back from it.
    const fold = document.createElement("button");
    fold.type = "button";
    fold.textContent = "×";
    fold.setAttribute("aria-label", "Hide the key");
    const open = document.createElement("button");
    open.type = "button";
    open.className = "open-key";
    open.textContent = "Key";
    open.setAttribute("aria-label", "Show the key to the highlights");
    open.hidden = true;
    fold.addEventListener("click", () => {
      key.hidden = true;
      open.hidden = false;
      open.focus();
    });
    open.addEventListener("click", () => {
      key.hidden = false;
      open.hidden = true;
      fold.focus();
    });
    head.append(fold);
    shadow.replaceChildren(key, open);
    document.documentElement.append(host);
  } else {
    shadow.replaceChildren(key);
  }
  return {
    remove() {
      if (corner) host.remove();
      else shadow.replaceChildren();
    },
  };
}
