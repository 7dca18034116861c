// Keyboard and screen-reader access to the embed's annotations. Highlights
// are not elements, so nothing inside the article can take focus; instead
// one button, in a shadow root hung off <html> like the tooltip (the page's
// body stays as it was), joins the end of the page's tab order. Like a skip
// link it is invisible until it has focus; then the arrow keys step through
// the annotations in reading order, each is scrolled into view, marked,
// described in the tooltip and announced through a live region.

import { styledShadowRoot } from "./shadow.js";

const STEP_KEYS = {
  ArrowRight: 1,
  ArrowDown: 1,
  n: 1,
  j: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  p: -1,
  k: -1,
};

function styles(theme) {
  const dark = theme === "dark";
  return `
:host { all: initial; position: fixed; z-index: 2147483646; left: 8px; bottom: 8px; }
button {
  font: 600 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  padding: 7px 12px; border-radius: 8px; cursor: pointer;
  background: ${dark ? "#1d1f22" : "#ffffff"}; color: ${dark ? "#e8e6e1" : "#1c1c1a"};
  border: 1px solid ${dark ? "#3a3d42" : "#d9d9d2"};
  box-shadow: 0 2px 12px rgba(0, 0, 0, ${dark ? 0.5 : 0.15});
  outline: 2px solid ${dark ? "#8b93f8" : "#4f46e5"}; outline-offset: 2px;
}
/* A skip link: out of sight until focused. */
button:not(:focus), .live {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
`;
}

/** A one-line description of a tooltip group, for the live region. */
function spoken({ title, rows }, text) {
  return [title, ...rows.map(([key, value]) => `${key}: ${value}`), `“${text}”`].join(". ");
}

/**
 * Adds the stepping button. `spans` are painted spans ({start, end, ...});
 * `painting.focus(span)` marks one and returns its box; `describe(span)`
 * gives its tooltip group; `textOf(span)` its words. Returns {remove()}.
 */
export function addKeyboardStepping({ spans, painting, tooltip, describe, textOf, theme }) {
  const order = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const host = document.createElement("article-annotator-keys");
  const shadow = styledShadowRoot(host, styles(theme));
  const button = document.createElement("button");
  button.type = "button";
  const live = document.createElement("div");
  live.className = "live";
  live.setAttribute("role", "status");
  live.setAttribute("aria-live", "polite");
  shadow.append(button, live);
  document.documentElement.append(host);

  let index = -1;
  const label = () => {
    const where = index < 0 ? `${order.length} annotations` : `${index + 1} of ${order.length}`;
    button.textContent = `Article annotations: ${where} — arrow keys to step, Esc to leave`;
  };
  const show = (next) => {
    index = Math.max(0, Math.min(order.length - 1, next));
    const span = order[index];
    let box = painting.focus(span);
    if (box && (box.top < 0 || box.bottom > innerHeight)) {
      scrollBy({ top: box.top - innerHeight / 3, behavior: "instant" });
      box = painting.focus(span);
    }
    const group = describe(span);
    if (box) tooltip.show([group], box.left - 12, box.bottom - 14);
    live.textContent = spoken(group, textOf(span));
    label();
  };
  const leave = () => {
    index = -1;
    painting.focus(null);
    tooltip.hide();
    live.textContent = "";
    label();
  };

  const onKey = (event) => {
    // Ctrl+P and the like stay the browser's.
    if (!order.length || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "Escape") {
      leave();
      button.blur();
    } else if (event.key === "Home" || event.key === "End") {
      show(event.key === "Home" ? 0 : order.length - 1);
    } else if (STEP_KEYS[event.key]) {
      show(index < 0 && STEP_KEYS[event.key] < 0 ? order.length - 1 : index + STEP_KEYS[event.key]);
    } else {
      return;
    }
    event.preventDefault();
  };
  const onClick = () => order.length && show(index + 1 < order.length ? index + 1 : 0);
  button.addEventListener("keydown", onKey);
  button.addEventListener("click", onClick);
  button.addEventListener("blur", leave);
  label();

  return {
    /** Whether the button has the keyboard focus (it lives in a shadow root). */
    get focused() {
      return shadow.activeElement === button;
    },
    focus() {
      button.focus();
    },
    remove() {
      button.removeEventListener("blur", leave);
      host.remove();
    },
  };
}
