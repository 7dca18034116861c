// What createAnnotator() costs is mostly fresh memory and code: on a fresh
// page every first touch is a page fault (17-70 us each on the CI machine),
// and V8 compiles each wasm function whole on its first call. These guard the
// two things that once made the load several times slower.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createAnnotator } from "../../web/annotator.js";

const wasmBytes = readFileSync(new URL("../../web/annotator.wasm", import.meta.url));

function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** The sizes of the function bodies in the module's code section. */
function functionSizes(bytes) {
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at++];
    let size;
    [size, at] = readLeb(bytes, at);
    if (id === 10) {
      let count, p;
      [count, p] = readLeb(bytes, at);
      const sizes = [];
      for (let i = 0; i < count; i++) {
        let body;
        [body, p] = readLeb(bytes, p);
        sizes.push(body);
        p += body;
      }
      return sizes;
    }
    at += size;
  }
  return [];
}

test("no wasm function is a large part of the code (Binaryen's one-caller inlining is capped)", () => {
  const sizes = functionSizes(wasmBytes);
  const total = sizes.reduce((a, b) => a + b, 0);
  assert.ok(sizes.length > 100, `${sizes.length} functions`);
  // Uncapped, the whole pipeline was one function of about 170 KB (45% of the code),
  // which V8 compiles at once on the first call and cannot tier up in parts.
  const largest = Math.max(...sizes);
  assert.ok(largest < 64 * 1024, `largest function ${largest} bytes of ${total}`);
});

test("createAnnotator() readies the models without growing wasm memory past its initial 16 MiB", async () => {
  const annotator = await createAnnotator({ wasmBinary: wasmBytes });
  // The open-addressing tables of the gazetteer and the word classes, and a
  // copy of the weight codes, took it to 17.5 MiB.
  assert.equal(annotator.memoryBytes, 16 * 1024 * 1024);
  assert.ok(annotator.annotate("Mayor Alice Grant of Springfield said so.").mentions.length >= 2);
});
