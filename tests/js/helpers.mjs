// Shared by the node:test suites: paths, the sample article, and the data
// beside the repository that some tests need.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SHARED = path.resolve(ROOT, "../shared");

/**
 * node:test options for a test that reads these files under ../shared: with
 * them it runs; without them it is skipped and says which file it needs,
 * unless ANNOTATOR_REQUIRE_SHARED is set (build-scripts/test sets it when
 * ../shared exists), when it runs and fails.
 */
export function needsShared(...relative) {
  const missing = relative.find((file) => !existsSync(path.join(SHARED, file)));
  if (missing === undefined || process.env.ANNOTATOR_REQUIRE_SHARED) return {};
  return { skip: `needs ../shared/${missing}` };
}

export const SAMPLE_PATH = path.join(SHARED, "samples/000_044b7d87bb8897ac.txt");
/** The sample article, or "" without ../shared (the tests that use it are skipped). */
export const SAMPLE = existsSync(SAMPLE_PATH) ? readFileSync(SAMPLE_PATH, "utf8") : "";
/** Options of a test that reads the sample article. */
export const WITH_SAMPLE = needsShared("samples/000_044b7d87bb8897ac.txt");

/**
 * A pasted news page written for the tests and committed with them (menus,
 * byline, photo credit, advert, related links, cookie notice and footer
 * around a story with four quotations): what the tests that need no
 * particular article read, so that they run without ../shared.
 */
export const PAGE_PATH = path.join(ROOT, "tests/fixtures/harbour-page.txt");
export const PAGE = readFileSync(PAGE_PATH, "utf8");
export const PAGE_TITLE = "Harbour cities race to rebuild after record storm season";
// Its quotations in quotation marks, in text order.
export const PAGE_QUOTES = [
  "“We can no longer treat these storms as exceptional events,”",
  "“They are the new normal, and our quays were built for a different century.”",
  "“Nobody should have to choose between their safety and their pay,”",
  "“We kept the port running as long as it was safe.”",
];

// The five quotations of the sample article, in text order.
export const SAMPLE_QUOTES = [
  "‘self-reliance’",
  "“self-reliance and self-strengthening”",
  "“strengthen basic research”",
  "“make pinpointed efforts”",
  "“a game of rich countries, rich companies and rich people in rich countries”",
];

/** Every span of a result must cut its own text out of `text`. */
export function assertSpansSlice(assert, result, text) {
  for (const span of [...result.mentions, ...result.quotes]) {
    assert.equal(text.slice(span.start, span.end), span.text);
  }
}

/** The quotations in quotation marks (every kind but reported speech). */
export function markedQuotes(result) {
  return result.quotes.filter((q) => q.kind !== "indirect");
}
