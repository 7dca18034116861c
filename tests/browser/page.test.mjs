// Browser tests of web/index.html, run with `node --test tests/browser/`.
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
  rendered,
  pageErrors,
  consoleErrors,
  badResponses,
  baseUrl,
} from "./harness.mjs";
import { ENTITY_TYPES } from "../../web/shared/entity-types.js";

const rgb = (hex) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;

/** How the article draws the first mention of each type: tint, line colour and style, stripes. */
const drawnTypes = (page) =>
  page.$$eval(".doc .m[data-type]", (marks) => {
    const drawn = {};
    for (const mark of marks) {
      const style = getComputedStyle(mark);
      drawn[mark.dataset.type] ??= {
        tint: style.backgroundColor,
        line: style.textDecorationColor,
        underline: style.textDecorationStyle,
        striped: style.backgroundImage.includes("repeating-linear-gradient"),
      };
    }
    return drawn;
  });

/** Each type the article shows is drawn in the table's colours of `theme`, line and fill. */
async function assertDrawnAsTable(page, theme) {
  const drawn = await drawnTypes(page);
  assert.ok(Object.keys(drawn).length >= 3, `several types are shown: ${Object.keys(drawn).join(", ")}`);
  for (const [code, style] of Object.entries(drawn)) {
    const type = ENTITY_TYPES.find((t) => t.code === code);
    assert.deepEqual(
      style,
      {
        tint: rgb(type[theme].tint),
        line: rgb(type[theme].line),
        underline: type.underline,
        striped: type.fill === "striped",
      },
      `${theme}: ${code}`,
    );
  }
}

const stripMarks = (s) => s.replace(/^[\s“”‘’"'«»„‚]+|[\s“”‘’"'«»„‚.,]+$/g, "");

test(
  "the sample article is annotated: numbers, dates and its five quotations are highlighted",
  WITH_SAMPLE,
  async () => {
    const sample = fs.readFileSync(samplePath, "utf8");
    await withPage(async (page) => {
      await annotate(page, sample);
      const input = await page.inputValue("#text");
      const { mentions, quotes, text } = await rendered(page);
      assert.equal(text, input, "the rendered article keeps the text exactly");

      const has = (type, needle) => mentions.some((m) => m.type === type && m.text.includes(needle));
      assert.ok(has("PERCENT", "70%"), `70% is highlighted as PERCENT; mentions: ${JSON.stringify(mentions)}`);
      assert.ok(has("CARDINAL", "2,000"), `2,000 is highlighted as CARDINAL; mentions: ${JSON.stringify(mentions)}`);
      assert.ok(has("DATE", "2028"), `2028 is highlighted as DATE; mentions: ${JSON.stringify(mentions)}`);

      const inner = quotes.map((q) => stripMarks(q.text));
      for (const expected of [
        "self-reliance",
        "self-reliance and self-strengthening",
        "strengthen basic research",
        "make pinpointed efforts",
      ]) {
        assert.ok(inner.includes(expected), `the quotation “${expected}” is marked; quotes: ${JSON.stringify(inner)}`);
      }
      assert.ok(
        inner.some((q) => q.startsWith("a game of rich countries, rich companies and rich people in rich countries")),
        `the quotation “a game of rich countries…” is marked; quotes: ${JSON.stringify(inner)}`,
      );

      // The panels list what the article shows.
      assert.equal(await page.locator("#quotes .quote-item").count(), quotes.length);
      assert.ok((await page.locator("#entities .entity").count()) > 0, "the entity panel lists something");
      const chips = await page.$$eval("#legend .chip", (els) => els.map((el) => el.dataset.filter));
      for (const type of ["PERCENT", "CARDINAL", "DATE", "quotes"])
        assert.ok(chips.includes(type), `legend has ${type}`);

      await assertDrawnAsTable(page, "light");
      await page.screenshot({ path: path.join(screenDir, "desktop-light.png"), fullPage: true });
      await page.emulateMedia({ colorScheme: "dark" });
      await assertDrawnAsTable(page, "dark");
      await page.screenshot({ path: path.join(screenDir, "desktop-dark.png"), fullPage: true });

      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: path.join(screenDir, "phone-dark.png"), fullPage: true });
      await page.emulateMedia({ colorScheme: "light" });
      await page.screenshot({ path: path.join(screenDir, "phone-light.png"), fullPage: true });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.ok(overflow <= 0, `no horizontal scrolling at phone width (overflow ${overflow}px)`);

      assert.deepEqual(await cspViolations(page), []);
    });
  },
);

test(
  "the page starts one annotator worker at load, compiles the core once for it, and says when it is ready",
  { timeout: TIMEOUT },
  async () => {
    await withPage({ url: "about:blank" }, async (page) => {
      const workers = [];
      page.on("worker", (worker) => workers.push(worker.url()));
      const wasmLoads = [];
      page.context().on("request", (request) => {
        if (request.url().endsWith("/annotator.wasm")) wasmLoads.push(request.url());
      });
      await page.goto(baseUrl);
      await page.waitForFunction(() => document.getElementById("status").textContent === "Ready.", null, {
        timeout: 60_000,
      });
      // app/early-worker.js starts it before app.js runs; app.js takes it over
      // (a second worker would load the core twice).
      assert.deepEqual(
        workers.map((url) => new URL(url).pathname),
        ["/worker.js"],
      );
      await annotate(page, "Mayor Alice Grant of Springfield said on Monday that the bridge would open.");
      assert.ok((await rendered(page)).mentions.some((m) => m.text === "Alice Grant"));
      assert.equal(workers.length, 1);
      // The page compiles the core while the worker starts and hands it over: one download.
      assert.equal(wasmLoads.length, 1, `annotator.wasm requested ${wasmLoads.length} times`);
    });
  },
);

test("markup in the text stays text: no element is created, no script runs", { timeout: TIMEOUT }, async () => {
  await withPage(async (page) => {
    const title = await page.title();
    const img = `<img src=x onerror="document.title='pwned'">`;
    const script = `<script>document.title='pwned'</script>`;
    const text =
      `Alice said on Monday that 30% of the "${img}" tags and ${script} 5 times.\n\n` +
      `“${img} is not a picture,” she said. ${script}\n<b>bold?</b> &amp; &lt;`;
    await annotate(page, text);
    const { text: shown } = await rendered(page);
    assert.ok(shown.includes(img), "the img markup is shown literally");
    assert.ok(shown.includes(script), "the script markup is shown literally");
    assert.ok(shown.includes("<b>bold?</b> &amp; &lt;"), "other markup and entities are shown literally");
    assert.equal(shown, await page.inputValue("#text"));
    const created = await page.evaluate(() => ({
      inView: document.querySelectorAll("#doc img, #doc script, #doc b").length,
      inPanels: document.querySelectorAll("#entities img, #quotes img, #tooltip img, #entities script, #quotes script")
        .length,
      images: document.images.length,
    }));
    assert.deepEqual(created, { inView: 0, inPanels: 0, images: 0 });

    // Hover every highlight: tooltips are built from text nodes too.
    for (const el of await page.$$("#doc [data-focus]")) await el.hover();
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => document.querySelectorAll("img, #tooltip script").length), 0);
    assert.equal(await page.title(), title, "document.title is unchanged");
    assert.deepEqual(await cspViolations(page), []);
  });
});

test("a German article gets no names, and the page says why", { timeout: TIMEOUT }, async () => {
  await withPage(async (page) => {
    const german =
      "Die Stadt hat am Montag einen neuen Plan vorgestellt. Der Bürgermeister Thomas Keller sagte, dass die " +
      "Kosten für die Patienten nicht steigen werden. Auch die Kliniken in der Region sollen von dem " +
      "Programm profitieren, das mit 2,5 Millionen Euro finanziert wird.";
    await annotate(page, german);
    const types = await page.$$eval("#doc .m[data-type]", (marks) => marks.map((m) => m.dataset.type));
    assert.deepEqual(
      types.filter((t) => ["PERSON", "ORG", "LOCATION", "MISC"].includes(t)),
      [],
    );
    assert.match(await page.textContent("#stats"), /does not read as English/);
  });
});

test("an HTML file becomes text through DOMParser; its scripts never run", { timeout: TIMEOUT }, async () => {
  await withPage(async (page) => {
    const title = await page.title();
    const html = `<!doctype html><html><head><title>T</title><script>parent.document.title='pwned'</script>
      <style>p{color:red}</style></head><body><h1>Storm hits coast</h1>
      <p>About 70% of homes lost power, officials said on Tuesday.</p>
      <img src="x" onerror="document.title='pwned'"><p>“We are working around the clock,” the mayor said.</p>
      <ul><li>First item</li><li>Second item</li></ul></body></html>`;
    await page.setInputFiles("#file", { name: "story.html", mimeType: "text/html", buffer: Buffer.from(html) });
    await page.waitForFunction(
      () => !document.getElementById("results").hidden && !document.body.classList.contains("busy"),
      null,
      { timeout: 60_000 },
    );
    const value = await page.inputValue("#text");
    assert.equal(
      value,
      "Storm hits coast\n\nAbout 70% of homes lost power, officials said on Tuesday.\n\n" +
        "“We are working around the clock,” the mayor said.\n\n• First item\n• Second item",
    );
    assert.equal(
      await page.evaluate(() => document.images.length + document.querySelectorAll("#doc script, #doc style").length),
      0,
    );
    assert.equal(await page.title(), title);
    const { text } = await rendered(page);
    assert.equal(text, value);
  });
});

test("the legend hides and shows a type; Ctrl+Enter annotates; keys step through highlights", WITH_SAMPLE, async () => {
  const sample = fs.readFileSync(samplePath, "utf8");
  await withPage(async (page) => {
    await annotate(page, sample, { viaKeyboard: true });
    const bg = () => page.$eval('#doc mark[data-type="PERCENT"]', (el) => getComputedStyle(el).backgroundColor);
    const shownBg = await bg();
    assert.notEqual(shownBg, "rgba(0, 0, 0, 0)", "PERCENT highlights have a background");

    const chip = page.locator('#legend .chip[data-filter="PERCENT"]');
    assert.equal(await chip.getAttribute("aria-pressed"), "true");
    await chip.click();
    assert.equal(await chip.getAttribute("aria-pressed"), "false");
    assert.equal(await bg(), "rgba(0, 0, 0, 0)", "hidden PERCENT highlights have no background");
    const other = await page.$eval('#doc mark[data-type="CARDINAL"]', (el) => getComputedStyle(el).backgroundColor);
    assert.notEqual(other, "rgba(0, 0, 0, 0)", "other types stay highlighted");
    await chip.click();
    assert.equal(await bg(), shownBg, "PERCENT highlights come back");

    const quoteChip = page.locator('#legend .chip[data-filter="quotes"]');
    await quoteChip.click();
    assert.equal(await page.$eval("#doc .q", (el) => getComputedStyle(el).backgroundColor), "rgba(0, 0, 0, 0)");
    await quoteChip.click();

    // Keyboard: one tab stop into the article, then arrows; focus shows the tooltip.
    const first = page.locator('#doc [data-focus][tabindex="0"]');
    assert.equal(await first.count(), 1, "exactly one highlight is in the tab order");
    await first.focus();
    await page.waitForSelector("#tooltip:not([hidden])");
    const tip1 = await page.textContent("#tooltip");
    assert.ok(tip1.length > 0);
    await page.keyboard.press("ArrowRight");
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return { inDoc: !!el.closest("#doc"), described: el.getAttribute("aria-describedby"), tabIndex: el.tabIndex };
    });
    assert.deepEqual(focused, { inDoc: true, described: "tooltip", tabIndex: 0 });
    await page.screenshot({ path: path.join(screenDir, "desktop-tooltip.png") });
    await page.keyboard.press("Escape");
    assert.equal(await page.$eval("#tooltip", (el) => el.hidden), true, "Escape hides the tooltip");

    // Clicking an entity steps through its mentions.
    const entity = page.locator("#entities .entity").first();
    await entity.click();
    assert.match(await entity.locator(".entity-step").textContent(), /^1 \/ \d+$/);
    assert.deepEqual(await cspViolations(page), []);
  });
});

test(
  "the renderer keeps the text exactly and splits crossing spans instead of breaking",
  { timeout: TIMEOUT },
  async () => {
    await withPage(async (page) => {
      const out = await page.evaluate(async () => {
        const { buildView } = await import("./app/render.js");
        const text = "Ann said “Bob Smith went\n\nto Paris” on Monday.\nTail";
        const at = (s, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length, text: s });
        const mention = (s, type, from) => ({ ...at(s, from), type, entity: null, boilerplate: false });
        const quote = {
          ...at("“Bob Smith went\n\nto Paris”"),
          kind: "direct",
          speaker: { ...at("Ann"), entity: 0 },
          cue: at("said"),
          boilerplate: false,
        };
        const result = {
          mentions: [
            mention("Ann", "PERSON"),
            mention("Bob Smith", "PERSON"),
            mention("Paris” on Monday", "LOCATION"),
            mention("Monday", "DATE"),
            { start: 5, end: 5, text: "", type: "DATE" },
            { start: -3, end: 2, text: "?", type: "DATE" },
            { start: 50, end: 999, text: "?", type: "DATE" },
          ],
          entities: [{ id: 0, type: "PERSON", name: "Ann Lee", mentions: [0], salience: 1 }],
          quotes: [quote],
          sentences: [],
          paragraphs: [],
          title: null,
          boilerplate: [{ ...at("Tail"), kind: "footer" }],
        };
        const { fragment, focusables } = buildView(text, result);
        const root = document.createElement("div");
        root.append(fragment);
        const joined = (sel) => [...root.querySelectorAll(sel)].map((el) => el.textContent).join("");
        return {
          same: root.textContent === text,
          paras: root.querySelectorAll(":scope > .para").length,
          bob: joined('[data-mention="1"]'),
          paris: joined('[data-mention="2"]'),
          parisPieces: root.querySelectorAll('[data-mention="2"]').length,
          monday: joined('[data-mention="3"]'),
          bad: root.querySelectorAll('[data-mention="4"], [data-mention="5"]').length,
          clipped: joined('[data-mention="6"]'),
          quote: joined('[data-quote="0"]'),
          quoteStarts: root.querySelectorAll('[data-quote="0"]:not([data-cont])').length,
          speakerName: root.querySelector('[data-quote="0"]').dataset.speakerName,
          speakerLink: root.querySelector('[data-mention="0"]').dataset.speakerOf,
          cue: joined('.cue[data-cue-of="0"]'),
          bobInQuote: !!root.querySelector('[data-quote="0"] [data-mention="1"]'),
          footer: joined('.bp[data-kind="footer"]'),
          focusables: focusables.length,
        };
      });
      assert.deepEqual(out, {
        same: true,
        paras: 3,
        bob: "Bob Smith",
        paris: "Paris” on Monday",
        parisPieces: 2,
        monday: "Monday",
        bad: 0,
        clipped: "l",
        quote: "“Bob Smith wentto Paris”" /* the newlines lie between blocks */,
        quoteStarts: 1,
        speakerName: "Ann Lee",
        speakerLink: "0",
        cue: "said",
        bobInQuote: true,
        footer: "Tail",
        focusables: 6,
      });
    });
  },
);

test("no console errors, page errors, failed loads or CSP violations during the run", () => {
  assert.deepEqual(pageErrors, [], "page errors");
  assert.deepEqual(consoleErrors, [], "console errors and CSP reports");
  assert.deepEqual(badResponses, [], "failed or refused loads");
});
