// The page returns the memory a long paste took: wasm memory never shrinks,
// so the worker's annotator moves to a fresh instance after such a text
// (annotator.js: memoryLimitBytes) instead of holding it for the life of the tab.

import { test } from "node:test";
import assert from "node:assert/strict";
import { TIMEOUT, withPage, annotate, pageErrors } from "./harness.mjs";

const MiB = 1024 * 1024;
const PARAGRAPH =
  '"We will rebuild the bridge by March," Mayor Alice Grant told reporters in Springfield on Monday. ' +
  "The council, led by John Smith, voted 7-2 for the $4 million plan, according to the Associated Press.\n\n";

/** Keeps, in window.__workerMemory, the memoryBytes of every result a worker sends the page. */
function recordWorkerMemory() {
  window.__workerMemory = [];
  const PageWorker = window.Worker;
  window.Worker = class extends PageWorker {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", (event) => {
        if (event.data?.type === "result") window.__workerMemory.push(event.data.memoryBytes);
      });
    }
  };
}

test("after a 5 MB paste the worker holds no more than a short article's memory", { timeout: TIMEOUT }, async () => {
  await withPage(async (page) => {
    await page.addInitScript(recordWorkerMemory);
    await page.reload();
    await annotate(page, PARAGRAPH);
    await annotate(page, PARAGRAPH.repeat(Math.ceil((5 * MiB) / PARAGRAPH.length)));
    assert.match(await page.locator("#stats").innerText(), /\d/);
    await page.click("#unfold");
    await annotate(page, PARAGRAPH);
    const [short, long, again] = await page.evaluate(() => window.__workerMemory);
    // The long text took the memory past 64 MiB (a 3 MB one no longer does:
    // about 56 MiB); the worker let that instance go at once, and the next
    // text runs in a fresh one.
    assert.equal(long, 0, `the worker holds ${(long / MiB).toFixed(0)} MiB after the long text`);
    assert.ok(
      again <= short * 1.5,
      `${(short / MiB).toFixed(0)} MiB before the long text, ${(again / MiB).toFixed(0)} after`,
    );
    assert.deepEqual(pageErrors, []);
  });
});
