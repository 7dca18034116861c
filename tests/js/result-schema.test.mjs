// The result defined once: web/result-schema.json. What the core writes
// (src/result_json.cc, through the native tool and the wasm build), the
// types of web/annotator.d.ts, the columns of web/app/compact.js and the
// README's table of the result are each checked against it here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ts from "typescript";
import { createAnnotator } from "../../web/annotator.js";
import { SCHEMA as COMPACT, RESULT_KEYS } from "../../web/app/compact.js";
import { ROOT, PAGE, PAGE_PATH } from "./helpers.mjs";

const SCHEMA = JSON.parse(readFileSync(path.join(ROOT, "web/result-schema.json"), "utf8"));
const NATIVE = path.join(ROOT, "build/native/annotate_native");
const UNITS = ["utf16", "codepoint", "utf8"];
const annotator = await createAnnotator();

// Emoji (two UTF-16 units, four UTF-8 bytes), a flag and a family sequence
// before and inside names and quotations, so that every unit of offset differs.
const EMOJI =
  "🌊 Storm Watch 🌊\n\nHarbour Mayor Ana Ruiz 👩‍👩‍👧 said on Monday: “We will rebuild 🏗️ every pier by 2027.”\n\n" +
  "The 🇬🇧 Port Authority said repairs would cost $12 million 💷, and Ruiz added that “nobody 🙅 will be left behind.”\n";

// ------------------------------------------------------------------ a validator of the schema's subset

/** The definition a `$ref` names (only "#/$defs/…"). */
function resolve(node) {
  if (!node.$ref) return node;
  const name = node.$ref.replace(/^#\/\$defs\//, "");
  assert.ok(SCHEMA.$defs[name], `unknown $ref ${node.$ref}`);
  return {
    ...SCHEMA.$defs[name],
    ...Object.fromEntries(Object.entries(node).filter(([k]) => k !== "$ref")),
    $def: name,
  };
}

const TYPE_OF = {
  object: (v) => v !== null && typeof v === "object" && !Array.isArray(v),
  array: Array.isArray,
  string: (v) => typeof v === "string",
  integer: Number.isInteger,
  number: (v) => typeof v === "number" && Number.isFinite(v),
  boolean: (v) => typeof v === "boolean",
  null: (v) => v === null,
};

/**
 * The ways `value` breaks `schema` at `where`, as messages ([] when none).
 * Objects must have exactly the listed properties, in the listed order (the
 * order in which the core writes them). `seen` collects "Def.property"
 * for every property met with a value other than null.
 */
function violations(value, schema, where = "result", seen = new Set()) {
  const node = resolve(schema);
  if (node.anyOf) {
    const fits = node.anyOf.map((option) => violations(value, option, where, new Set()));
    const match = fits.findIndex((errors) => errors.length === 0);
    if (match < 0) return [`${where}: fits none of ${node.anyOf.length} options (${fits.map((e) => e[0]).join("; ")})`];
    violations(value, node.anyOf[match], where, seen);
    return [];
  }
  if (node.enum && !node.enum.includes(value))
    return [`${where}: ${JSON.stringify(value)} is not one of ${node.enum.join(", ")}`];
  if (node.type && !TYPE_OF[node.type](value))
    return [`${where}: ${JSON.stringify(value)} is not of type ${node.type}`];
  if (node.minimum !== undefined && value < node.minimum) return [`${where}: ${value} < ${node.minimum}`];
  const errors = [];
  if (node.type === "array") {
    value.forEach((item, i) => errors.push(...violations(item, node.items, `${where}[${i}]`, seen)));
  } else if (node.type === "object") {
    const keys = Object.keys(value);
    const expected = Object.keys(node.properties);
    if (JSON.stringify(keys) !== JSON.stringify(expected))
      errors.push(`${where}: keys ${keys.join(",")}, expected ${expected.join(",")}`);
    for (const key of expected.filter((k) => k in value)) {
      if (value[key] !== null) seen.add(`${node.$def ?? "AnnotationResult"}.${key}`);
      errors.push(...violations(value[key], node.properties[key], `${where}.${key}`, seen));
    }
  }
  return errors;
}

/** Every "Def.property" of the schema. */
function allProperties() {
  const all = Object.keys(SCHEMA.properties).map((key) => `AnnotationResult.${key}`);
  for (const [name, def] of Object.entries(SCHEMA.$defs)) {
    for (const key of Object.keys(def.properties ?? {})) all.push(`${name}.${key}`);
  }
  return all;
}

test("the validator finds a missing field, an extra one, a wrong type and a value outside an enum", () => {
  const result = annotator.annotate(PAGE);
  assert.deepEqual(violations(result, SCHEMA), []);
  const broken = structuredClone(result);
  delete broken.quotes[0].content;
  broken.mentions[0].extra = 1;
  broken.entities[0].salience = "high";
  broken.boilerplate[0].kind = "sidebar";
  broken.title = { start: 0, end: 3 };
  const errors = violations(broken, SCHEMA);
  for (const where of [
    "result.quotes[0]: keys",
    "result.mentions[0]: keys",
    "result.entities[0].salience",
    "result.boilerplate[0].kind",
    "result.title",
  ]) {
    assert.ok(
      errors.some((e) => e.startsWith(where)),
      `${where} in ${errors.join("\n")}`,
    );
  }
});

// ------------------------------------------------------------------ the writer, through both builds

const emojiDir = mkdtempSync(path.join(tmpdir(), "result-schema-"));
const EMOJI_PATH = path.join(emojiDir, "emoji.txt");
writeFileSync(EMOJI_PATH, EMOJI);

for (const [name, text, file] of [
  ["the committed page", PAGE, PAGE_PATH],
  ["a text with emoji", EMOJI, EMOJI_PATH],
]) {
  test(`the wasm and the native tool write the schema's result on ${name}, in every offset unit`, () => {
    const seen = new Set();
    for (const unit of UNITS) {
      const fromWasm = annotator.annotate(text, { offsets: unit });
      const fromNative = JSON.parse(execFileSync(NATIVE, ["--offsets", unit, file], { encoding: "utf8" }));
      assert.deepEqual(violations(fromWasm, SCHEMA, `wasm ${unit}`, seen), []);
      assert.deepEqual(violations(fromNative, SCHEMA, `native ${unit}`, seen), []);
      assert.ok(fromWasm.mentions.length > 0 && fromWasm.quotes.length > 0, "the text has mentions and quotations");
    }
    const utf16 = annotator.annotate(text);
    for (const span of [...utf16.mentions, ...utf16.quotes, utf16.title].filter(Boolean)) {
      assert.equal(text.slice(span.start, span.end), span.text);
    }
    if (name === "the committed page") {
      // Every field of the schema is met with a value on the page, so none is validated only as null.
      assert.deepEqual(
        allProperties().filter((p) => !seen.has(p)),
        [],
        "fields never met with a value",
      );
    }
  });
}

// ------------------------------------------------------------------ the types

/** A shape both sides can be put in: "number", "string", '"a"|"b"', "X[]", "{a:…;b:…}", "T|null". */
function schemaShape(schema) {
  const node = resolve(schema);
  if (node.anyOf) return node.anyOf.map(schemaShape).sort().join("|");
  if (node.enum)
    return node.enum
      .map((v) => JSON.stringify(v))
      .sort()
      .join("|");
  switch (node.type) {
    case "integer":
    case "number":
      return "number";
    case "string":
    case "boolean":
    case "null":
      return node.type;
    case "array":
      return `${schemaShape(node.items)}[]`;
    case "object":
      return objectShape(Object.entries(node.properties).map(([key, value]) => [key, schemaShape(value)]));
  }
  throw new Error(`no shape for ${JSON.stringify(node)}`);
}

function objectShape(entries) {
  return `{${entries
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, shape]) => `${key}:${shape}`)
    .join(";")}}`;
}

function typeShape(checker, type) {
  if (type.isUnion()) {
    const members = type.types.filter((t) => !(t.flags & ts.TypeFlags.BooleanLiteral));
    const shapes = members.map((t) => typeShape(checker, t));
    if (members.length < type.types.length) shapes.push("boolean");
    return shapes.length === 1 ? shapes[0] : shapes.sort().join("|");
  }
  if (type.isStringLiteral()) return JSON.stringify(type.value);
  if (type.flags & ts.TypeFlags.Number) return "number";
  if (type.flags & ts.TypeFlags.String) return "string";
  if (type.flags & ts.TypeFlags.Boolean) return "boolean";
  if (type.flags & ts.TypeFlags.Null) return "null";
  if (checker.isArrayType(type)) return `${typeShape(checker, checker.getTypeArguments(type)[0])}[]`;
  if (type.flags & ts.TypeFlags.Object) {
    return objectShape(
      checker.getPropertiesOfType(type).map((p) => [p.name, typeShape(checker, checker.getTypeOfSymbol(p))]),
    );
  }
  throw new Error(`no shape for ${checker.typeToString(type)}`);
}

test("web/annotator.d.ts types the result as the schema defines it, Quote.content included", () => {
  const file = path.join(ROOT, "web/annotator.d.ts");
  const program = ts.createProgram([file], { strict: true, noEmit: true, types: [] });
  const checker = program.getTypeChecker();
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(file)));
  const declared = (name) => {
    const symbol = exports.find((s) => s.name === name);
    assert.ok(symbol, `annotator.d.ts exports ${name}`);
    return typeShape(checker, checker.getDeclaredTypeOfSymbol(symbol));
  };
  assert.equal(declared("AnnotationResult"), schemaShape(SCHEMA));
  // Each named part, so that a difference is reported where it is.
  for (const name of [
    "Mention",
    "Entity",
    "Quote",
    "Speaker",
    "Span",
    "Range",
    "Boilerplate",
    "EntityType",
    "QuoteKind",
    "SpeakerKind",
    "BoilerplateKind",
  ]) {
    assert.equal(declared(name), schemaShape({ $ref: `#/$defs/${name}` }), name);
  }
});

// ------------------------------------------------------------------ the page's columns

test("web/app/compact.js stores the schema's fields, in its order (and the page's own `corrected`)", () => {
  assert.deepEqual(RESULT_KEYS, Object.keys(SCHEMA.properties));
  const fieldNames = (fields) => fields.filter((f) => f.name !== "corrected").map((f) => f.name);
  for (const [list, fields] of Object.entries(COMPACT)) {
    const item = resolve(SCHEMA.properties[list].items);
    assert.deepEqual(fieldNames(fields), Object.keys(item.properties), list);
    for (const field of fields.filter((f) => f.fields)) {
      const inner = resolve(item.properties[field.name]);
      const object = inner.anyOf ? resolve(inner.anyOf.find((o) => !o.type || o.type !== "null")) : inner;
      assert.deepEqual(fieldNames(field.fields), Object.keys(object.properties), `${list}.${field.name}`);
    }
  }
});

// ------------------------------------------------------------------ the README

test("the README's table of the result lists the schema's fields in order, and its lists of values the schema's", () => {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  const block = readme.slice(readme.indexOf("## The result"), readme.indexOf("- Offsets are half-open"));
  const rows = [...block.matchAll(/^\s*\{?\s*"(\w+)":\s*(.*)$/gm)];
  assert.deepEqual(
    rows.map(([, key]) => key),
    Object.keys(SCHEMA.properties),
    "the table's rows",
  );
  for (const [, key, shape] of rows) {
    const node = resolve(SCHEMA.properties[key]);
    const named = [...shape.matchAll(/"(\w+)"/g)].map(([, name]) => name);
    if (node.enum) {
      assert.deepEqual(named, node.enum, `the README's ${key}`);
      continue;
    }
    const item = node.type === "array" ? resolve(node.items) : resolve(node.anyOf[0]);
    assert.deepEqual(named, Object.keys(item.properties), `the README's ${key}`);
  }
  for (const name of ["EntityType", "QuoteKind", "SpeakerKind", "BoilerplateKind"]) {
    const missing = SCHEMA.$defs[name].enum.filter((value) => !readme.includes(`\`${value}\``));
    assert.deepEqual(missing, [], `${name} values the README does not name`);
  }
});
