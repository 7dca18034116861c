// Shared by the node:test suites: paths and the sample article.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SAMPLE_PATH = path.resolve(ROOT, "../shared/samples/000_044b7d87bb8897ac.txt");
export const SAMPLE = readFileSync(SAMPLE_PATH, "utf8");

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
