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

const DATA = path.resolve(ROOT, "../shared/data");

function committedDevF1() {
  const card = readFileSync(path.join(ROOT, "models/MODEL_CARD.md"), "utf8");
  const overall = card.match(/\*\*overall\*\* \| \*\*[\d.]+\*\* \| \*\*[\d.]+\*\* \| \*\*([\d.]+)\*\*/);
  assert.ok(overall, "the model card states the overall dev F1");
  return Number(overall[1]);
}

test("retraining reproduces the committed model's dev F1 within 0.2", { timeout: 30 * 60 * 1000 }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), "retrain-"));
  const out = path.join(dir, "ner.model");
  // The same name lists as build-scripts/train-ner (needs its npm packages).
  execFileSync("node", [path.join(ROOT, "build-scripts/ner-lexicons/make-lexicons.mjs"), dir, DATA],
               { cwd: ROOT, stdio: "ignore" });
  const lexicon = (type, file) => ["--lexicon", `${type}=${file}`];
  const report = execFileSync(path.join(ROOT, "build/native/train_ner"), [
    "--train", path.join(DATA, "conll2003/eng.train"),
    "--dev", path.join(DATA, "conll2003/eng.testa"),
    "--cities", path.join(DATA, "gazetteers/world-cities.csv"),
    "--companies", path.join(DATA, "gazetteers/sp500-constituents.csv"),
    ...lexicon("country", path.join(dir, "countries.txt")),
    ...lexicon("demonym", path.join(dir, "demonyms.txt")),
    ...lexicon("first-name", path.join(dir, "first-names.txt")),
    ...lexicon("company", path.join(dir, "companies.txt")),
    ...lexicon("org-word", path.join(ROOT, "build-scripts/ner-lexicons/org-words.txt")),
    "--out", out,
  ], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  const shipped = report.split("shipped int8 model")[1] ?? "";
  const overall = shipped.match(/overall .* F1 +([\d.]+)/);
  assert.ok(overall, report);
  const retrained = Number(overall[1]);
  assert.ok(Math.abs(retrained - committedDevF1()) <= 0.2, `retrained ${retrained}, committed ${committedDevF1()}`);
});
