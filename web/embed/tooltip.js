// The embed's tooltip: in a shadow root, so that the host page's
// styles neither reach it nor are reached by it. Its host element hangs off
// <html>, outside <body>, so the page's body stays exactly as it was.
// Built from text nodes only.

import { PALETTE } from './paint.js';

function styles(theme) {
  const dark = theme === 'dark';
  return `
:host { all: initial; position: fixed; z-index: 2147483647; pointer-events: none; }
:host([hidden]) { display: none; }
.tip {
  max-width: min(320px, calc(100vw - 16px)); padding: 7px 10px; border-radius: 8px;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  background: ${dark ? '#1d1f22' : '#ffffff'}; color: ${dark ? '#e8e6e1' : '#1c1c1a'};
  border: 1px solid ${dark ? '#3a3d42' : '#d9d9d2'};
  box-shadow: 0 2px 12px rgba(0, 0, 0, ${dark ? 0.5 : 0.15});
}
.head { display: flex; align-items: center; gap: 6px; font-weight: 700; }
.swatch { width: 12px; height: 12px; border-radius: 3px 3px 0 0; border-bottom: 3px solid; flex: none; }
.row + .head { margin-top: 6px; }
.key { color: ${dark ? '#a3a29c' : '#5d5d57'}; }
.value { font-weight: 600; overflow-wrap: anywhere; }
`;
}

export class Tooltip {
  #host = null;
  #tip = null;
  #theme;

  constructor(theme) {
    this.#theme = theme;
  }

  #build() {
    this.#host = document.createElement('article-annotator-tooltip');
    const shadow = this.#host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(styles(this.#theme));
    shadow.adoptedStyleSheets = [sheet];
    this.#tip = document.createElement('div');
    this.#tip.className = 'tip';
    this.#tip.setAttribute('role', 'tooltip');
    shadow.append(this.#tip);
    document.documentElement.append(this.#host);
  }

  /** groups: [{kind, title, rows: [[key, value]]}], shown beside the point (x, y). */
  show(groups, x, y) {
    if (!this.#host) this.#build();
    this.#tip.replaceChildren();
    for (const { kind, title, rows } of groups) {
      const head = document.createElement('div');
      head.className = 'head';
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      const [tint, line] = PALETTE[this.#theme][kind];
      Object.assign(swatch.style, { background: tint, borderBottomColor: line });
      head.append(swatch, title);
      this.#tip.append(head);
      for (const [key, value] of rows) {
        const row = document.createElement('div');
        row.className = 'row';
        const k = document.createElement('span');
        k.className = 'key';
        k.textContent = `${key}: `;
        const v = document.createElement('span');
        v.className = 'value';
        v.textContent = value;
        row.append(k, v);
        this.#tip.append(row);
      }
    }
    this.#host.hidden = false;
    const { width, height } = this.#tip.getBoundingClientRect();
    const left = Math.max(8, Math.min(x + 12, innerWidth - width - 8));
    const top = y + 18 + height > innerHeight - 8 ? Math.max(8, y - height - 12) : y + 18;
    Object.assign(this.#host.style, { left: `${left}px`, top: `${top}px` });
  }

  hide() {
    if (this.#host) this.#host.hidden = true;
  }

  remove() {
    this.#host?.remove();
    this.#host = null;
  }
}
