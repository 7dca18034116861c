// Bad and hostile input through the JS API, the CLI and the exports: clear
// errors, nothing lost, nothing run.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createAnnotator } from "../../web/annotator.js";
import { csvField } from "../../web/app/export.js";
import { notTextReason } from "../../web/text-check.js";
import { ROOT } from "./helpers.mjs";

const annotator = await createAnnotator();
const CLI = path.join(ROOT, "web/cli.mjs");
const NATIVE = path.join(ROOT, "build/native/annotate_native");
const scratch = mkdtempSync(path.join(tmpdir(), "annotator-hostile-"));

test("options are checked by own properties: toString and constructor are no offset units", () => {
  for (const offsets of ["toString", "constructor", "__proto__", "hasOwnProperty", 2, ""]) {
    assert.throws(
      () => annotator.annotate("Xi spoke.", { offsets }),
      /offsets must be "utf16", "codepoint" or "utf8"/,
      String(offsets),
    );
  }
  assert.throws(() => annotator.annotate("Xi spoke.", null), /options must be an object/);
  assert.throws(() => annotator.annotate("Xi spoke.", "utf8"), /options must be an object/);
  assert.equal(annotator.annotate("Xi spoke.", { offsets: "utf8" }).sentences.length, 1);
});

test("a text over the size limit is refused with its size and the limit, and the annotator goes on", () => {
  assert.equal(annotator.maxTextBytes, 16 * 1024 * 1024);
  const over = "a".repeat(annotator.maxTextBytes + 1);
  assert.throws(
    () => annotator.annotate(over),
    (error) =>
      error instanceof RangeError &&
      /16\.0 MiB \(16777217 bytes of UTF-8\); the limit is 16 MiB \(16777216 bytes\)/.test(error.message),
  );
  // Two bytes a character: fewer characters than the limit, more bytes.
  assert.throws(() => annotator.annotate("é".repeat(annotator.maxTextBytes / 2 + 1)), RangeError);
  assert.equal(annotator.annotate("Angela Merkel spoke in Berlin.").mentions.length, 2);
});

test("the native tool refuses a text over the limit with the same words", () => {
  const file = path.join(scratch, "big.txt");
  writeFileSync(file, "a".repeat(16 * 1024 * 1024 + 1));
  const run = spawnSync(NATIVE, [file], { encoding: "utf8" });
  assert.equal(run.status, 1);
  assert.match(run.stdout, /the limit is 16 MiB \(16777216 bytes\) per call/);
});

test("a byte-order mark stays in the text: the CLI's offsets are the native tool's and index the file", () => {
  const file = path.join(scratch, "bom.txt");
  writeFileSync(file, "\ufeffAngela Merkel said that Europe must act.\n");
  const cli = JSON.parse(spawnSync("node", [CLI, "--json", "--offsets", "utf8", file], { encoding: "utf8" }).stdout);
  const native = JSON.parse(spawnSync(NATIVE, ["--offsets", "utf8", file], { encoding: "utf8" }).stdout);
  assert.deepEqual(cli.mentions, native.mentions);
  assert.equal(cli.mentions[0].start, 3); // after the mark's three bytes
});

test("the CLI: an unknown option and a bad unit are usage errors (exit 2); a binary file is refused", () => {
  const file = path.join(scratch, "ok.txt");
  writeFileSync(file, "Angela Merkel spoke.\n");
  const run = (...args) => spawnSync("node", [CLI, ...args], { encoding: "utf8" });
  assert.equal(run("-x", file).status, 2);
  assert.equal(run("--offsets", "bogus", file).status, 2);
  const png = path.join(scratch, "picture.png");
  writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  const refused = run(png);
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /is a PNG image, not text/);
});

test("not text: signatures, NUL bytes and another encoding are told apart from UTF-8 text", () => {
  const bytes = (...b) => Uint8Array.from(b);
  assert.match(notTextReason(bytes(0x50, 0x4b, 0x03, 0x04, 1, 2)), /ZIP archive/);
  assert.match(notTextReason(bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31)), /PDF/);
  assert.match(notTextReason(new TextEncoder().encode("plain\0text")), /NUL bytes/);
  assert.match(
    notTextReason(Uint8Array.from(Buffer.from("caf\xe9 cr\xe8me br\xfbl\xe9e na\xefve", "latin1"))),
    /not UTF-8/,
  );
  assert.match(notTextReason(new TextEncoder().encode("hello"), "image/png"), /image\/png/);
  assert.equal(notTextReason(new TextEncoder().encode("Zoë said “yes” 😀")), null);
  assert.equal(notTextReason(new TextEncoder().encode("<p>hi</p>"), "text/html"), null);
  assert.equal(notTextReason(new Uint8Array(0)), null);
});

test("CSV cells that a spreadsheet would run as formulas stay text; others are as before", () => {
  for (const prefix of ["=", "+", "-", "@", "\t", "\r"]) {
    const cell = csvField(`${prefix}cmd|' /C calc'!A0`);
    assert.ok(cell.startsWith("'") || cell.startsWith("\"'"), `${JSON.stringify(prefix)}: ${cell}`);
  }
  assert.equal(csvField("=1+1"), "'=1+1");
  assert.equal(csvField("@elonmusk said"), "'@elonmusk said");
  assert.equal(csvField("a, b"), '"a, b"');
  assert.equal(csvField("plain"), "plain");
  assert.equal(csvField(-3), "-3"); // numbers are numbers
});

// ---- Generated texts through the API: every span slices its text ----

const PIECES = [
  "Maria Lopez",
  " said",
  " “",
  "”",
  " ‘",
  "’",
  ' "',
  '"',
  " '",
  "'",
  " «",
  "»",
  " Zoë",
  " 中国",
  " 😀",
  "👍🏽",
  "\ud800",
  "\udc00",
  "\n\n",
  ",",
  ".",
  " the minister",
  " told reporters",
  " \u0000",
  " <script>x</script>",
  " according to",
  " officials",
  "e\u0301",
  " 42%",
];

function randomText(random, pieces) {
  let text = "";
  for (let i = 0; i < pieces; i++) text += PIECES[Math.floor(random() * PIECES.length)];
  return text;
}

/** A small deterministic generator (mulberry32). */
function generator(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test("property: generated texts with surrogates, NUL and markup give ordered spans that slice the caller's string", () => {
  const random = generator(20261202);
  for (let round = 0; round < 300; round++) {
    const text = randomText(random, 1 + (round % 80));
    const codePoints = Array.from(text);
    for (const offsets of ["utf16", "codepoint"]) {
      const result = annotator.annotate(text, { offsets });
      const slice = (s) =>
        offsets === "utf16" ? text.slice(s.start, s.end) : codePoints.slice(s.start, s.end).join("");
      const size = offsets === "utf16" ? text.length : codePoints.length;
      const spans = [
        ...result.mentions,
        ...result.quotes,
        ...result.quotes.flatMap((q) => [q.speaker, q.cue]).filter(Boolean),
      ];
      if (result.title) spans.push(result.title);
      for (const span of spans) {
        assert.ok(
          span.start <= span.end && span.end <= size,
          `${offsets}: span out of range in ${JSON.stringify(text)}`,
        );
        assert.equal(slice(span), span.text, `${offsets}: ${JSON.stringify(text)}`);
      }
      for (const list of [result.mentions, result.quotes, result.sentences, result.paragraphs, result.boilerplate]) {
        for (let i = 1; i < list.length; i++) assert.ok(list[i - 1].start <= list[i].start, JSON.stringify(text));
      }
    }
  }
});
