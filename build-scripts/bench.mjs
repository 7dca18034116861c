// Throughput of the shipped wasm annotator (whole pipeline through the JS API:
// annotate and the result's objects) and the size of what the page downloads.
//   node build-scripts/bench.mjs [--wasm PATH] FILE...
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createAnnotator } from "../web/annotator.js";
import { watchWasmMemory } from "./wasm-memory.mjs";

const wasmMemoryBytes = watchWasmMemory();
const wasmMemoryMiB = () => wasmMemoryBytes() / 1048576;

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
// No recycling: the 10 MB text below is timed in one instance, and its peak read from it.
const annotator = await createAnnotator({ wasmBinary, memoryLimitBytes: Infinity });
console.log(
  `load (compile + instantiate + model + warm-up): ${(performance.now() - started).toFixed(1)} ms, wasm memory ${wasmMemoryMiB()} MiB`,
);

const texts = files.map((f) => readFileSync(f, "utf8"));
printFirstCall(texts.reduce((a, b) => (b.length > a.length ? b : a)));

/**
 * The first call after load against the same text again (the engine's tiers,
 * any model left to unpack; also the recognizer's cache of word sums, which
 * the repeats find full), on the longest text, where fixed costs weigh least.
 */
function printFirstCall(text) {
  const time = () => {
    const start = performance.now();
    annotator.annotate(text);
    return performance.now() - start;
  };
  const first = time();
  const later = Array.from({ length: 9 }, time).sort((a, b) => a - b)[4];
  console.log(
    `first call ${first.toFixed(1)} ms, later calls ${later.toFixed(1)} ms (median of 9): ${(first / later).toFixed(1)}× (${(Buffer.byteLength(text) / 1e3).toFixed(1)} KB)`,
  );
}
const totalBytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

// CPU time of this process (the machine may be shared: wall-clock time would
// also count other programs' turns), at least 3 s and 2 rounds.
function cpuSeconds() {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

function measure(label, inputs, bytesPerRound) {
  annotator.annotate(inputs[0]); // warm up
  let rounds = 0;
  const start = cpuSeconds();
  while (cpuSeconds() - start < 3 || rounds < 2) {
    for (const text of inputs) annotator.annotate(text);
    rounds++;
  }
  const seconds = cpuSeconds() - start;
  console.log(
    `${label}: ${((bytesPerRound * rounds) / seconds / 1e6).toFixed(1)} MB/s of CPU time (${rounds} rounds of ${(bytesPerRound / 1e6).toFixed(2)} MB)`,
  );
}

measure(`wasm, ${texts.length} articles one by one`, texts, totalBytes);
const memoryBefore = wasmMemoryMiB();
const joined = texts.join("\n\n");
const big = joined.repeat(Math.max(1, Math.ceil(10e6 / joined.length)));
const bigBytes = Buffer.byteLength(big);
measure("wasm, one 10 MB text", [big], bigBytes);
console.log(
  `wasm memory: ${memoryBefore} MiB after the articles, ${wasmMemoryMiB()} MiB after the ${(bigBytes / 1e6).toFixed(1)} MB text (${((wasmMemoryMiB() * 1048576) / bigBytes).toFixed(1)} bytes per byte)`,
);
