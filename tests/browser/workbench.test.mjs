// Browser tests of the page as a reader's workbench: each kind of
// correction as a reader makes it (mentions, entities, quotations), undo,
// corrections found again after the text is edited, the work restored after
// a reload, the recent articles, and the layout at desktop and phone width.
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
  annotate,
  cspViolations,
  download,
  saved,
  typeOf,
  selectInArticle,
  pageErrors,
  consoleErrors,
  badResponses,
} from "./harness.mjs";

// Written for these tests: a name in several forms, a name three times, a
// quotation with a second verb a reader may set as its cue ("said" or
// "proposed"), speakers named and described.
const TEXT = `Harbour city approves flood barrier

The council of Portwell voted on Tuesday to build a £40m tidal barrier across the harbour mouth, after three winters of flooding.

“We cannot keep sandbagging every January,” said Mayor Alice Grant, who proposed the plan. Grant said the College Republicans opposed it.

Engineers from Northshore Consulting expect that the barrier will cut flood risk by 85%. The College Republicans disagreed, and Ms. Grant said CUDA would help. Officials said CUDA was fast. “It is too slow,” a spokesman said. College Republicans chair Tom Reyes said CUDA was new.`;

/** The types of the highlights whose text is `text`, in reading order. */
function typesOf(page, text) {
  return page.$$eval(
    "#doc mark[data-mention]:not([data-cont])",
    (els, t) => els.filter((el) => el.textContent === t).map((el) => el.dataset.type),
    text,
  );
}

/** The rows of the entities panel: name, type and number of mentions. */
function entityRows(page) {
  return page.$$eval("#entities .entity", (els) =>
    els.map((el) => ({
      name: el.querySelector(".entity-name").firstChild.textContent,
      type: el.dataset.type,
      count: Number(el.querySelector(".entity-count").textContent.slice(1)),
    })),
  );
}

/** The quotations panel: text, kind, speaker and cue of each. */
function quoteRows(page) {
  return page.$$eval("#quotes .quote-item", (els) =>
    els.map((el) => ({
      text: el.querySelector(".quote-text").textContent,
      kind: el.dataset.kind,
      speaker: el.querySelector(".quote-speaker")?.textContent ?? null,
      cue: el.querySelector(".quote-cue")?.textContent.replace(/^cue: /, "") ?? null,
    })),
  );
}

const quoteWith = async (page, words) => (await quoteRows(page)).find((q) => q.text.includes(words));

/** Clicks the `nth` highlight of a mention whose text is `text`, and waits for its popover. */
async function openMention(page, text, nth = 0) {
  await page
    .locator("#doc mark[data-mention]:not([data-cont])", { hasText: text })
    .filter({ hasText: new RegExp(`^${text}$`) })
    .nth(nth)
    .click();
  await page.waitForSelector("#editor:not([hidden])");
}

/** Opens the popover of the quotation holding `words`, clicked on its words outside any mention. */
async function openQuote(page, words) {
  const position = await page.evaluate((w) => {
    for (const old of document.querySelectorAll("[data-test-target]")) old.removeAttribute("data-test-target");
    const q = [...document.querySelectorAll("#doc [data-quote]")].find((el) => el.textContent.includes(w));
    const walker = document.createTreeWalker(q, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest("[data-mention]") || !node.data.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rect = range.getClientRects()[0];
      const box = node.parentElement.getBoundingClientRect();
      node.parentElement.dataset.testTarget = "";
      return { x: rect.left - box.left + rect.width / 2, y: rect.top - box.top + rect.height / 2 };
    }
    throw new Error(`no plain words in the quotation of ${w}`);
  }, words);
  await page.click("[data-test-target]", { position });
  await page.waitForSelector("#editor:not([hidden]) .quote-editor");
}

/** Opens the ⋯ popover of the entity named `name` in the panel. */
async function openEntity(page, name) {
  await page
    .locator("#entities .entity-row")
    .filter({ has: page.locator(".entity-name", { hasText: new RegExp(`^${name}`) }) })
    .first()
    .locator(".entity-edit")
    .click();
  await page.waitForSelector("#editor:not([hidden]) .entity-editor");
}

const count = async (page, id) => Number(await page.textContent(id));

/** Presses Undo until there is nothing to undo; the focus never falls to the page's body. */
async function undoAll(page) {
  for (let i = 0; i < 20 && !(await page.locator("#undo").isDisabled()); i++) {
    await page.click("#undo");
    assert.notEqual(
      await page.evaluate(() => document.activeElement?.tagName),
      "BODY",
      "the focus stays on the toolbar after Undo",
    );
  }
}

test(
  "mentions: retype every occurrence (the entity keeps them), remove, add every occurrence (an entity in the panel), extend a span; undo",
  { timeout: TIMEOUT },
  async () => {
    await withPage(async (page) => {
      await annotate(page, TEXT);
      const entities = await count(page, "#entity-count");
      assert.deepEqual(await typesOf(page, "CUDA"), ["ORG", "ORG", "ORG"]);

      // CUDA is not an organisation: every occurrence (the default when there are several) becomes another name.
      await openMention(page, "CUDA");
      assert.equal(await page.isChecked("#editor .check input"), true, "all occurrences are offered, and chosen");
      assert.match(await page.textContent("#editor .check"), /all 3 occurrences/);
      await page.click("#editor .type-picker .chip.t-MISC");
      assert.deepEqual(await typesOf(page, "CUDA"), ["MISC", "MISC", "MISC"]);
      assert.equal(await count(page, "#entity-count"), entities, "the entity is kept, with its new type");
      assert.deepEqual(
        (await entityRows(page)).find((e) => e.name === "CUDA"),
        { name: "CUDA", type: "MISC", count: 3 },
      );

      // Tuesday is not worth a highlight.
      await openMention(page, "Tuesday");
      await page.click('#editor button:text-is("Not a name or number: remove")');
      assert.deepEqual(await typesOf(page, "Tuesday"), []);

      // "barrier", three times, marked at once: one entity of three mentions in the panel.
      await selectInArticle(page, "barrier");
      assert.match(await page.textContent("#editor .check"), /all 3 occurrences/);
      await page.click("#editor .type-picker .chip.t-MISC");
      assert.deepEqual(await typesOf(page, "barrier"), ["MISC", "MISC", "MISC"]);
      assert.deepEqual(
        (await entityRows(page)).find((e) => e.name === "barrier"),
        { name: "barrier", type: "MISC", count: 3 },
      );
      assert.equal(await count(page, "#entity-count"), entities + 1);

      // "Alice Grant" takes in the word before it.
      await openMention(page, "Alice Grant");
      await page.click('#editor summary:text-is("Its span")');
      await page.click('#editor [aria-label="Take in the word before"]');
      assert.equal(await page.textContent("#editor .span-preview strong"), "Mayor Alice Grant");
      await page.click('#editor button:text-is("Apply the new span")');
      assert.equal(await typeOf(page, "Mayor Alice Grant"), "PERSON");
      assert.equal(await typeOf(page, "Alice Grant"), null);
      assert.equal(await page.textContent("#correction-count"), "4 corrections");
      await page.screenshot({ path: path.join(screenDir, "workbench-mentions.png") });

      await undoAll(page);
      assert.deepEqual(await typesOf(page, "CUDA"), ["ORG", "ORG", "ORG"]);
      assert.deepEqual(await typesOf(page, "Tuesday"), ["DATE"]);
      assert.deepEqual(await typesOf(page, "barrier"), []);
      assert.equal(await page.textContent("#correction-count"), "No corrections");
      await page.click("#redo");
      assert.deepEqual(await typesOf(page, "CUDA"), ["MISC", "MISC", "MISC"]);
      assert.deepEqual(await cspViolations(page), []);
    });
  },
);

test(
  "entities: split a form off, merge it back, rename; the panels and the entities CSV follow",
  { timeout: TIMEOUT },
  async () => {
    await withPage(async (page) => {
      await annotate(page, TEXT);
      const entities = await count(page, "#entity-count");
      assert.deepEqual(
        (await entityRows(page)).find((e) => e.name === "Alice Grant"),
        { name: "Alice Grant", type: "PERSON", count: 3 },
      );

      // "Grant" is someone else: its two mentions become an entity of their own.
      await openEntity(page, "Alice Grant");
      await page.check('#editor .forms label:has-text("Grant ×2") input');
      await page.click('#editor button:text-is("Make the checked a separate entity")');
      let rows = await entityRows(page);
      assert.deepEqual(
        rows.find((e) => e.name === "Grant"),
        { name: "Grant", type: "PERSON", count: 2 },
      );
      assert.deepEqual(
        rows.find((e) => e.name === "Alice Grant"),
        { name: "Alice Grant", type: "PERSON", count: 1 },
      );
      assert.equal(await count(page, "#entity-count"), entities + 1);

      // No, the same: merged back, named by the fuller form.
      await openEntity(page, "Grant");
      await page.$eval("#editor .entity-editor select", (select) => {
        select.value = [...select.options].find((o) => o.text.startsWith("Alice Grant")).value;
      });
      await page.click('#editor button:text-is("Merge")');
      rows = await entityRows(page);
      assert.deepEqual(
        rows.find((e) => e.name === "Alice Grant"),
        { name: "Alice Grant", type: "PERSON", count: 3 },
      );
      assert.equal(
        rows.find((e) => e.name === "Grant"),
        undefined,
      );
      assert.equal(await count(page, "#entity-count"), entities);

      // Renamed: the name travels to the quotations, the sources and the exports.
      await openEntity(page, "Alice Grant");
      await page.fill("#editor .entity-editor input.text-field", "Mayor Alice Grant");
      await page.click('#editor button:text-is("Rename")');
      assert.ok((await entityRows(page)).some((e) => e.name === "Mayor Alice Grant"));
      assert.equal((await quoteWith(page, "sandbagging")).speaker, "Mayor Alice Grant");
      assert.ok(await page.$eval("#sources", (el) => el.textContent.includes("Mayor Alice Grant")));
      const csv = (await download(page, "entities")).text;
      assert.match(
        csv,
        /^\ufeffentity_id,name,type,mentions,mentions_in_clutter,salience,forms,corrected,article_title,article_url,annotator_version\r\n/,
      );
      const row = csv.split("\r\n").find((line) => line.includes("Mayor Alice Grant"));
      assert.match(
        row,
        /^\d+,Mayor Alice Grant,PERSON,3,0,[\d.]+,Alice Grant; Grant,[a-z ]*renamed,Harbour city approves flood barrier,,\d+\.\d+\.\d+\+ner-[0-9a-f]{8}/,
        "the title is the article's own when none was given; the version names the core and its models",
      );
      assert.equal(await page.textContent("#correction-count"), "3 corrections");
    });
  },
);

test(
  "quotations: speaker from the described ones and typed, cue, kind, not a quotation, added from a selection; the exports follow",
  { timeout: TIMEOUT },
  async () => {
    await withPage(async (page) => {
      await page.fill("#source-url", "https://news.example/portwell-barrier");
      await page.fill("#source-title", "Harbour city approves flood barrier");
      await annotate(page, TEXT);
      const quotes = await count(page, "#quote-count");
      assert.equal((await quoteWith(page, "CUDA would help")).speaker, "Alice Grant");
      assert.equal(
        (await quoteWith(page, "sandbagging")).cue,
        "said",
        "the annotator took the cue after the quotation",
      );

      // The speakers the annotator described are offered with the named ones.
      await openQuote(page, "would help");
      const options = await page.$$eval('#editor .speaker-select optgroup[label="Described"] option', (els) =>
        els.map((o) => o.text),
      );
      assert.ok(options.includes("Officials") && options.includes("a spokesman"), `described speakers: ${options}`);
      await page.$eval("#editor .speaker-select", (select) => {
        select.value = [...select.options].find((o) => o.text === "Officials").value;
      });
      await page.click('#editor button:text-is("Set speaker")');
      assert.equal((await quoteWith(page, "CUDA would help")).speaker, "Officials");

      // Someone the text does not name: typed.
      await openQuote(page, "too slow");
      await page.selectOption("#editor .speaker-select", "typed");
      await page.fill('#editor input[aria-label="Who is speaking"]', "a council spokesman");
      await page.click('#editor button:text-is("Set speaker")');
      assert.equal((await quoteWith(page, "too slow")).speaker, "a council spokesman");

      // The cue: a selected word (here another verb of the sentence).
      await selectInArticle(page, "proposed");
      await page.$eval('#editor .selection-editor div:has(> label:text-is("Or the cue of:")) select', (select) => {
        select.value = [...select.options].find((o) => o.text.includes("sandbagging")).value;
      });
      await page.click('#editor button:text-is("Set cue")');
      assert.equal((await quoteWith(page, "sandbagging")).cue, "proposed");

      // Its kind.
      await openQuote(page, "too slow");
      await page.click('#editor .kind-picker [data-kind="mixed"]');
      assert.equal((await quoteWith(page, "too slow")).kind, "mixed");

      // Not a quotation at all.
      await openQuote(page, "was fast");
      await page.click('#editor button:text-is("Not a quotation: remove")');
      assert.equal(await quoteWith(page, "was fast"), undefined);
      assert.equal(await count(page, "#quote-count"), quotes - 1);

      // One the annotator missed, and its speaker from a selection.
      await selectInArticle(page, "the barrier will cut flood risk by 85%");
      await page.click('#editor button:text-is("Add as reported speech")');
      assert.deepEqual(await quoteWith(page, "flood risk"), {
        text: "the barrier will cut flood risk by 85%",
        kind: "indirect",
        speaker: null,
        cue: null,
      });
      await selectInArticle(page, "Engineers from Northshore Consulting");
      await page.$eval('#editor .selection-editor div:has(> label:text-is("Or the speaker of:")) select', (select) => {
        select.value = [...select.options].find((o) => o.text.includes("flood risk")).value;
      });
      await page.click('#editor button:text-is("Set speaker")');
      assert.equal(
        (await quoteWith(page, "flood risk")).speaker,
        "Northshore Consulting",
        "a speaker with a name in it is that name's entity",
      );
      assert.equal(await page.textContent("#correction-count"), "7 corrections");
      await page.screenshot({ path: path.join(screenDir, "workbench-quotes.png") });

      // The exports: the sources CSV counts the new speakers; the annotations point at the article's URL,
      // the speaker and the cue each with their own selectors.
      const sources = (await download(page, "sources")).text.split("\r\n");
      assert.equal(
        sources[0],
        "\ufeffspeaker,speaker_kind,entity_id,entity_type,quotations,words,kinds,article_title,article_url,annotator_version",
      );
      assert.ok(
        sources.some((r) => r.startsWith("Officials,described,,,1,3,reported 1,")),
        sources.join("\n"),
      );
      assert.ok(
        sources.some((r) =>
          /^Northshore Consulting,named,\d+,ORG,1,8,reported 1,Harbour city approves flood barrier,https:\/\/news\.example\/portwell-barrier,/.test(
            r,
          ),
        ),
        sources.join("\n"),
      );
      const annotations = JSON.parse((await download(page, "annotations")).text);
      const said = annotations.first.items.find((a) => a.target.selector[0].exact.includes("sandbagging"));
      assert.equal(said.target.source, "https://news.example/portwell-barrier");
      const parts = Object.fromEntries(
        said.body.filter((b) => b.type === "SpecificResource").map((b) => [b.styleClass, b]),
      );
      assert.equal(parts.speaker.selector[0].exact, "Mayor Alice Grant");
      assert.equal(parts.cue.selector[0].exact, "proposed");
      assert.equal(parts.cue.selector[1].type, "TextPositionSelector");
      assert.match(annotations.generator.name, /^Article Annotator \d+\.\d+\.\d+\+ner-/);
      const json = JSON.parse((await download(page, "json")).text);
      assert.deepEqual(json.article, {
        title: "Harbour city approves flood barrier",
        url: "https://news.example/portwell-barrier",
        key: json.article.key,
      });
      assert.equal(json.annotator.corrections.length, 7);

      await undoAll(page);
      assert.equal(await count(page, "#quote-count"), quotes);
      assert.equal((await quoteWith(page, "CUDA would help")).speaker, "Alice Grant");
    });
  },
);

test(
  "after the text is edited, corrections are found again; the page says which could not be",
  { timeout: TIMEOUT },
  async () => {
    await withPage(async (page) => {
      await annotate(page, TEXT);
      await openMention(page, "CUDA");
      await page.click("#editor .type-picker .chip.t-MISC");
      await openMention(page, "Tom Reyes");
      await page.click("#editor .type-picker .chip.t-ORG");
      await openQuote(page, "too slow");
      await page.click('#editor button:text-is("Not a quotation: remove")');
      assert.equal(await page.textContent("#correction-count"), "3 corrections");

      // A line above, a typo fixed in the name, and the sentence of the removed quotation gone.
      const edited = `Updated on Wednesday.\n\n${TEXT}`
        .replace("Tom Reyes", "Tom Reyès")
        .replace("“It is too slow,” a spokesman said. ", "");
      await annotate(page, edited);
      assert.match(
        await page.textContent("#status"),
        /The text changed: 2 corrections found again, 1 could not be found in the new text/,
      );
      assert.deepEqual(await typesOf(page, "CUDA"), ["MISC", "MISC", "MISC"]);
      assert.equal(
        await typeOf(page, "Tom Reyès"),
        "ORG",
        "a correction follows its words through a typo fixed in them",
      );
      assert.equal(await page.textContent("#correction-count"), "2 corrections");
      assert.equal(await page.textContent("#lost-corrections"), "1 not found in the text");

      await page.click("#lost-corrections");
      await page.screenshot({ path: path.join(screenDir, "workbench-lost.png") });
      assert.match(await page.textContent("#editor .lost-list"), /^“It is too slow,” is not a quotation$/);
      await page.click('#editor button:text-is("Forget it")');
      assert.equal(await page.isHidden("#lost-corrections"), true);
      assert.equal(await page.textContent("#correction-count"), "2 corrections");

      // A different article is a new one: no correction follows it.
      await annotate(page, "Officials in Lisbon said on Monday that the port would reopen.");
      assert.equal(await page.textContent("#correction-count"), "No corrections");
    });
  },
);

test(
  "the work survives a reload: the text, corrections, title, URL and view; recent articles open, and are forgotten",
  { timeout: TIMEOUT },
  async () => {
    await withPage(async (page) => {
      await page.fill("#source-title", "Portwell barrier");
      await page.fill("#source-url", "https://news.example/portwell-barrier");
      await annotate(page, TEXT);
      await openMention(page, "CUDA");
      await page.click("#editor .type-picker .chip.t-MISC");
      await page.click("#labels-toggle");
      await page.click("#tab-sources");
      await saved(page);

      await page.reload();
      await page.waitForFunction(
        () => /1 correction restored/.test(document.getElementById("status").textContent),
        null,
        { timeout: 60_000 },
      );
      assert.equal(await page.inputValue("#text"), TEXT);
      assert.equal(await page.inputValue("#source-title"), "Portwell barrier");
      assert.equal(await page.inputValue("#source-url"), "https://news.example/portwell-barrier");
      assert.deepEqual(await typesOf(page, "CUDA"), ["MISC", "MISC", "MISC"]);
      assert.equal(await page.getAttribute("#labels-toggle", "aria-pressed"), "true");
      assert.equal(await page.$eval("#doc", (el) => el.classList.contains("labels")), true);
      const label = await page.$eval(
        '#doc mark[data-type="MISC"]:not([data-cont])',
        (el) => getComputedStyle(el, "::after").content,
      );
      assert.match(label, /^"Other name"$/, "the type is written after the highlight, in the legend's words");
      assert.equal(await page.getAttribute("#tab-sources", "aria-selected"), "true");
      assert.equal(await page.isVisible("#panel-sources"), true);
      await page.screenshot({ path: path.join(screenDir, "workbench-restored-labels.png") });

      // Another article: two in the list; the first opens again with its corrections.
      await page.click("#example");
      await page.waitForFunction(() => /^Done/.test(document.getElementById("status").textContent));
      assert.equal(await page.textContent("#correction-count"), "No corrections");
      assert.equal(await page.inputValue("#source-title"), "", "a new article has no title of the last");
      await page.click("#recent summary");
      assert.equal(await page.locator("#recent-list li").count(), 2);
      await page.locator("#recent").screenshot({ path: path.join(screenDir, "workbench-recent.png") });
      await page.click('#recent-list .recent-open:has-text("Portwell barrier")');
      await page.waitForFunction(() => /1 correction restored/.test(document.getElementById("status").textContent));
      assert.deepEqual(await typesOf(page, "CUDA"), ["MISC", "MISC", "MISC"]);

      // Forget one, then all: nothing comes back after a reload.
      await page.click('#recent-list li:has-text("Harbour city approves £40m") .recent-remove');
      await page.waitForFunction(() => document.querySelectorAll("#recent-list li").length === 1);
      await page.click("#forget-all");
      await page.click("#forget-yes");
      await page.waitForFunction(() => document.getElementById("recent").hidden);
      assert.equal(await page.isHidden("#results"), true);
      assert.equal(await page.inputValue("#text"), "");
      await page.reload();
      await page.waitForFunction(() => document.getElementById("status").textContent === "Ready.", null, {
        timeout: 60_000,
      });
      assert.equal(await page.inputValue("#text"), "");
      assert.equal(await page.isHidden("#results"), true);

      // Clear takes the results away too.
      await annotate(page, TEXT);
      await page.click("#clear");
      assert.equal(await page.isHidden("#results"), true);
      assert.equal(await page.inputValue("#text"), "");
    });
  },
);

test(
  "at 1280×800: the toolbar stays in view, the lists use the window's height, help is behind (?), the first stop is in the story",
  WITH_SAMPLE,
  async () => {
    const sample = fs.readFileSync(samplePath, "utf8");
    await withPage({ width: 1280, height: 800 }, async (page) => {
      await annotate(page, sample);
      await page.waitForTimeout(800);
      const rows = await page.locator("#entities .entity").count();
      const inView = await page.$$eval(
        "#entities .entity",
        (els) =>
          els.filter((el) => {
            const r = el.getBoundingClientRect();
            return r.top >= 0 && r.bottom <= innerHeight;
          }).length,
      );
      assert.ok(inView >= Math.min(rows, 14), `${inView} of ${rows} entities in view`);
      assert.equal(await page.isHidden("#entities-help"), true, "the help is folded away");
      await page.click("#panel-entities .help-button");
      assert.equal(await page.isVisible("#entities-help"), true);

      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForTimeout(200);
      const toolbar = await page.$eval("#toolbar", (el) => el.getBoundingClientRect().top);
      assert.equal(toolbar, 0, "the toolbar sticks to the top of the window");
      const side = await page.$eval(".side", (el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom };
      });
      assert.ok(
        side.top > 0 && side.bottom <= 800,
        `the lists stay beside the article, below the toolbar: ${JSON.stringify(side)}`,
      );

      const first = await page.$eval('#doc [tabindex="0"]', (el) => ({
        text: el.textContent,
        clutter: el.dataset.boilerplate !== undefined,
      }));
      assert.equal(first.clutter, false, `the first keyboard stop (${first.text}) is in the story, not the advert`);
      await page.screenshot({ path: path.join(screenDir, "workbench-desktop-scrolled.png") });
    });
  },
);

test(
  "at phone width: a tab bar between the article and the lists; a tap explains first, corrects one step further",
  { timeout: TIMEOUT },
  async () => {
    await withPage({ width: 390, height: 844, touch: true }, async (page) => {
      await annotate(page, TEXT);
      const bar = await page.$eval(".phone-tabs", (el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom };
      });
      assert.equal(bar.bottom, 844, "the tab bar is at the bottom of the screen");

      await page.tap('[data-phone-tab="entities"]');
      assert.equal(await page.isVisible("#panel-entities"), true);
      assert.equal(await page.isHidden("#article-pane"), true);
      const top = await page.$eval("#panel-entities", (el) => el.getBoundingClientRect().top);
      assert.ok(top < 200, `the entities start at the top of the screen (${top}px)`);
      await page.screenshot({ path: path.join(screenDir, "workbench-phone-entities.png") });
      await page.tap('[data-phone-tab="sources"]');
      assert.equal(await page.isVisible("#panel-sources"), true);
      await page.tap('[data-phone-tab="article"]');
      assert.equal(await page.isVisible("#article-pane"), true);

      await page.locator("#doc mark[data-mention]:not([data-cont])", { hasText: "Northshore Consulting" }).tap();
      await page.waitForSelector("#editor:not([hidden])");
      assert.equal(await page.isVisible("#editor .explain"), true, "a tap explains first");
      assert.match(await page.textContent("#editor .explain"), /Organisation/);
      assert.equal(await page.locator("#editor .type-picker").count(), 0);
      await page.screenshot({ path: path.join(screenDir, "workbench-phone-tap.png") });
      await page.tap('#editor button:text-is("Correct this…")');
      assert.equal(await page.isVisible("#editor .type-picker"), true, "the corrections one step further");
      await page.tap("#editor .popover-close");

      await page.tap("#help-toggle");
      assert.equal(await page.isVisible("#help .for-touch"), true, "the help speaks of tapping");
      assert.equal(await page.isHidden("#help .for-pointer"), true, "not of hovering");
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.ok(overflow <= 0, `no horizontal scrolling (${overflow}px)`);
    });
  },
);

test("no console errors, page errors, failed loads or CSP violations during the run", () => {
  assert.deepEqual(pageErrors, [], "page errors");
  assert.deepEqual(consoleErrors, [], "console errors and CSP reports");
  assert.deepEqual(badResponses, [], "failed or refused loads");
});
