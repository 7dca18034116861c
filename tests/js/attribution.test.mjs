// Who said what on the sample article, through the wasm API.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createAnnotator } from "../../web/annotator.js";
import { SAMPLE, assertSpansSlice, WITH_SAMPLE } from "./helpers.mjs";

const annotator = await createAnnotator();
const result = annotator.annotate(SAMPLE);
const entityName = (speaker) => (speaker && speaker.entity !== null ? result.entities[speaker.entity].name : null);
const contentOf = (quote) => SAMPLE.slice(quote.content.start, quote.content.end);
const quoteWith = (words) => result.quotes.find((q) => contentOf(q).includes(words));

test("the title's ‘self-reliance’ is Xi Jinping's word, as the story quotes it", WITH_SAMPLE, () => {
  const title = result.quotes[0];
  assert.equal(title.text, "‘self-reliance’");
  assert.equal(title.kind, "mixed");
  assert.equal(entityName(title.speaker), "Xi Jinping");
});

test("nothing in the sample that is not speech becomes speech: no “follows”, no “aims”", WITH_SAMPLE, () => {
  for (const quote of result.quotes) {
    assert.ok(!["follows", "aims", "push"].includes(quote.cue?.text), `${quote.cue?.text}: ${quote.text}`);
  }
  assert.equal(
    result.quotes.find((q) => q.text.includes("similar actions in Europe")),
    undefined,
  );
  assert.equal(
    result.quotes.find((q) => q.text.includes("resilient and competitive AI ecosystem")),
    undefined,
  );
});

test("the four quotations after the title are Xi Jinping's", WITH_SAMPLE, () => {
  const quoted = result.quotes.filter((q) => q.kind === "direct" || q.kind === "mixed").slice(1);
  assert.deepEqual(
    quoted.map((q) => contentOf(q).split(" ")[0]),
    ["self-reliance", "strengthen", "make", "a"],
  );
  for (const quote of quoted) assert.equal(entityName(quote.speaker), "Xi Jinping", quote.text);
  // Resolved through "He emphasized…" and "…, he said."
  assert.equal(quoted[0].speaker.text, "He");
  assert.equal(quoted[0].cue.text, "emphasized");
  assert.equal(quoted[1].speaker.text, "he");
  assert.equal(quoted[1].cue.text, "said");
  assert.equal(quoted[3].cue.text, "called for");
});

test("reported speech: Xi said that…, He noted that…, Officials say…, Analyts say…", WITH_SAMPLE, () => {
  const expected = [
    ["China must act quickly", "Xi", "said", "Xi Jinping"],
    ["his nation must gain strength", "He", "noted", "Xi Jinping"],
    ["if China dominates its own foundations", "Officials", "say", null],
    ["the country is learning to innovate", "Analyts", "say", null],
  ];
  for (const [words, speaker, cue, entity] of expected) {
    const quote = quoteWith(words);
    assert.ok(quote, words);
    assert.equal(quote.kind, "indirect", words);
    assert.equal(quote.speaker.text, speaker, words);
    assert.equal(quote.cue.text, cue, words);
    if (entity) assert.equal(entityName(quote.speaker), entity, words);
  }
  assert.equal(quoteWith("China must act quickly").text.startsWith("China must act quickly"), true);
});

test("quotations are sorted and every span slices the text", WITH_SAMPLE, () => {
  for (let i = 1; i < result.quotes.length; i++) assert.ok(result.quotes[i - 1].start <= result.quotes[i].start);
  assertSpansSlice(assert, result, SAMPLE);
  for (const q of result.quotes) {
    for (const span of [q.speaker, q.cue].filter(Boolean)) {
      assert.equal(SAMPLE.slice(span.start, span.end), span.text);
    }
  }
});
