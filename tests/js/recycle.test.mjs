// Wasm memory never shrinks: after a long text the annotator moves to a fresh
// instance, so the page does not hold that text's memory until it is closed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createAnnotator } from "../../web/annotator.js";
import { PAGE } from "./helpers.mjs";

const MiB = 1024 * 1024;

test("after a text that grows memory past the limit, the annotator returns it and still answers alike", async () => {
  // A 3 MB text takes it to 47-54 MiB (as the allocator lays it out), from 16 at load.
  const annotator = await createAnnotator({ memoryLimitBytes: 40 * MiB });
  const fresh = annotator.memoryBytes;
  const expected = annotator.annotate(PAGE);
  const long = (PAGE + "\n\n").repeat(Math.ceil(3e6 / (PAGE.length + 2)));
  const result = annotator.annotate(long);
  assert.ok(result.mentions.at(-1).start > long.length - PAGE.length, "the whole long text was read");
  assert.equal(annotator.memoryBytes, 0, "the instance whose memory grew was let go");
  assert.deepEqual(annotator.annotate(PAGE), expected);
  assert.ok(annotator.memoryBytes <= fresh * 1.5, `${annotator.memoryBytes / MiB} MiB, ${fresh / MiB} MiB at load`);
});

test("below the limit the instance and its memory are kept", async () => {
  const annotator = await createAnnotator({ memoryLimitBytes: Infinity });
  const long = (PAGE + "\n\n").repeat(Math.ceil(3e6 / (PAGE.length + 2)));
  annotator.annotate(long);
  assert.ok(annotator.memoryBytes > 40 * MiB, `a 3 MB text grows memory (to ${annotator.memoryBytes / MiB} MiB)`);
});

test("a bad memory limit is refused before loading", async () => {
  await assert.rejects(createAnnotator({ memoryLimitBytes: "64M" }), /memoryLimitBytes must be a number/);
  await assert.rejects(createAnnotator({ memoryLimitBytes: -1 }), /memoryLimitBytes must be a number/);
});
