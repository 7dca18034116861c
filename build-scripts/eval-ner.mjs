// Scores the shipped wasm annotator on a CoNLL-2003 file with CoNLL's exact-match
// rule: an entity counts when its type and both boundaries match.
//   node build-scripts/eval-ner.mjs FILE [--limit N] [--errors] [--wasm PATH]
// --errors prints each missed (-) and spurious (+) entity with its line;
// --wasm scores another build (a candidate model) instead of web/annotator.wasm.
import { readFileSync } from "node:fs";
import { createAnnotator } from "../web/annotator.js";
import { layOut, parseConll } from "./conll.mjs";

const CONLL_TYPE = { PERSON: "PER", ORG: "ORG", LOCATION: "LOC", MISC: "MISC" };
const TYPES = ["PER", "ORG", "LOC", "MISC"];

function parseArguments(argv) {
  const valueOf = (flag) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const file = argv.find((a, i) => !a.startsWith("--") && !["--limit", "--wasm"].includes(argv[i - 1]));
  const limit = Number(valueOf("--limit") ?? Infinity);
  if (!file || Number.isNaN(limit)) {
    console.error("usage: eval-ner FILE [--limit N] [--errors] [--wasm PATH]");
    process.exit(2);
  }
  return { file, limit, showErrors: argv.includes("--errors"), wasmPath: valueOf("--wasm") };
}

function score(counts) {
  const precision = counts.found ? counts.correct / counts.found : 0;
  const recall = counts.gold ? counts.correct / counts.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

const { file, limit, showErrors, wasmPath } = parseArguments(process.argv.slice(2));
const documents = parseConll(readFileSync(file, "utf8")).slice(0, limit);
const annotator = await createAnnotator(wasmPath ? { wasmBinary: readFileSync(wasmPath) } : {});
const counts = Object.fromEntries([...TYPES, "ALL"].map((t) => [t, { gold: 0, found: 0, correct: 0 }]));
let words = 0;
let characters = 0;
let seconds = 0;
for (const sentences of documents) {
  const { text, gold } = layOut(sentences);
  words += sentences.reduce((n, s) => n + s.length, 0);
  characters += text.length;
  const started = process.hrtime.bigint();
  const result = annotator.annotate(text);
  seconds += Number(process.hrtime.bigint() - started) / 1e9;
  const goldKeys = new Set(gold.map((g) => `${g.start}:${g.end}:${g.type}`));
  for (const g of gold) counts[g.type].gold++, counts.ALL.gold++;
  const foundKeys = new Set();
  for (const m of result.mentions) {
    const type = CONLL_TYPE[m.type];
    if (!type) continue;
    counts[type].found++, counts.ALL.found++;
    const key = `${m.start}:${m.end}:${type}`;
    foundKeys.add(key);
    if (goldKeys.has(key)) counts[type].correct++, counts.ALL.correct++;
    else if (showErrors) printError("+", text, m.start, m.end, type);
  }
  if (showErrors) {
    for (const g of gold) if (!foundKeys.has(`${g.start}:${g.end}:${g.type}`)) printError("-", text, g.start, g.end, g.type);
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
  console.log(`${type.padEnd(6)} ${percent(precision)}   ${percent(recall)} ${percent(f1)} ${String(counts[type].gold).padStart(6)} ${String(counts[type].found).padStart(6)}`);
}
console.log(`throughput (wasm, whole pipeline): ${(words / seconds / 1e6).toFixed(2)} M tokens/s, ${(characters / seconds / 1e6).toFixed(1)} M chars/s`);
