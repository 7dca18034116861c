// Compact results: the annotator's result with its long lists stored as
// columns of typed arrays instead of hundreds of thousands of small objects.
//
// A 5 MB article has some 220,000 spans. As objects they reached the page in
// dozens of messages whose copying held it up, and every garbage collection
// while the article was drawn had to trace them all: pauses of 100-270 ms.
// As columns they are a few typed arrays, which the worker transfers to the
// page without a copy and which the collector does not look into. The page
// reads an item as an object only when it needs one (a tooltip, a panel
// row, an export); such objects die young, which costs the collector
// nothing.
//
// Each list has a schema: its fields, in the order in which the annotator
// writes them, so that an item read back is the object the annotator
// returned, and `plainResult` gives back the whole result (for the JSON
// export). A span's `text` is not stored: it is always text.slice(start, end)
// (annotator.d.ts). tests/js/compact.test.mjs checks the round trip on a
// real result, and tests/js/result-schema.test.mjs the fields against
// web/result-schema.json: a field the core adds must be added here too.

// An absent offset or id.
const NONE = -1;

// ------------------------------------------------------------------ fields

// A field knows its columns (named after it, behind the prefix of the span
// it lies in) and how to write a value into them and read it back.

/** An integer: an offset. */
function int(name) {
  return {
    name,
    columns: (prefix) => [[prefix + name, Int32Array]],
    write: (table, prefix, i, value) => {
      table.columns[prefix + name][i] = Number.isInteger(value) ? value : NONE;
    },
    read: (table, prefix, i) => table.columns[prefix + name][i],
  };
}

/** The text of the span the field lies in: not stored, it is the text between the span's offsets. */
function spanText() {
  return {
    name: "text",
    columns: () => [],
    write: () => {},
    read: sliceOf,
  };
}

/** The text between a span's offsets. */
function sliceOf(table, prefix, i) {
  return table.text.slice(table.columns[`${prefix}start`][i], table.columns[`${prefix}end`][i]);
}

/**
 * The text of a span that may be words of the reader's own: a speaker the
 * reader typed ("a government spokesperson") has no span in the text. Read
 * as the text between the offsets unless other words were written, kept as
 * a code (few are).
 */
function labelText() {
  return {
    name: "text",
    columns: (prefix) => [[`${prefix}label`, Uint16Array]],
    write: (table, prefix, i, value) => {
      const sliced = sliceOf(table, prefix, i);
      writeCode(table, `${prefix}label`, i, value != null && String(value) !== sliced ? value : null);
    },
    read: (table, prefix, i) => readCode(table, `${prefix}label`, i) ?? sliceOf(table, prefix, i),
  };
}

/** An id, or null. */
function ref(name) {
  return {
    name,
    columns: (prefix) => [[prefix + name, Int32Array]],
    write: (table, prefix, i, value) => {
      table.columns[prefix + name][i] = value == null ? NONE : value;
    },
    read: (table, prefix, i) => {
      const value = table.columns[prefix + name][i];
      return value === NONE ? null : value;
    },
  };
}

/** A boolean. */
function bool(name) {
  return {
    name,
    columns: (prefix) => [[prefix + name, Uint8Array]],
    write: (table, prefix, i, value) => {
      table.columns[prefix + name][i] = value ? 1 : 0;
    },
    read: (table, prefix, i) => table.columns[prefix + name][i] === 1,
  };
}

/**
 * One of a few strings (a type, a kind), or null: stored as its position
 * in the table's list of the values met, from 1; 0 is null. An optional
 * field that is null is left out of the item.
 */
function code(name, { optional = false } = {}) {
  return {
    name,
    optional,
    columns: (prefix) => [[prefix + name, Uint16Array]],
    write: (table, prefix, i, value) => writeCode(table, prefix + name, i, value),
    read: (table, prefix, i) => readCode(table, prefix + name, i),
  };
}

/** Writes a string (or null, 0) as its code in `column`. */
function writeCode(table, column, i, value) {
  if (value == null) {
    table.columns[column][i] = 0;
    return;
  }
  const values = (table.codes[column] ??= []);
  let at = values.indexOf(String(value));
  if (at < 0) at = values.push(String(value)) - 1;
  table.columns[column][i] = at + 1;
}

function readCode(table, column, i) {
  const at = table.columns[column][i];
  return at === 0 ? null : table.codes[column][at - 1];
}

/** A span inside the item (a quotation's speaker, cue or content), or null: a start of NONE. */
function span(name, fields) {
  const inner = `${name}.`;
  return {
    name,
    fields,
    columns: (prefix) => fields.flatMap((field) => field.columns(prefix + inner)),
    write: (table, prefix, i, value) => {
      if (value == null) {
        table.columns[`${prefix}${inner}start`][i] = NONE;
        return;
      }
      for (const field of fields) field.write(table, prefix + inner, i, value[field.name]);
    },
    read: (table, prefix, i) => {
      if (table.columns[`${prefix}${inner}start`][i] === NONE) return null;
      return readFields(table, fields, prefix + inner, i);
    },
  };
}

function readFields(table, fields, prefix, i) {
  const item = {};
  for (const field of fields) {
    const value = field.read(table, prefix, i);
    if (value !== null || !field.optional) item[field.name] = value;
  }
  return item;
}

const offsets = () => [int("start"), int("end")];

/**
 * The lists of a result and their fields. `corrected` is not the
 * annotator's: corrections.js marks the items that the reader corrected.
 */
export const SCHEMA = {
  mentions: [
    ...offsets(),
    spanText(),
    code("type"),
    ref("entity"),
    bool("boilerplate"),
    code("corrected", { optional: true }),
  ],
  quotes: [
    ...offsets(),
    spanText(),
    code("kind"),
    span("speaker", [...offsets(), labelText(), code("kind"), ref("entity")]),
    span("cue", [...offsets(), spanText()]),
    span("content", offsets()),
    bool("boilerplate"),
    code("corrected", { optional: true }),
  ],
  sentences: offsets(),
  paragraphs: offsets(),
  boilerplate: [...offsets(), code("kind")],
};

// The keys of a result, in the annotator's order (web/result-schema.json).
export const RESULT_KEYS = [
  "mentions",
  "entities",
  "quotes",
  "sentences",
  "paragraphs",
  "title",
  "boilerplate",
  "language",
];

// ------------------------------------------------------------------ tables

/**
 * One list of a result in columns. Reads like an array where it matters:
 * `length`, `at(i)` (a new object each time; undefined out of range, and
 * no negative indices), `entries()` and iteration.
 */
export class Table {
  /**
   * @param {object[]} fields the list's schema (SCHEMA.mentions, ...)
   * @param {{length: number, columns: Object<string, ArrayLike<number>>, codes: Object<string, string[]>}} packed
   * @param {string} text the article, for the spans' texts
   */
  constructor(fields, packed, text) {
    this.fields = fields;
    this.fieldsByName = new Map(fields.map((field) => [field.name, field]));
    this.length = packed.length;
    this.columns = packed.columns;
    this.codes = packed.codes;
    this.text = text;
  }

  /** An empty table of `length` items, to be written. `codes` (copied) lets rows of another table be copied in. */
  static empty(fields, length, text, codes = {}) {
    const columns = {};
    for (const field of fields) {
      for (const [name, Type] of field.columns("")) columns[name] = new Type(length);
    }
    const copied = Object.fromEntries(Object.entries(codes).map(([name, values]) => [name, [...values]]));
    return new Table(fields, { length, columns, codes: copied }, text);
  }

  /** A table of plain items (missing lists are empty). */
  static of(fields, items, text) {
    const list = Array.isArray(items) ? items : [];
    const table = Table.empty(fields, list.length, text);
    list.forEach((item, i) => table.write(i, item));
    return table;
  }

  /** Item `i` as a new object in the result schema. */
  at(i) {
    if (!(i >= 0 && i < this.length)) return undefined;
    return readFields(this, this.fields, "", i);
  }

  /** One field of item `i`, without making the whole item. */
  get(i, name) {
    return this.fieldsByName.get(name).read(this, "", i);
  }

  /** The stored column of a field (`start`, `type`, `speaker.start`...), for loops over every item. */
  column(name) {
    return this.columns[name];
  }

  /** Writes item `i` from a plain object (a field it lacks is written as none). */
  write(i, item) {
    for (const field of this.fields) field.write(this, "", i, item?.[field.name]);
  }

  /** [index, item] pairs, like Array.prototype.entries. */
  *entries() {
    for (let i = 0; i < this.length; i++) yield [i, this.at(i)];
  }

  *[Symbol.iterator]() {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }

  /**
   * A new table from rows: a number is that item of this table (copied
   * column by column), an object a new item.
   */
  derive(rows) {
    const table = Table.empty(this.fields, rows.length, this.text, this.codes);
    const names = Object.keys(this.columns);
    rows.forEach((row, i) => {
      if (typeof row !== "number") {
        table.write(i, row);
        return;
      }
      for (const name of names) table.columns[name][i] = this.columns[name][row];
    });
    return table;
  }

  /** What goes into a message: the columns and their values' lists. */
  get packed() {
    return { length: this.length, columns: this.columns, codes: this.codes };
  }
}

// ------------------------------------------------------------------ results

const isTable = (list) => list instanceof Table;

/**
 * Packs a result for a message: {packed, transfer}, `transfer` being the
 * columns' buffers, to hand over rather than copy. Lists that are missing
 * or not arrays become empty, a title that is not an object null.
 */
export function packResult(result, text) {
  const r = result && typeof result === "object" ? result : {};
  const packed = {
    entities: Array.isArray(r.entities) ? r.entities : [],
    title: r.title && typeof r.title === "object" ? r.title : null,
    language: r.language === "other" ? "other" : "en",
  };
  const transfer = [];
  for (const [name, fields] of Object.entries(SCHEMA)) {
    packed[name] = Table.of(fields, r[name], text).packed;
    for (const column of Object.values(packed[name].columns)) transfer.push(column.buffer);
  }
  return { packed, transfer };
}

/** The result of a message from packResult, its lists as Tables over `text`. */
export function compactResult(packed, text) {
  const result = { entities: packed.entities, title: packed.title, language: packed.language };
  for (const [name, fields] of Object.entries(SCHEMA)) result[name] = new Table(fields, packed[name], text);
  return result;
}

/** A result as compact as can be: itself when it is, else packed (a result from elsewhere, a test's). */
export function asCompact(result, text) {
  if (result && isTable(result.mentions)) return result;
  return compactResult(packResult(result, text).packed, text);
}

/** The whole result as plain objects, keys in the annotator's order (for the exports). */
export function plainResult(result) {
  const plain = {};
  for (const key of RESULT_KEYS) plain[key] = isTable(result[key]) ? [...result[key]] : result[key];
  return plain;
}
