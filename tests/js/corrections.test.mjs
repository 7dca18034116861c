// The page's corrections (web/app/corrections.js) on the annotator's real
// result, as the page holds it (compact): every kind of correction, the
// entities kept consistent, and corrections found again after the text is
// edited (web/app/anchors.js).
import { test } from "node:test";
import assert from "node:assert/strict";
import { createAnnotator } from "../../web/annotator.js";
import { packResult, compactResult, plainResult } from "../../web/app/compact.js";
import {
  applyCorrections,
  reanchorOps,
  upgradeOps,
  occurrencesOf,
  describeOp,
  CorrectionHistory,
} from "../../web/app/corrections.js";
import { anchorAt, locate, textEdit, wholeWordOccurrences } from "../../web/app/anchors.js";
import { isEditOf } from "../../web/app/text-edit.js";

const annotator = await createAnnotator();

const TEXT = `Harbour city approves flood barrier

The council of Portwell voted on Tuesday to build a £40m tidal barrier across the harbour mouth, after three winters of flooding.

“We cannot keep sandbagging every January,” said Mayor Alice Grant, who proposed the plan. Grant said the College Republicans opposed it.

Engineers from Northshore Consulting estimate that the barrier will cut flood risk by 85%. The College Republicans disagreed, and Ms. Grant said CUDA would help. Officials said CUDA was fast. “It is too slow,” a spokesman said. College Republicans chair Tom Reyes said CUDA was new.`;

function model(text) {
  return compactResult(packResult(annotator.annotate(text), text).packed, text);
}

const MODEL = model(TEXT);

/** The anchor of the `nth` occurrence of `words` in the text. */
function at(words, nth = 0, text = TEXT) {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(words, start + 1);
  assert.ok(start >= 0, `${words} is in the text`);
  return anchorAt(text, start, start + words.length);
}

function corrected(ops, text = TEXT, base = MODEL) {
  const { result, notApplied } = applyCorrections(text, base, ops);
  return { ...plainResult(result), notApplied };
}

const mentionsOf = (result, words) => result.mentions.filter((m) => m.text === words);
const entityOf = (result, mention) => result.entities.find((e) => e.id === mention.entity);
const namedEntities = (result) => result.entities.filter((e) => e.mentions.length);

/** Every mention of an entity has its type and lists it; every entity's mentions point back to it. */
function assertConsistent(result) {
  result.entities.forEach((e) => {
    assert.ok(e.mentions.length > 0, `${e.name} has mentions`);
    for (const mi of e.mentions) {
      assert.equal(result.mentions[mi].entity, e.id, `${result.mentions[mi].text} points to ${e.name}`);
      assert.equal(result.mentions[mi].type, e.type, `${result.mentions[mi].text} has the type of ${e.name}`);
    }
  });
  result.mentions.forEach((m, i) => {
    if (m.entity != null) assert.ok(result.entities.find((e) => e.id === m.entity).mentions.includes(i));
    assert.equal(TEXT.slice(m.start, m.end), m.text);
  });
  for (let i = 1; i < result.mentions.length; i++)
    assert.ok(result.mentions[i - 1].start <= result.mentions[i].start, "in reading order");
}

test("the model's result, as the test expects it", () => {
  const plain = plainResult(MODEL);
  assert.equal(mentionsOf(plain, "CUDA").length, 3);
  assert.equal(mentionsOf(plain, "CUDA")[0].type, "ORG");
  assert.equal(mentionsOf(plain, "College Republicans").length, 3);
  assertConsistent(plain);
});

test("retype every occurrence: the entity keeps its mentions and takes the type", () => {
  const before = plainResult(MODEL);
  const after = corrected([{ op: "type", at: at("CUDA"), type: "MISC", all: true }]);
  assert.deepEqual(
    mentionsOf(after, "CUDA").map((m) => [m.type, m.corrected]),
    [
      ["MISC", "type"],
      ["MISC", "type"],
      ["MISC", "type"],
    ],
  );
  assert.equal(namedEntities(after).length, namedEntities(before).length, "no entity lost or made");
  assert.equal(entityOf(after, mentionsOf(after, "CUDA")[0]).type, "MISC");
  assert.equal(entityOf(after, mentionsOf(after, "CUDA")[0]).corrected, "type");
  assertConsistent(after);
});

test("retype one mention of several: it leaves for an entity of its new type, the others stay", () => {
  const before = plainResult(MODEL);
  const after = corrected([{ op: "type", at: at("CUDA", 1), type: "MISC" }]);
  const cuda = mentionsOf(after, "CUDA");
  assert.deepEqual(
    cuda.map((m) => m.type),
    ["ORG", "MISC", "ORG"],
  );
  assert.notEqual(cuda[1].entity, null, "the retyped mention is in an entity");
  assert.notEqual(cuda[1].entity, cuda[0].entity);
  assert.equal(namedEntities(after).length, namedEntities(before).length + 1);
  assertConsistent(after);
});

test("retype a whole entity, and a name that becomes a number leaves its entity", () => {
  const entity = corrected([{ op: "type", at: at("Alice Grant"), type: "ORG", entity: true }]);
  assert.deepEqual([...new Set(entity.mentions.filter((m) => /Grant/.test(m.text)).map((m) => m.type))], ["ORG"]);
  assertConsistent(entity);
  const number = corrected([{ op: "type", at: at("Tom Reyes"), type: "CARDINAL" }]);
  assert.equal(mentionsOf(number, "Tom Reyes")[0].entity, null);
  assert.ok(!number.entities.some((e) => e.name === "Tom Reyes"), "its emptied entity is gone");
  assertConsistent(number);
});

test("add every occurrence: each is marked and they are one entity in the panel", () => {
  const after = corrected([{ op: "add", at: at("spokesman"), type: "PERSON", all: true }]);
  assert.equal(mentionsOf(after, "spokesman").length, 1);
  const barrier = corrected([{ op: "add", at: at("barrier"), type: "MISC", all: true }]);
  const marked = mentionsOf(barrier, "barrier");
  assert.equal(marked.length, wholeWordOccurrences(TEXT, "barrier").length);
  assert.equal(marked.length, 3);
  assert.equal(new Set(marked.map((m) => m.entity)).size, 1, "one entity");
  assert.equal(entityOf(barrier, marked[0]).name, "barrier");
  assert.equal(entityOf(barrier, marked[0]).mentions.length, 3);
  assert.ok(typeof entityOf(barrier, marked[0]).salience === "number");
  assertConsistent(barrier);
  // An added span replaces the mention it covers, and joins the entity that goes by its text.
  const wider = corrected([{ op: "add", at: at("Mayor Alice Grant"), type: "PERSON" }]);
  assert.equal(mentionsOf(wider, "Alice Grant").length, 0);
  assert.equal(
    entityOf(wider, mentionsOf(wider, "Mayor Alice Grant")[0]).name,
    "Alice Grant",
    "in the entity of the mention it covers",
  );
  assertConsistent(wider);
});

test("remove one or every occurrence; a span that is not a mention is nothing to do", () => {
  const one = corrected([{ op: "remove", at: at("CUDA", 2) }]);
  assert.equal(mentionsOf(one, "CUDA").length, 2);
  assertConsistent(one);
  const all = corrected([{ op: "remove", at: at("College Republicans"), all: true }]);
  assert.equal(mentionsOf(all, "College Republicans").length, 0);
  assert.ok(!all.entities.some((e) => e.name === "College Republicans"));
  assertConsistent(all);
  const nothing = corrected([{ op: "remove", at: at("harbour") }]);
  assert.deepEqual(nothing.notApplied, [{ index: 0, reason: "nothing" }]);
});

test("extend or shrink a span, for one mention or every mention with its text", () => {
  const one = corrected([{ op: "span", at: at("Alice Grant"), to: at("Mayor Alice Grant") }]);
  const mayor = mentionsOf(one, "Mayor Alice Grant")[0];
  assert.equal(mayor.corrected, "span");
  assert.equal(entityOf(one, mayor).name, "Alice Grant", "it stays in its entity");
  assertConsistent(one);
  const shrink = corrected([{ op: "span", at: at("College Republicans"), to: at("Republicans"), all: true }]);
  assert.equal(mentionsOf(shrink, "Republicans").length, 3);
  assert.equal(mentionsOf(shrink, "College Republicans").length, 0);
  assertConsistent(shrink);
});

test("merge two entities, split one, rename one; speakers follow their entity", () => {
  const merged = corrected([{ op: "merge", at: at("Tom Reyes"), from: at("Alice Grant") }]);
  const reyes = entityOf(merged, mentionsOf(merged, "Tom Reyes")[0]);
  assert.equal(entityOf(merged, mentionsOf(merged, "Grant")[0]), reyes);
  assert.equal(reyes.name, "Alice Grant", "named by the fuller form");
  assert.equal(reyes.corrected, "merged");
  assert.ok(merged.quotes.filter((q) => q.speaker?.text === "Grant").every((q) => q.speaker.entity === reyes.id));
  assertConsistent(merged);

  const split = corrected([{ op: "split", at: [at("Grant", 1), at("Grant", 2)] }]);
  const alice = entityOf(split, mentionsOf(split, "Alice Grant")[0]);
  const other = entityOf(
    split,
    split.mentions.find((m) => m.text === "Grant" && m.start === at("Grant", 1).start),
  );
  assert.notEqual(alice.id, other.id);
  assert.equal(other.name, "Grant");
  assert.equal(other.mentions.length, 1 + (mentionsOf(split, "Grant").length - 1));
  const quoted = split.quotes.find((q) => q.text.startsWith("the College"));
  assert.equal(
    quoted.speaker.entity,
    entityOf(split, mentionsOf(split, "Grant")[0]).id,
    "the speaker goes with its mention",
  );
  assertConsistent(split);

  const renamed = corrected([{ op: "rename", at: at("Grant", 1), name: "Alice M. Grant" }]);
  assert.equal(entityOf(renamed, mentionsOf(renamed, "Alice Grant")[0]).name, "Alice M. Grant");
  const sources = renamed.quotes.filter(
    (q) => q.speaker?.entity === entityOf(renamed, mentionsOf(renamed, "Alice Grant")[0]).id,
  );
  assert.ok(sources.length >= 2);
});

test("quotations: remove, add from a span, change kind, speaker (mention, description, typed) and cue", () => {
  const removed = corrected([{ op: "quote-remove", at: at("CUDA was fast") }]);
  assert.equal(removed.quotes.length, MODEL.quotes.length - 1);

  const added = corrected([
    { op: "quote-add", at: at("“We cannot keep sandbagging"), kind: "direct" },
    {
      op: "quote-add",
      at: at("Portwell voted on Tuesday"),
      kind: "indirect",
    },
  ]);
  const portwell = added.quotes.find((q) => q.text === "Portwell voted on Tuesday");
  assert.deepEqual([portwell.kind, portwell.corrected, portwell.speaker], ["indirect", "added", null]);
  assert.ok(
    added.quotes.indexOf(portwell) < added.quotes.findIndex((q) => q.text.startsWith("“We")),
    "in reading order",
  );

  const quote = at("“It is too slow,”");
  const kinds = corrected([{ op: "quote-kind", at: quote, kind: "scare" }]);
  assert.equal(kinds.quotes.find((q) => q.start === quote.start).kind, "scare");

  const toMention = corrected([{ op: "speaker", at: quote, speaker: { at: at("Tom Reyes") } }]);
  const bySpan = toMention.quotes.find((q) => q.start === quote.start).speaker;
  assert.deepEqual(
    [bySpan.text, bySpan.kind, bySpan.entity],
    ["Tom Reyes", "name", mentionsOf(toMention, "Tom Reyes")[0].entity],
  );

  const toDescribed = corrected([{ op: "speaker", at: quote, speaker: { at: at("Officials") } }]);
  assert.deepEqual(Object.values(toDescribed.quotes.find((q) => q.start === quote.start).speaker).slice(2), [
    "Officials",
    "description",
    null,
  ]);

  const nearby = corrected([{ op: "speaker", at: quote, speaker: { text: "engineers" } }]);
  const found = nearby.quotes.find((q) => q.start === quote.start).speaker;
  assert.equal(TEXT.slice(found.start, found.end), "Engineers", "a typed description found near the quotation");

  const typed = corrected([{ op: "speaker", at: quote, speaker: { text: "a government spokesperson" } }]);
  const own = typed.quotes.find((q) => q.start === quote.start);
  assert.deepEqual(
    [own.speaker.text, own.speaker.kind, own.speaker.start, own.speaker.end],
    ["a government spokesperson", "description", quote.start, quote.start],
  );

  const cue = corrected([
    { op: "cue", at: quote, cue: at("said", 4) },
    { op: "cue", at: at("CUDA was fast"), cue: null },
  ]);
  assert.equal(cue.quotes.find((q) => q.start === quote.start).cue.text, "said");
  assert.equal(cue.quotes.find((q) => q.text === "CUDA was fast").cue, null);
  assert.match(cue.quotes.find((q) => q.text === "CUDA was fast").corrected, /cue/);
});

test("after an edit of the text, corrections are found again; those whose words went are lost", () => {
  const ops = [
    { op: "type", at: at("CUDA", 1), type: "MISC" },
    { op: "add", at: at("harbour mouth"), type: "LOCATION" },
    { op: "remove", at: at("Northshore Consulting") },
    { op: "speaker", at: at("“It is too slow,”"), speaker: { at: at("Officials") } },
  ];
  // A typo fixed at the top (every offset after it moves), a name edited, a sentence deleted.
  const edited = TEXT.replace("Harbour city", "Harbour town")
    .replace("Northshore Consulting", "Northshore Consultants")
    .replace(" Officials said CUDA was fast.", "");
  assert.ok(isEditOf(TEXT, edited));
  const { ops: kept, lost } = reanchorOps(TEXT, edited, ops);
  assert.deepEqual(lost, [ops[3]], "the quotation's speaker is gone with its sentence");
  assert.equal(kept.length, 3);
  assert.equal(edited.slice(kept[0].at.start, kept[0].at.end), "CUDA");
  assert.equal(kept[0].at.start, edited.indexOf("CUDA", edited.indexOf("CUDA") + 1), "the second CUDA, not the first");
  assert.equal(kept[2].at.exact, "Northshore Consultants", "an edited name is framed by its context");
  const after = corrected(kept, edited, model(edited));
  assert.deepEqual(after.notApplied, []);
  assert.equal(after.mentions.find((m) => m.text === "harbour mouth").type, "LOCATION");
  assert.equal(
    after.mentions
      .filter((m) => m.text === "CUDA")
      .map((m) => m.type)
      .join(),
    "ORG,MISC",
  );
});

test("anchors: context decides between occurrences; an edit maps offsets; a different article is no edit", () => {
  const a = at("CUDA", 2);
  const moved = `Breaking. ${TEXT}`;
  assert.deepEqual(locate(moved, a), { start: a.start + 10, end: a.end + 10 });
  const map = textEdit(TEXT, moved);
  assert.equal(map(a.start), a.start + 10);
  assert.equal(locate("Nothing about it here.", a), null);
  assert.equal(
    isEditOf(
      TEXT,
      "A different article about the weather, with lines of its own.\nAnd another line of the other article.",
    ),
    false,
  );
  assert.equal(isEditOf(TEXT, `${TEXT}\n\nA line added at the end.`), true);
  assert.deepEqual(
    occurrencesOf(TEXT, at("CUDA", 1)).map((s) => s.start),
    [at("CUDA", 1).start, at("CUDA").start, at("CUDA", 2).start],
  );
});

test("corrections stored by an older page (offsets only) are read", () => {
  const start = TEXT.indexOf("CUDA");
  const quote = at("“It is too slow,”");
  const old = [
    { op: "type", start, end: start + 4, type: "MISC" },
    { op: "speaker", start: quote.start, end: quote.end, speaker: { entity: 2, name: "Tom Reyes" } },
  ];
  const after = corrected(upgradeOps(TEXT, old));
  assert.deepEqual(after.notApplied, []);
  assert.equal(mentionsOf(after, "CUDA")[0].type, "MISC");
  assert.equal(after.quotes.find((q) => q.start === quote.start).speaker.text, "Tom Reyes");
});

test("bad stored corrections are not applied and say so; each kind describes itself", () => {
  const after = corrected([
    { op: "type", at: { start: 0, end: 3, exact: "xyz" }, type: "ORG" },
    { op: "nope", at: at("CUDA") },
    { op: "type", at: at("CUDA"), type: "NOT_A_TYPE" },
    null,
  ]);
  assert.deepEqual(
    after.notApplied.map((n) => n.reason),
    ["anchor", "anchor", "anchor", "anchor"],
  );
  assert.match(
    describeOp({ op: "merge", at: at("Tom Reyes"), from: at("Grant") }),
    /“Grant” is the same as “Tom Reyes”/,
  );
  assert.match(
    describeOp({ op: "speaker", at: at("CUDA was new"), speaker: { text: "a spokesman" } }),
    /speaker of “CUDA was new” is “a spokesman”/,
  );
});

test("history: undo and redo whole lists; dropping some is one step", () => {
  const history = new CorrectionHistory();
  history.reset([1, 2]);
  history.push(3);
  history.drop([0, 2]);
  assert.deepEqual(history.ops, [2]);
  history.undo();
  assert.deepEqual(history.ops, [1, 2, 3]);
  history.redo();
  assert.deepEqual(history.ops, [2]);
});
