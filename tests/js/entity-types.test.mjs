// The entity types defined once: web/shared/entity-types.js. The result's
// types in web/annotator.d.ts and web/result-schema.json list its codes in
// its order (src/document_test.cc checks the core's EntityTypeName), and
// the words, the embed's colours and the command line's colours are read
// from it, not written again (palette.test.mjs checks the colours drawn,
// generated.test.mjs the stylesheet's part made from the table).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./helpers.mjs";
import { ENTITY_TYPES, THEMES } from "../../web/shared/entity-types.js";
import { TYPES, TYPE_LABELS, typeLabel, isKnownType } from "../../web/shared/labels.js";

const CODES = ENTITY_TYPES.map((type) => type.code);
const read = (file) => readFileSync(path.join(ROOT, file), "utf8");
// The line styles CSS's text-decoration-style has; the tints' fills the page draws.
const UNDERLINES = ["solid", "double", "dotted", "dashed", "wavy"];
const FILLS = ["plain", "striped", "boxed"];

test("the table has eleven types, each with a code, a label, two themes' colours, a line, a fill and a terminal colour", () => {
  assert.equal(ENTITY_TYPES.length, 11);
  assert.equal(new Set(CODES).size, CODES.length, "codes are unique");
  assert.equal(new Set(ENTITY_TYPES.map((type) => type.label)).size, CODES.length, "labels are unique");
  for (const type of ENTITY_TYPES) {
    assert.match(type.code, /^[A-Z]+$/);
    assert.ok(type.label.length > 0 && !/["\\]/.test(type.label), `${type.code}'s label`);
    for (const theme of THEMES) {
      assert.match(type[theme].tint, /^#[0-9a-f]{6}$/, `${type.code} ${theme} tint`);
      assert.match(type[theme].line, /^#[0-9a-f]{6}$/, `${type.code} ${theme} line`);
    }
    assert.ok(UNDERLINES.includes(type.underline), `${type.code}'s underline ${type.underline}`);
    assert.ok(FILLS.includes(type.fill), `${type.code}'s fill ${type.fill}`);
    assert.ok(Number.isInteger(type.ansi), `${type.code}'s terminal colour`);
  }
  assert.throws(
    () => {
      ENTITY_TYPES[0].code = "PEOPLE";
    },
    TypeError,
    "the table cannot be changed by a reader",
  );
});

test("web/annotator.d.ts's EntityType lists the table's codes, in its order", () => {
  const union = read("web/annotator.d.ts").match(/export type EntityType =([^;]*);/);
  assert.ok(union, "annotator.d.ts declares EntityType");
  assert.deepEqual(
    [...union[1].matchAll(/"([^"]+)"/g)].map((match) => match[1]),
    CODES,
  );
});

test("web/result-schema.json's EntityType lists the table's codes, in its order", () => {
  assert.deepEqual(JSON.parse(read("web/result-schema.json")).$defs.EntityType.enum, CODES);
});

test("labels.js's types and words are the table's", () => {
  assert.deepEqual(TYPES, CODES);
  assert.deepEqual(TYPE_LABELS, Object.fromEntries(ENTITY_TYPES.map((type) => [type.code, type.label])));
  assert.equal(typeLabel("ORG"), "Organisation");
  assert.equal(typeLabel("NORP"), "NORP");
  assert.ok(isKnownType("QUANTITY") && !isKnownType("NORP"));
});

test("labels.js, the embed's paint.js and the command line name no type themselves: they read the table", () => {
  for (const file of ["web/shared/labels.js", "web/embed/paint.js", "web/cli.mjs"]) {
    const source = read(file);
    assert.match(source, /from ["']\.{1,2}\/(shared\/)?entity-types\.js["']/, `${file} imports the table`);
    const named = CODES.filter((code) => new RegExp(`\\b${code}\\b`).test(source.replace(/^\s*\/\/.*$/gm, "")));
    assert.deepEqual(named, [], `${file} writes type codes of its own`);
  }
});
