// How this project starts Debian's Chromium through playwright-core: one
// place for the browser tests (tests/browser/harness.mjs) and the page
// measurements (bench-page.mjs, measure-page.mjs).
//
// Environment: CHROMIUM, the browser's path (default /usr/bin/chromium).

export const CHROMIUM_PATH = process.env.CHROMIUM || "/usr/bin/chromium";

// No sandbox (containers), no GPU, and nothing the browser would fetch or
// start on its own, so that runs are alike and offline.
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Headless Chromium (playwright-core's Browser). */
export async function launchChromium() {
  const { chromium } = await import("playwright-core");
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
