// Generated files match what their scripts make from the data they name.
// (src/attribution/model_data.cc is checked by the core's doctest suite.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { ROOT } from "./helpers.mjs";

test("src/first_names_data.cc is what build-scripts/attribution-data/first-names.mjs makes", () => {
  const run = spawnSync("node", [path.join(ROOT, "build-scripts/attribution-data/first-names.mjs"), "--check"], {
    encoding: "utf8",
  });
  assert.equal(run.status, 0, run.stderr);
});
