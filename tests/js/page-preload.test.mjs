// The page preloads every module of its import graph, so the browser fetches
// them in one round instead of one level of imports after another (app.js
// renders the page; the annotator's worker starts from its own script,
// app/early-worker.js, which app.js imports too).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { graphOf } from "./import-graph.mjs";

const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../web");

test("index.html preloads, or loads as a script, exactly the modules app.js imports", () => {
  const html = readFileSync(path.join(web, "index.html"), "utf8");
  const preloaded = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
  const scripts = [...html.matchAll(/<script type="module"(?: async)? src="([^"]+)"><\/script>/g)].map((m) => m[1]);
  assert.ok(scripts.includes("app.js") && scripts.includes("app/early-worker.js"), `module scripts: ${scripts}`);
  const fetched = [...preloaded, ...scripts.filter((script) => script !== "app.js")];
  const graph = graphOf("web/app.js", { staticOnly: true })
    .filter((file) => file !== "web/app.js")
    .map((file) => file.replace(/^web\//, ""));
  assert.ok(graph.length > 10, `app.js imports ${graph.length} modules`);
  assert.deepEqual([...fetched].sort(), graph.sort());
});
