import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { createAnnotator } from "../../web/annotator.js";
import { ROOT, SAMPLE, SAMPLE_PATH, WITH_SAMPLE } from "./helpers.mjs";

const NATIVE = path.join(ROOT, "build/native/annotate_native");
const annotator = await createAnnotator();

test("wasm and native builds give identical results on the sample, in every offset unit", WITH_SAMPLE, () => {
  for (const unit of ["utf16", "codepoint", "utf8"]) {
    const native = JSON.parse(execFileSync(NATIVE, ["--offsets", unit, SAMPLE_PATH], { encoding: "utf8" }));
    assert.deepEqual(annotator.annotate(SAMPLE, { offsets: unit }), native, unit);
  }
});
