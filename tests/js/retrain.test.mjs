// models/ner.model is what the repository's trainer and data make: retraining
// reproduces it byte for byte. Retraining takes minutes, so it runs only when
// an input changed: models/ner.model.inputs lists the SHA-256 of every input
// and of the model as build-scripts/train-ner last wrote them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { INPUTS_LIST, MODEL, nerTrainingInputs } from "../../build-scripts/ner-inputs.mjs";
import { ROOT, needsShared } from "./helpers.mjs";

const TRAINING_DATA = needsShared(
  "data/conll2003/eng.train",
  "data/conll2003/eng.testa",
  "data/gazetteers/world-cities.csv",
  "data/gazetteers/sp500-constituents.csv",
  "data/gum/splits.md",
);

/** The lines of two lists that differ, for the failure message. */
function changedLines(recorded, current) {
  const before = new Set(recorded.split("\n"));
  return current
    .split("\n")
    .filter((line) => line && !before.has(line))
    .map((line) => line.split("  ")[1]);
}

test(
  "retraining reproduces the committed model byte for byte (run when an input changed)",
  { ...TRAINING_DATA, timeout: 30 * 60 * 1000 },
  (t) => {
    const recorded = readFileSync(path.join(ROOT, INPUTS_LIST), "utf8");
    const current = nerTrainingInputs();
    if (current === recorded) {
      t.diagnostic(`the trainer's inputs and the model are those of ${INPUTS_LIST}: retraining not needed`);
      return;
    }
    const changed = changedLines(recorded, current);
    t.diagnostic(`changed since the model was trained: ${changed.join(", ")}; retraining`);
    const out = path.join(mkdtempSync(path.join(tmpdir(), "retrain-")), "ner.model");
    execFileSync(path.join(ROOT, "build-scripts/train-ner"), [], {
      stdio: "ignore",
      env: { ...process.env, MODEL_OUT: out, BUILD_DIR: path.join(ROOT, "build/native") },
    });
    const same = readFileSync(out).equals(readFileSync(path.join(ROOT, MODEL)));
    assert.ok(
      same,
      `retraining gives another model than ${MODEL}: run build-scripts/train-ner, update the model card, commit both`,
    );
    assert.fail(
      `retraining gives the committed model, but ${INPUTS_LIST} is stale (${changed.join(", ")}): ` +
        `run node build-scripts/ner-inputs.mjs > ${INPUTS_LIST} and commit it`,
    );
  },
);
