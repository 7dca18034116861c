// The module graph of the repository's JS, read from the sources: what the
// embed, the package and the page's preload list are checked against.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

// Static imports and re-exports, dynamic imports of a literal, and workers
// started from `new URL("…", import.meta.url)`; JSDoc's `import("…")` types
// count too. Node's built-ins are left out.
const ANY_IMPORT =
  /(?:\bimport\s[^'"]*?\bfrom\s*|\bexport\s[^'"]*?\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|new URL\(\s*)(['"])([^'"]+)\1/g;
// Only what a browser fetches before the module runs: static imports and re-exports.
const STATIC_IMPORT = /^\s*(?:import|export)\s[^;]*?\bfrom\s+(['"])([^'"]+)\1/gms;

/** The repository-relative paths of the modules `file` names. */
function importsOf(file, pattern) {
  const source = readFileSync(path.join(repo, file), "utf8").replace(/^\s*\/\/.*$/gm, "");
  const found = [];
  for (const [, , specifier] of source.matchAll(pattern)) {
    if (!specifier.startsWith(".")) continue;
    found.push(path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)));
  }
  return found;
}

/**
 * Every module reachable from `entry` (a repository-relative path), itself
 * included, sorted; with `staticOnly`, through static imports alone.
 */
export function graphOf(entry, { staticOnly = false } = {}) {
  const pattern = staticOnly ? STATIC_IMPORT : ANY_IMPORT;
  const seen = new Set();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...importsOf(file, pattern));
  }
  return [...seen].sort();
}
