// Scores the shipped wasm annotator on a named-entity set with CoNLL's exact-match
// rule: an entity counts when its type and both boundaries match.
//   node build-scripts/eval-ner.mjs SET [--limit N] [--errors] [--wasm PATH] [--split NAME]
// SET is a CoNLL-2003 file, a WNUT-17 file (one document per post) or the GUM
// directory (its dev split unless --split; see build-scripts/gum.mjs for how
// its entities become the four CoNLL types). A found name overlapping a GUM
// proper noun that has no type there is not scored.
// --errors prints each missed (-) and spurious (+) entity with its line;
// --wasm scores another build (a candidate model) instead of web/annotator.wasm;
// --model scores a candidate model file with the native recognizer
// (build/native/eval_ner_native, or the tool EVAL_NER_NATIVE names), the same
// tokens and tags without a wasm build.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createAnnotator } from "../web/annotator.js";
import { readNerSet } from "./conll.mjs";

const CONLL_TYPE = { PERSON: "PER", ORG: "ORG", LOCATION: "LOC", MISC: "MISC" };
const TYPES = ["PER", "ORG", "LOC", "MISC"];

function parseArguments(argv) {
  const valueOf = (flag) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const file = argv.find(
    (a, i) => !a.startsWith("--") && !["--limit", "--wasm", "--split", "--model"].includes(argv[i - 1]),
  );
  const limit = Number(valueOf("--limit") ?? Infinity);
  if (!file || Number.isNaN(limit)) {
    console.error("usage: eval-ner SET [--limit N] [--errors] [--wasm PATH | --model PATH] [--split NAME]");
    process.exit(2);
  }
  return {
    file,
    limit,
    split: valueOf("--split"),
    showErrors: argv.includes("--errors"),
    wasmPath: valueOf("--wasm"),
    modelPath: valueOf("--model"),
  };
}

function score(counts) {
  const precision = counts.found ? counts.correct / counts.found : 0;
  const recall = counts.gold ? counts.correct / counts.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

// The name mentions of every document from the native recognizer with the
// model file `modelPath`, as the wasm annotator would give them (UTF-16 offsets).
function nativeMentions(texts, modelPath) {
  const input = path.join(mkdtempSync(path.join(tmpdir(), "eval-ner-")), "documents");
  writeFileSync(input, texts.join("\0"));
  const tool =
    process.env.EVAL_NER_NATIVE ??
    path.join(path.dirname(new URL(import.meta.url).pathname), "../build/native/eval_ner_native");
  const output = execFileSync(tool, [input, "--model", modelPath, "--documents"], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  const results = [];
  for (const line of output.split("\n")) {
    if (line.startsWith("#doc ")) results.push({ mentions: [] });
    else if (line) {
      const [type, span] = line.split("\t");
      const [begin, end] = span.split("-").map(Number);
      const bytes = Buffer.from(texts[results.length - 1], "utf8");
      const start = bytes.subarray(0, begin).toString("utf8").length;
      results.at(-1).mentions.push({ type, start, end: start + bytes.subarray(begin, end).toString("utf8").length });
    }
  }
  return results;
}

const { file, limit, split, showErrors, wasmPath, modelPath } = parseArguments(process.argv.slice(2));
const documents = readNerSet(file, { limit, split });
const annotator = modelPath ? null : await createAnnotator(wasmPath ? { wasmBinary: readFileSync(wasmPath) } : {});
const native = modelPath
  ? nativeMentions(
      documents.map((d) => d.text),
      modelPath,
    )
  : null;
const counts = Object.fromEntries([...TYPES, "ALL"].map((t) => [t, { gold: 0, found: 0, correct: 0 }]));
let words = 0;
let characters = 0;
let seconds = 0;
for (const [index, { text, gold, unscored, words: documentWords }] of documents.entries()) {
  words += documentWords;
  characters += text.length;
  const started = process.hrtime.bigint();
  const result = native ? native[index] : annotator.annotate(text);
  seconds += Number(process.hrtime.bigint() - started) / 1e9;
  const goldKeys = new Set(gold.map((g) => `${g.start}:${g.end}:${g.type}`));
  for (const g of gold) (counts[g.type].gold++, counts.ALL.gold++);
  const foundKeys = new Set();
  for (const m of result.mentions) {
    const type = CONLL_TYPE[m.type];
    if (!type) continue;
    const key = `${m.start}:${m.end}:${type}`;
    if (!goldKeys.has(key) && unscored.some((u) => u.start < m.end && m.start < u.end)) continue;
    (counts[type].found++, counts.ALL.found++);
    foundKeys.add(key);
    if (goldKeys.has(key)) (counts[type].correct++, counts.ALL.correct++);
    else if (showErrors) printError("+", text, m.start, m.end, type);
  }
  if (showErrors) {
    for (const g of gold)
      if (!foundKeys.has(`${g.start}:${g.end}:${g.type}`)) printError("-", text, g.start, g.end, g.type);
  }
}
function printError(sign, text, start, end, type) {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = text.indexOf("\n", end);
  const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  console.log(`${sign} ${type.padEnd(4)} ${text.slice(start, end).padEnd(24)} | ${line.slice(0, 140)}`);
}

const percent = (x) => (100 * x).toFixed(2).padStart(6);
console.log(`${file}: ${documents.length} documents, ${words} tokens`);
console.log("type    precision  recall     F1   gold  found");
for (const type of [...TYPES, "ALL"]) {
  const { precision, recall, f1 } = score(counts[type]);
  console.log(
    `${type.padEnd(6)} ${percent(precision)}   ${percent(recall)} ${percent(f1)} ${String(counts[type].gold).padStart(6)} ${String(counts[type].found).padStart(6)}`,
  );
}
if (!native)
  console.log(
    `throughput (wasm, whole pipeline): ${(words / seconds / 1e6).toFixed(2)} M tokens/s, ${(characters / seconds / 1e6).toFixed(1)} M chars/s`,
  );
