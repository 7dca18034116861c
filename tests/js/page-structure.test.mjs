// applyPageStructure: how a page's markup refines the core's result (web/shared/page-structure.js).

import { test } from "node:test";
import assert from "node:assert/strict";
import { applyPageStructure } from "../../web/shared/page-structure.js";

const TEXT =
  "Home\nWorld\n\nPorts agree plan\n\nCranes stand idle.\n\nThe ports will spend 4 billion euros, Ann said.\n\nIt worked.\n\nMore: Lisbon port grows";
const at = (s) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });

function coreResult() {
  return {
    mentions: [
      { ...at("Ann"), text: "Ann", type: "PERSON", entity: 0, boilerplate: false },
      { ...at("Lisbon"), text: "Lisbon", type: "LOCATION", entity: 1, boilerplate: false },
    ],
    entities: [],
    quotes: [],
    sentences: [],
    paragraphs: [],
    title: null,
    // The core took the menu and the short story line for clutter, and missed the caption and the link.
    boilerplate: [
      { ...at("Home\nWorld"), kind: "navigation" },
      { ...at("It worked."), kind: "caption" },
    ],
    language: "en",
  };
}

test("no structure leaves the result as it is", () => {
  const result = coreResult();
  assert.equal(applyPageStructure(result, TEXT, null), result);
});

test("the markup's headline, clutter and story paragraphs refine the core's result in the same schema", () => {
  const structure = {
    title: at("Ports agree plan"),
    blocks: [
      { ...at("Cranes stand idle."), kind: "caption" },
      { ...at("More: Lisbon port grows"), kind: "related" },
    ],
    story: [at("The ports will spend 4 billion euros, Ann said."), at("It worked.")],
  };
  const result = applyPageStructure(coreResult(), TEXT, structure);
  assert.deepEqual(result.title, { ...at("Ports agree plan"), text: "Ports agree plan" });
  assert.deepEqual(result.boilerplate, [
    { ...at("Home\nWorld"), kind: "navigation" }, // the core's, kept: two lines of one kind, one block
    { ...at("Cranes stand idle."), kind: "caption" },
    { ...at("More: Lisbon port grows"), kind: "related" },
  ]);
  // The story paragraph the core flagged is story again; mentions follow the blocks.
  assert.equal(result.mentions.find((m) => m.text === "Ann").boilerplate, false);
  assert.equal(result.mentions.find((m) => m.text === "Lisbon").boilerplate, true);
  for (const key of ["mentions", "entities", "quotes", "sentences", "paragraphs", "title", "boilerplate", "language"]) {
    assert.ok(key in result, key);
  }
});

test("a headline outside the text is ignored, the core's title kept", () => {
  const core = { ...coreResult(), title: { ...at("Ports agree plan"), text: "Ports agree plan" } };
  const result = applyPageStructure(core, TEXT, { title: { start: 5, end: TEXT.length + 10 }, blocks: [], story: [] });
  assert.deepEqual(result.title, core.title);
});
