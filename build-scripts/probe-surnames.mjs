// A reader's probe of what 1996 news cannot teach: people of the 2020s named
// by surname alone in a one-line text, where nothing before the name says who
// that is. 30 heads of state and government and international officials, each
// in three sentences where the surname opens the sentence ("Putin said on
// Monday that the talks would go on.") and three where it stands inside it
// ("The talks with Putin ended on Monday."). Prints, for each set, how many
// surnames the shipped wasm annotator finds as PERSON, how many it gives
// another type, and which it misses. Not a benchmark: a check of what a
// reader sees (models/MODEL_CARD.md, the fifth round).
//   node build-scripts/probe-surnames.mjs [--wasm PATH]
import { readFileSync } from "node:fs";
import { createAnnotator } from "../web/annotator.js";

const SURNAMES = `Putin Trump Macron Biden Merkel Modi Zelensky Erdogan Netanyahu Scholz Starmer Sunak Lula Milei Xi
  Orban Meloni Sanchez Trudeau Albanese Ramaphosa Ruto Tinubu Kishida Yoon Widodo Marcos Khamenei Guterres
  Lagarde`.split(/\s+/);
const SETS = {
  "first in the sentence": [
    "%s said on Monday that the talks would go on.",
    "%s left.",
    "%s announced a new plan on Tuesday.",
  ],
  "inside the sentence": [
    "The talks with %s ended on Monday.",
    "Officials said %s would attend.",
    "It was a win for %s, analysts said.",
  ],
};

const wasmIndex = process.argv.indexOf("--wasm");
const annotator = await createAnnotator(
  wasmIndex >= 0 ? { wasmBinary: readFileSync(process.argv[wasmIndex + 1]) } : {},
);
for (const [name, templates] of Object.entries(SETS)) {
  let found = 0;
  let otherType = 0;
  const missed = [];
  for (const surname of SURNAMES) {
    for (const template of templates) {
      const text = template.replace("%s", surname);
      const start = text.indexOf(surname);
      const mention = annotator
        .annotate(text)
        .mentions.find((m) => m.start === start && m.end === start + surname.length);
      if (mention?.type === "PERSON") found++;
      else {
        if (mention) otherType++;
        missed.push(mention ? `${surname} (${mention.type})` : surname);
      }
    }
  }
  const total = SURNAMES.length * templates.length;
  console.log(`${name}: ${found} of ${total} found as PERSON, ${otherType} given another type`);
  console.log(`  missed: ${missed.join(", ")}`);
}
