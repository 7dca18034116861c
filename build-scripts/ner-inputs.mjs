// What the committed recognizer was trained from: the SHA-256 of every input
// of build-scripts/train-ner (the trainer's (src/ner/train/) and the feature extractor's
// sources, the committed name lists and word-class table, the lists made from
// npm packages, the GUM train documents as build-scripts/gum-train.mjs lays
// them out, the CoNLL and gazetteer files under ../shared) and of the
// model it wrote. train-ner stores this list in models/ner.model.inputs;
// tests/js/retrain.test.mjs retrains only when today's list differs.
//
//   node build-scripts/ner-inputs.mjs      prints the list
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

// Sources that decide what the trainer computes (tests excluded).
const SOURCE_DIRECTORIES = ["src/ner", "src/ner/train"];
const SOURCE_FILES = [
  "src/cli/train_ner_main.cc",
  "src/cli/file_util.h",
  "src/status.h",
  "src/fnv1a.h",
  "src/ascii_case.h",
  "src/title_words.h",
  "src/document.h",
  "src/document.cc",
  "src/tokenizer.h",
  "src/tokenizer.cc",
  "src/segmenter.h",
  "src/segmenter.cc",
  "build-scripts/train-ner",
  "build-scripts/gum-train.mjs",
  "build-scripts/gum.mjs",
  "build-scripts/ner-lexicons/make-lexicons.mjs",
  "build-scripts/ner-lexicons/org-words.txt",
  "build-scripts/ner-lexicons/organisations.txt",
  "build-scripts/ner-lexicons/glove-classes.bin",
];
const SHARED_FILES = [
  "data/conll2003/eng.train",
  "data/conll2003/eng.testa",
  "data/gazetteers/world-cities.csv",
  "data/gazetteers/sp500-constituents.csv",
];
export const MODEL = "models/ner.model";
export const INPUTS_LIST = "models/ner.model.inputs";

function sha256(file) {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

function sourceFiles() {
  const files = [...SOURCE_FILES];
  for (const directory of SOURCE_DIRECTORIES) {
    for (const name of readdirSync(path.join(ROOT, directory))) {
      if (/\.(h|cc)$/.test(name) && !name.endsWith("_test.cc")) files.push(`${directory}/${name}`);
    }
  }
  return files.sort();
}

/** The name lists make-lexicons.mjs writes from npm packages, hashed by name. */
function madeLexicons() {
  const directory = mkdtempSync(path.join(tmpdir(), "ner-lexicons-"));
  try {
    execFileSync("node", ["build-scripts/ner-lexicons/make-lexicons.mjs", directory], { cwd: ROOT, stdio: "ignore" });
    return readdirSync(directory)
      .sort()
      .map((name) => `${sha256(path.join(directory, name))}  npm:${name}`);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** GUM's train split as the trainer reads it (gum-train.mjs output), hashed by name. */
function gumTraining() {
  const directory = mkdtempSync(path.join(tmpdir(), "ner-gum-"));
  try {
    const file = path.join(directory, "gum-train.txt");
    execFileSync("node", ["build-scripts/gum-train.mjs", path.join(ROOT, "../shared/data/gum"), file], {
      cwd: ROOT,
      stdio: "ignore",
    });
    return `${sha256(file)}  gum:gum-train.txt`;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** The list, one "sha256  name" line per input and one for the model. */
export function nerTrainingInputs() {
  const lines = [
    ...sourceFiles().map((file) => `${sha256(path.join(ROOT, file))}  ${file}`),
    ...madeLexicons(),
    gumTraining(),
    ...SHARED_FILES.map((file) => `${sha256(path.join(ROOT, "../shared", file))}  ../shared/${file}`),
    `${sha256(path.join(ROOT, MODEL))}  ${MODEL}`,
  ];
  return lines.join("\n") + "\n";
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.stdout.write(nerTrainingInputs());
