// Writes GUM's train split (never dev or test) as training text for the
// recognizer: each document with its real spacing and paragraphs and its
// names mapped to CoNLL-2003's four types as build-scripts/gum.mjs maps them
// for GUM dev, as byte offsets into the text. build-scripts/train-ner runs it;
// the trainer reads the file with --gum (src/ner/train/corpus.h, ParseStandOff).
//
//   node build-scripts/gum-train.mjs ../shared/data/gum OUT [COUNTRIES CITIES_CSV]
//
// With a list of country names (one a line: make-lexicons.mjs's
// countries.txt) and world-cities.csv (its country and subcountry columns),
// an organisation GUM names exactly like a country or region is a place, as
// CoNLL has it (gum.mjs, nameOf).
//
// Format, per document: a line "-DOCTEXT- NAME BYTES NAMES UNTYPED", then the
// document's BYTES bytes of text, then NAMES lines "BEGIN END TYPE" (TYPE one
// of PER ORG LOC MISC) and UNTYPED lines "BEGIN END -": proper nouns GUM gives
// no type we can read (gum.mjs leaves them unscored on dev).
import { readFileSync, writeFileSync } from "node:fs";
import { readGum } from "./gum.mjs";

const [gumDirectory, out, countries, cities] = process.argv.slice(2);
if (!gumDirectory || !out || (countries && !cities)) {
  console.error("usage: node build-scripts/gum-train.mjs GUM_DIRECTORY OUT [COUNTRIES CITIES_CSV]");
  process.exit(2);
}

/** Lower-case names of countries and regions, or null without the lists. */
function readPlaceNames() {
  if (!countries) return null;
  const names = readFileSync(countries, "utf8").split("\n");
  // name,country,subcountry,geonameid
  for (const row of readFileSync(cities, "utf8").split("\n").slice(1)) names.push(...row.split(",").slice(1, 3));
  return new Set(names.map((n) => n.trim().toLowerCase()).filter(Boolean));
}

const parts = [];
for (const { name, text, gold, unscored } of readGum(gumDirectory, "train", {
  placeNames: readPlaceNames(),
  splitPossessors: true,
})) {
  const bytes = Buffer.from(text, "utf8");
  const byteOffset = (index) => Buffer.byteLength(text.slice(0, index), "utf8");
  const lines = [
    ...gold.map((g) => `${byteOffset(g.start)} ${byteOffset(g.end)} ${g.type}`),
    ...unscored.map((u) => `${byteOffset(u.start)} ${byteOffset(u.end)} -`),
  ];
  parts.push(Buffer.from(`-DOCTEXT- ${name} ${bytes.length} ${gold.length} ${unscored.length}\n`), bytes);
  parts.push(Buffer.from(lines.map((line) => line + "\n").join("")));
}
writeFileSync(out, Buffer.concat(parts));
