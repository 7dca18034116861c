#!/usr/bin/env node
// How much of the page's work a reader sees at once: at 1280×800, how many
// entity and source rows are in view beside the article (not clipped by a
// scroll box) and where the toolbar is after scrolling half way; at 390×844
// (touch), how far down the page the entities start, and where they are
// after a tap on the tab bar. For the sample article and a long copied news
// page (../shared/data/pages, the Vox article on Delhi's air).
//
//   build-scripts/measure-page.mjs [WEB_ROOT]    (default web/; another
//   root, e.g. an older checkout's web/ with this annotator.wasm, compares)

import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium } from "./chromium.mjs";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const root = path.resolve(process.argv[2] ?? path.join(repo, "web"));
const shared = path.resolve(repo, "..", "shared");

const sample = fs.readFileSync(path.join(shared, "samples", "000_044b7d87bb8897ac.txt"), "utf8");
const pages = fs
  .readFileSync(path.join(shared, "data", "pages", "pages.jsonl"), "utf8")
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line));
const vox = pages.find((p) => p.url.includes("vox.com/science-and-health/2019/11/8")).text;

const server = spawn(process.execPath, [path.join(repo, "build-scripts", "serve.mjs"), "--port", "0", "--root", root], {
  stdio: ["ignore", "pipe", "ignore"],
});
const url = await new Promise((resolve) => server.stdout.once("data", (d) => resolve(String(d).split("\n")[0].trim())));
const browser = await launchChromium();

/** [rows, rows in view and not clipped] of a list's items. */
const inView = (page, selector) =>
  page.$$eval(selector, (els) => [
    els.length,
    els.filter((el) => {
      const r = el.getBoundingClientRect();
      if (!(r.height > 0 && r.top >= 0 && r.bottom <= innerHeight)) return false;
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return !!hit && el.contains(hit);
    }).length,
  ]);

try {
  for (const [name, text] of [
    ["sample", sample],
    ["long page", vox],
  ]) {
    for (const phone of [false, true]) {
      const context = await browser.newContext({
        viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 800 },
        hasTouch: phone,
        isMobile: phone,
      });
      const page = await context.newPage();
      await page.goto(url);
      await page.fill("#text", text);
      await page.click("#annotate");
      await page.waitForFunction(() => /^Done/.test(document.getElementById("status").textContent), null, {
        timeout: 60_000,
      });
      await page.waitForTimeout(1200);
      let line;
      if (!phone) {
        await page.evaluate(() => document.getElementById("results").scrollIntoView({ block: "start" }));
        await page.waitForTimeout(300);
        const [entities, entitiesSeen] = await inView(page, "#entities .entity");
        const tab = await page.$("#tab-sources");
        if (tab) await tab.click();
        else await page.evaluate(() => document.getElementById("sources").scrollIntoView({ block: "start" }));
        await page.waitForTimeout(300);
        const [sources, sourcesSeen] = await inView(page, "#sources li button");
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
        await page.waitForTimeout(300);
        const toolbar = await page.evaluate(() =>
          Math.round(
            (document.getElementById("toolbar") ?? document.getElementById("undo")).getBoundingClientRect().top,
          ),
        );
        line = `1280x800: entities in view ${entitiesSeen} of ${entities}, sources ${sourcesSeen} of ${sources}; toolbar at ${toolbar} px after scrolling half way`;
      } else {
        const down = await page.evaluate(() => {
          const list = document.getElementById("entities");
          return list.offsetParent ? Math.round(list.getBoundingClientRect().top + scrollY) : null;
        });
        line = `390x844: the entities ${down === null ? "are behind a tab" : `start ${down} px down the page`}`;
        const tab = await page.$('[data-phone-tab="entities"]');
        if (tab) {
          await tab.tap();
          await page.waitForTimeout(300);
          line += `; after a tap on the tab bar, ${await page.evaluate(() => Math.round(document.getElementById("entities").getBoundingClientRect().top))} px from the top of the screen`;
        } else {
          line += "; no tab bar";
        }
      }
      console.log(`${name.padEnd(9)} ${line}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
