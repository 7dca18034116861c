// Annotates many texts at once for the evaluation scripts: through the
// shipped wasm in this process (the default), or through the native build
// (build/native/annotate_native), which is what the trainers' figures use.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createAnnotator } from "../web/annotator.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * One result per document ({text, textPath?}) with UTF-16 offsets, and a
 * line naming the engine (with the wasm's throughput).
 */
export async function annotateAll(documents, native) {
  if (native) return annotateNative(documents);
  const annotator = await createAnnotator();
  let bytes = 0;
  let seconds = 0;
  const results = documents.map((document) => {
    const started = process.hrtime.bigint();
    const result = annotator.annotate(document.text, { offsets: "utf16" });
    seconds += Number(process.hrtime.bigint() - started) / 1e9;
    bytes += Buffer.byteLength(document.text, "utf8");
    return result;
  });
  return { results, engine: `wasm, ${(bytes / 1e6 / seconds).toFixed(1)} MB/s whole pipeline with JSON` };
}

function annotateNative(documents) {
  const tool = path.join(ROOT, "build/native/annotate_native");
  // Texts read from elsewhere go through files, one per document.
  const scratch = documents.some((d) => !d.textPath) ? mkdtempSync(path.join(tmpdir(), "annotate-all-")) : null;
  try {
    const paths = documents.map((d, i) => {
      if (d.textPath) return d.textPath;
      const file = path.join(scratch, `${i}.txt`);
      writeFileSync(file, d.text);
      return file;
    });
    const out = execFileSync(tool, ["--offsets", "utf16", ...paths], { encoding: "utf8", maxBuffer: 1 << 30 });
    return {
      results: out
        .trimEnd()
        .split("\n")
        .map((line) => JSON.parse(line)),
      engine: "native",
    };
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}
