// Browser tests of web/embed.js on host pages served with the strict CSP.
// Set-up and helpers: harness.mjs. The host pages are written to a temporary
// site beside copies of the embed's files; a second site lacks
// annotator.wasm.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { TIMEOUT, webRoot, screenDir, baseUrl, startServe, openPage, withPage, cspViolations } from "./harness.mjs";

// Only what the package ships for the embed: no page internals (web/app/).
const EMBED_FILES = ["embed.js", "embed", "shared", "annotator.js", "annotator.wasm"];

// Nested markup across names, and markup and script as text in the article.
const HOST_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host page</title>
<script type="module" src="embed.js" data-target="#story"></script></head>
<body><header><p>Site header: Tokyo Weekly</p></header>
<div id="story"><h1>Summit ends with trade pledge</h1>
<p><em>Xi</em> Jinping said on Tuesday that <a href="#">China</a> would cut tariffs by 10% next year.</p>
<blockquote><p>“We will open our doors wider,” said <b>Xi <i>Jinping</i></b>, speaking in Beijing.</p></blockquote>
<p>Critics posted &lt;script&gt;window.pwned = 1&lt;/script&gt; and &lt;img src=x onerror="window.pwned = 2"&gt; on forums.</p>
<figure><figcaption>Delegates leave the hall in Osaka. Photo: Kenji Sato</figcaption></figure>
<aside><p>Lisbon port posts record year</p><p>Manila bets on wind power</p></aside>
</div><footer>Footer text</footer></body></html>`;

let sites;

before(() => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "annotator-embed-"));
  const make = (name, files) => {
    const dir = path.join(root, name);
    fs.mkdirSync(dir);
    for (const file of files) fs.cpSync(path.join(webRoot, file), path.join(dir, file), { recursive: true });
    fs.writeFileSync(path.join(dir, "host.html"), HOST_PAGE);
    return dir;
  };
  sites = {
    root,
    full: make("full", EMBED_FILES),
    noWasm: make(
      "no-wasm",
      EMBED_FILES.filter((f) => f !== "annotator.wasm"),
    ),
  };
});

after(() => {
  if (sites) fs.rmSync(sites.root, { recursive: true, force: true });
});

/** A site serving the embed and a host page whose article is `article` (HTML). */
function siteWith(name, article) {
  const dir = path.join(sites.root, name);
  fs.mkdirSync(dir);
  for (const file of EMBED_FILES) fs.cpSync(path.join(webRoot, file), path.join(dir, file), { recursive: true });
  fs.writeFileSync(
    path.join(dir, "host.html"),
    HOST_PAGE.replace(/<div id="story">[\s\S]*<\/div><footer>/, `<div id="story">${article}</div><footer>`),
  );
  return dir;
}

test("the embed annotates in a worker, off the thread of the host page", { timeout: TIMEOUT }, async () => {
  const host = await openHost(sites.full);
  try {
    const state = await settle(host.page);
    assert.equal(state.embeds, 1);
    const workers = host.page.workers().map((w) => w.url());
    assert.ok(
      workers.some((url) => url.endsWith("embed/annotate-worker.js")),
      `workers: ${JSON.stringify(workers)}`,
    );
    assert.deepEqual(host.errors, []);
  } finally {
    await host.close();
  }
});

test(
  "an article over the size limit is skipped with one console message and left as it was",
  { timeout: TIMEOUT },
  async () => {
    // Inside a closed <details>: the text is the article's, but the browser need not lay out 17 MiB.
    const host = await openHost(
      siteWith("too-long", `<details><p>${"word ".repeat((17 * 1024 * 1024) / 5)}</p></details>`),
    );
    try {
      const state = await settle(host.page);
      assert.equal(state.embeds, 0);
      assert.equal(state.html, state.before.html);
      // (The browser's own "Failed to load resource" for a favicon is not ours.)
      const ours = host.messages.filter((m) => !/^Failed to load resource/.test(m.text));
      assert.equal(ours.length, 1, JSON.stringify(ours.map((m) => m.text.slice(0, 200))));
      assert.match(
        ours[0].text,
        /^Article Annotator: annotate: the text is 17\.0 MiB .*the limit is 16 MiB .*; the article was left as it was\.$/,
      );
      assert.deepEqual(host.errors, []);
    } finally {
      await host.close();
    }
  },
);

test("a German article gets no names, and one console message says why", { timeout: TIMEOUT }, async () => {
  const host = await openHost(
    siteWith(
      "german",
      "<h1>Neuer Plan f\u00fcr die Kliniken</h1><p>Die Stadt hat am Montag einen neuen Plan vorgestellt. Der " +
        "B\u00fcrgermeister Thomas Keller sagte, dass die Kosten f\u00fcr die Patienten nicht steigen werden. Auch die " +
        "Kliniken in der Region sollen von dem Programm profitieren, das mit 2,5 Millionen Euro finanziert wird.</p>",
    ),
  );
  try {
    const state = await settle(host.page);
    assert.equal(state.embeds, 1);
    const highlighted = await highlightTexts(host.page);
    assert.ok(Object.keys(highlighted).length > 0, "numbers are still marked");
    for (const type of ["PERSON", "ORG", "LOCATION", "MISC"]) assert.equal(highlighted[type], undefined, type);
    const ours = host.messages.filter((m) => m.text.startsWith("Article Annotator:"));
    assert.deepEqual(
      ours.map((m) => m.type),
      ["info"],
    );
    assert.match(ours[0].text, /does not read as English/);
  } finally {
    await host.close();
  }
});

/** Serves a site; the page records body markup before the embed runs, and every request. */
async function openHost(root, { before: setup, touch = false } = {}) {
  const server = await startServe(root);
  const { context, page } = await openPage({
    url: "about:blank",
    touch,
    ...(touch ? { width: 390, height: 844 } : {}),
  });
  const requests = [];
  const messages = [];
  const errors = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => messages.push({ type: message.type(), text: message.text() }));
  page.on("pageerror", (error) => errors.push(error.message));
  await page.addInitScript(() => {
    // Deferred module scripts run after this, so this is the page as served.
    document.addEventListener("readystatechange", () => {
      if (document.readyState === "interactive") {
        window.__before = { html: document.body.innerHTML, text: document.body.textContent };
      }
    });
  });
  if (setup) await page.addInitScript(setup);
  await page.goto(`${server.url}host.html`);
  const close = async () => {
    await context.close();
    server.child.kill();
  };
  return { page, url: server.url, requests, messages, errors, close };
}

/** Waits for the embed; returns how the page looks afterwards. */
async function settle(page) {
  return page.evaluate(async () => {
    const { embeds } = await import("./embed.js");
    const controllers = await embeds;
    return {
      embeds: controllers.length,
      html: document.body.innerHTML,
      text: document.body.textContent,
      before: window.__before,
      pwned: window.pwned ?? null,
      title: document.title,
      images: document.images.length,
    };
  });
}

function highlightTexts(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      [...CSS.highlights].map(([name, highlight]) => [
        name.replace(/^article-annotator-\d+-\w+-/, ""),
        [...highlight].map((range) => range.toString()),
      ]),
    ),
  );
}

test(
  "the embed highlights the right words across nested markup and leaves the host DOM as it was",
  { timeout: TIMEOUT },
  async () => {
    const host = await openHost(sites.full);
    try {
      const state = await settle(host.page);
      assert.equal(state.embeds, 1);
      const highlights = await highlightTexts(host.page);
      // The type is the model's business; the words are the embed's.
      const mentions = Object.entries(highlights)
        .filter(([kind]) => kind !== "quote")
        .flatMap(([, texts]) => texts);
      assert.equal(
        mentions.filter((t) => t === "Xi Jinping").length,
        2,
        `"<em>Xi</em> Jinping" and "<b>Xi <i>Jinping</i></b>" are each one highlight; got ${JSON.stringify(highlights)}`,
      );
      assert.ok(highlights.PERCENT?.includes("10%"));
      assert.ok(
        highlights.quote?.some((q) => q.includes("We will open our doors wider")),
        "the quotation is marked",
      );
      assert.ok(
        !Object.values(highlights)
          .flat()
          .some((t) => t.includes("Tokyo") || t.includes("Footer")),
        "nothing outside the target is highlighted",
      );
      assert.ok(
        !Object.values(highlights)
          .flat()
          .some((t) => /Lisbon|Manila|Osaka|Kenji Sato/.test(t)),
        `the article's own caption and aside of links are page clutter, left unmarked; got ${JSON.stringify(highlights)}`,
      );

      assert.equal(state.html, state.before.html, "the body markup is byte for byte the same");
      assert.equal(state.text, state.before.text);
      assert.deepEqual(
        { pwned: state.pwned, images: state.images, title: state.title },
        { pwned: null, images: 0, title: "Host page" },
        "markup and script in the article stay text",
      );

      // Hover: the tooltip in a shadow root names the type and the entity.
      const point = await host.page.evaluate(() => {
        const range = [...CSS.highlights].flatMap(([, h]) => [...h]).find((r) => r.toString() === "Xi Jinping");
        const rect = range.getClientRects()[0];
        return { x: rect.left + 4, y: rect.top + rect.height / 2 };
      });
      await host.page.mouse.move(point.x, point.y);
      const tip = await host.page.waitForFunction(() => {
        const el = document.querySelector("article-annotator-tooltip");
        return el && !el.hidden && el.shadowRoot.textContent;
      });
      assert.match(await tip.jsonValue(), /Entity: Xi Jinping/);
      assert.equal(
        await host.page.evaluate(() => document.body.innerHTML === window.__before.html),
        true,
        "the tooltip lives outside the body",
      );

      const foreign = host.requests.filter((url) => !url.startsWith(host.url));
      assert.deepEqual(foreign, [], "nothing is fetched from elsewhere");
      assert.deepEqual(await cspViolations(host.page), []);

      // remove() takes every highlight away.
      const left = await host.page.evaluate(async () => {
        const { embeds } = await import("./embed.js");
        (await embeds)[0].remove();
        return CSS.highlights.size;
      });
      assert.equal(left, 0);
    } finally {
      await host.close();
    }
  },
);

test(
  "keyboard users step through the annotations from one button at the end of the tab order",
  { timeout: TIMEOUT },
  async () => {
    for (const withoutHighlights of [false, true]) {
      const host = await openHost(
        sites.full,
        withoutHighlights
          ? {
              before: () => {
                delete window.Highlight;
              },
            }
          : {},
      );
      try {
        await settle(host.page);
        const read = () =>
          host.page.evaluate(() => {
            const keys = document.querySelector("article-annotator-keys").shadowRoot;
            const tip = document.querySelector("article-annotator-tooltip");
            return {
              label: keys.querySelector("button").textContent,
              live: keys.querySelector("[role=status]").textContent,
              focused: document.activeElement?.tagName.toLowerCase(),
              tip: tip && !tip.hidden ? tip.shadowRoot.textContent : null,
              current: window.CSS?.highlights?.size
                ? [...CSS.highlights]
                    .filter(([name]) => name.endsWith("-current"))
                    .flatMap(([, h]) => [...h].map(String))
                : [...document.querySelectorAll("mark[data-article-annotator]")]
                    .filter((m) => m.style.outline)
                    .map((m) => m.textContent),
            };
          });
        // Tab past the page's own link: the button comes last.
        await host.page.keyboard.press("Tab");
        await host.page.keyboard.press("Tab");
        let state = await read();
        assert.equal(state.focused, "article-annotator-keys", "the button takes focus from the keyboard");
        assert.match(state.label, /^Article annotations: \d+ annotations/);
        await host.page.keyboard.press("ArrowRight");
        state = await read();
        assert.match(state.label, /: 1 of \d+/);
        assert.match(
          state.live,
          /^(Person|Place|Location|Organisation|Organization|Misc|Date)[^.]*\./i,
          `announced: ${state.live}`,
        );
        assert.ok(state.tip, "the tooltip shows the current annotation");
        assert.ok(
          state.current.length > 0,
          `the current annotation is marked (${withoutHighlights ? "marks" : "highlights"})`,
        );
        const first = state.live;
        await host.page.keyboard.press("ArrowRight");
        state = await read();
        assert.match(state.label, /: 2 of \d+/);
        assert.notEqual(state.live, first);
        await host.page.keyboard.press("ArrowLeft");
        assert.equal((await read()).live, first, "left goes back");
        await host.page.keyboard.press("End");
        state = await read();
        assert.match(state.live, /Quotation|Speaker|“/, `the last annotation: ${state.live}`);
        await host.page.keyboard.press("Escape");
        state = await read();
        assert.equal(state.tip, null, "Esc hides the tooltip");
        assert.deepEqual(state.current, [], "and unmarks the annotation");
        assert.equal(await host.page.evaluate(() => document.body.textContent === window.__before.text), true);
      } finally {
        await host.close();
      }
    }
  },
);

test(
  "without the Highlight API the embed wraps text in marks and remove() restores the markup exactly",
  { timeout: TIMEOUT },
  async () => {
    const host = await openHost(sites.full, {
      before: () => {
        delete window.Highlight;
      },
    });
    try {
      const state = await settle(host.page);
      assert.equal(state.embeds, 1);
      const marked = await host.page.evaluate(() => {
        const byText = new Map();
        for (const mark of document.querySelectorAll("mark[data-article-annotator]")) {
          byText.set(mark.textContent, mark.dataset.articleAnnotator);
        }
        return Object.fromEntries(byText);
      });
      assert.equal(marked["10%"], "PERCENT");
      assert.ok(marked.Xi && marked.Xi !== "quote", "the <em>Xi</em> part of the name is marked as a mention");
      assert.equal(
        marked[" Jinping said on Tuesday that ".slice(0, 8)],
        marked.Xi,
        "and so is the rest of it, outside the <em>",
      );
      assert.equal(state.text, state.before.text, "the text is unchanged while marked");
      assert.equal(state.pwned, null);

      const after = await host.page.evaluate(async () => {
        const { embeds } = await import("./embed.js");
        (await embeds)[0].remove();
        return document.body.innerHTML;
      });
      assert.equal(after, state.before.html, "remove() leaves the markup byte for byte as served");
      assert.deepEqual(await cspViolations(host.page), []);
    } finally {
      await host.close();
    }
  },
);

/** Where the highlight of `words` is on screen: the middle of its first line box. */
function pointOf(page, words) {
  return page.evaluate((w) => {
    const range = [...CSS.highlights].flatMap(([, h]) => [...h]).find((r) => r.toString() === w);
    const rect = range.getClientRects()[0];
    return { x: rect.left + Math.min(6, rect.width / 2), y: rect.top + rect.height / 2 };
  }, words);
}

function tooltipText(page) {
  return page.evaluate(() => {
    const el = document.querySelector("article-annotator-tooltip");
    return el && !el.hidden ? el.shadowRoot.querySelector(".tip").textContent : null;
  });
}

test(
  "on a touch screen a tapped tooltip stays after the finger lifts, until a tap elsewhere or its ×; data-legend draws a key",
  { timeout: TIMEOUT },
  async () => {
    const dir = path.join(sites.root, "touch");
    fs.mkdirSync(dir);
    for (const file of EMBED_FILES) fs.cpSync(path.join(webRoot, file), path.join(dir, file), { recursive: true });
    fs.writeFileSync(
      path.join(dir, "host.html"),
      HOST_PAGE.replace('data-target="#story"', 'data-target="#story" data-legend="on"'),
    );
    const host = await openHost(dir, { touch: true });
    try {
      await settle(host.page);
      // Every pointer event the host page sees, to show the finger's own pointerleave came and went.
      await host.page.evaluate(() => {
        window.__pointer = [];
        for (const type of ["pointerup", "pointerleave"]) {
          document
            .getElementById("story")
            .addEventListener(type, (e) => window.__pointer.push(`${type}:${e.pointerType}`));
        }
      });
      const xi = await pointOf(host.page, "Xi Jinping");
      await host.page.touchscreen.tap(xi.x, xi.y);
      await host.page.waitForTimeout(400);
      assert.ok(
        (await host.page.evaluate(() => window.__pointer)).includes("pointerleave:touch"),
        "the browser sent a pointerleave after the finger lifted",
      );
      assert.match(
        (await tooltipText(host.page)) ?? "",
        /Entity: Xi Jinping/,
        "the tooltip is still there after the finger lifted",
      );

      // A tap on another highlight shows its tooltip instead; a tap on plain text closes it.
      const percent = await pointOf(host.page, "10%");
      await host.page.touchscreen.tap(percent.x, percent.y);
      await host.page.waitForTimeout(200);
      assert.match((await tooltipText(host.page)) ?? "", /Percent/i);
      const header = await host.page.evaluate(() => {
        const rect = document.querySelector("header p").getBoundingClientRect();
        return { x: rect.left + 4, y: rect.top + rect.height / 2 };
      });
      await host.page.touchscreen.tap(header.x, header.y);
      await host.page.waitForTimeout(200);
      assert.equal(await tooltipText(host.page), null, "a tap elsewhere closes it");

      // Its × closes it too.
      await host.page.touchscreen.tap(xi.x, xi.y);
      await host.page.waitForTimeout(200);
      const close = await host.page.evaluate(() => {
        const rect = document
          .querySelector("article-annotator-tooltip")
          .shadowRoot.querySelector(".close")
          .getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, width: rect.width };
      });
      assert.ok(close.width >= 24, "the × is a finger-sized target");
      await host.page.touchscreen.tap(close.x, close.y);
      await host.page.waitForTimeout(200);
      assert.equal(await tooltipText(host.page), null, "its × closes it");

      // The key names the kinds this article has, with their colours, outside the host's body.
      const key = await host.page.evaluate(() => {
        const el = document.querySelector("article-annotator-legend");
        return (
          el && {
            items: [...el.shadowRoot.querySelectorAll("li")].map((li) => li.textContent),
            inBody: document.body.contains(el),
          }
        );
      });
      assert.ok(key, 'data-legend="on" adds a key');
      assert.equal(key.inBody, false);
      assert.ok(
        key.items.includes("AbPerson") && key.items.includes("AbPercent") && key.items.includes("“…”Quotation"),
        `the key lists the kinds present: ${JSON.stringify(key.items)}`,
      );
      await host.page.screenshot({ path: path.join(screenDir, "embed-touch-legend.png") });
      assert.equal(await host.page.evaluate(() => document.body.innerHTML === window.__before.html), true);
      assert.deepEqual(host.errors, []);
      assert.deepEqual(await cspViolations(host.page), []);
    } finally {
      await host.close();
    }
  },
);

test(
  "when annotator.wasm is missing the article stays as it was and one console message says why",
  { timeout: TIMEOUT },
  async () => {
    const host = await openHost(sites.noWasm);
    try {
      const state = await settle(host.page);
      assert.equal(state.embeds, 0);
      assert.equal(state.html, state.before.html);
      assert.equal(await host.page.evaluate(() => CSS.highlights.size), 0);
      // The browser reports the failed load itself; beyond that, one line from the embed.
      const ours = host.messages.filter((m) => !/^Failed to load resource/.test(m.text));
      assert.equal(ours.length, 1, `one message, got ${JSON.stringify(host.messages)}`);
      assert.match(
        ours[0].text,
        /^Article Annotator: could not load .*annotator\.wasm \(HTTP 404\); the article was left as it was\.$/,
      );
      assert.equal(ours[0].type, "warning");
      assert.deepEqual(host.errors, []);
    } finally {
      await host.close();
    }
  },
);

test(
  "the example page: screenshots light and dark, desktop and phone; same-origin requests only",
  { timeout: TIMEOUT },
  async () => {
    for (const [width, colorScheme] of [
      [1100, "light"],
      [1100, "dark"],
      [390, "light"],
      [390, "dark"],
    ]) {
      await withPage({ width, height: 900, colorScheme, url: "about:blank" }, async (page) => {
        const requests = [];
        page.on("request", (request) => requests.push(request.url()));
        await page.goto(`${baseUrl}examples/embed.html`);
        await page.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 30_000 });
        assert.deepEqual(
          requests.filter((url) => !url.startsWith(baseUrl)),
          [],
        );
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        assert.ok(overflow <= 0, `no horizontal scrolling (${overflow}px)`);
        await page.screenshot({
          path: path.join(screenDir, `embed-${width}-${colorScheme}.png`),
          fullPage: width < 500,
        });
        assert.deepEqual(await cspViolations(page), []);
      });
    }
  },
);
