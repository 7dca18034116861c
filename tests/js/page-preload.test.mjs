// The page preloads every module of its import graph, so the browser fetches
// them in one round instead of one level of imports after another (the
// annotator's worker starts only once app.js has run).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../web");

/** The modules `file` imports, directly or not, as paths relative to web/. */
function importGraph(file, seen = new Set()) {
  const source = readFileSync(path.join(web, file), "utf8");
  for (const match of source.matchAll(/^\s*(?:import|export)\s[^;]*?\bfrom\s+"(\.{1,2}\/[^"]+)"/gms)) {
    const imported = path.posix.normalize(path.posix.join(path.posix.dirname(file), match[1]));
    if (!seen.has(imported)) {
      seen.add(imported);
      importGraph(imported, seen);
    }
  }
  return seen;
}

test("index.html preloads exactly the modules app.js imports", () => {
  const html = readFileSync(path.join(web, "index.html"), "utf8");
  const preloaded = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
  const graph = [...importGraph("app.js")];
  assert.ok(graph.length > 10, `app.js imports ${graph.length} modules`);
  assert.deepEqual([...preloaded].sort(), graph.sort());
});
