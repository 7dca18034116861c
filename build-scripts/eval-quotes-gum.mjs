// Out-of-domain check of quotations: GUM's XML layer marks a quotation of
// someone's words as <quote> and a term, title or name in quotation marks as
// <q> (scare quotes, "the 'sample return' mission"). The attribution model
// never saw GUM (it trains on PolNeAR), so every split of GUM is held out from
// it; dev is the figure to choose on, train a larger second reading.
//   node build-scripts/eval-quotes-gum.mjs GUM_DIR [SPLIT] [--native] [--show fp|fn|term]
// (build-scripts/eval-quotes GUM_DIR … runs it: GUM_DIR holds splits.md.)
//
// Only marked spans that open with a quotation mark count (GUM also wraps
// block quotations and forum replies without marks in <quote>).
//  * speech quotations: recall of gold <quote> spans by the project's direct
//    and mixed quotations (overlap), and where the quotations shown fall. No
//    precision: GUM leaves much speech unmarked (fiction's dialogue, many
//    "…," said X), so "on neither" is mostly right.
//  * terms called speech: the share of gold <q> spans that the project shows
//    as a direct or mixed quotation rather than a term (kind "scare") or nothing.
// Reddit documents, whose text GUM blanks, are skipped.
import { readFileSync } from "node:fs";
import path from "node:path";
import { annotateAll } from "./annotate-all.mjs";
import { gumSplit, layOutGum } from "./gum.mjs";

const OPENS_WITH_MARK = /^["“‘'«„`]/;

/** Token ranges [first, last] of <quote> and <q> elements, in the XML's token order. */
function markedTokenRanges(xml) {
  const ranges = { quote: [], q: [] };
  const open = { quote: [], q: [] };
  let token = 0;
  for (const line of xml.split("\n")) {
    const tag = /^<(\/?)(quote|q)(?:\s[^>]*)?>$/.exec(line.trim());
    if (tag && tag[1]) ranges[tag[2]].push({ first: open[tag[2]].pop(), last: token - 1 });
    else if (tag) open[tag[2]].push(token);
    else if (line.includes("\t")) token++;
  }
  return ranges;
}

function readDocuments(gum, split) {
  const documents = [];
  for (const name of gumSplit(gum, split)) {
    const laidOut = layOutGum(readFileSync(path.join(gum, "dep", `${name}.conllu`), "utf8"));
    if (!laidOut) continue;
    const { text, wordSpans } = laidOut;
    const ranges = markedTokenRanges(readFileSync(path.join(gum, "xml", `${name}.xml`), "utf8"));
    const toSpans = (list) =>
      list
        .map(({ first, last }) => ({ start: wordSpans[first].start, end: wordSpans[last].end }))
        .filter((s) => OPENS_WITH_MARK.test(text.slice(s.start, s.end)));
    documents.push({ name, text, speech: toSpans(ranges.quote), terms: toSpans(ranges.q) });
  }
  return documents;
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const pct = (a, b) => (b ? (100 * a) / b : 0);
const f = (x) => x.toFixed(1).padStart(5);

const args = process.argv.slice(2);
const show = args.includes("--show") ? args[args.indexOf("--show") + 1] : "";
const [gum, split = "dev"] = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--show");
if (!gum) {
  console.error("usage: eval-quotes-gum GUM_DIR [SPLIT] [--native] [--show fp|fn|term]");
  process.exit(2);
}
const documents = readDocuments(gum, split);
const { results, engine } = await annotateAll(documents, args.includes("--native"));
const counts = { shown: 0, right: 0, onTerm: 0, gold: 0, found: 0, terms: 0, termsAsSpeech: 0 };
const example = (document, span, why) =>
  console.log(
    `${why}  ${document.name}: …${document.text.slice(Math.max(0, span.start - 60), span.end + 40).replace(/\s+/g, " ")}…`,
  );
for (const [i, document] of documents.entries()) {
  const quotations = results[i].quotes.filter((q) => q.kind === "direct" || q.kind === "mixed");
  for (const q of quotations) {
    counts.shown++;
    if (document.speech.some((g) => overlaps(g, q))) counts.right++;
    else if (document.terms.some((g) => overlaps(g, q))) counts.onTerm++;
    else if (show === "fp") example(document, q, "FP");
  }
  for (const g of document.speech) {
    counts.gold++;
    if (quotations.some((q) => overlaps(g, q))) counts.found++;
    else if (show === "fn") example(document, g, "FN");
  }
  for (const g of document.terms) {
    counts.terms++;
    if (quotations.some((q) => overlaps(g, q))) {
      counts.termsAsSpeech++;
      if (show === "term") example(document, g, "TERM");
    }
  }
}
console.log(`GUM ${split}: ${documents.length} documents (${engine})`);
console.log(
  `speech quotations  R ${f(pct(counts.found, counts.gold))}  (gold ${counts.gold}, found ${counts.found}); ` +
    `shown ${counts.shown}: on a quotation ${counts.right}, on a term ${counts.onTerm}, ` +
    `on neither ${counts.shown - counts.right - counts.onTerm}`,
);
console.log(
  `terms called speech ${f(pct(counts.termsAsSpeech, counts.terms))}  (${counts.termsAsSpeech} of ${counts.terms} gold terms in quotation marks)`,
);
