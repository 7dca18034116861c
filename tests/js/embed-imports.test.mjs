// What the embed and the package depend on. The embed (web/embed.js) may load
// only the JS API (web/annotator.js), its own files (web/embed/) and the
// modules it shares with the page (web/shared/), never the page's internals
// (web/app/); the package's `files` ship every module its entry points load
// and no page internals.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { graphOf } from "./import-graph.mjs";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const pkg = JSON.parse(readFileSync(path.join(repo, "package.json"), "utf8"));

const isShipped = (file) => pkg.files.some((entry) => (entry.endsWith("/") ? file.startsWith(entry) : file === entry));

test("the import reader finds static imports, workers and type imports", () => {
  const embed = graphOf("web/embed.js");
  for (const file of [
    "web/annotator.js",
    "web/annotator.d.ts",
    "web/embed/annotate-worker.js",
    "web/embed/paint.js",
    "web/shared/labels.js",
  ]) {
    assert.ok(embed.includes(file), `${file} is in the embed's graph: ${embed.join(", ")}`);
  }
  assert.ok(graphOf("web/app.js").includes("web/app/render.js"), "the page's graph reaches its internals");
});

test("the embed loads only annotator.js, web/embed/ and web/shared/", () => {
  const outside = graphOf("web/embed.js").filter(
    (file) =>
      !(
        file === "web/embed.js" ||
        file.startsWith("web/embed/") ||
        file.startsWith("web/shared/") ||
        /^web\/annotator\.(js|d\.ts)$/.test(file)
      ),
  );
  assert.deepEqual(outside, [], "modules of the page or elsewhere that the embed loads");
});

test("the package ships every module its entry points load, and none of the page's", () => {
  const entries = [
    pkg.bin["article-annotator"],
    ...Object.values(pkg.exports).map((target) => target.default ?? target),
  ].map((entry) => entry.replace(/^\.\//, ""));
  for (const entry of entries.filter((file) => /\.m?js$/.test(file))) {
    const missing = graphOf(entry).filter((file) => !isShipped(file));
    assert.deepEqual(missing, [], `modules ${entry} loads that package.json's files leave out`);
  }
  const pageInternals = pkg.files.filter(
    (entry) => entry.startsWith("web/app") || entry === "web/index.html" || entry === "web/worker.js",
  );
  assert.deepEqual(pageInternals, [], "package.json's files list none of the page's internals");
});
