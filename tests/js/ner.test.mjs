// The recognizer through the shipped wasm: the evaluation script on the first
// CoNLL dev documents, and native/wasm agreement on the dev set.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createAnnotator } from "../../web/annotator.js";
import { layOut, parseConll } from "../../build-scripts/conll.mjs";
import { ROOT } from "./helpers.mjs";

const DEV = path.resolve(ROOT, "../shared/data/conll2003/eng.testa");

test("eval-ner prints per-type scores on dev documents, and they are those of a real recognizer", () => {
  const output = execFileSync(path.join(ROOT, "build-scripts/eval-ner"), [DEV, "--limit", "20"], { encoding: "utf8" });
  for (const type of ["PER", "ORG", "LOC", "MISC", "ALL"]) assert.match(output, new RegExp(`^${type} `, "m"));
  const overall = output.match(/^ALL +([\d.]+) +([\d.]+) +([\d.]+)/m);
  assert.ok(overall, output);
  assert.ok(Number(overall[3]) > 80, `overall F1 on 20 dev documents: ${overall[3]}`);
  assert.match(output, /throughput \(wasm, whole pipeline\): [\d.]+ M tokens\/s/);
});

test("wasm and native builds give identical results on the whole dev set", async () => {
  const documents = parseConll(readFileSync(DEV, "utf8"));
  const text = documents.map((sentences) => layOut(sentences).text).join("\n");
  const file = path.join(mkdtempSync(path.join(tmpdir(), "dev-")), "eng.testa.txt");
  writeFileSync(file, text);
  const native = JSON.parse(execFileSync(path.join(ROOT, "build/native/annotate_native"), [file], { encoding: "utf8", maxBuffer: 1 << 30 }));
  const annotator = await createAnnotator();
  const wasm = annotator.annotate(text);
  assert.ok(wasm.mentions.length > 5000);
  assert.deepEqual(wasm, native);
});
