import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createAnnotator } from "../../web/annotator.js";
import {
  ROOT,
  SAMPLE,
  SAMPLE_QUOTES,
  PAGE,
  PAGE_QUOTES,
  PAGE_TITLE,
  assertSpansSlice,
  markedQuotes,
  WITH_SAMPLE,
} from "./helpers.mjs";

const annotator = await createAnnotator();

test("the sample article's five quotations, with exact UTF-16 offsets", WITH_SAMPLE, () => {
  const result = annotator.annotate(SAMPLE);
  const quotes = markedQuotes(result);
  assert.deepEqual(
    quotes.map((q) => q.text),
    SAMPLE_QUOTES,
  );
  let from = 0;
  for (const quote of quotes) {
    const start = SAMPLE.indexOf(quote.text, from);
    assert.equal(quote.start, start);
    assert.equal(quote.end, start + quote.text.length);
    from = quote.end;
  }
  assertSpansSlice(assert, result, SAMPLE);
});

test("the sample article's numbers: 70% PERCENT, 2,000 CARDINAL, 2028 DATE", WITH_SAMPLE, () => {
  const { mentions } = annotator.annotate(SAMPLE);
  const typeOf = (text) => mentions.find((m) => m.text === text)?.type;
  assert.equal(typeOf("70%"), "PERCENT");
  assert.equal(typeOf("2,000"), "CARDINAL");
  assert.equal(typeOf("2028"), "DATE");
  assert.equal(typeOf("Friday"), "DATE");
});

test("each type comes through the wasm by its name (no ../shared needed)", () => {
  const text =
    "Officials met on Monday.\n\nAngela Merkel met executives of Siemens in Munich on Tuesday. " +
    "Many Australian farmers lost 12 percent of their crops, worth $4.2 billion, in 2022.\n";
  const { mentions } = annotator.annotate(text);
  const typeOf = (name) => mentions.find((m) => m.text === name)?.type;
  assert.deepEqual(
    ["Angela Merkel", "Siemens", "Munich", "Australian", "Tuesday", "12 percent", "$4.2 billion"].map(typeOf),
    ["PERSON", "ORG", "LOCATION", "MISC", "DATE", "PERCENT", "MONEY"],
  );
});

test("the result has every documented field, with the page's title, speakers and clutter", () => {
  const result = annotator.annotate(PAGE);
  assert.deepEqual(Object.keys(result), [
    "mentions",
    "entities",
    "quotes",
    "sentences",
    "paragraphs",
    "title",
    "boilerplate",
    "language",
  ]);
  assert.equal(result.language, "en");
  assert.equal(result.title.text, PAGE_TITLE);
  assert.deepEqual(Object.keys(result.mentions[0]), ["start", "end", "text", "type", "entity", "boilerplate"]);
  const verbrugge = result.quotes.find((q) => q.text === PAGE_QUOTES[0]);
  assert.deepEqual(Object.keys(verbrugge), [
    "start",
    "end",
    "text",
    "kind",
    "speaker",
    "cue",
    "content",
    "boilerplate",
  ]);
  assert.equal(verbrugge.kind, "direct");
  assert.equal(verbrugge.speaker.text, "Annelies Verbruggen");
  assert.equal(verbrugge.speaker.kind, "name");
  assert.equal(result.entities[verbrugge.speaker.entity].name, "Annelies Verbruggen");
  assert.equal(verbrugge.cue.text, "said");
  assert.equal(PAGE.slice(verbrugge.content.start, verbrugge.content.end), PAGE_QUOTES[0].slice(1, -1));
  const officials = result.quotes.find((q) => q.speaker?.text === "Officials");
  assert.equal(officials.kind, "indirect");
  assert.equal(officials.speaker.kind, "description");
  assert.equal(officials.speaker.entity, null);
  for (const kind of ["navigation", "byline", "advert", "related", "cookie", "footer"]) {
    assert.ok(
      result.boilerplate.some((b) => b.kind === kind),
      kind,
    );
  }
  assert.ok(
    result.mentions.every(
      (m) => m.boilerplate === result.boilerplate.some((b) => b.start <= m.start && m.end <= b.end),
    ),
  );
  assert.ok(result.sentences.length > 20 && result.paragraphs.length > 40);
  assertSpansSlice(assert, result, PAGE);
});

const EMOJI_TEXT = "👋🏽 Xi Jinping 🇨🇳 said “we will win 70% of 2,000 races” in 2028. 中文“引用”。";

test("the default result, built from the core's columns, is the JSON result the other units travel as", () => {
  // In ASCII every unit counts alike, so the UTF-16 result (columns) and the
  // UTF-8 one (JSON) must be the same objects, keys in the same order.
  const ascii = PAGE.replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\x00-\x7f]/g, "-");
  const fromColumns = annotator.annotate(ascii);
  const fromJson = annotator.annotate(ascii, { offsets: "utf8" });
  for (const part of ["mentions", "entities", "quotes", "boilerplate"]) assert.ok(fromColumns[part].length > 0, part);
  assert.ok(fromColumns.title);
  assert.ok(fromColumns.quotes.some((quote) => quote.speaker && quote.cue));
  assert.deepEqual(fromColumns, fromJson);
  assert.equal(JSON.stringify(fromColumns), JSON.stringify(fromJson));
});

test("a text in another language gets no names and says so, through the columns and the JSON alike", () => {
  // German capitalises every noun: the recognizer, which knows English names, took them for people.
  const german =
    "Die Stadt hat am Montag einen neuen Plan vorgestellt. Der Bürgermeister Thomas Keller sagte, dass die " +
    "Kosten für die Patienten nicht steigen werden. Auch die Kliniken in der Region sollen von dem " +
    "Programm profitieren, das mit 2,5 Millionen Euro finanziert wird.";
  for (const offsets of ["utf16", "utf8"]) {
    const result = annotator.annotate(german, { offsets });
    assert.equal(result.language, "other", offsets);
    const names = result.mentions.filter((m) => ["PERSON", "ORG", "LOCATION", "MISC"].includes(m.type));
    assert.deepEqual(names, [], offsets);
  }
  assert.equal(annotator.annotate("Mayor Thomas Keller said on Monday that costs would not rise.").language, "en");
});

test("offsets in UTF-16 units after emoji", () => {
  const result = annotator.annotate(EMOJI_TEXT);
  assert.equal(markedQuotes(result)[0].text, "“we will win 70% of 2,000 races”");
  assertSpansSlice(assert, result, EMOJI_TEXT);
});

test("offsets in code points and in UTF-8 bytes on request", () => {
  const codePoints = Array.from(EMOJI_TEXT);
  const bytes = Buffer.from(EMOJI_TEXT, "utf8");
  const byCodePoint = annotator.annotate(EMOJI_TEXT, { offsets: "codepoint" });
  const byUtf8 = annotator.annotate(EMOJI_TEXT, { offsets: "utf8" });
  assert.ok(byCodePoint.quotes.length >= 1 && byCodePoint.mentions.length >= 3);
  for (const span of [...byCodePoint.mentions, ...byCodePoint.quotes]) {
    assert.equal(codePoints.slice(span.start, span.end).join(""), span.text);
  }
  for (const span of [...byUtf8.mentions, ...byUtf8.quotes]) {
    assert.equal(bytes.subarray(span.start, span.end).toString("utf8"), span.text);
  }
});

test("empty text gives an empty result", () => {
  const result = annotator.annotate("");
  assert.deepEqual([result.mentions, result.quotes, result.sentences, result.paragraphs], [[], [], [], []]);
});

test("bad input is a clear Error, and the annotator stays usable", () => {
  assert.throws(() => annotator.annotate(42), /text must be a string, got number/);
  assert.throws(() => annotator.annotate(null), /text must be a string, got null/);
  assert.throws(() => annotator.annotate("x", { offsets: "bytes" }), /offsets must be "utf16", "codepoint" or "utf8"/);
  assert.deepEqual(
    markedQuotes(annotator.annotate(PAGE)).map((q) => q.text),
    PAGE_QUOTES,
  );
});

test("lone surrogates and NUL lose nothing: offsets and texts stay those of the caller's string", () => {
  const text = "\uD800 Xi said “we \uDC00 act” today.\u0000 “Then more,” he said.";
  const result = annotator.annotate(text);
  assert.deepEqual(
    markedQuotes(result).map((q) => q.text),
    ["“we \uDC00 act”", "“Then more,”"],
  );
  assertSpansSlice(assert, result, text);
});

test("markup in pasted text is text", () => {
  const text = "<script>alert(1)</script> The “quoted <b>bold</b>” words.";
  const result = annotator.annotate(text);
  assert.deepEqual(
    markedQuotes(result).map((q) => q.text),
    ["“quoted <b>bold</b>”"],
  );
});

test("10 MB of text is annotated, twice, and spans still slice", () => {
  const copies = Math.ceil(10e6 / PAGE.length);
  const big = PAGE.repeat(copies);
  for (let round = 0; round < 2; round++) {
    const result = annotator.annotate(big);
    assert.equal(markedQuotes(result).length, PAGE_QUOTES.length * copies);
    const last = result.quotes.at(-1);
    assert.equal(big.slice(last.start, last.end), last.text);
  }
});

test("the module exports exactly the checked-in C surface", () => {
  const wasm = readFileSync(path.join(ROOT, "web/annotator.wasm"));
  const declared = readFileSync(path.join(ROOT, "wasm/exports.txt"), "utf8").split("\n").filter(Boolean);
  // What every standalone Emscripten module exports besides our functions.
  const runtime = [
    "memory",
    "_initialize",
    "__indirect_function_table",
    "__errno_location",
    "stackSave",
    "stackRestore",
    "stackAlloc",
  ];
  const actual = WebAssembly.Module.exports(new WebAssembly.Module(wasm)).map((e) => e.name);
  assert.deepEqual(actual.filter((name) => !runtime.includes(name)).sort(), [...declared].sort());
});

test("an annotator from a module compiled elsewhere (wasmModule) gives the same result; anything else is a TypeError", async () => {
  const module = await WebAssembly.compile(readFileSync(path.join(ROOT, "web/annotator.wasm")));
  const fromModule = await createAnnotator({ wasmModule: module });
  const text = "Mayor Alice Grant of Springfield said on Monday that the bridge would open.";
  assert.deepEqual(fromModule.annotate(text), annotator.annotate(text));
  await assert.rejects(createAnnotator({ wasmModule: new Uint8Array(8) }), TypeError);
});

test("the package resolves by name, as a bundler or Node would import it", async () => {
  const byName = await import("article-annotator");
  const fromPackage = await byName.createAnnotator();
  assert.deepEqual(
    fromPackage.annotate("President Xi Jinping spoke in Beijing.").mentions.map((m) => m.text),
    ["Xi Jinping", "Beijing"],
  );
  assert.match(import.meta.resolve("article-annotator/annotator.wasm"), /web\/annotator\.wasm$/);
});

test("with a lone surrogate, code-point offsets keep the caller's characters too, and no entity name shows U+FFFD", () => {
  const text = "Angela Mer\uD800kel met officials in Berlin. Mer\uD800kel said “yes”.";
  const byUnit = { utf16: (s, e) => text.slice(s, e), codepoint: (s, e) => Array.from(text).slice(s, e).join("") };
  for (const [unit, slice] of Object.entries(byUnit)) {
    const result = annotator.annotate(text, { offsets: unit });
    for (const span of [...result.mentions, ...result.quotes])
      assert.equal(slice(span.start, span.end), span.text, unit);
    for (const entity of result.entities) assert.ok(!entity.name.includes("\uFFFD"), `${unit}: ${entity.name}`);
  }
});

test("version is the core's, and reading it leaves the annotator usable", () => {
  // One version for the package and the core: package.json's, then the models'.
  const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
  assert.match(
    annotator.version,
    new RegExp(`^${version.replaceAll(".", "\\.")}\\+ner-[0-9a-f]{8}\\+attr-[0-9a-f]{8}\\+page-[0-9a-f]{8}$`),
  );
  assert.deepEqual(
    markedQuotes(annotator.annotate(PAGE)).map((q) => q.text),
    PAGE_QUOTES,
  );
});
