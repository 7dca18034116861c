// For the Python tests: the dev sets' texts and their results from the wasm
// (web/annotator.js), with code-point offsets, as JSON lines
// {"set","name","text","result","sources"} on standard output. `sources` is
// what the page's sources panel lists (web/app/sources.js).
// Sets: polnear (PolNeAR dev texts), gum (GUM dev laid out by gum.mjs),
// conll (CoNLL-2003 eng.testa documents laid out by conll.mjs).
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createAnnotator } from "../../web/annotator.js";
import { collectSources } from "../../web/app/sources.js";
import { layOut, parseConll } from "../../build-scripts/conll.mjs";
import { readGum } from "../../build-scripts/gum.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const DATA = path.resolve(ROOT, "../shared/data");

function documents(set) {
  if (set === "polnear") {
    const dir = path.join(DATA, "polnear/data/dev/text");
    return readdirSync(dir)
      .sort()
      .map((name) => ({ name, text: readFileSync(path.join(dir, name), "utf8") }));
  }
  if (set === "gum") return readGum(path.join(DATA, "gum"), "dev").map((d) => ({ name: d.name, text: d.text }));
  if (set === "conll") {
    return parseConll(readFileSync(path.join(DATA, "conll2003/eng.testa"), "utf8")).map((sentences, i) => ({
      name: `testa-${i}`,
      text: layOut(sentences).text,
    }));
  }
  throw new Error(`unknown set ${set}`);
}

/** The sources panel's groups in code-point terms: name, entity, kind, quotation count, words. */
function sourcesOf(text, utf16Result) {
  const generator = collectSources(text, utf16Result);
  let step;
  while (!(step = generator.next()).done);
  const { sources, descriptions, unattributed } = step.value;
  const row = (s, kind) => ({
    source: kind === "unattributed" ? null : s.name,
    kind,
    entity: s.entity,
    quotes: s.quotes.length,
    words: s.words,
  });
  return [
    ...sources.map((s) => row(s, "named")),
    ...descriptions.map((s) => row(s, "described")),
    ...(unattributed ? [row(unattributed, "unattributed")] : []),
  ];
}

const annotator = await createAnnotator();
for (const set of process.argv.slice(2)) {
  for (const { name, text } of documents(set)) {
    const result = annotator.annotate(text, { offsets: "codepoint" });
    const sources = sourcesOf(text, annotator.annotate(text));
    process.stdout.write(JSON.stringify({ set, name, text, result, sources }) + "\n");
  }
}
