// Scores who said what of the shipped wasm annotator against PolNeAR.
//   node build-scripts/eval-quotes.mjs DIR [--limit N]
//
// DIR is a PolNeAR split (text/*.txt, attributions/*.ann, brat standoff).
// When an article has several annotator files, the first by name is used.
// Brat offsets count code points; the annotator is asked for UTF-16 offsets
// (JS string indices) and gold offsets are converted to UTF-16 here.
//
// A gold attribution is a quotation when its Content holds a quotation mark
// (“ ” " « » „ ‘ or '' — PolNeAR's NYT texts write '' for “), else indirect.
//  * quotation P/R/F1: a system direct/mixed quotation is right when it
//    overlaps the content of a gold quotation; a gold quotation is found when
//    a system direct/mixed quotation overlaps it. Scare quotes are not counted.
//  * speaker / cue accuracy: over right system quotations whose gold (the one
//    it overlaps most) has a Source (a Cue), the share whose speaker (cue)
//    overlaps it.
//  * indirect P/R/F1: the same overlap rule between system indirect
//    quotations and gold indirect contents.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { createAnnotator } from "../web/annotator.js";

const QUOTE_MARKS = ['"', "“", "”", "«", "»", "„", "''", "‘"];

function parseArguments(argv) {
  const limitAt = argv.indexOf("--limit");
  const limit = limitAt >= 0 ? Number(argv[limitAt + 1]) : Infinity;
  const dir = argv.find((a, i) => !a.startsWith("--") && (limitAt < 0 || i !== limitAt + 1));
  if (!dir || Number.isNaN(limit)) {
    console.error("usage: eval-quotes DIR [--limit N]   (DIR: a PolNeAR split with text/ and attributions/)");
    process.exit(2);
  }
  return { dir, limit };
}

/** Code point index → UTF-16 index, for every code point and the end. */
function codePointToUtf16(text) {
  const offsets = [];
  let unit = 0;
  for (const ch of text) {
    offsets.push(unit);
    unit += ch.length;
  }
  offsets.push(unit);
  return offsets;
}

/** The E-linked attributions of one brat file, with spans in UTF-16 units. */
function parseAnn(ann, text) {
  const toUnit = codePointToUtf16(text);
  const at = (c) => toUnit[Math.min(c, toUnit.length - 1)];
  const spans = new Map();
  const events = [];
  for (const line of ann.split("\n")) {
    const [id, body] = line.split("\t");
    if (!body) continue;
    if (id.startsWith("T")) {
      const space = body.indexOf(" ");
      if (space < 0) continue;
      const parts = [];
      for (const range of body.slice(space + 1).split(";")) {
        const [b, e] = range.trim().split(/\s+/).map(Number);
        if (Number.isInteger(b) && Number.isInteger(e)) parts.push({ begin: at(b), end: at(e) });
      }
      spans.set(id, parts);
    } else if (id.startsWith("E")) {
      events.push(body.split(" ").map((item) => item.split(":")));
    }
  }
  const gold = [];
  for (const roles of events) {
    const g = { source: [], cue: [], content: [] };
    for (const [role, target] of roles) {
      const key = role.startsWith("Content") ? "content" : role.startsWith("Source") ? "source" : role.startsWith("Cue") ? "cue" : null;
      if (key && spans.has(target)) g[key].push(...spans.get(target));
    }
    if (!g.content.length) continue;
    g.quoted = g.content.some((s) => QUOTE_MARKS.some((m) => text.slice(s.begin, s.end).includes(m)));
    gold.push(g);
  }
  return gold;
}

function loadSplit(dir, limit) {
  const articles = [];
  let previous = null;
  for (const file of readdirSync(path.join(dir, "attributions")).filter((f) => f.endsWith(".ann")).sort()) {
    const base = file.slice(0, file.lastIndexOf("_"));
    if (base === previous) continue; // another annotator of the same article
    previous = base;
    if (articles.length >= limit) break;
    const text = readFileSync(path.join(dir, "text", `${base}.txt`), "utf8");
    const gold = parseAnn(readFileSync(path.join(dir, "attributions", file), "utf8"), text);
    articles.push({ name: base, text, gold });
  }
  return articles;
}

const overlaps = (a, b) => a.begin < b.end && b.begin < a.end;
const anyOverlap = (spans, s) => s !== null && spans.some((g) => overlaps(g, s));
const overlapSize = (spans, s) =>
  spans.reduce((n, g) => n + (overlaps(g, s) ? Math.min(g.end, s.end) - Math.max(g.begin, s.begin) : 0), 0);
const asSpan = (x) => (x ? { begin: x.start, end: x.end } : null);

function newCounts() {
  return { sys: 0, sysRight: 0, gold: 0, goldFound: 0, speakerTotal: 0, speakerRight: 0, cueTotal: 0, cueRight: 0 };
}

function score(article, quotes, quoted, c) {
  const system = quotes.filter((q) => (quoted ? q.kind === "direct" || q.kind === "mixed" : q.kind === "indirect"));
  const gold = article.gold.filter((g) => g.quoted === quoted);
  for (const q of system) {
    c.sys++;
    const span = asSpan(q);
    let best = null;
    let bestOverlap = 0;
    for (const g of gold) {
      const o = overlapSize(g.content, span);
      if (o > bestOverlap) [best, bestOverlap] = [g, o];
    }
    if (!best) continue;
    c.sysRight++;
    if (best.source.length) {
      c.speakerTotal++;
      if (anyOverlap(best.source, asSpan(q.speaker))) c.speakerRight++;
    }
    if (best.cue.length) {
      c.cueTotal++;
      if (anyOverlap(best.cue, asSpan(q.cue))) c.cueRight++;
    }
  }
  for (const g of gold) {
    c.gold++;
    if (system.some((q) => anyOverlap(g.content, asSpan(q)))) c.goldFound++;
  }
}

const pct = (a, b) => (b ? (100 * a) / b : 0);
function line(name, c) {
  const p = pct(c.sysRight, c.sys);
  const r = pct(c.goldFound, c.gold);
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  const f = (x) => x.toFixed(1).padStart(5);
  return `${name.padEnd(10)} P ${f(p)}  R ${f(r)}  F1 ${f(f1)}  (system ${c.sys}, gold ${c.gold})  ` +
    `speaker ${f(pct(c.speakerRight, c.speakerTotal))} (${c.speakerTotal})  cue ${f(pct(c.cueRight, c.cueTotal))} (${c.cueTotal})`;
}

const { dir, limit } = parseArguments(process.argv.slice(2));
const articles = loadSplit(dir, limit);
if (!articles.length) {
  console.error(`eval-quotes: no articles in ${dir}`);
  process.exit(2);
}
const annotator = await createAnnotator();
const quotations = newCounts();
const indirect = newCounts();
let bytes = 0;
let seconds = 0;
for (const article of articles) {
  const started = process.hrtime.bigint();
  const result = annotator.annotate(article.text, { offsets: "utf16" });
  seconds += Number(process.hrtime.bigint() - started) / 1e9;
  bytes += Buffer.byteLength(article.text, "utf8");
  score(article, result.quotes, true, quotations);
  score(article, result.quotes, false, indirect);
}
console.log(`${articles.length} articles, first annotator file of each, ` +
  `${(bytes / 1e6 / seconds).toFixed(1)} MB/s (whole pipeline, wasm, JSON included)`);
console.log(line("quotation", quotations));
console.log(line("indirect", indirect));
