// Browser test of the sources panel: one row per person whatever the form of
// the name, described speakers apart, quotations without a speaker counted.

import { test } from "node:test";
import assert from "node:assert/strict";
import { TIMEOUT, withPage, annotate, pageErrors } from "./harness.mjs";

const ARTICLE = `Senators debate a new housing bill

Sarah Kovner, a housing advocate, spoke in Albany on Monday. “We cannot wait another year for this,” Sarah Kovner said.

“Every month of delay costs families their homes,” Ms. Kovner told reporters.

Officials said the bill would pass before the summer recess.

The vote is set for Thursday.

Housing costs have risen for a decade.

“Nobody expected the vote to be this close.”

Mayor Tom Reyes spoke last. She said that the city would build more homes.
`;

test(
  "the sources panel groups the names of one person, lists described speakers apart and counts the rest",
  { timeout: TIMEOUT },
  async () => {
    await withPage(async (page) => {
      await annotate(page, ARTICLE);
      const rows = await page.$$eval("#sources .source", (buttons) =>
        buttons.map((b) => ({
          name: b.querySelector(".entity-name").textContent,
          count: b.querySelector(".entity-type").textContent,
        })),
      );
      const kovner = rows.filter((r) => r.name.includes("Kovner"));
      assert.equal(kovner.length, 1, `one row for Sarah Kovner: ${JSON.stringify(rows)}`);
      // Her two quotations, and "She said …" after a man's name: hers too.
      assert.match(kovner[0].count, /^3 quotations/, JSON.stringify(rows));
      const officials = rows.find((r) => /officials/i.test(r.name));
      assert.ok(
        officials && officials.name.includes("described"),
        `officials are a described source: ${JSON.stringify(rows)}`,
      );
      assert.ok(rows.indexOf(officials) > rows.indexOf(kovner[0]), "named sources come first");
      const none = rows.at(-1);
      assert.ok(
        none.name.includes("no speaker") && /^1 quotation/.test(none.count),
        `last row counts the rest: ${JSON.stringify(rows)}`,
      );
      assert.deepEqual(pageErrors, []);
    });
  },
);
