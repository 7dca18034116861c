// Memory grows in proportion to the text, and not much: a long paste must not
// leave the page holding half a gigabyte of wasm memory (which never shrinks).
import { test } from "node:test";
import assert from "node:assert/strict";
import { watchWasmMemory } from "../../build-scripts/wasm-memory.mjs";
import { createAnnotator } from "../../web/annotator.js";
import { PAGE } from "./helpers.mjs";

// This file runs in a process of its own (watchWasmMemory wraps
// WebAssembly.instantiate).
const memoryBytes = watchWasmMemory();

test("a 4 MB text grows wasm memory by at most 14 bytes per byte of text", async () => {
  const annotator = await createAnnotator();
  annotator.annotate(PAGE);
  const before = memoryBytes();
  const text = (PAGE + "\n\n").repeat(Math.ceil(4e6 / (PAGE.length + 2)));
  const result = annotator.annotate(text);
  // The whole text was read: names are found in its last copy of the page.
  assert.ok(result.mentions.at(-1).start > text.length - PAGE.length);
  const grown = (memoryBytes() - before) / Buffer.byteLength(text);
  // About 65 bytes per byte of this page before the recognizer's per-token
  // facts were compacted and freed after use; 30.5 before the page's feature
  // rows were made one line at a time, the recognizer's lexicon held each
  // form once, the attribution's indexes were made compact and the binding
  // made room for the result among the holes the analysis left; 12.0 since.
  assert.ok(grown <= 14, `wasm memory grew by ${grown.toFixed(1)} bytes per byte of text`);
});
