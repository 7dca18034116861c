// Retraining the recognizer from ../shared reproduces the committed model's
// dev F1 (within 0.2, as the model card promises) — so models/ner.model is
// what the repository's trainer and data make, not a file from elsewhere.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT } from "./helpers.mjs";

function committedDevF1() {
  const card = readFileSync(path.join(ROOT, "models/MODEL_CARD.md"), "utf8");
  const overall = card.match(/\*\*overall\*\* \| \*\*[\d.]+\*\* \| \*\*[\d.]+\*\* \| \*\*([\d.]+)\*\*/);
  assert.ok(overall, "the model card states the overall dev F1");
  return Number(overall[1]);
}

test("retraining reproduces the committed model's dev F1 within 0.2", { timeout: 30 * 60 * 1000 }, () => {
  const out = path.join(mkdtempSync(path.join(tmpdir(), "retrain-")), "ner.model");
  const report = execFileSync(path.join(ROOT, "build-scripts/train-ner"), [], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
    env: { ...process.env, MODEL_OUT: out, BUILD_DIR: path.join(ROOT, "build/native") },
  });
  const shipped = report.split("shipped int8 model")[1] ?? "";
  const overall = shipped.match(/overall .* F1 +([\d.]+)/);
  assert.ok(overall, report);
  const retrained = Number(overall[1]);
  assert.ok(Math.abs(retrained - committedDevF1()) <= 0.2, `retrained ${retrained}, committed ${committedDevF1()}`);
});
