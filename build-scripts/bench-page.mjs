#!/usr/bin/env node
// How soon the page can annotate: milliseconds from navigation to the status
// line's "Ready." (the worker has loaded the annotator and warmed it up), in
// Debian's Chromium on localhost, served by build-scripts/serve.mjs with the
// page's strict CSP. Two cases, each a median over RUNS loads:
//   first visit   a fresh browser context (empty HTTP and code caches);
//   repeat visit  a reload in the same context (the 304s of serve.mjs's
//                 ETags and the compiled wasm the browser kept).
// Also prints when the document's DOMContentLoaded came.
//
//   build-scripts/bench-page.mjs [--runs N] [--root DIR]
//
// Wall-clock time on a shared machine: read it beside `uptime`'s load.

import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "./serve.mjs";
import { launchChromium } from "./chromium.mjs";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(option("--runs", 7));
const root = path.resolve(option("--root", path.join(repo, "web")));

const { server, url } = await startServer({ port: 0, root });
const browser = await launchChromium();

// Runs in the page before its scripts: notes the time the status line first
// says "Ready.".
function watchReady() {
  const note = () => {
    const status = document.getElementById("status");
    if (status && status.textContent.trim() === "Ready." && !window.__readyAt) {
      window.__readyAt = performance.now();
    }
  };
  new MutationObserver(note).observe(document, { subtree: true, childList: true, characterData: true });
}

/** [ms to "Ready.", ms to DOMContentLoaded] of one load of `page`. */
async function timeLoad(page, load) {
  await load();
  await page.waitForFunction(() => window.__readyAt, null, { timeout: 60_000, polling: 5 });
  return page.evaluate(() => [
    window.__readyAt,
    performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd,
  ]);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const first = [];
const repeat = [];
for (let run = 0; run < runs; run++) {
  const context = await browser.newContext();
  await context.addInitScript(watchReady);
  const page = await context.newPage();
  first.push(await timeLoad(page, () => page.goto(url)));
  repeat.push(await timeLoad(page, () => page.reload()));
  await context.close();
}
await browser.close();
server.close();

const line = (name, times) =>
  `${name}: ready ${median(times.map((t) => t[0])).toFixed(0)} ms ` +
  `(${Math.min(...times.map((t) => t[0])).toFixed(0)}–${Math.max(...times.map((t) => t[0])).toFixed(0)}), ` +
  `DOMContentLoaded ${median(times.map((t) => t[1])).toFixed(0)} ms`;
console.log(`page ${url} — median of ${runs} loads, load average ${os.loadavg()[0].toFixed(1)}`);
console.log(line("first visit ", first));
console.log(line("repeat visit", repeat));
