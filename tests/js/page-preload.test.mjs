// The page preloads every module of its import graph, so the browser fetches
// them in one round instead of one level of imports after another (the
// annotator's worker starts only once app.js has run).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { graphOf } from "./import-graph.mjs";

const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../web");

test("index.html preloads exactly the modules app.js imports", () => {
  const html = readFileSync(path.join(web, "index.html"), "utf8");
  const preloaded = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
  const graph = graphOf("web/app.js", { staticOnly: true })
    .filter((file) => file !== "web/app.js")
    .map((file) => file.replace(/^web\//, ""));
  assert.ok(graph.length > 10, `app.js imports ${graph.length} modules`);
  assert.deepEqual([...preloaded].sort(), graph.sort());
});
