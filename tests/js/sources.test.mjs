// The sources panel's grouping (web/app/sources.js), on results made by hand.
import { test } from "node:test";
import assert from "node:assert/strict";
import { collectSources } from "../../web/app/sources.js";

function collect(text, result) {
  const run = collectSources(text, result);
  for (let step = run.next(); ; step = run.next()) if (step.done) return step.value;
}

const quote = (start, end, speaker, extra = {}) => ({
  kind: "direct",
  start,
  end,
  text: "",
  content: { start: start + 1, end: end - 1 },
  speaker,
  boilerplate: false,
  ...extra,
});

test("sources: one row per entity, descriptions apart, unresolved pronouns and clutter counted as no speaker", () => {
  const text = "“a” “b c” “d” “e f” “g” “h”";
  const result = {
    entities: [{ id: 0, name: "Sarah Kovner", type: "PERSON", mentions: [], salience: 1 }],
    quotes: [
      quote(0, 3, { text: "Ms. Kovner", kind: "name", entity: 0 }),
      quote(4, 9, { text: "she", kind: "pronoun", entity: 0 }),
      quote(10, 13, { text: "Officials", kind: "description", entity: null }),
      quote(14, 19, { text: "the officials", kind: "description", entity: null }),
      quote(20, 23, { text: "She", kind: "pronoun", entity: null }),
      quote(24, 27, { text: "WALLACE", kind: "name", entity: null }, { boilerplate: true }),
      quote(24, 27, null, { kind: "scare" }),
    ],
  };
  const { sources, descriptions, unattributed } = collect(text, result);
  assert.deepEqual(
    sources.map((s) => [s.name, s.quotes]),
    [["Sarah Kovner", [0, 1]]],
  );
  assert.deepEqual(
    descriptions.map((s) => [s.name, s.quotes]),
    [["Officials", [2, 3]]],
  );
  assert.deepEqual(unattributed.quotes, [4]);
});
