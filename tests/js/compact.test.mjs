// The page's compact results (web/app/compact.js): a result packed into
// columns in the worker must read back as the very result the annotator
// returned. A field the core adds fails here until compact.js knows it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createAnnotator } from "../../web/annotator.js";
import { packResult, compactResult, plainResult, asCompact } from "../../web/app/compact.js";
import { PAGE } from "./helpers.mjs";

const annotator = await createAnnotator();

/** What the page receives: the packed result after a message, its buffers transferred. */
function throughMessage(result, text) {
  const { packed, transfer } = packResult(result, text);
  return compactResult(structuredClone(packed, { transfer }), text);
}

test("a result packed in columns reads back as the annotator's, keys in order", () => {
  const text = `${PAGE}\n\n${PAGE}`;
  const result = annotator.annotate(text);
  const compact = throughMessage(result, text);
  assert.equal(JSON.stringify(plainResult(compact)), JSON.stringify(result));
  assert.equal(compact.mentions.length, result.mentions.length);
  const last = result.quotes.length - 1;
  assert.deepEqual(compact.quotes.at(last), result.quotes[last]);
  assert.equal(compact.quotes.at(last + 1), undefined, "out of range");
  assert.equal(compact.mentions.get(3, "type"), result.mentions[3].type);
});

test("the lists travel as typed arrays, handed over rather than copied", () => {
  const result = annotator.annotate(PAGE);
  const { packed, transfer } = packResult(result, PAGE);
  assert.ok(packed.mentions.columns.start instanceof Int32Array);
  assert.ok(transfer.includes(packed.quotes.columns["speaker.start"].buffer));
  structuredClone(packed, { transfer });
  assert.equal(packed.mentions.columns.start.length, 0, "the worker's copy is gone: it was transferred");
});

test("odd results: missing lists are empty, null spans and ids stay null, corrections keep their mark", () => {
  const text = "Ann met Bob.";
  const compact = asCompact(
    {
      mentions: [
        { start: 0, end: 3, text: "Ann", type: "PERSON", entity: null, boilerplate: false, corrected: "added" },
      ],
      quotes: [
        {
          start: 4,
          end: 11,
          text: "met Bob",
          kind: "indirect",
          speaker: null,
          cue: { start: 4, end: 7, text: "met" },
          content: null,
          boilerplate: false,
        },
      ],
      title: "not an object",
    },
    text,
  );
  const plain = plainResult(compact);
  assert.deepEqual(plain.mentions, [
    { start: 0, end: 3, text: "Ann", type: "PERSON", entity: null, boilerplate: false, corrected: "added" },
  ]);
  assert.equal(plain.quotes[0].speaker, null);
  assert.deepEqual(plain.quotes[0].cue, { start: 4, end: 7, text: "met" });
  assert.equal(plain.quotes[0].content, null);
  assert.equal("corrected" in plain.quotes[0], false, "an optional field left empty is left out");
  assert.deepEqual([plain.sentences, plain.entities, plain.title], [[], [], null]);
  assert.equal(asCompact(compact, text), compact, "a compact result stays as it is");
});

test("derive copies rows by number and writes new ones", () => {
  const text = "Ann met Bob in Rome.";
  const compact = asCompact(
    {
      mentions: [
        { start: 0, end: 3, text: "Ann", type: "PERSON", entity: 0, boilerplate: false },
        { start: 8, end: 11, text: "Bob", type: "PERSON", entity: 1, boilerplate: false },
      ],
    },
    text,
  );
  const derived = compact.mentions.derive([
    1,
    { start: 15, end: 19, type: "LOCATION", entity: null, boilerplate: true, corrected: "added" },
    0,
  ]);
  assert.deepEqual(
    [...derived].map((m) => `${m.text}:${m.type}:${m.entity}:${m.corrected ?? ""}`),
    ["Bob:PERSON:1:", "Rome:LOCATION:null:added", "Ann:PERSON:0:"],
  );
  assert.equal(compact.mentions.length, 2, "the table derived from is unchanged");
});
