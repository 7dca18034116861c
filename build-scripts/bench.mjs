// Throughput of the shipped wasm annotator (whole pipeline: annotate + JSON +
// JSON.parse) and the size of what the page downloads.
//   node build-scripts/bench.mjs [--wasm PATH] FILE...
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createAnnotator } from "../web/annotator.js";

const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../web");
const args = process.argv.slice(2);
const wasmAt = args.indexOf("--wasm");
const wasmPath = wasmAt >= 0 ? args.splice(wasmAt, 2)[1] : path.join(web, "annotator.wasm");
const files = args;
if (!files.length) {
  console.error("usage: bench [--wasm PATH] FILE...");
  process.exit(2);
}

for (const file of [wasmPath, path.join(web, "annotator.js")]) {
  const bytes = readFileSync(file);
  console.log(`${path.basename(file)}: ${bytes.length} bytes, ${gzipSync(bytes, { level: 9 }).length} gzip`);
}

const wasmBinary = readFileSync(wasmPath);
let started = performance.now();
const annotator = await createAnnotator({ wasmBinary });
console.log(`load (compile + instantiate): ${(performance.now() - started).toFixed(1)} ms`);

const texts = files.map((f) => readFileSync(f, "utf8"));
const totalBytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

function measure(label, inputs, bytesPerRound) {
  annotator.annotate(inputs[0]); // warm up
  let rounds = 0;
  started = performance.now();
  while (performance.now() - started < 3000 || rounds < 2) {
    for (const text of inputs) annotator.annotate(text);
    rounds++;
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`${label}: ${((bytesPerRound * rounds) / seconds / 1e6).toFixed(1)} MB/s (${rounds} rounds of ${(bytesPerRound / 1e6).toFixed(2)} MB)`);
}

measure(`wasm, ${texts.length} articles one by one`, texts, totalBytes);
const joined = texts.join("\n\n");
const big = joined.repeat(Math.max(1, Math.ceil(10e6 / joined.length)));
measure("wasm, one 10 MB text", [big], Buffer.byteLength(big));
