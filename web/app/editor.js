// The correction popover: opened on a highlight (change or remove a mention,
// reassign a quotation's speaker) or on selected text (add a mention, make it
// a speaker). Each action hands one correction operation to `onCorrect`.
// Built from DOM nodes only; user text is set as textContent.

import { TYPES, typeLabel } from './labels.js';
import { speakerName } from './render.js';

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

function button(label, onClick, props = {}) {
  const b = el('button', { type: 'button', ...props }, label);
  b.addEventListener('click', onClick);
  return b;
}

const clip = (s, n = 60) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Type buttons; the current type is pressed. */
function typePicker(current, onPick) {
  const group = el('div', { className: 'type-picker' });
  group.setAttribute('role', 'group');
  for (const type of TYPES) {
    const b = button('', () => onPick(type), { className: `chip t-${type}` });
    const swatch = el('span', { className: `swatch t-${type}` });
    swatch.setAttribute('aria-hidden', 'true');
    b.append(swatch, typeLabel(type));
    if (current) b.setAttribute('aria-pressed', String(type === current));
    group.append(b);
  }
  return group;
}

/** Entities people could be quoting, most central first; PERSON and ORG before the rest. */
function speakerCandidates(result) {
  const rank = (e) => (e.type === 'PERSON' ? 0 : e.type === 'ORG' ? 1 : 2);
  return result.entities
    .filter((e) => e.mentions.length && ['PERSON', 'ORG', 'MISC', 'LOCATION'].includes(e.type))
    .sort((a, b) => rank(a) - rank(b) || b.salience - a.salience);
}

/** A select of entities (and "no speaker") with a button that applies the choice. */
function speakerPicker(quote, result, onSpeaker) {
  const select = el('select', { className: 'speaker-select' });
  select.append(el('option', { value: '' }, '— no speaker —'));
  for (const e of speakerCandidates(result)) {
    const option = el('option', { value: String(e.id) }, e.name);
    if (quote.speaker?.entity === e.id) option.selected = true;
    select.append(option);
  }
  select.setAttribute('aria-label', 'Speaker');
  const apply = button('Set speaker', () => {
    const entity = result.entities.find((e) => String(e.id) === select.value);
    onSpeaker(entity ? { entity: entity.id, name: entity.name } : null);
  });
  return el('div', { className: 'row' }, select, apply);
}

export function mentionSection(mention, onCorrect) {
  const span = { start: mention.start, end: mention.end };
  return el('section', {},
    el('h3', {}, 'This mention'),
    el('p', { className: 'help' }, 'Change its type, or remove it if it is not a name or a number.'),
    typePicker(mention.type, (type) => onCorrect({ op: 'type', ...span, type })),
    el('div', { className: 'row' }, button('Not a mention: remove it', () => onCorrect({ op: 'remove', ...span }), { className: 'danger' })));
}

export function quoteSection(quote, result, onCorrect) {
  const name = speakerName(quote, result);
  const span = { start: quote.start, end: quote.end };
  return el('section', {},
    el('h3', {}, 'This quotation'),
    el('p', { className: 'help' }, name ? `Said by ${name}. Choose another speaker, or select their name in the article.` :
      'No speaker found. Choose one, or select their name in the article.'),
    speakerPicker(quote, result, (speaker) => onCorrect({ op: 'speaker', ...span, speaker })));
}

/** For selected text: add it as a mention, or make it the speaker of a nearby quotation. */
export function selectionSection(text, span, result, onCorrect) {
  const selected = text.slice(span.start, span.end);
  const section = el('section', {},
    el('h3', {}, `“${clip(selected)}”`),
    el('p', { className: 'help' }, 'Mark it as:'),
    typePicker(null, (type) => onCorrect({ op: 'add', ...span, type })));
  const nearby = nearestQuotes(result.quotes, span, 8);
  if (nearby.length) {
    const select = el('select', { className: 'quote-select' });
    select.setAttribute('aria-label', 'Quotation');
    for (const index of nearby) {
      select.append(el('option', { value: String(index) }, clip(result.quotes.at(index).text, 48)));
    }
    const apply = button('Set speaker', () => {
      const quote = result.quotes.at(Number(select.value));
      onCorrect({ op: 'speaker', start: quote.start, end: quote.end, speaker: span });
    });
    section.append(el('p', { className: 'help' }, 'Or make it the speaker of:'), el('div', { className: 'row' }, select, apply));
  }
  return section;
}

/** Indices of the quotations (an array or a Table) closest to a span, closest first. */
function nearestQuotes(quotes, span, count) {
  const distance = (q) => (q.end <= span.start ? span.start - q.end : q.start >= span.end ? q.start - span.end : 0);
  const scored = [];
  for (const [i, q] of quotes.entries()) scored.push([distance(q), i]);
  return scored.sort((a, b) => a[0] - b[0]).slice(0, count).map(([, i]) => i);
}

/** The popover itself: one at a time, anchored under a rectangle, closed by Escape or a click elsewhere. */
export class Popover {
  #root;
  #body;
  #returnFocus = null;

  constructor(root) {
    this.#root = root;
    this.#body = root.querySelector('.popover-body');
    root.querySelector('.popover-close').addEventListener('click', () => this.close());
    root.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        this.close();
      }
    });
    document.addEventListener('pointerdown', (event) => {
      if (!this.isOpen || root.contains(event.target)) return;
      this.close({ restoreFocus: false });
    });
  }

  get isOpen() { return !this.#root.hidden; }

  open(rect, sections, returnFocus) {
    this.#returnFocus = returnFocus;
    this.#body.replaceChildren(...sections);
    this.#root.hidden = false;
    this.#place(rect);
    this.#root.querySelector('[aria-pressed="true"], select, button:not(.popover-close)')?.focus({ preventScroll: true });
  }

  close({ restoreFocus = true } = {}) {
    if (!this.isOpen) return;
    this.#root.hidden = true;
    this.#body.replaceChildren();
    if (restoreFocus && this.#returnFocus?.isConnected) this.#returnFocus.focus({ preventScroll: true });
    this.#returnFocus = null;
  }

  #place(rect) {
    const root = this.#root;
    const margin = 8;
    const width = root.offsetWidth;
    const height = root.offsetHeight;
    const left = Math.max(margin, Math.min(rect.left, window.innerWidth - width - margin));
    let top = rect.bottom + 6;
    if (top + height > window.innerHeight - margin && rect.top - height - 6 > margin) top = rect.top - height - 6;
    root.style.left = `${Math.round(left + window.scrollX)}px`;
    root.style.top = `${Math.round(top + window.scrollY)}px`;
  }
}
