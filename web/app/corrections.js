// Corrections: the reader knows better than the model. They are a short list
// of operations applied on top of the model's result, never edits of it, so
// that they can be undone, stored, and applied again when the article is
// annotated again, even after its text was edited. Each names the spans it
// is about by an anchor (anchors.js: a W3C TextQuoteSelector with the
// offsets it had), found again in an edited text by reanchorOps.
//
// Mentions ("all": also every other whole-word occurrence of its text;
// "entity": every mention of its entity)
//   {op: 'type',    at, type, all?, entity?}  a mention gets another type (a span that is none becomes one)
//   {op: 'remove',  at, all?, entity?}        a mention is not one
//   {op: 'add',     at, type, all?}    a new mention (it replaces those it covers)
//   {op: 'span',    at, to, all?}      a mention's span becomes `to` (extended or shrunk)
// Entities (each named by one of its mentions)
//   {op: 'merge',   at, from}          the entity of `from` is the entity of `at`
//   {op: 'split',   at: [anchors]}     these mentions are an entity of their own
//   {op: 'rename',  at, name}          the entity's name
// Quotations
//   {op: 'quote-remove', at}           not a quotation
//   {op: 'quote-add',    at, kind}     a quotation the model missed
//   {op: 'quote-kind',   at, kind}     direct, mixed, indirect or scare
//   {op: 'speaker', at, speaker}       null (none), {at} (a span of the text: a
//                                      mention, a pronoun or a description) or
//                                      {text} (a description typed by the reader)
//   {op: 'cue',     at, cue}           null (none) or an anchor
//
// An entity has one type: a mention that gets another leaves it for an
// entity of its new type that goes by its name (a new one if none does),
// unless every mention of the entity got that type, when the entity gets it
// too. A mention added joins an entity of its type that goes by its text, or
// a new entity, so that it shows in the entities panel. Numbers and time are
// in no entity, as the model has them. A speaker follows the entity of the
// mention it is.

import { isKnownType, typeLabel, QUOTE_KIND_LABELS } from "../shared/labels.js";
import { isAnchor, holds, locate, reanchor, textEdit, wholeWordOccurrences, anchorAt } from "./anchors.js";

export const QUOTE_KINDS = ["direct", "mixed", "indirect", "scare"];

// The types that name someone or something, and so have entities; numbers and time have none.
const NAME_TYPES = new Set(["PERSON", "ORG", "LOCATION", "MISC"]);

const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us"]);

const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const inside = (inner, outer) => inner.start >= outer.start && inner.end <= outer.end;
const spanKey = (s) => `${s.start}:${s.end}`;

// ------------------------------------------------------------------ operations

const ANCHOR_FIELDS = {
  type: ["at"],
  remove: ["at"],
  add: ["at"],
  span: ["at", "to"],
  merge: ["at", "from"],
  split: ["at"],
  rename: ["at"],
  "quote-remove": ["at"],
  "quote-add": ["at"],
  "quote-kind": ["at"],
  speaker: ["at", "speaker.at"],
  cue: ["at", "cue"],
};

function field(op, path) {
  return path.split(".").reduce((value, name) => (value == null ? undefined : value[name]), op);
}

/** The anchors of an operation, as [path, anchor] pairs (a split lists several under one path). */
export function anchorsOf(op) {
  const pairs = [];
  for (const path of ANCHOR_FIELDS[op?.op] ?? []) {
    const value = field(op, path);
    if (Array.isArray(value)) value.forEach((a, i) => pairs.push([`${path}.${i}`, a]));
    else if (value != null) pairs.push([path, value]);
  }
  return pairs;
}

/** A copy of `op` with each anchor replaced by `replace(anchor)`. */
function mapAnchors(op, replace) {
  const copy = structuredClone(op);
  for (const [path, anchor] of anchorsOf(op)) {
    const names = path.split(".");
    const last = names.pop();
    const parent = names.reduce((value, name) => value[name], copy);
    parent[last] = replace(anchor);
  }
  return copy;
}

/** Whether an operation has a shape this page can apply (stored ones come from elsewhere). */
export function isValidOp(op) {
  if (!op || typeof op !== "object" || !Object.hasOwn(ANCHOR_FIELDS, op.op)) return false;
  if (op.op !== "split" && Array.isArray(op.at)) return false;
  const anchors = anchorsOf(op);
  if (!anchors.length || !anchors.every(([, a]) => isAnchor(a))) return false;
  switch (op.op) {
    case "type":
    case "add":
      return isKnownType(op.type);
    case "split":
      return Array.isArray(op.at);
    case "rename":
      return typeof op.name === "string" && op.name.trim() !== "";
    case "quote-add":
    case "quote-kind":
      return QUOTE_KINDS.includes(op.kind);
    case "speaker":
      return (
        op.speaker === null ||
        isAnchor(op.speaker?.at) ||
        (typeof op.speaker?.text === "string" && op.speaker.text.trim() !== "") ||
        typeof op.speaker?.name === "string"
      );
    case "cue":
      return op.cue === null || isAnchor(op.cue);
    default:
      return true;
  }
}

/**
 * The operations of an older page, which named spans by offsets only
 * ({op, start, end, ...}), with anchors in `text`; others are kept as they are.
 */
export function upgradeOps(text, ops) {
  return ops.map((op) => {
    if (!op || op.at || !Number.isInteger(op.start) || !Number.isInteger(op.end) || op.end > text.length) return op;
    const { start, end, ...rest } = op;
    const upgraded = { ...rest, at: anchorAt(text, start, end) };
    if (op.op === "speaker" && op.speaker) {
      upgraded.speaker =
        Number.isInteger(op.speaker.start) && op.speaker.end <= text.length
          ? { at: anchorAt(text, op.speaker.start, op.speaker.end) }
          : { name: String(op.speaker.name ?? "") };
    }
    return upgraded;
  });
}

/**
 * The operations found again in `newText`, which an edit made of `oldText`:
 * {ops, lost}, each operation with anchors in the new text, or in `lost` (as
 * it was) when one of its spans is gone.
 */
export function reanchorOps(oldText, newText, ops) {
  const mapOffset = textEdit(oldText, newText);
  const kept = [];
  const lost = [];
  for (const op of ops) {
    let gone = false;
    const moved = isValidOp(op)
      ? mapAnchors(op, (a) => {
          const again = gone ? null : reanchor(newText, a, mapOffset);
          if (!again) gone = true;
          return again;
        })
      : op;
    if (gone || !isValidOp(moved)) lost.push(op);
    else kept.push(moved);
  }
  return { ops: kept, lost };
}

/** An operation in words, for the status line and the list of those that could not be found again. */
export function describeOp(op) {
  const clip = (s, n = 40) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  // In quotation marks, unless it has its own (a quotation's).
  const quoted = (s) => {
    if (!(/^[“"‘«]/.test(s) && /[”"’»]$/.test(s))) return `“${clip(s)}”`;
    return s.length > 40 ? `${s.slice(0, 38)}…${s.at(-1)}` : s;
  };
  const first = Array.isArray(op?.at) ? op.at[0] : op?.at;
  const what = quoted(String(first?.exact ?? ""));
  const scope = op.entity ? " (its whole entity)" : op.all ? " (every occurrence)" : "";
  switch (op?.op) {
    case "type":
      return `${what} is now ${typeLabel(op.type).toLowerCase()}${scope}`;
    case "remove":
      return `${what} is not a name or number${scope}`;
    case "add":
      return `${what} marked as ${typeLabel(op.type).toLowerCase()}${scope}`;
    case "span":
      return `${what} became “${clip(String(op.to?.exact ?? ""))}”${scope}`;
    case "merge":
      return `“${clip(String(op.from?.exact ?? ""))}” is the same as ${what}`;
    case "split":
      return `${what} separated from its entity`;
    case "rename":
      return `the entity of ${what} renamed “${clip(String(op.name))}”`;
    case "quote-remove":
      return `${what} is not a quotation`;
    case "quote-add":
      return `${what} added as a quotation`;
    case "quote-kind":
      return `${what} is ${String(QUOTE_KIND_LABELS[op.kind] ?? op.kind).toLowerCase()}`;
    case "speaker": {
      const who =
        op.speaker === null
          ? "nobody"
          : op.speaker.at
            ? `“${clip(op.speaker.at.exact)}”`
            : `“${clip(String(op.speaker.text ?? op.speaker.name))}”`;
      return `the speaker of ${what} is ${who}`;
    }
    case "cue":
      return `the cue of ${what} is ${op.cue ? `“${clip(op.cue.exact)}”` : "none"}`;
    default:
      return "a correction this page does not know";
  }
}

// ------------------------------------------------------------------ applying

/**
 * The model's result with `ops` applied, as a new compact result (the
 * model's is not changed). Changed items carry `corrected`: what changed,
 * space-separated ("type", "added", "span", "entity", "speaker", "kind",
 * "cue", "renamed", "merged", "split"). Returns {result, notApplied}:
 * the indices of the operations that did not apply (`reason`: 'anchor'
 * when a span is not in this text, 'nothing' when there was nothing to do).
 */
export function applyCorrections(text, model, ops) {
  if (!ops.length) return { result: model, notApplied: [] };
  const corrector = new Corrector(text, model);
  const notApplied = [];
  ops.forEach((op, index) => {
    const reason = corrector.apply(op);
    if (reason) notApplied.push({ index, reason });
  });
  return { result: corrector.result(), notApplied };
}

/** What "all occurrences" covers for the mention at `span`: the spans, the mention's own first. */
export function occurrencesOf(text, span) {
  const exact = text.slice(span.start, span.end);
  const others = wholeWordOccurrences(text, exact).filter((s) => s.start !== span.start);
  return [{ start: span.start, end: span.end }, ...others];
}

class Corrector {
  constructor(text, model) {
    this.text = text;
    this.model = model;
    this.mentions = new Rows(model.mentions);
    this.quotes = new Rows(model.quotes);
    this.entities = model.entities.map((e) => ({ ...e, mentions: [] }));
    this.byId = new Map(this.entities.map((e) => [e.id, e]));
    this.nextId = Math.max(-1, ...this.entities.map((e) => e.id)) + 1;
    this.redirect = new Map();
    this.entitiesChanged = false;
    this.quotesAdded = false;
  }

  /** Applies one operation; returns why it did not apply, or null. */
  apply(op) {
    if (!isValidOp(op)) return "anchor";
    const spans = {};
    for (const [path, a] of anchorsOf(op)) {
      const found = holds(this.text, a) ? { start: a.start, end: a.end } : locate(this.text, a);
      if (!found) return "anchor";
      spans[path] = found;
    }
    const done = this[op.op](op, spans);
    return done ? null : "nothing";
  }

  // ---------------------------------------------------------- mentions

  findMention(span) {
    return this.mentions.find(span);
  }

  /** The rows of the mentions that overlap `span`. */
  overlapping(span) {
    const rows = [];
    for (let k = 0; k < this.mentions.length; k++) if (overlaps(this.mentions.span(k), span)) rows.push(k);
    return rows;
  }

  setMention(k, changes, what) {
    const mention = { ...this.mentions.item(k), ...changes };
    mention.corrected = mark(mention.corrected, what);
    this.mentions.replace(k, mention);
  }

  removeRows(rows) {
    const gone = new Set(rows);
    this.mentions = this.mentions.filter((k) => !gone.has(k));
    this.entitiesChanged = true;
  }

  newMention(span, type, entity = null) {
    return {
      start: span.start,
      end: span.end,
      text: this.text.slice(span.start, span.end),
      type,
      entity,
      boilerplate: this.inBoilerplate(span),
      corrected: "added",
    };
  }

  inBoilerplate(span) {
    return new Rows(this.model.boilerplate).findItem((b) => overlaps(b, span)) !== undefined;
  }

  /**
   * Adds a mention over `span`, replacing those it covers (all those it
   * overlaps when `force`), in the entity of the first of them of its type
   * ("Mayor Alice Grant" over "Alice Grant"); false when one sticks out.
   */
  addMention(span, type, { force = false, entity = null } = {}) {
    const over = this.overlapping(span);
    if (!force && over.some((k) => !inside(this.mentions.span(k), span))) return false;
    const replaced = over.map((k) => this.mentions.item(k)).find((m) => m.type === type && m.entity != null);
    if (over.length) this.removeRows(over);
    this.mentions.push(this.newMention(span, type, replaced?.entity ?? entity));
    return true;
  }

  /**
   * The spans an operation on the mention at `at` is about: it, or every
   * mention of its entity (`entity`), or every occurrence of its text (`all`).
   */
  targetsOf(op, at) {
    if (op.entity) {
      const k = this.findMention(at);
      const id = k >= 0 ? this.mentions.get(k, "entity") : null;
      if (id == null) return [at];
      return [
        at,
        ...this.mentionsOf(id)
          .map((j) => this.mentions.span(j))
          .filter((s) => spanKey(s) !== spanKey(at)),
      ];
    }
    return op.all ? occurrencesOf(this.text, at) : [at];
  }

  type(op, spans) {
    const targets = this.targetsOf(op, spans.at);
    const changed = [];
    targets.forEach((span, i) => {
      const k = this.findMention(span);
      if (k >= 0) {
        if (this.mentions.get(k, "type") === op.type) return;
        this.setMention(k, { type: op.type }, "type");
        changed.push(span);
      } else if (this.addMention(span, op.type, { force: i === 0 })) {
        changed.push(span);
      }
    });
    this.settle(changed);
    return changed.length > 0;
  }

  remove(op, spans) {
    const targets = this.targetsOf(op, spans.at);
    const rows = targets.map((span) => this.findMention(span)).filter((k) => k >= 0);
    if (rows.length) this.removeRows(rows);
    return rows.length > 0;
  }

  add(op, spans) {
    const targets = op.all ? occurrencesOf(this.text, spans.at) : [spans.at];
    const added = targets.filter((span, i) => {
      const k = this.findMention(span);
      if (k >= 0 && this.mentions.get(k, "type") === op.type) return false;
      return this.addMention(span, op.type, { force: i === 0 });
    });
    this.settle(added);
    return added.length > 0;
  }

  span(op, spans) {
    const from = spans.at;
    const to = spans.to;
    const k = this.findMention(from);
    if (k < 0 || spanKey(from) === spanKey(to)) return false;
    const { type, entity } = this.mentions.item(k);
    const reshaped = [{ k, span: to }];
    if (op.all) {
      // Every other mention with the same text, reshaped alike where its text allows.
      const exact = this.text.slice(from.start, from.end);
      const wanted = this.text.slice(to.start, to.end);
      for (let j = 0; j < this.mentions.length; j++) {
        const s = this.mentions.span(j);
        if (j === k || this.text.slice(s.start, s.end) !== exact) continue;
        const next = { start: s.start + to.start - from.start, end: s.end + to.end - from.end };
        if (next.start >= 0 && this.text.slice(next.start, next.end) === wanted) reshaped.push({ k: j, span: next });
      }
    }
    // The reshaped mentions leave their rows; what they now cover goes; then they come back.
    const moving = reshaped.map((r) => ({
      ...this.mentions.item(r.k),
      ...r.span,
      text: this.text.slice(r.span.start, r.span.end),
    }));
    this.removeRows(reshaped.map((r) => r.k));
    for (const mention of moving) {
      const over = this.overlapping(mention);
      if (over.length) this.removeRows(over);
    }
    for (const mention of moving) {
      mention.corrected = mark(mention.corrected, "span");
      this.mentions.push(mention);
    }
    if (op.all) {
      // And every occurrence of the new text that no mention touches.
      for (const span of wholeWordOccurrences(this.text, this.text.slice(to.start, to.end))) {
        if (!this.overlapping(span).length) this.mentions.push(this.newMention(span, type, entity));
      }
    }
    this.entitiesChanged = true;
    return true;
  }

  // ---------------------------------------------------------- entities

  /** The entity of the mention at `span`, made for it when it has none; null when no mention is there. */
  entityAt(span) {
    const k = this.findMention(span);
    if (k < 0) return null;
    const id = this.mentions.get(k, "entity");
    if (id != null && this.byId.has(id)) return this.byId.get(id);
    this.settle([span]);
    return this.byId.get(this.mentions.get(this.findMention(span), "entity")) ?? null;
  }

  /** The rows of the mentions of entity `id`. */
  mentionsOf(id) {
    const rows = [];
    for (let k = 0; k < this.mentions.length; k++) if (this.mentions.get(k, "entity") === id) rows.push(k);
    return rows;
  }

  merge(op, spans) {
    const into = this.entityAt(spans.at);
    const from = this.entityAt(spans.from);
    if (!into || !from || into === from) return false;
    for (const k of this.mentionsOf(from.id)) {
      const changes = { entity: into.id };
      if (this.mentions.get(k, "type") !== into.type) changes.type = into.type;
      this.setMention(k, changes, "entity");
    }
    // Named by its fullest form, as the model names its entities; the reader's own name stays.
    if (!hasMark(into.corrected, "renamed") && (from.name?.length ?? 0) > (into.name?.length ?? 0))
      into.name = from.name;
    into.salience = Math.max(Number(into.salience) || 0, Number(from.salience) || 0);
    into.corrected = mark(into.corrected, "merged");
    this.redirect.set(from.id, into.id);
    for (const [old, target] of this.redirect) if (target === from.id) this.redirect.set(old, into.id);
    this.dropEntity(from);
    return true;
  }

  split(op, spans) {
    const rows = Object.keys(spans)
      .map((path) => this.findMention(spans[path]))
      .filter((k) => k >= 0);
    if (!rows.length) return false;
    const first = this.mentions.item(rows[0]);
    const owner = first.entity != null ? this.byId.get(first.entity) : null;
    if (owner && this.mentionsOf(owner.id).every((k) => rows.includes(k))) return false;
    const texts = rows.map((k) => this.mentions.get(k, "text"));
    const entity = this.newEntity(
      texts.reduce((a, b) => (b.length > a.length ? b : a)),
      first.type,
      "split",
    );
    for (const k of rows) this.setMention(k, { entity: entity.id, type: entity.type }, "entity");
    return true;
  }

  rename(op, spans) {
    const entity = this.entityAt(spans.at);
    if (!entity || entity.name === op.name.trim()) return false;
    entity.name = op.name.trim();
    entity.corrected = mark(entity.corrected, "renamed");
    return true;
  }

  newEntity(name, type, what) {
    const entity = { id: this.nextId++, type, name, mentions: [], salience: null, corrected: what };
    this.entities.push(entity);
    this.byId.set(entity.id, entity);
    this.entitiesChanged = true;
    return entity;
  }

  dropEntity(entity) {
    this.entities = this.entities.filter((e) => e !== entity);
    this.byId.delete(entity.id);
    this.entitiesChanged = true;
  }

  /** An entity of `type` that goes by `name` (its name or one of its mentions' texts), or undefined. */
  entityNamed(type, name) {
    const folded = name.toLowerCase();
    const byName = this.entities.find((e) => e.type === type && String(e.name).toLowerCase() === folded);
    if (byName) return byName;
    const same = this.mentions.findItem(
      (m) =>
        m.type === type &&
        m.entity != null &&
        this.byId.get(m.entity)?.type === type &&
        m.text.toLowerCase() === folded,
    );
    return same ? this.byId.get(same.entity) : undefined;
  }

  /**
   * Keeps the entities consistent after the mentions at `spans` changed
   * (their type, or added): each is in an entity of its own type.
   */
  settle(spans) {
    if (!spans.length) return;
    this.entitiesChanged = true;
    const changed = new Set(spans.map(spanKey));
    // Whether an entity keeps a mention of its type that did not change.
    const keepsType = new Map();
    const keeps = (owner) => {
      if (!keepsType.has(owner.id)) {
        keepsType.set(
          owner.id,
          this.mentionsOf(owner.id).some(
            (j) => !changed.has(spanKey(this.mentions.span(j))) && this.mentions.get(j, "type") === owner.type,
          ),
        );
      }
      return keepsType.get(owner.id);
    };
    for (const span of spans) {
      const k = this.findMention(span);
      if (k < 0) continue;
      const mention = this.mentions.item(k);
      const owner = mention.entity != null ? this.byId.get(mention.entity) : undefined;
      if (!NAME_TYPES.has(mention.type)) {
        if (mention.entity != null) this.setMention(k, { entity: null }, "entity");
        continue;
      }
      if (owner && owner.type === mention.type) continue;
      if (owner) {
        if (!keeps(owner)) {
          owner.type = mention.type;
          owner.corrected = mark(owner.corrected, "type");
          continue;
        }
      }
      const entity =
        this.entityNamed(mention.type, mention.text) ?? this.newEntity(mention.text, mention.type, "added");
      this.setMention(k, { entity: entity.id }, owner ? "entity" : null);
    }
  }

  // ---------------------------------------------------------- quotations

  findQuote(span) {
    return this.quotes.find(span);
  }

  setQuote(k, changes, what) {
    const quote = { ...this.quotes.item(k), ...changes };
    quote.corrected = mark(quote.corrected, what);
    this.quotes.replace(k, quote);
  }

  "quote-remove"(op, spans) {
    const k = this.findQuote(spans.at);
    if (k < 0) return false;
    this.quotes.remove(k);
    return true;
  }

  "quote-add"(op, spans) {
    const span = spans.at;
    const k = this.findQuote(span);
    if (k >= 0) return this["quote-kind"](op, spans);
    const text = this.text.slice(span.start, span.end);
    this.quotes.push({
      start: span.start,
      end: span.end,
      text,
      kind: op.kind,
      speaker: null,
      cue: null,
      content: contentOf(text, span),
      boilerplate: this.inBoilerplate(span),
      corrected: "added",
    });
    this.quotesAdded = true;
    return true;
  }

  "quote-kind"(op, spans) {
    const k = this.findQuote(spans.at);
    if (k < 0 || this.quotes.get(k, "kind") === op.kind) return false;
    this.setQuote(k, { kind: op.kind }, "kind");
    return true;
  }

  speaker(op, spans) {
    const k = this.findQuote(spans.at);
    if (k < 0) return false;
    const speaker = this.speakerFor(op.speaker, spans["speaker.at"], this.quotes.span(k));
    if (speaker === undefined) return false;
    this.setQuote(k, { speaker }, "speaker");
    return true;
  }

  /** The speaker a `speaker` operation names, in the result's form; undefined when it names nobody here. */
  speakerFor(target, span, quote) {
    if (target === null) return null;
    if (span) {
      const { text } = this;
      const words = text.slice(span.start, span.end);
      // The mention it is, or the name inside it ("Mayor Alice Grant": Alice Grant).
      const k = this.findMention(span);
      const named =
        k >= 0
          ? this.mentions.item(k)
          : this.mentions
              .filterItems((m) => inside(m, span) && ["PERSON", "ORG", "MISC", "LOCATION"].includes(m.type))
              .sort((a, b) => b.end - b.start - (a.end - a.start))[0];
      if (named) return { start: span.start, end: span.end, text: words, kind: "name", entity: named.entity ?? null };
      const kind = PRONOUNS.has(words.toLowerCase()) ? "pronoun" : "description";
      return { start: span.start, end: span.end, text: words, kind, entity: null };
    }
    if (typeof target.text === "string") return this.describedSpeaker(target.text.trim(), quote);
    // An entity named by its name (from an older page): shown at its mention nearest the quotation.
    const entity = this.entities.find((e) => e.name === target.name);
    if (!entity) return undefined;
    const own = this.mentions.filterItems((m) => m.entity === entity.id);
    const at = own.filter((m) => m.end <= quote.start).pop() ?? own.find((m) => m.start >= quote.end);
    if (!at) return undefined;
    return { start: at.start, end: at.end, text: at.text, kind: "name", entity: entity.id };
  }

  /** A typed description: its nearest use near the quotation, else no span (just its words). */
  describedSpeaker(words, quote) {
    const near = { start: Math.max(0, quote.start - 1000), end: quote.end + 1000 };
    const window = this.text.slice(near.start, near.end).toLowerCase();
    let best = null;
    for (const s of wholeWordOccurrences(window, words.toLowerCase())) {
      const span = { start: s.start + near.start, end: s.end + near.start };
      const distance = span.end <= quote.start ? quote.start - span.end : Math.max(0, span.start - quote.end);
      if (!best || distance < best.distance) best = { ...span, distance };
    }
    if (best)
      return {
        start: best.start,
        end: best.end,
        text: this.text.slice(best.start, best.end),
        kind: "description",
        entity: null,
      };
    return { start: quote.start, end: quote.start, text: words, kind: "description", entity: null };
  }

  cue(op, spans) {
    const k = this.findQuote(spans.at);
    if (k < 0) return false;
    const span = spans.cue;
    this.setQuote(
      k,
      { cue: span ? { start: span.start, end: span.end, text: this.text.slice(span.start, span.end) } : null },
      "cue",
    );
    return true;
  }

  // ---------------------------------------------------------- the result

  result() {
    this.mentions.sort();
    if (this.quotesAdded) this.quotes.sort();
    const { mentions } = this;
    for (let k = 0; k < mentions.length; k++) this.byId.get(mentions.get(k, "entity"))?.mentions.push(k);
    let entities = this.entities;
    if (this.entitiesChanged) {
      entities = entities.filter((e) => e.mentions.length);
      estimateSalience(entities);
      this.followSpeakers(new Set(entities.map((e) => e.id)));
    }
    const { sentences, paragraphs, title, boilerplate, language } = this.model;
    return {
      mentions: mentions.table(),
      entities,
      quotes: this.quotes.table(),
      sentences,
      paragraphs,
      title,
      boilerplate,
      language,
    };
  }

  /**
   * A speaker that is a mention is in that mention's entity; one whose
   * entity was merged is in the entity it went into; one whose entity is
   * gone is in none.
   */
  followSpeakers(live) {
    const entityAt = new Map();
    for (let k = 0; k < this.mentions.length; k++)
      entityAt.set(spanKey(this.mentions.span(k)), this.mentions.get(k, "entity"));
    for (let k = 0; k < this.quotes.length; k++) {
      const speaker = this.quotes.get(k, "speaker");
      if (!speaker) continue;
      let entity = speaker.entity;
      const key = spanKey(speaker);
      if (entityAt.has(key)) entity = entityAt.get(key);
      else if (this.redirect.has(entity)) entity = this.redirect.get(entity);
      if (entity != null && !live.has(entity)) entity = null;
      if (entity !== speaker.entity)
        this.quotes.replace(k, { ...this.quotes.item(k), speaker: { ...speaker, entity } });
    }
  }
}

/** `corrected` with `what` added ("type", then "type entity"); null `what` leaves it. */
function mark(corrected, what) {
  if (!what) return corrected ?? undefined;
  if (!corrected) return what;
  return hasMark(corrected, what) ? corrected : `${corrected} ${what}`;
}

function hasMark(corrected, what) {
  return typeof corrected === "string" && corrected.split(" ").includes(what);
}

const OPENING = /^[“‘"'«»‹›„‚「『]/u;
const CLOSING = /[”’"'»«›‹“‘」』]$/u;

/** What a quotation says: inside its quotation marks when it has them. */
function contentOf(text, span) {
  if (text.length > 2 && OPENING.test(text) && CLOSING.test(text)) return { start: span.start + 1, end: span.end - 1 };
  return { start: span.start, end: span.end };
}

/**
 * The salience of the entities the reader made (new, or split off): that of
 * the model's entities with as many mentions (the nearest count when none
 * has as many), so that they rank among them.
 */
function estimateSalience(entities) {
  const known = entities.filter((e) => typeof e.salience === "number");
  for (const entity of entities) {
    if (typeof entity.salience === "number") continue;
    const count = entity.mentions.length;
    let nearest = Infinity;
    for (const e of known) nearest = Math.min(nearest, Math.abs(e.mentions.length - count));
    const peers = known.filter((e) => Math.abs(e.mentions.length - count) === nearest);
    entity.salience = peers.length ? peers.reduce((sum, e) => sum + e.salience, 0) / peers.length : 0;
  }
}

/**
 * The items of a table while corrections change them: each row is a
 * number, that item of the table unchanged, or an object, an item changed
 * or added. A long article's tens of thousands of mentions stay numbers.
 */
class Rows {
  constructor(table, rows = Array.from({ length: table.length }, (_, i) => i)) {
    this.source = table;
    this.rows = rows;
  }

  get length() {
    return this.rows.length;
  }

  /** The item of row k, as a new object. */
  item(k) {
    const row = this.rows[k];
    return typeof row === "number" ? this.source.at(row) : { ...row };
  }

  /** One field of row k. */
  get(k, name) {
    const row = this.rows[k];
    return typeof row === "number" ? this.source.get(row, name) : row[name];
  }

  span(k) {
    return { start: this.get(k, "start"), end: this.get(k, "end") };
  }

  /** The first row with the offsets of `span`, or -1. */
  find(span) {
    for (let k = 0; k < this.rows.length; k++) {
      if (this.get(k, "start") === span.start && this.get(k, "end") === span.end) return k;
    }
    return -1;
  }

  /** The first item for which `test(item)` holds, or undefined. */
  findItem(test) {
    for (let k = 0; k < this.rows.length; k++) {
      const item = this.item(k);
      if (test(item)) return item;
    }
    return undefined;
  }

  /** The items for which `test(item)` holds. */
  filterItems(test) {
    const items = [];
    for (let k = 0; k < this.rows.length; k++) {
      const item = this.item(k);
      if (test(item)) items.push(item);
    }
    return items;
  }

  /** The rows k for which `keep(k)` holds, as new Rows. */
  filter(keep) {
    return new Rows(
      this.source,
      this.rows.filter((_, k) => keep(k)),
    );
  }

  push(item) {
    this.rows.push(item);
  }

  replace(k, item) {
    this.rows[k] = item;
  }

  remove(k) {
    this.rows.splice(k, 1);
  }

  /** Sorts the rows (stable) in reading order: by start, the longer first. */
  sort() {
    const starts = this.source.column("start");
    const ends = this.source.column("end");
    const start = (row) => (typeof row === "number" ? starts[row] : row.start);
    const end = (row) => (typeof row === "number" ? ends[row] : row.end);
    this.rows.sort((a, b) => start(a) - start(b) || end(b) - end(a));
  }

  /** The rows as a new table. */
  table() {
    return this.source.derive(this.rows);
  }
}

/**
 * The list of operations with undo and redo: each change replaces the list,
 * and the lists before it are kept (they are short).
 */
export class CorrectionHistory {
  #past = [];
  #future = [];
  ops = [];

  /** Starts from stored corrections, each of which can still be undone. */
  reset(ops) {
    this.ops = ops;
    this.#past = ops.map((_, i) => ops.slice(0, i));
    this.#future = [];
  }

  push(op) {
    this.#change([...this.ops, op]);
  }

  /** Takes out the operations at these indices (as one step, which Undo brings back). */
  drop(indices) {
    const gone = new Set(indices);
    if (gone.size) this.#change(this.ops.filter((_, i) => !gone.has(i)));
  }

  clear() {
    if (this.ops.length) this.#change([]);
  }

  #change(ops) {
    this.#past.push(this.ops);
    this.#future = [];
    this.ops = ops;
  }

  get canUndo() {
    return this.#past.length > 0;
  }
  get canRedo() {
    return this.#future.length > 0;
  }

  undo() {
    if (!this.canUndo) return false;
    this.#future.push(this.ops);
    this.ops = this.#past.pop();
    return true;
  }

  redo() {
    if (!this.canRedo) return false;
    this.#past.push(this.ops);
    this.ops = this.#future.pop();
    return true;
  }
}
