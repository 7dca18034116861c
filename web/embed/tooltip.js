// The embed's tooltip: in a shadow root, so that the host page's
// styles neither reach it nor are reached by it. Its host element hangs off
// <html>, outside <body>, so the page's body stays exactly as it was.
// Built from text nodes only. Shown by a tap, it stays until dismissed (its
// × button, a tap elsewhere, Escape), following its highlight as the page
// scrolls (embed.js).
// The page (web/app.js, showTooltip) has a tooltip of its own: an element of
// its own document, styled by style.css and placed under the highlight's
// line. Both show the same rows (web/shared/result.js); what differs is what
// the embed must not do to a page it does not own (no styles in, none out,
// nothing in <body>), so the two stay apart.

import { PALETTE, LINE_STYLE } from "./paint.js";
import { styledShadowRoot } from "./shadow.js";

function styles(theme) {
  const dark = theme === "dark";
  return `
:host { all: initial; position: fixed; z-index: 2147483647; pointer-events: none; }
:host([hidden]) { display: none; }
:host([pinned]) { pointer-events: auto; }
.tip {
  max-width: min(320px, calc(100vw - 16px)); padding: 7px 10px; border-radius: 8px;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  background: ${dark ? "#1d1f22" : "#ffffff"}; color: ${dark ? "#e8e6e1" : "#1c1c1a"};
  border: 1px solid ${dark ? "#3a3d42" : "#d9d9d2"};
  box-shadow: 0 2px 12px rgba(0, 0, 0, ${dark ? 0.5 : 0.15});
}
.head { display: flex; align-items: center; gap: 6px; font-weight: 700; }
.swatch { padding: 0 2px; border-radius: 3px 3px 0 0; font-size: 11px; line-height: 1.3; flex: none;
  text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 2px; }
.close { position: absolute; top: 2px; right: 2px; width: 32px; height: 32px; padding: 0; border: 0; background: transparent;
  color: inherit; font: 20px/1 system-ui, sans-serif; cursor: pointer; }
:host(:not([pinned])) .close { display: none; }
:host([pinned]) .tip { padding-right: 34px; }
.row + .head { margin-top: 6px; }
.key { color: ${dark ? "#a3a29c" : "#5d5d57"}; }
.value { font-weight: 600; overflow-wrap: anywhere; }
`;
}

export class Tooltip {
  #host = null;
  #tip = null;
  #close = null;
  #theme;
  /** Called when the reader closes a pinned tooltip with its × button. */
  onDismiss = null;

  constructor(theme) {
    this.#theme = theme;
  }

  #build() {
    this.#host = document.createElement("article-annotator-tooltip");
    const shadow = styledShadowRoot(this.#host, styles(this.#theme));
    this.#tip = document.createElement("div");
    this.#tip.className = "tip";
    this.#tip.setAttribute("role", "tooltip");
    this.#close = document.createElement("button");
    this.#close.type = "button";
    this.#close.className = "close";
    this.#close.textContent = "×";
    this.#close.setAttribute("aria-label", "Close");
    this.#close.addEventListener("click", () => {
      this.hide();
      this.onDismiss?.();
    });
    shadow.append(this.#close, this.#tip);
    document.documentElement.append(this.#host);
  }

  /** Whether it stays until dismissed (shown by a tap). */
  get pinned() {
    return !!this.#host && !this.#host.hidden && this.#host.hasAttribute("pinned");
  }

  /**
   * groups: [{kind, title, rows: [[key, value]]}], shown beside the point
   * (x, y); `pinned`: it stays, with a × to close it, until dismissed.
   */
  show(groups, x, y, { pinned = false } = {}) {
    if (!this.#host) this.#build();
    this.#host.toggleAttribute("pinned", pinned);
    this.#tip.replaceChildren();
    for (const { kind, title, rows } of groups) {
      const head = document.createElement("div");
      head.className = "head";
      const swatch = document.createElement("span");
      swatch.className = "swatch";
      swatch.textContent = kind === "quote" ? "“”" : "Ab";
      swatch.setAttribute("aria-hidden", "true");
      const [tint, line] = PALETTE[this.#theme][kind];
      Object.assign(swatch.style, {
        background: tint,
        textDecorationColor: line,
        textDecorationStyle: LINE_STYLE[kind] ?? "solid",
      });
      head.append(swatch, title);
      this.#tip.append(head);
      for (const [key, value] of rows) {
        const row = document.createElement("div");
        row.className = "row";
        const k = document.createElement("span");
        k.className = "key";
        k.textContent = `${key}: `;
        const v = document.createElement("span");
        v.className = "value";
        v.textContent = value;
        row.append(k, v);
        this.#tip.append(row);
      }
    }
    this.#host.hidden = false;
    this.move(x, y);
  }

  /** Puts the tooltip beside the point (x, y): below it, or above when there is no room. */
  move(x, y) {
    const { width, height } = this.#tip.getBoundingClientRect();
    const left = Math.max(8, Math.min(x + 12, innerWidth - width - 8));
    const top = y + 18 + height > innerHeight - 8 ? Math.max(8, y - height - 12) : y + 18;
    Object.assign(this.#host.style, { left: `${left}px`, top: `${top}px` });
  }

  hide() {
    if (this.#host) {
      this.#host.hidden = true;
      this.#host.removeAttribute("pinned");
    }
  }

  /** Whether an event's target is in the tooltip (its × button). */
  contains(event) {
    return !!this.#host && event.composedPath().includes(this.#host);
  }

  remove() {
    this.#host?.remove();
    this.#host = null;
  }
}
