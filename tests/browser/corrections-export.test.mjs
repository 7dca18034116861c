// Browser tests of the page's corrections, exports and responsiveness.
// Set-up and helpers: harness.mjs.

import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import {
  TIMEOUT,
  WITH_SAMPLE,
  samplePath,
  screenDir,
  withPage,
  cspViolations,
  annotate,
  pageErrors,
  consoleErrors,
  badResponses,
  download,
  saved,
  typeOf,
  selectInArticle,
} from "./harness.mjs";

// An emoji before the names, so that code points and UTF-16 units differ; a
// quotation with commas and double quotes, for the CSV.
const ARTICLE = `Harbour city approves flood barrier 🌊

The council of Portwell voted on Tuesday to build a £40m tidal barrier across the harbour mouth 🚧, after three winters of flooding.

“We cannot keep sandbagging, "again and again", every January,” said Mayor Alice Grant, who proposed the plan.

Engineers from Northshore Consulting estimate that the barrier will cut flood risk by 85%.`;

function speakerOfSandbagging(page) {
  return page.$$eval(
    "#quotes .quote-item",
    (items) =>
      items.find((el) => el.textContent.includes("sandbagging"))?.querySelector(".quote-speaker")?.textContent ?? null,
  );
}

const downloadOf = download;

/** RFC 4180 CSV into rows of fields (after the BOM). */
function parseCsv(csv) {
  const rows = [[]];
  let field = "";
  let quoted = false;
  const s = csv.replace(/^\ufeff/, "");
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      rows[rows.length - 1].push(field);
      field = "";
    } else if (c === "\r" && s[i + 1] === "\n") {
      rows[rows.length - 1].push(field);
      field = "";
      rows.push([]);
      i++;
    } else field += c;
  }
  if (rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

const records = (csv) => {
  const [head, ...rows] = parseCsv(csv);
  return rows.map((row) => Object.fromEntries(head.map((h, i) => [h, row[i]])));
};

test(
  "corrections: change a type, add a mention, survive a reload, undo and redo, and reach every export",
  { timeout: TIMEOUT },
  async () => {
    await withPage(async (page) => {
      await annotate(page, ARTICLE);
      assert.equal(await typeOf(page, "Alice Grant"), "PERSON");
      assert.equal(await typeOf(page, "harbour"), null);

      // Click a highlight: the popover offers the types; pick Organisation.
      await page.click('#doc mark[data-mention]:text-is("Alice Grant")');
      await page.waitForSelector("#editor:not([hidden])");
      await page.screenshot({ path: path.join(screenDir, "correction-popover.png") });
      await page.click("#editor .type-picker .chip.t-ORG");
      assert.equal(await typeOf(page, "Alice Grant"), "ORG");

      // Select a word that is not marked and mark it as a place.
      await selectInArticle(page, "harbour");
      await page.click("#editor .type-picker .chip.t-LOCATION");
      assert.equal(await typeOf(page, "harbour"), "LOCATION");

      // Reassign the quotation's speaker to a selected span.
      await selectInArticle(page, "Engineers");
      await page.$eval("#editor .quote-select", (select) => {
        select.value = [...select.options].find((o) => o.text.includes("sandbagging")).value;
      });
      await page.click('#editor button:text-is("Set speaker")');
      assert.equal(await speakerOfSandbagging(page), "Engineers");
      assert.equal(await page.textContent("#correction-count"), "3 corrections");

      // A reload forgets nothing: the article comes back with its corrections.
      await saved(page);
      await page.reload();
      await page.waitForFunction(
        () => /3 corrections restored/.test(document.getElementById("status").textContent),
        null,
        { timeout: 60_000 },
      );
      assert.equal(await typeOf(page, "Alice Grant"), "ORG");
      assert.equal(await typeOf(page, "harbour"), "LOCATION");
      assert.ok(
        await page.$eval("#sources", (el) => el.textContent.includes("Engineers")),
        "the sources follow the speaker",
      );
      // So does the same text pasted again.
      await annotate(page, ARTICLE);
      assert.match(await page.textContent("#status"), /3 corrections restored/);
      assert.equal(await typeOf(page, "Alice Grant"), "ORG");

      // Undo (Ctrl+Z, then the button) goes back one step at a time; redo comes back.
      await page.focus("#annotate");
      await page.keyboard.press("Control+z");
      assert.equal(await speakerOfSandbagging(page), "Alice Grant");
      await page.click("#undo");
      assert.equal(await typeOf(page, "harbour"), null);
      assert.equal(await typeOf(page, "Alice Grant"), "ORG");
      await page.click("#redo");
      assert.equal(await typeOf(page, "harbour"), "LOCATION");
      assert.equal(await page.textContent("#correction-count"), "2 corrections");

      // Every export carries the two corrections in force.
      const json = JSON.parse((await downloadOf(page, "json")).text);
      const alice = json.mentions.find((m) => m.text === "Alice Grant");
      assert.equal(alice.type, "ORG");
      assert.ok(json.mentions.some((m) => m.text === "harbour" && m.type === "LOCATION" && m.corrected === "added"));
      assert.equal(json.annotator.corrections.length, 2);
      assert.deepEqual(Object.keys(json).slice(0, 8), [
        "mentions",
        "entities",
        "quotes",
        "sentences",
        "paragraphs",
        "title",
        "boilerplate",
        "language",
      ]);
      assert.equal(json.language, "en");

      const mentions = await downloadOf(page, "mentions");
      assert.match(mentions.name, /^harbour-city-approves-flood-barrier.*\.mentions\.csv$/);
      const mentionRows = records(mentions.text);
      assert.equal(mentionRows.length, json.mentions.length);
      assert.equal(mentionRows.find((r) => r.text === "Alice Grant").type, "ORG");
      assert.equal(mentionRows.find((r) => r.text === "harbour").corrected, "added");

      const quotes = records((await downloadOf(page, "quotes")).text);
      assert.equal(quotes.length, json.quotes.length);
      const said = json.quotes.find((q) => q.text.includes("sandbagging"));
      assert.equal(
        quotes.find((r) => r.text.includes("sandbagging")).text,
        said.text,
        "a quotation with commas and double quotes survives the CSV whole",
      );

      const annotations = JSON.parse((await downloadOf(page, "annotations")).text);
      const tagged = annotations.first.items.find(
        (a) => a.target.selector[0].exact === "Alice Grant" && a.motivation === "tagging",
      );
      assert.equal(tagged.body[0].value, "ORG");
      assert.deepEqual(await cspViolations(page), []);
    });
  },
);

test("a stored correction that no longer applies is said so and not counted", { timeout: TIMEOUT }, async () => {
  await withPage(async (page) => {
    await annotate(page, ARTICLE);
    await page.click('#doc mark[data-mention]:text-is("Alice Grant")');
    await page.click("#editor .type-picker .chip.t-ORG");
    assert.equal(await page.textContent("#correction-count"), "1 correction");
    // The view is kept too, a moment after the page scrolls: let that pass, or it would store its own record over ours.
    await page.waitForTimeout(1000);
    await saved(page);
    // As after a model update: a stored removal of a mention the text has not (or no longer).
    await page.evaluate(async () => {
      const { anchorAt } = await import("./app/anchors.js");
      const db = await new Promise((resolve) => {
        const req = indexedDB.open("article-annotator");
        req.onsuccess = () => resolve(req.result);
      });
      const store = db.transaction("articles", "readwrite").objectStore("articles");
      const [record] = await new Promise((resolve) => {
        const req = store.getAll();
        req.onsuccess = () => resolve(req.result);
      });
      const text = document.getElementById("text").value;
      record.ops = [{ op: "remove", at: anchorAt(text, 1, 2) }, ...record.ops];
      await new Promise((resolve) => {
        const tx = db.transaction("articles", "readwrite");
        tx.objectStore("articles").put(record);
        tx.oncomplete = resolve;
      });
    });
    await page.reload();
    await page.waitForFunction(() => /^Done/.test(document.getElementById("status").textContent), null, {
      timeout: 60_000,
    });
    assert.equal(await typeOf(page, "Alice Grant"), "ORG");
    assert.match(
      await page.textContent("#status"),
      /1 correction restored from this browser\. 1 stored correction no longer applies\./,
    );
    assert.equal(await page.textContent("#correction-count"), "1 correction (1 no longer applies)");
  });
});

test(
  "the W3C Web Annotation export: both selectors resolve to the same text, counting code points",
  { timeout: TIMEOUT },
  async () => {
    await withPage(async (page) => {
      await annotate(page, ARTICLE);
      const { text } = await downloadOf(page, "annotations");
      const collection = JSON.parse(text);
      assert.equal(collection["@context"], "http://www.w3.org/ns/anno.jsonld");
      const items = collection.first.items;
      const json = JSON.parse((await downloadOf(page, "json")).text);
      assert.equal(
        items.length,
        json.mentions.length + json.quotes.length + (json.title ? 1 : 0) + json.boilerplate.length,
        "one annotation per mention, quotation, title and block of page clutter",
      );

      const codePoints = [...ARTICLE];
      for (const item of items) {
        const [quote, position] = item.target.selector;
        assert.equal(quote.type, "TextQuoteSelector");
        assert.equal(position.type, "TextPositionSelector");
        assert.equal(
          codePoints.slice(position.start, position.end).join(""),
          quote.exact,
          `position selector of ${quote.exact}`,
        );
        const at = ARTICLE.indexOf(quote.prefix + quote.exact + quote.suffix);
        assert.ok(at >= 0, `quote selector of ${quote.exact} is found`);
        assert.equal([...ARTICLE.slice(0, at + quote.prefix.length)].length, position.start, "both selectors agree");
        assert.equal(item.body[0].type, "TextualBody");
      }
      // After the emoji the units differ: the export counts code points.
      const mayor = json.mentions.find((m) => m.text === "Alice Grant");
      const item = items.find((a) => a.target.selector[0].exact === "Alice Grant");
      assert.equal(
        item.target.selector[1].start,
        mayor.start - 2,
        "two emoji before it: two fewer code points than UTF-16 units",
      );
    });
  },
);

// Input is handled within 100 ms throughout. Measured on the 2-core build
// machine while C++ compiled beside it (load average 1.6-3.7): in 10 runs
// the worst main-thread gap was 36-82 ms, median 60, at the start of
// drawing, at its end or in between (a drawing slice and the frame or the
// garbage collection after it). Alternating runs of the page as it was
// before (the result copied in as objects, a list of every highlight kept)
// gave 74-289 ms, mostly garbage collections tracing those hundreds of
// thousands of objects. A failure here means that something long runs on
// the main thread again: the message says when.
const MAX_GAP_MS = 100;

test(
  "the page stays responsive (no long main-thread gap) while a 5 MB article is annotated and drawn",
  { ...WITH_SAMPLE, timeout: 240_000 },
  async (t) => {
    const sample = fs.readFileSync(samplePath, "utf8");
    await withPage(async (page) => {
      await page.waitForFunction(() => document.getElementById("status").textContent === "Ready.", null, {
        timeout: 60_000,
      });
      // A paste: the value changes and an input event follows.
      await page.evaluate((s) => {
        const box = document.getElementById("text");
        box.value = s.repeat(Math.ceil(5e6 / s.length));
        box.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
      }, sample);
      // Chromium lays out and paints a 5 MB textarea for a second or two after
      // the paste: that is the paste, not the annotation. Wait for a quiet second.
      await page.evaluate(async () => {
        const worstGapOver = (ms) =>
          new Promise((resolve) => {
            const start = performance.now();
            let last = start;
            let worst = 0;
            const tick = () => {
              const now = performance.now();
              worst = Math.max(worst, now - last);
              last = now;
              if (now - start < ms) setTimeout(tick, 5);
              else resolve(worst);
            };
            setTimeout(tick, 5);
          });
        for (let tries = 0; tries < 30 && (await worstGapOver(1000)) >= 50; tries++);
      });
      await page.evaluate(() => {
        window.gaps = [];
        let last = performance.now();
        const tick = () => {
          const now = performance.now();
          window.gaps.push({ gap: now - last, status: document.getElementById("status").textContent });
          last = now;
          if (!window.stopTicking) setTimeout(tick, 5);
        };
        setTimeout(tick, 5);
        document.getElementById("annotate").click();
      });
      await page.waitForFunction(() => /left|Drawing/.test(document.getElementById("status").textContent), null, {
        timeout: 120_000,
      });
      await page.waitForFunction(() => !document.body.classList.contains("busy"), null, { timeout: 200_000 });
      const { gaps, status, marks } = await page.evaluate(() => {
        window.stopTicking = true;
        return {
          gaps: window.gaps,
          status: document.getElementById("status").textContent,
          marks: document.querySelectorAll("#doc mark").length,
        };
      });
      assert.match(status, /^Done: \d+ mentions/);
      assert.ok(marks > 50000, `the highlights are all drawn (${marks})`);
      const worst = [...gaps].sort((a, b) => b.gap - a.gap).slice(0, 3);
      const described = worst.map((g) => `${g.gap.toFixed(0)} ms (while "${g.status}")`).join(", ");
      t.diagnostic(`longest main-thread gaps: ${described}`);
      assert.ok(worst[0].gap < MAX_GAP_MS, `longest main-thread gaps: ${described}`);
      await page.screenshot({ path: path.join(screenDir, "long-article.png") });
    });
  },
);

test("no console errors, page errors, failed loads or CSP violations during the run", () => {
  assert.deepEqual(pageErrors, [], "page errors");
  assert.deepEqual(consoleErrors, [], "console errors and CSP reports");
  assert.deepEqual(badResponses, [], "failed or refused loads");
});
