import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { createAnnotator } from "../../web/annotator.js";
import { ROOT, PAGE, PAGE_PATH, SAMPLE, SAMPLE_PATH, WITH_SAMPLE } from "./helpers.mjs";

const NATIVE = path.join(ROOT, "build/native/annotate_native");
const annotator = await createAnnotator();

function assertSameInEveryUnit(text, file) {
  for (const unit of ["utf16", "codepoint", "utf8"]) {
    const native = JSON.parse(execFileSync(NATIVE, ["--offsets", unit, file], { encoding: "utf8" }));
    assert.deepEqual(annotator.annotate(text, { offsets: unit }), native, unit);
  }
}

test("wasm and native builds give identical results on a page, in every offset unit", () => {
  assertSameInEveryUnit(PAGE, PAGE_PATH);
});

test("wasm and native builds give identical results on the sample, in every offset unit", WITH_SAMPLE, () => {
  assertSameInEveryUnit(SAMPLE, SAMPLE_PATH);
});
