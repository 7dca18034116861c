// Browser tests of hostile files and texts on the page: refused with a
// message that says why, and the reader's text and results left as they were.

import { test } from "node:test";
import assert from "node:assert/strict";
import { TIMEOUT, withPage, annotate, pageErrors } from "./harness.mjs";

const ARTICLE = "Storm hits coast\n\nAbout 70% of homes lost power, officials said on Tuesday.\n";

test("a binary file dropped on the page is refused and the text and results stay", { timeout: TIMEOUT }, async () => {
  await withPage(async (page) => {
    await annotate(page, ARTICLE);
    const before = await page.locator("#doc").innerText();
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    await page.setInputFiles("#file", { name: "photo.png", mimeType: "image/png", buffer: png });
    await page.waitForFunction(() => document.getElementById("error").textContent.includes("photo.png"));
    const error = await page.locator("#error").innerText();
    assert.match(error, /photo\.png was not opened: it is a PNG image, not text/);
    assert.match(error, /Your text is unchanged/);
    assert.equal(await page.inputValue("#text"), ARTICLE);
    assert.equal(await page.locator("#doc").innerText(), before);
    // A zip whose MIME type says nothing is caught by its first bytes.
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0]);
    await page.setInputFiles("#file", { name: "notes.txt", mimeType: "text/plain", buffer: zip });
    await page.waitForFunction(() => document.getElementById("error").textContent.includes("notes.txt"));
    assert.match(await page.locator("#error").innerText(), /ZIP archive/);
    assert.equal(await page.inputValue("#text"), ARTICLE);
    assert.deepEqual(pageErrors, []);
  });
});

test(
  "a text over the size limit gets a message with the size and the limit, and stays in the box",
  { timeout: TIMEOUT },
  async () => {
    await withPage(async (page) => {
      await annotate(page, ARTICLE);
      // 17 MiB of text through the box as a person would paste it.
      await page.evaluate(() => {
        const box = document.getElementById("text");
        box.value = "word ".repeat((17 * 1024 * 1024) / 5);
        box.dispatchEvent(new Event("input", { bubbles: true }));
        document.getElementById("annotate").click();
      });
      await page.waitForFunction(() => /limit is 16 MiB/.test(document.getElementById("error").textContent), null, {
        timeout: 60_000,
      });
      assert.match(await page.locator("#error").innerText(), /the text is 17\.0 MiB/);
      assert.equal(await page.evaluate(() => document.body.classList.contains("busy")), false);
      assert.deepEqual(pageErrors, []);
    });
  },
);
