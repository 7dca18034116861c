// Corrections: the reader knows better than the model. They are a short list
// of operations applied on top of the model's result, never edits of it, so
// that they can be undone, stored, and re-applied when the same text is
// annotated again. Spans are identified by their UTF-16 offsets in the text.
//
//   {op: 'type',    start, end, type}     a mention gets another type
//   {op: 'remove',  start, end}           a mention is not one
//   {op: 'add',     start, end, type}     a new mention (it replaces any it overlaps)
//   {op: 'speaker', start, end, speaker}  a quotation's speaker: null (none),
//                                         {start, end} (a span of the text) or
//                                         {entity, name} (an entity of the result)

import { isKnownType } from './labels.js';

const STORAGE_PREFIX = 'article-annotator:corrections:';

const overlaps = (a, b) => a.start < b.end && b.start < a.end;

function validSpan(op, text) {
  return Number.isInteger(op.start) && Number.isInteger(op.end) && op.start >= 0 && op.end > op.start && op.end <= text.length;
}

/** Whether an operation can be applied to this text (stored ones come from elsewhere). */
export function isValidOp(op, text) {
  if (!op || typeof op !== 'object' || !validSpan(op, text)) return false;
  switch (op.op) {
    case 'type':
    case 'add': return isKnownType(op.type);
    case 'remove': return true;
    case 'speaker': return op.speaker === null || validSpan(op.speaker ?? {}, text) ||
      (op.speaker && Number.isInteger(op.speaker.entity) && typeof op.speaker.name === 'string');
    default: return false;
  }
}

/**
 * The model's result with `ops` applied, as a new compact result (the
 * model's is not changed). Corrected mentions carry
 * `corrected: "added" | "type"`; corrected quotations `corrected: "speaker"`.
 * Entities keep their ids and list their mentions anew. Returns
 * {result, skipped}: the operations that no longer apply are skipped.
 */
export function applyCorrections(text, model, ops) {
  if (!ops.length) return { result: model, skipped: 0 };
  let mentions = new Rows(model.mentions);
  const quotes = new Rows(model.quotes);
  const entities = model.entities.map((e) => ({ ...e, mentions: [] }));
  const entityOf = new Map(entities.map((e) => [e.id, e]));
  let skipped = 0;

  for (const op of ops) {
    if (!isValidOp(op, text)) { skipped++; continue; }
    if (op.op === 'add') {
      mentions = mentions.filter((k) => !overlaps(mentions.span(k), op));
      mentions.push(addedMention(text, op, model, entityOf));
      continue;
    }
    if (op.op === 'speaker') {
      const k = quotes.find(op);
      if (k < 0) { skipped++; continue; }
      const quote = quotes.item(k);
      const speaker = resolveSpeaker(text, op.speaker, quote, mentions, entities);
      if (speaker === undefined) { skipped++; continue; }
      quotes.replace(k, { ...quote, speaker, corrected: 'speaker' });
      continue;
    }
    const k = mentions.find(op);
    if (k < 0) { skipped++; continue; }
    if (op.op === 'remove') {
      mentions.remove(k);
    } else {
      const mention = mentions.item(k);
      mention.type = op.type;
      // An entity has one type: a mention of another type is no longer its.
      if (entityOf.get(mention.entity)?.type !== op.type) mention.entity = null;
      mention.corrected = mention.corrected ?? 'type';
      mentions.replace(k, mention);
    }
  }

  mentions.sort();
  for (let k = 0; k < mentions.length; k++) entityOf.get(mentions.get(k, 'entity'))?.mentions.push(k);
  const { sentences, paragraphs, title, boilerplate } = model;
  return {
    result: { mentions: mentions.table(), entities, quotes: quotes.table(), sentences, paragraphs, title, boilerplate },
    skipped,
  };
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

  get length() { return this.rows.length; }

  /** The item of row k, as a new object. */
  item(k) {
    const row = this.rows[k];
    return typeof row === 'number' ? this.source.at(row) : { ...row };
  }

  /** One field of row k. */
  get(k, name) {
    const row = this.rows[k];
    return typeof row === 'number' ? this.source.get(row, name) : row[name];
  }

  span(k) {
    return { start: this.get(k, 'start'), end: this.get(k, 'end') };
  }

  /** The first row with the offsets of `span`, or -1. */
  find(span) {
    for (let k = 0; k < this.rows.length; k++) {
      if (this.get(k, 'start') === span.start && this.get(k, 'end') === span.end) return k;
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
    return new Rows(this.source, this.rows.filter((_, k) => keep(k)));
  }

  push(item) { this.rows.push(item); }

  replace(k, item) { this.rows[k] = item; }

  remove(k) { this.rows.splice(k, 1); }

  /** Sorts the rows (stable) in reading order: by start, the longer first. */
  sort() {
    const starts = this.source.column('start');
    const ends = this.source.column('end');
    const start = (row) => (typeof row === 'number' ? starts[row] : row.start);
    const end = (row) => (typeof row === 'number' ? ends[row] : row.end);
    this.rows.sort((a, b) => start(a) - start(b) || end(b) - end(a));
  }

  /** The rows as a new table. */
  table() { return this.source.derive(this.rows); }
}

/** A mention the reader added, linked to an entity of its type that already goes by that text. */
function addedMention(text, op, model, entityOf) {
  const mentionText = text.slice(op.start, op.end);
  const folded = mentionText.toLowerCase();
  const sameName = new Rows(model.mentions).findItem((m) => m.type === op.type && m.entity != null &&
    (m.text.toLowerCase() === folded || entityOf.get(m.entity)?.name.toLowerCase() === folded));
  const boilerplate = new Rows(model.boilerplate).findItem((b) => overlaps(b, op)) !== undefined;
  return {
    start: op.start, end: op.end, text: mentionText, type: op.type,
    entity: sameName ? sameName.entity : null, boilerplate, corrected: 'added',
  };
}

/**
 * The speaker a `speaker` operation names: null, a span (linked to the
 * entity of a mention with that very span), or an entity (shown at its
 * mention nearest before the quotation, else nearest after). Undefined when
 * the entity is gone. `mentions` are Rows.
 */
function resolveSpeaker(text, target, quote, mentions, entities) {
  if (target === null) return null;
  if (target.entity === undefined) {
    const same = mentions.findItem((m) => m.start === target.start && m.end === target.end);
    return { start: target.start, end: target.end, text: text.slice(target.start, target.end), entity: same?.entity ?? null };
  }
  const entity = entities.find((e) => e.id === target.entity && e.name === target.name) ??
    entities.find((e) => e.name === target.name);
  if (!entity) return undefined;
  const own = mentions.filterItems((m) => m.entity === entity.id);
  const before = own.filter((m) => m.end <= quote.start).pop();
  const at = before ?? own.find((m) => m.start >= quote.end) ?? own[0];
  if (!at) return { start: quote.start, end: quote.start, text: '', entity: entity.id };
  return { start: at.start, end: at.end, text: at.text, entity: entity.id };
}

/**
 * Opens the browser's storage for this page, which takes it some 10 ms the
 * first time: better while the page starts than in the task that receives a
 * long article's result.
 */
export function openStorage() {
  try {
    void localStorage.length;
  } catch {
    // Unavailable: loadCorrections and saveCorrections cope.
  }
}

/** The corrections stored for an article, [] when none (or storage is unavailable). */
export function loadCorrections(articleKey) {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_PREFIX + articleKey) ?? '[]');
    return Array.isArray(stored) ? stored : [];
  } catch {
    return [];
  }
}

/** Stores the corrections of an article (none: forgets it). Returns false when storage refused. */
export function saveCorrections(articleKey, ops) {
  try {
    if (ops.length) localStorage.setItem(STORAGE_PREFIX + articleKey, JSON.stringify(ops));
    else localStorage.removeItem(STORAGE_PREFIX + articleKey);
    return true;
  } catch {
    return false;
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

  clear() {
    if (this.ops.length) this.#change([]);
  }

  #change(ops) {
    this.#past.push(this.ops);
    this.#future = [];
    this.ops = ops;
  }

  get canUndo() { return this.#past.length > 0; }
  get canRedo() { return this.#future.length > 0; }

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
