// Browser tests of pasted web pages on web/index.html: the headline, page
// clutter dimmed and hidden on request and left out of the panels, marked in
// the exports; and the HTML path (a dropped .html file, a paste that carries
// text/html) that uses the page's markup too. Set-up: harness.mjs.

import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { TIMEOUT, screenDir, withPage, annotate, cspViolations, download } from "./harness.mjs";

// A news page as a reader copies it (select all, copy): written for these tests.
const PAGE_TEXT = `Skip to main content
Home
World
Politics
Business
Sign in
World
Harbour cities race to rebuild after record storm season
By Maria Okafor
Updated 9:41 AM ET, Tue November 19, 2019
Share
Tweet
Email
Port authorities in three European cities said on Tuesday that they would spend a combined 4 billion euros over the next decade to raise quays and reinforce breakwaters, after a storm season that closed terminals for 41 days.
“We can no longer treat these storms as exceptional events,” said Annelies Verbruggen, who chairs the Antwerp port authority.
Advertisement
Union leaders welcomed the plan but warned that dock workers had lost wages during the shutdowns, and said workers must sign up by Friday to claim compensation.
The port authorities said construction would begin next spring and that the most exposed berths would be finished by 2023.
Share this article
Most read
“We will not back down,” says Pedro Alves as Lisbon dockers strike
Why the price of coffee is about to rise again
About us
Privacy policy
© 2019 Harbour News Ltd. All rights reserved.`;

/** The lines of the view: text, whether the line is page clutter, and whether it shows. */
function viewLines(page) {
  return page.$$eval("#doc .para", (els) =>
    els.map((el) => ({
      text: el.textContent,
      clutter: el.classList.contains("clutter"),
      shown: getComputedStyle(el).display !== "none",
    })),
  );
}

test(
  "a pasted page: its headline, clutter dimmed and hidden on request, left out of the panels, marked in exports",
  { timeout: TIMEOUT },
  async () => {
    await withPage(async (page) => {
      await annotate(page, PAGE_TEXT);
      assert.equal(
        await page.$eval("#doc .title", (el) => el.textContent),
        "Harbour cities race to rebuild after record storm season",
      );
      const lines = await viewLines(page);
      const line = (start) => lines.find((l) => l.text.startsWith(start));
      for (const clutter of [
        "Skip to main content",
        "Politics",
        "By Maria Okafor",
        "Share this article",
        "Most read",
        "“We will not back down,”",
        "© 2019 Harbour News",
      ]) {
        assert.equal(line(clutter)?.clutter, true, `"${clutter}" is page clutter`);
      }
      for (const story of [
        "Port authorities in three",
        "“We can no longer",
        "Union leaders welcomed",
        "The port authorities said",
      ]) {
        assert.equal(line(story)?.clutter, false, `"${story}" is story`);
      }
      // Dimmed and labelled with its kind.
      const ink = await page.$eval("#doc .para.clutter .bp", (el) => [getComputedStyle(el).color, el.dataset.kind]);
      const storyInk = await page.$$eval(
        "#doc .para:not(.clutter)",
        (els) => getComputedStyle(els[els.length - 1]).color,
      );
      assert.notEqual(ink[0], storyInk, "clutter is dimmed");
      assert.equal(ink[1], "navigation");
      await page.screenshot({ path: path.join(screenDir, "page-clutter-shown.png"), fullPage: true });

      // The panels leave clutter out: the striking docker quoted in a related link is nobody this story quotes.
      const sources = await page.$$eval("#sources .entity-name", (els) => els.map((el) => el.textContent));
      assert.ok(
        sources.some((s) => s.includes("Verbruggen")),
        `the story's speaker is a source: ${sources}`,
      );
      assert.ok(!sources.some((s) => s.includes("Alves")), `a quotation in clutter is no source: ${sources}`);
      const entities = await page.$$eval("#entities .entity-name", (els) => els.map((el) => el.textContent));
      assert.ok(
        !entities.some((e) => /Lisbon|Alves/.test(e)),
        `names only the clutter mentions are left out: ${entities}`,
      );

      // The legend's chip hides the clutter, line by line, and shows it again.
      const chip = page.locator('#legend .chip[data-filter="boilerplate"]');
      assert.equal(await chip.getAttribute("aria-pressed"), "true");
      await chip.click();
      const hidden = await viewLines(page);
      assert.ok(
        hidden.filter((l) => l.clutter).every((l) => !l.shown),
        "every line of clutter is hidden",
      );
      assert.ok(
        hidden.filter((l) => !l.clutter).every((l) => l.shown),
        "the story stays",
      );
      await page.screenshot({ path: path.join(screenDir, "page-clutter-hidden.png"), fullPage: true });
      await chip.click();
      assert.ok(
        (await viewLines(page)).every((l) => l.shown),
        "the clutter is back",
      );

      // The exports mark it.
      const json = JSON.parse((await download(page, "json")).text);
      assert.equal(json.title.text, "Harbour cities race to rebuild after record storm season");
      assert.ok(
        json.boilerplate.some((b) => b.kind === "navigation") && json.boilerplate.some((b) => b.kind === "footer"),
      );
      const annotations = JSON.parse((await download(page, "annotations")).text);
      const tags = annotations.first.items.flatMap((a) => a.body.map((b) => b.value));
      assert.ok(
        tags.includes("title") && tags.includes("boilerplate:navigation"),
        "web annotations classify the title and the clutter",
      );
      assert.deepEqual(await cspViolations(page), []);
    });
  },
);

// The same story as a web page's HTML: the markup names its parts.
const PAGE_HTML = `<!doctype html><html><head><title>Harbour cities race to rebuild | Harbour News</title></head><body>
<header><a href="#">Harbour News</a><nav><ul><li><a href="#">Home</a></li><li><a href="#">World</a></li><li><a href="#">Business</a></li></ul></nav></header>
<main><article>
<h1>Harbour cities race to rebuild after record storm season</h1>
<p class="byline">By Maria Okafor</p>
<figure><img alt="" src="x.jpg"><figcaption>Cranes stand idle at the container terminal in Rotterdam after the storm on Monday evening.</figcaption></figure>
<p>Port authorities in three European cities said on Tuesday that they would spend a combined 4 billion euros over the next decade to raise quays and reinforce breakwaters.</p>
<p>It worked before.</p>
<p>“We can no longer treat these storms as exceptional events,” said Annelies Verbruggen, who chairs the Antwerp port authority.</p>
<aside><h2>Read more</h2><ul><li><a href="#">Lisbon dockers strike over pay</a></li><li><a href="#">Coffee prices rise again</a></li></ul></aside>
<p>The port authorities said construction would begin next spring.</p>
</article></main>
<footer><p>© 2019 Harbour News Ltd.</p><ul><li><a href="#">About us</a></li><li><a href="#">Privacy policy</a></li></ul></footer>
</body></html>`;

async function checkStructured(page) {
  const { blocks, title } = await page.evaluate(() => {
    const kinds = [...document.querySelectorAll("#doc .bp")].map((el) => ({
      text: el.textContent,
      kind: el.dataset.kind,
    }));
    return { blocks: kinds, title: document.querySelector("#doc .title")?.textContent ?? null };
  });
  assert.equal(title, "Harbour cities race to rebuild after record storm season");
  const kindOf = (start) => blocks.find((b) => b.text.startsWith(start))?.kind ?? null;
  assert.equal(kindOf("• Home"), "navigation", JSON.stringify(blocks));
  assert.equal(kindOf("Cranes stand idle"), "caption", "the figure caption");
  assert.equal(kindOf("Read more"), "related", "the aside");
  assert.equal(kindOf("© 2019 Harbour News"), "footer");
  for (const story of [
    "Port authorities in three",
    "It worked before.",
    "“We can no longer",
    "The port authorities said",
  ]) {
    assert.equal(kindOf(story), null, `"${story}", a paragraph of the article, is story`);
  }
}

test("a dropped .html file: its markup names the headline and the clutter", { timeout: TIMEOUT }, async () => {
  await withPage(async (page) => {
    await page.setInputFiles("#file", { name: "story.html", mimeType: "text/html", buffer: Buffer.from(PAGE_HTML) });
    await page.waitForFunction(
      () => !document.getElementById("results").hidden && !document.body.classList.contains("busy"),
      null,
      { timeout: 60_000 },
    );
    await checkStructured(page);
  });
});

test(
  "a paste that carries HTML: the box gets its text, the annotation its structure",
  { timeout: TIMEOUT },
  async () => {
    await withPage(async (page) => {
      await page.waitForFunction(() => document.getElementById("status").textContent === "Ready.", null, {
        timeout: 60_000,
      });
      await page.focus("#text");
      await page.evaluate((html) => {
        const data = new DataTransfer();
        data.setData("text/html", html);
        data.setData("text/plain", "plain text the browser would paste");
        document
          .getElementById("text")
          .dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
      }, PAGE_HTML);
      const value = await page.inputValue("#text");
      assert.ok(value.includes("Harbour cities race to rebuild after record storm season\n\nBy Maria Okafor"), value);
      await page.click("#annotate");
      await page.waitForFunction(
        () => !document.getElementById("results").hidden && !document.body.classList.contains("busy"),
        null,
        { timeout: 60_000 },
      );
      await checkStructured(page);
      // Edited afterwards, the text no longer is the page's: the markup no longer applies.
      await page.fill("#text", `${value}\n\nA line typed after the paste.`);
      await annotate(page, `${value}\n\nA line typed after the paste.`);
      assert.equal(
        await page.$eval("#doc .title", (el) => el.textContent),
        "Harbour cities race to rebuild after record storm season",
      );
    });
  },
);
