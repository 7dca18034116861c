// Generated files match what their scripts make from the data they name;
// a stale one fails with the command that makes it again.
// (src/attribution/model_data.cc is checked by the core's doctest suite.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { readFileSync } from "node:fs";
import { ROOT } from "./helpers.mjs";
import { withEntityTypes, END } from "../../build-scripts/entity-types-css.mjs";
import { ENTITY_TYPES } from "../../web/shared/entity-types.js";

test("src/first_names_data.cc is what build-scripts/attribution-data/first-names.mjs makes", () => {
  const run = spawnSync("node", [path.join(ROOT, "build-scripts/attribution-data/first-names.mjs"), "--check"], {
    encoding: "utf8",
  });
  assert.equal(run.status, 0, run.stderr);
});

test("web/style.css's entity types are what build-scripts/entity-types-css.mjs makes from web/shared/entity-types.js", () => {
  const run = spawnSync("node", [path.join(ROOT, "build-scripts/entity-types-css.mjs"), "--check"], {
    encoding: "utf8",
  });
  assert.equal(run.status, 0, run.stderr);
});

test("a hand edit inside the entity types' part of web/style.css is found stale, and one outside it is kept", () => {
  const css = readFileSync(path.join(ROOT, "web/style.css"), "utf8");
  const edited = css.replace(`--deco: ${ENTITY_TYPES[0].underline};`, "--deco: none;");
  assert.notEqual(edited, css, "the part draws the first type's line");
  assert.equal(withEntityTypes(edited), css, "making the part again undoes the edit");
  const outside = `${css}\n.extra { color: red; }\n`;
  assert.equal(withEntityTypes(outside), outside);
  assert.throws(() => withEntityTypes(css.replace(END, "")), /markers/);
});
