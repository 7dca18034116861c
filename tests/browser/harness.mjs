// Shared set-up of the browser tests: serves web/ (or ANNOTATOR_WEB_ROOT)
// with build-scripts/serve.mjs (strict CSP) on a free port, starts Debian's Chromium
// through playwright-core, and records every console error, page error,
// failed load and CSP violation. A missing Chromium, playwright-core or
// web/annotator.wasm is a failure that says what to do; the tests that read
// the sample article from ../shared are skipped without it (WITH_SAMPLE).
//
// Environment: CHROMIUM (default /usr/bin/chromium); SCREENSHOT_DIR (default
// /tmp/screens); ANNOTATOR_WEB_ROOT serves another folder instead of web/.

import { before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM_PATH as chromiumPath, CHROMIUM_ARGS } from "../../build-scripts/chromium.mjs";

export const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, "..", "..");
export const webRoot = path.resolve(process.env.ANNOTATOR_WEB_ROOT || path.join(repo, "web"));
export const samplePath = path.resolve(repo, "..", "shared", "samples", "000_044b7d87bb8897ac.txt");
export const screenDir = process.env.SCREENSHOT_DIR || "/tmp/screens";
export const TIMEOUT = 90_000;
/**
 * Options of a test that reads the sample article from ../shared: without it
 * the test is skipped and says so, unless ANNOTATOR_REQUIRE_SHARED is set
 * (build-scripts/test sets it when ../shared exists), when it fails.
 */
export const WITH_SAMPLE =
  fs.existsSync(samplePath) || process.env.ANNOTATOR_REQUIRE_SHARED
    ? { timeout: TIMEOUT }
    : { timeout: TIMEOUT, skip: "needs ../shared/samples/000_044b7d87bb8897ac.txt" };

let server;
export let baseUrl;
export let browser;
export const consoleErrors = [];
export const pageErrors = [];
export const badResponses = [];

function fail(message) {
  throw new Error(`\n\n*** ${message}\n`);
}

export async function startServe(root = webRoot) {
  const child = spawn(
    process.execPath,
    [path.join(repo, "build-scripts", "serve.mjs"), "--port", "0", "--root", root],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let stderr = "";
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  const url = await new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(
      () => reject(new Error(`serve.mjs printed no address in 10 s; stderr: ${stderr}`)),
      10_000,
    );
    child.stdout.on("data", (d) => {
      out += d;
      const nl = out.indexOf("\n");
      if (nl >= 0) {
        clearTimeout(timer);
        resolve(out.slice(0, nl).trim());
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`serve.mjs exited with ${code}; stderr: ${stderr}`));
    });
  });
  assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/, "serve.mjs prints http://127.0.0.1:PORT/ first");
  return { child, url };
}

before(async () => {
  if (!fs.existsSync(chromiumPath))
    fail(`Chromium not found at ${chromiumPath}: install Debian's chromium or set CHROMIUM.`);
  let chromium;
  try {
    ({ chromium } = await import("playwright-core"));
  } catch (e) {
    fail(
      `playwright-core is not installed (${e.message}): run \`npm install\` (or \`npm install --no-save playwright-core\`) in ${repo}.`,
    );
  }
  for (const file of ["index.html", "app.js", "worker.js", "annotator.js", "annotator.wasm"]) {
    if (!fs.existsSync(path.join(webRoot, file))) {
      fail(
        `${path.join(webRoot, file)} is missing` +
          (file === "annotator.wasm" ? ": build it first (build-scripts/build)." : "."),
      );
    }
  }
  if (!fs.existsSync(samplePath) && process.env.ANNOTATOR_REQUIRE_SHARED) {
    fail(`sample article ${samplePath} is missing (ANNOTATOR_REQUIRE_SHARED is set).`);
  }
  fs.mkdirSync(screenDir, { recursive: true });

  server = await startServe();
  baseUrl = server.url;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
  } catch (e) {
    fail(`Chromium at ${chromiumPath} did not start: ${e.message}`);
  }
});

after(async () => {
  if (browser) await browser.close();
  if (server) server.child.kill();
});

/** A fresh page with listeners for errors, CSP violations and failed loads. */
export async function openPage({ width = 1280, height = 900, colorScheme = "light", url, touch = false } = {}) {
  // `touch`: a phone's touch screen (taps are touch events, and pointer events of type "touch").
  const context = await browser.newContext({
    viewport: { width, height },
    colorScheme,
    hasTouch: touch,
    isMobile: touch,
  });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__csp.push(
        `${e.violatedDirective} blocked ${e.blockedURI || "(inline)"} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  page.on("console", (msg) => {
    if (msg.type() === "error" || /Content Security Policy|Refused to/i.test(msg.text())) {
      consoleErrors.push(`${msg.type()}: ${msg.text()} (${msg.location().url})`);
    }
  });
  page.on("pageerror", (err) => pageErrors.push(String((err && err.stack) || err)));
  page.on("response", (res) => {
    if (res.status() >= 400) badResponses.push(`${res.status()} ${res.url()}`);
  });
  page.on("requestfailed", (req) => badResponses.push(`failed ${req.url()}: ${req.failure()?.errorText}`));
  await page.goto(url ?? baseUrl);
  return { context, page };
}

/** Runs `use(page)` on a fresh page (options as openPage's) and closes it, whatever happens. */
export async function withPage(options, use) {
  if (typeof options === "function") [options, use] = [{}, options];
  const { context, page } = await openPage(options);
  try {
    return await use(page);
  } finally {
    await context.close();
  }
}

export async function cspViolations(page) {
  return page.evaluate(() => window.__csp.slice());
}

/** Fills the textarea, clicks Annotate and waits for the result (or fails with the page's error). */
export async function annotate(page, text, { viaKeyboard = false } = {}) {
  const long = Math.max(text.length, await page.$eval("#text", (box) => box.value.length)) >= 100_000;
  if (!long) await page.fill("#text", text);
  else {
    // As a paste puts it there: one input event (fill takes too long to replace or type megabytes).
    await page.$eval(
      "#text",
      (box, value) => {
        box.value = value;
        box.dispatchEvent(new Event("input", { bubbles: true }));
      },
      text,
    );
  }
  // The stats line is rewritten when a result is drawn; emptied first, since
  // the same text annotated again can give the same line ("annotated in 3 ms").
  await page.$eval("#stats", (el) => {
    el.textContent = "";
  });
  const before = "";
  if (viaKeyboard) {
    await page.focus("#text");
    await page.keyboard.press("Control+Enter");
  } else {
    await page.click("#annotate");
  }
  await page.waitForFunction(
    (prev) => {
      const error = document.getElementById("error");
      if (error && !error.hidden) return true;
      return (
        !document.body.classList.contains("busy") &&
        !document.getElementById("results").hidden &&
        document.getElementById("stats").textContent !== prev
      );
    },
    before,
    { timeout: 60_000 },
  );
  const error = await page.$eval("#error", (el) => (el.hidden ? "" : el.textContent));
  assert.equal(error, "", `the page reported an error: ${error}`);
}

/** Downloads an export from the toolbar's Export menu: {name, text}. */
export async function download(page, kind) {
  if (await page.locator("#exports").isHidden()) await page.click("#export-button");
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(`#exports [data-export="${kind}"]`)]);
  return { name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), "utf8") };
}

/** Waits until the article and its corrections are kept in the browser's storage. */
export async function saved(page) {
  await page.waitForFunction(() => document.getElementById("saved").dataset.state === "saved", null, {
    timeout: 30_000,
  });
}

/** The type of the highlight whose text is `text`, or null. */
export function typeOf(page, text) {
  return page.evaluate(
    (t) =>
      [...document.querySelectorAll("#doc mark[data-mention]:not([data-cont])")].find((el) => el.textContent === t)
        ?.dataset.type ?? null,
    text,
  );
}

/**
 * Selects `words` (their `nth` occurrence, across highlights) in the article
 * as a reader would, and waits for the offer to mark them.
 */
export async function selectInArticle(page, words, nth = 0) {
  await page.evaluate(
    ([w, n]) => {
      const nodes = [];
      let all = "";
      const walker = document.createTreeWalker(document.getElementById("doc"), NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push({ node, from: all.length });
        all += node.data;
      }
      let at = -1;
      for (let i = 0; i <= n; i++) at = all.indexOf(w, at + 1);
      if (at < 0) throw new Error(`${w} is not in the article`);
      const point = (offset, isEnd) => {
        const hit = nodes.findLast((x) => (isEnd ? x.from < offset : x.from <= offset));
        return [hit.node, offset - hit.from];
      };
      const range = document.createRange();
      range.setStart(...point(at, false));
      range.setEnd(...point(at + w.length, true));
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    },
    [words, nth],
  );
  await page.waitForSelector("#editor:not([hidden])");
}

/** Mentions and quotes as rendered, joining continuation pieces. */
export async function rendered(page) {
  return page.evaluate(() => {
    const doc = document.getElementById("doc");
    const mentions = new Map();
    for (const el of doc.querySelectorAll("[data-mention]")) {
      const m = mentions.get(el.dataset.mention) || { type: el.dataset.type, text: "" };
      m.text += el.textContent;
      mentions.set(el.dataset.mention, m);
    }
    const quotes = new Map();
    for (const el of doc.querySelectorAll("[data-quote]")) {
      const q = quotes.get(el.dataset.quote) || { kind: el.dataset.kind, text: "" };
      q.text += el.textContent;
      quotes.set(el.dataset.quote, q);
    }
    return { mentions: [...mentions.values()], quotes: [...quotes.values()], text: doc.textContent };
  });
}
