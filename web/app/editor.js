// The correction popover: opened on a highlight (a mention: its type, span,
// entity; the quotation it lies in: kind, speaker, cue, or not one), on an
// entity of the panel (rename, merge, split, retype, remove), or on selected
// text (a mention, a quotation, a speaker or a cue). Each action hands one
// correction operation (corrections.js) to `ctx.correct`. Built from DOM
// nodes only; user text is set as textContent.
//
// ctx: {text, result, correct(op)}.

import { TYPES, typeLabel, QUOTE_KIND_LABELS } from "../shared/labels.js";
import { speakerName, entityById } from "../shared/result.js";
import { anchorAt, wholeWordOccurrences } from "./anchors.js";
import { occurrencesOf, QUOTE_KINDS } from "./corrections.js";

export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children.filter((c) => c != null));
  return node;
}

function button(label, onClick, props = {}) {
  const b = el("button", { type: "button", ...props }, label);
  b.addEventListener("click", onClick);
  return b;
}

const clip = (s, n = 60) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

let nextFieldId = 1;
const fieldId = (name) => `${name}-${nextFieldId++}`;

/** A checkbox with its label; `.checked` is read when an action runs. */
function checkbox(label, checked) {
  const input = el("input", { type: "checkbox", checked, id: fieldId("check") });
  const wrap = el("label", { className: "check", htmlFor: input.id }, input, ` ${label}`);
  return { input, wrap };
}

/** Type buttons; the current type is pressed. */
function typePicker(current, onPick, label) {
  const group = el("div", { className: "type-picker" });
  group.setAttribute("role", "group");
  group.setAttribute("aria-label", label);
  for (const type of TYPES) {
    const b = button("", () => onPick(type), { className: `chip t-${type}` });
    b.dataset.type = type;
    const swatch = el("span", { className: "swatch", textContent: "Ab" });
    swatch.dataset.type = type;
    swatch.setAttribute("aria-hidden", "true");
    b.append(swatch, typeLabel(type));
    if (current) b.setAttribute("aria-pressed", String(type === current));
    group.append(b);
  }
  return group;
}

const row = (...children) => el("div", { className: "row" }, ...children);
const help = (text) => el("p", { className: "help" }, text);

/** The explanation of a highlight (describeHighlight's rows) as nodes: a head per type or kind, then key: value lines. */
export function describeNodes(rows) {
  const nodes = [];
  for (const [label, value, extra] of rows) {
    if (label === "type" || label === "kind") {
      const swatch = el("span", {
        className: label === "type" ? "swatch" : "swatch sw-quote",
        textContent: label === "type" ? "Ab" : "",
      });
      if (label === "type") swatch.dataset.type = extra;
      swatch.setAttribute("aria-hidden", "true");
      nodes.push(el("div", { className: "tip-head" }, swatch, el("span", {}, value)));
      continue;
    }
    nodes.push(
      el(
        "div",
        { className: "tip-row" },
        el("span", { className: "tip-key" }, `${label}:`),
        " ",
        el("span", { className: extra === "unknown" ? "tip-val unknown" : "tip-val" }, value),
      ),
    );
  }
  return nodes;
}

/** The explanation first (on touch): what the highlight is, and a button to correct it. */
export function explanationSection(rows, onCorrect) {
  return el(
    "section",
    { className: "explain" },
    ...describeNodes(rows),
    row(button("Correct this…", onCorrect, { className: "primary-quiet" })),
  );
}

// ------------------------------------------------------------------ mentions

/** The story's mentions of an entity (not those in page clutter). */
function storyMentions(result, entity) {
  return entity.mentions.filter((mi) => !result.mentions.get(mi, "boilerplate"));
}

/** How a span grows or shrinks by a word at either end (words: runs between spaces, on one line). */
export function reshape(text, span, side, grow) {
  let { start, end } = span;
  const space = (c) => c === " " || c === "\t" || c === "\u00a0";
  if (side === "start" && grow) {
    let i = start;
    while (i > 0 && space(text[i - 1])) i--;
    while (i > 0 && !space(text[i - 1]) && text[i - 1] !== "\n") i--;
    while (i < start && /[“‘"'«(\[„‚]/.test(text[i])) i++;
    start = i;
  } else if (side === "start") {
    let i = start;
    while (i < end && !space(text[i])) i++;
    while (i < end && space(text[i])) i++;
    if (i < end) start = i;
  } else if (grow) {
    let i = end;
    while (i < text.length && space(text[i])) i++;
    while (i < text.length && !space(text[i]) && text[i] !== "\n") i++;
    const word = text.slice(text.lastIndexOf(" ", i - 1) + 1, i);
    const abbreviation = /^(?:\p{Lu}\.)+$|^(?:Jr|Sr|Inc|Ltd|Co|Corp|St|Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov)\.$/u.test(
      word,
    );
    while (i > end && /[,;:!?)\]”’"'»]/.test(text[i - 1])) i--;
    if (i > end && text[i - 1] === "." && !abbreviation) i--;
    end = i;
  } else {
    let i = end;
    while (i > start && !space(text[i - 1])) i--;
    while (i > start && space(text[i - 1])) i--;
    if (i > start) end = i;
  }
  if (text.slice(start, end).includes("\n")) return span;
  return { start, end };
}

/** Four buttons that move the ends of a span a word at a time, a preview, and Apply. */
function spanEditor(ctx, mention, scope) {
  let span = { start: mention.start, end: mention.end };
  const preview = el("p", { className: "span-preview" });
  preview.setAttribute("aria-live", "polite");
  const apply = button(
    "Apply the new span",
    () =>
      ctx.correct({
        op: "span",
        at: anchorAt(ctx.text, mention.start, mention.end),
        to: anchorAt(ctx.text, span.start, span.end),
        ...(scope.input.checked ? { all: true } : {}),
      }),
    { disabled: true },
  );
  const show = () => {
    const before = ctx.text.slice(Math.max(0, span.start - 24), span.start);
    const after = ctx.text.slice(span.end, span.end + 24);
    preview.replaceChildren(
      el("span", { className: "muted" }, `…${before}`),
      el("strong", {}, ctx.text.slice(span.start, span.end)),
      el("span", { className: "muted" }, `${after}…`),
    );
    apply.disabled = span.start === mention.start && span.end === mention.end;
  };
  const move = (side, grow) => () => {
    span = reshape(ctx.text, span, side, grow);
    show();
  };
  show();
  const group = el(
    "div",
    { className: "span-buttons" },
    button("◀ word", move("start", true), { title: "Take in the word before", ariaLabel: "Take in the word before" }),
    button("word ▶", move("start", false), {
      title: "Leave out its first word",
      ariaLabel: "Leave out its first word",
    }),
    button("◀ word", move("end", false), { title: "Leave out its last word", ariaLabel: "Leave out its last word" }),
    button("word ▶", move("end", true), { title: "Take in the word after", ariaLabel: "Take in the word after" }),
  );
  group.setAttribute("role", "group");
  group.setAttribute("aria-label", "Span");
  return el("div", { className: "span-editor" }, preview, group, row(apply));
}

/** The popover's section for a mention: its type, whether it is one, its span, its entity. */
export function mentionSection(ctx, mention, { onEditEntity } = {}) {
  const { text, result } = ctx;
  const at = anchorAt(text, mention.start, mention.end);
  const count = occurrencesOf(text, mention).length;
  const scope = checkbox(`all ${count} occurrences of “${clip(mention.text, 40)}”`, count > 1);
  scope.wrap.hidden = count < 2;
  const all = () => (scope.input.checked ? { all: true } : {});
  const section = el(
    "section",
    { className: "mention-editor" },
    el("h3", {}, `“${clip(mention.text)}”`),
    help("Its type:"),
    typePicker(mention.type, (type) => ctx.correct({ op: "type", at, type, ...all() }), "Type"),
    scope.wrap,
    row(
      button("Not a name or number: remove", () => ctx.correct({ op: "remove", at, ...all() }), {
        className: "danger",
      }),
    ),
  );

  const details = el("details", { className: "more" }, el("summary", {}, "Its span"), spanEditor(ctx, mention, scope));
  section.append(details);

  const entity = entityById(result, mention.entity);
  if (entity) {
    const n = storyMentions(result, entity).length;
    const line = el(
      "p",
      { className: "help" },
      `In the entity “${clip(entity.name, 40)}” (${plural(n, "mention", "mentions")}).`,
    );
    const actions = row();
    if (entity.mentions.length > 1) {
      actions.append(
        button("Not the same: separate it", () => {
          // This form of the name, where it is in this entity (all of them when asked), leaves it.
          const spans = scope.input.checked
            ? entity.mentions.map((mi) => result.mentions.at(mi)).filter((m) => m.text === mention.text)
            : [mention];
          ctx.correct({ op: "split", at: spans.map((m) => anchorAt(text, m.start, m.end)) });
        }),
      );
    }
    if (onEditEntity) actions.append(button("The entity…", () => onEditEntity(entity)));
    section.append(line, actions);
  }
  return section;
}

// ------------------------------------------------------------------ entities

/** A mention of an entity to name it by: its first in the story. */
function entityAnchor(ctx, entity) {
  const mi = storyMentions(ctx.result, entity)[0] ?? entity.mentions[0];
  const m = ctx.result.mentions.at(mi);
  return anchorAt(ctx.text, m.start, m.end);
}

/** The entities of the panel (mentioned in the story), most central first. */
function storyEntities(result) {
  return result.entities.filter((e) => storyMentions(result, e).length).sort((a, b) => b.salience - a.salience);
}

/** The popover's section for an entity: rename, retype, merge with another, split its forms, remove. */
export function entitySection(ctx, entity) {
  const { text, result } = ctx;
  const at = entityAnchor(ctx, entity);
  const mentions = entity.mentions.map((mi) => result.mentions.at(mi));
  const section = el(
    "section",
    { className: "entity-editor" },
    el("h3", {}, clip(entity.name)),
    help(`${typeLabel(entity.type)} · ${plural(storyMentions(result, entity).length, "mention", "mentions")}`),
  );

  const name = el("input", { type: "text", value: entity.name, id: fieldId("name"), className: "text-field" });
  name.setAttribute("aria-label", "Name");
  const rename = () => {
    if (name.value.trim() && name.value.trim() !== entity.name)
      ctx.correct({ op: "rename", at, name: name.value.trim() });
  };
  name.addEventListener("keydown", (event) => {
    if (event.key === "Enter") rename();
  });
  section.append(
    el("label", { className: "field-label", htmlFor: name.id }, "Name"),
    row(name, button("Rename", rename)),
  );

  section.append(
    help("Type of every mention:"),
    typePicker(entity.type, (type) => ctx.correct({ op: "type", at, type, entity: true }), "Type of the entity"),
  );

  const others = storyEntities(result)
    .filter((e) => e.id !== entity.id)
    .sort((a, b) => Number(b.type === entity.type) - Number(a.type === entity.type));
  if (others.length) {
    const select = el("select", { id: fieldId("merge") });
    for (const e of others) select.append(el("option", { value: String(e.id) }, `${e.name} (${typeLabel(e.type)})`));
    const merge = button("Merge", () => {
      const other = others.find((e) => String(e.id) === select.value);
      if (other) ctx.correct({ op: "merge", at, from: entityAnchor(ctx, other) });
    });
    section.append(
      el("label", { className: "field-label", htmlFor: select.id }, "The same as (merge):"),
      row(select, merge),
    );
  }

  const forms = new Map();
  for (const m of mentions) forms.set(m.text, [...(forms.get(m.text) ?? []), m]);
  if (forms.size > 1) {
    const boxes = [...forms].map(([form, list]) => ({ form, list, ...checkbox(`${form} ×${list.length}`, false) }));
    const split = button("Make the checked a separate entity", () => {
      const chosen = boxes.filter((b) => b.input.checked).flatMap((b) => b.list);
      if (chosen.length) ctx.correct({ op: "split", at: chosen.map((m) => anchorAt(text, m.start, m.end)) });
    });
    const fieldset = el(
      "fieldset",
      { className: "forms" },
      el("legend", {}, "Not all the same? Its forms:"),
      ...boxes.map((b) => b.wrap),
    );
    section.append(fieldset, row(split));
  }
  section.append(
    row(
      button(
        `Not a name: remove all ${plural(mentions.length, "mention", "mentions")}`,
        () => ctx.correct({ op: "remove", at, entity: true }),
        { className: "danger" },
      ),
    ),
  );
  return section;
}

// ------------------------------------------------------------------ quotations

/**
 * Who could be speaking: the entities of the story (people and
 * organisations first), then the descriptions the model found as speakers
 * ("officials"), each with the spans it has.
 */
function speakerChoices(result) {
  const rank = (e) => (e.type === "PERSON" ? 0 : e.type === "ORG" ? 1 : 2);
  const entities = storyEntities(result)
    .filter((e) => ["PERSON", "ORG", "MISC", "LOCATION"].includes(e.type))
    .sort((a, b) => rank(a) - rank(b) || b.salience - a.salience);
  const descriptions = new Map();
  for (const q of result.quotes) {
    const sp = q.speaker;
    if (!sp || sp.kind !== "description" || sp.entity != null || q.boilerplate || !(sp.end > sp.start)) continue;
    const key = sp.text.toLowerCase().replace(/^(the|a|an)\s+/, "");
    if (!descriptions.has(key)) descriptions.set(key, { name: sp.text, spans: [] });
    descriptions.get(key).spans.push({ start: sp.start, end: sp.end });
  }
  return { entities, descriptions: [...descriptions.values()] };
}

/** Of some spans, the nearest before the quotation, else the nearest after. */
function nearestSpan(spans, quote) {
  const before = spans.filter((s) => s.end <= quote.start).sort((a, b) => b.end - a.end)[0];
  return before ?? spans.filter((s) => s.start >= quote.end).sort((a, b) => a.start - b.start)[0] ?? spans[0];
}

function speakerPicker(ctx, quote) {
  const { text, result } = ctx;
  const at = anchorAt(text, quote.start, quote.end);
  const { entities, descriptions } = speakerChoices(result);
  const select = el("select", { className: "speaker-select", id: fieldId("speaker") });
  select.append(el("option", { value: "none" }, "— no speaker —"));
  const named = el("optgroup", { label: "Named" });
  for (const e of entities) {
    const option = el("option", { value: `e${e.id}` }, e.name);
    if (quote.speaker?.entity === e.id) option.selected = true;
    named.append(option);
  }
  if (entities.length) select.append(named);
  const described = el("optgroup", { label: "Described" });
  descriptions.forEach((d, i) => {
    const option = el("option", { value: `d${i}` }, d.name);
    if (quote.speaker?.entity == null && quote.speaker?.text?.toLowerCase() === d.name.toLowerCase())
      option.selected = true;
    described.append(option);
  });
  if (descriptions.length) select.append(described);
  select.append(el("option", { value: "typed" }, "Someone else: describe them…"));

  const typed = el("input", {
    type: "text",
    className: "text-field",
    id: fieldId("described"),
    placeholder: "e.g. a government spokesperson",
  });
  typed.setAttribute("aria-label", "Who is speaking");
  const typedRow = row(typed);
  typedRow.hidden = true;
  select.addEventListener("change", () => {
    typedRow.hidden = select.value !== "typed";
    if (!typedRow.hidden) typed.focus();
  });
  const apply = () => {
    const value = select.value;
    let speaker = null;
    if (value === "typed") {
      if (!typed.value.trim()) return;
      speaker = { text: typed.value.trim() };
    } else if (value.startsWith("e")) {
      const entity = entities.find((e) => `e${e.id}` === value);
      const spans = entity.mentions.map((mi) => result.mentions.at(mi)).filter((m) => !m.boilerplate);
      const s = nearestSpan(spans, quote);
      speaker = { at: anchorAt(text, s.start, s.end) };
    } else if (value.startsWith("d")) {
      const s = nearestSpan(descriptions[Number(value.slice(1))].spans, quote);
      speaker = { at: anchorAt(text, s.start, s.end) };
    }
    ctx.correct({ op: "speaker", at, speaker });
  };
  typed.addEventListener("keydown", (event) => {
    if (event.key === "Enter") apply();
  });
  return el(
    "div",
    {},
    el("label", { className: "field-label", htmlFor: select.id }, "Speaker"),
    row(select, button("Set speaker", apply)),
    typedRow,
  );
}

/** The popover's section for a quotation: its kind, speaker and cue, or not a quotation at all. */
export function quoteSection(ctx, quote) {
  const { text, result } = ctx;
  const at = anchorAt(text, quote.start, quote.end);
  const name = speakerName(quote, result);
  const kinds = el("div", { className: "kind-picker" });
  kinds.setAttribute("role", "group");
  kinds.setAttribute("aria-label", "Kind");
  for (const kind of QUOTE_KINDS) {
    const b = button(QUOTE_KIND_LABELS[kind], () => ctx.correct({ op: "quote-kind", at, kind }), { className: "chip" });
    b.setAttribute("aria-pressed", String(kind === quote.kind));
    b.dataset.kind = kind;
    kinds.append(b);
  }
  const cue = quote.cue?.text
    ? row(
        el("span", { className: "help" }, `Cue: “${clip(quote.cue.text, 30)}”`),
        button("No cue", () => ctx.correct({ op: "cue", at, cue: null })),
      )
    : help("No cue. Select the verb in the article to make it the cue.");
  return el(
    "section",
    { className: "quote-editor" },
    el("h3", {}, "This quotation"),
    help(name ? `Said by ${name}.` : "No speaker found."),
    kinds,
    speakerPicker(ctx, quote),
    cue,
    row(button("Not a quotation: remove", () => ctx.correct({ op: "quote-remove", at }), { className: "danger" })),
  );
}

// ------------------------------------------------------------------ selections

/** Indices of the quotations (an array or a Table) closest to a span, closest first. */
function nearestQuotes(quotes, span, count) {
  const distance = (q) => (q.end <= span.start ? span.start - q.end : q.start >= span.end ? q.start - span.end : 0);
  const scored = [];
  for (const [i, q] of quotes.entries()) scored.push([distance(q), i]);
  return scored
    .sort((a, b) => a[0] - b[0])
    .slice(0, count)
    .map(([, i]) => i);
}

/** A select of the nearby quotations and a button: the selected text becomes their speaker or cue. */
function quoteTargetPicker(ctx, span, label, action, make) {
  const nearby = nearestQuotes(ctx.result.quotes, span, 8);
  if (!nearby.length) return null;
  const select = el("select", { className: "quote-select", id: fieldId("quote") });
  for (const index of nearby)
    select.append(el("option", { value: String(index) }, clip(ctx.result.quotes.at(index).text, 48)));
  const apply = button(action, () => {
    const quote = ctx.result.quotes.at(Number(select.value));
    ctx.correct(make(anchorAt(ctx.text, quote.start, quote.end)));
  });
  return el("div", {}, el("label", { className: "field-label", htmlFor: select.id }, label), row(select, apply));
}

const OPENING = /^[“‘"'«»‹›„‚「『]/u;

/** For selected text: a mention (or the new span of the one it overlaps), a quotation, a speaker, a cue. */
export function selectionSection(ctx, span) {
  const { text, result } = ctx;
  const selected = text.slice(span.start, span.end);
  const at = anchorAt(text, span.start, span.end);
  const count = wholeWordOccurrences(text, selected).length;
  const scope = checkbox(`all ${count} occurrences`, count > 1);
  scope.wrap.hidden = count < 2;
  const section = el(
    "section",
    { className: "selection-editor" },
    el("h3", {}, `“${clip(selected)}”`),
    help("Mark it as:"),
    typePicker(
      null,
      (type) => ctx.correct({ op: "add", at, type, ...(scope.input.checked ? { all: true } : {}) }),
      "Type",
    ),
    scope.wrap,
  );

  const touched = [];
  const starts = result.mentions.column("start");
  const ends = result.mentions.column("end");
  for (let i = 0; i < result.mentions.length && starts[i] < span.end; i++) {
    if (ends[i] > span.start) touched.push(i);
  }
  if (touched.length === 1) {
    const m = result.mentions.at(touched[0]);
    if (m.start !== span.start || m.end !== span.end) {
      section.append(
        row(
          button(`Make it the span of “${clip(m.text, 30)}”`, () =>
            ctx.correct({
              op: "span",
              at: anchorAt(text, m.start, m.end),
              to: at,
            }),
          ),
        ),
      );
    }
  }

  const kind = OPENING.test(selected) ? "direct" : "indirect";
  section.append(
    row(
      button(kind === "direct" ? "Add as a quotation" : "Add as reported speech", () =>
        ctx.correct({ op: "quote-add", at, kind }),
      ),
    ),
  );
  const speaker = quoteTargetPicker(ctx, span, "Or the speaker of:", "Set speaker", (q) => ({
    op: "speaker",
    at: q,
    speaker: { at },
  }));
  const cue = quoteTargetPicker(ctx, span, "Or the cue of:", "Set cue", (q) => ({ op: "cue", at: q, cue: at }));
  if (speaker) section.append(speaker);
  if (cue && selected.length <= 40) section.append(cue);
  return section;
}

// ------------------------------------------------------------------ the popover

/** The popover itself: one at a time, anchored under a rectangle, closed by Escape or a click elsewhere. */
export class Popover {
  #root;
  #body;
  #returnFocus = null;
  #rect = null;

  constructor(root) {
    this.#root = root;
    this.#body = root.querySelector(".popover-body");
    root.querySelector(".popover-close").addEventListener("click", () => this.close());
    root.addEventListener("keydown", (event) => {
      if (event.key === "Escape") {
        event.stopPropagation();
        this.close();
      }
    });
    document.addEventListener("pointerdown", (event) => {
      if (!this.isOpen || root.contains(event.target)) return;
      this.close({ restoreFocus: false });
    });
  }

  get isOpen() {
    return !this.#root.hidden;
  }

  /** Opens with these sections under `rect`; focus returns to `returnFocus` on close. */
  open(rect, sections, returnFocus, { label = "Correct the annotation" } = {}) {
    this.#returnFocus = returnFocus;
    this.#rect = rect;
    this.#root.setAttribute("aria-label", label);
    this.show(sections);
  }

  /** Replaces the content (the explanation gives way to the corrections), in place. */
  show(sections) {
    this.#body.replaceChildren(...sections);
    this.#root.hidden = false;
    this.#place(this.#rect);
    this.#root
      .querySelector('[aria-pressed="true"], .primary-quiet, select, input, button:not(.popover-close)')
      ?.focus({ preventScroll: true });
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
    // Taller than the room on either side: at the top of the window, scrolling inside.
    if (top + height > window.innerHeight - margin && top > margin)
      top = Math.max(margin, window.innerHeight - height - margin);
    root.style.left = `${Math.round(left + window.scrollX)}px`;
    root.style.top = `${Math.round(top + window.scrollY)}px`;
  }
}
