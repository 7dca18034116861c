// Scores who said what against PolNeAR, through the shipped wasm (default) or
// the native build (--native: build/native/annotate_native).
//   node build-scripts/eval-quotes.mjs DIR [--limit N] [--native] [--show WHAT] [--read N]
//
// DIR is a PolNeAR split (text/*.txt, attributions/*.ann, brat standoff).
// When an article has several annotator files, the first by name is used.
// Brat offsets count code points; the annotator is asked for UTF-16 offsets
// (JS string indices) and gold offsets are converted to UTF-16 here.
//
// A gold attribution is quoted when its Content holds a quotation mark
// (“ ” " « » „ ‘ or '' — PolNeAR's NYT texts write '' for “), else indirect.
//  * who said what (the headline figure): every attribution the project
//    shows (direct, mixed and indirect; scare quotes are terms, not
//    attributions) is right when its span overlaps the Content of a gold
//    attribution AND its speaker overlaps that attribution's Source, or
//    belongs to an entity one of whose mentions overlaps that Source (a
//    Source that is a relative pronoun, "who", stands for the phrase just
//    before it; a Source that is only a speech verb, "said" — an annotation
//    slip on 5 attributions of the dev split — stands for the subject next
//    to it, "said Mulgrew"). An
//    attribution shown without a speaker is wrong when the gold names one.
//    Precision per kind and overall, and over the attributions that name a
//    speaker (what the sources panel lists); recall over gold attributions
//    with a Source (found: some shown attribution is right for it).
//  * quotation / indirect P/R/F1: content overlap only (direct+mixed against
//    quoted gold, indirect against unquoted gold), with speaker and cue
//    accuracy over the right ones (against the gold each overlaps most).
//  * direct spans: recall of the gold contents that are all quotation (open
//    and close with a mark: a speaker's own words, not the titles and terms
//    PolNeAR also quotes inside reported clauses, "supported Hillary
//    Clinton's “public option”") by direct and mixed quotations; precision
//    of those quotations against any quoted gold content.
//  * direct speaker: the same speaker accuracy over `direct` quotations only.
//  * indirect recall of gold with a speech cue: recall over the unquoted gold
//    attributions whose cue holds a speech verb of the project's lexicon
//    (README "What counts as speech"); PolNeAR also annotates beliefs, plans,
//    findings and acts, which the project does not report as speech.
// --show fp|fn|speaker|cue|ind-fp|ind-fn|ind-speaker|ind-cue|wrong prints
// examples of one kind of error; --read N lists, for the first N articles,
// every attribution shown with its verdict and every gold attribution missed.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { annotateAll } from "./annotate-all.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const QUOTE_MARKS = ['"', "“", "”", "«", "»", "„", "''", "‘"];
const USAGE =
  "usage: eval-quotes DIR [--limit N] [--native] [--show WHAT] [--read N]   " +
  "(DIR: a PolNeAR split with text/ and attributions/)";

function parseArguments(argv) {
  const options = { dir: undefined, limit: Infinity, native: false, show: "", read: 0 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--limit") options.limit = Number(argv[++i]);
    else if (a === "--read") options.read = Number(argv[++i]);
    else if (a === "--show") options.show = argv[++i] ?? "";
    else if (a === "--native") options.native = true;
    else if (!a.startsWith("--") && options.dir === undefined) options.dir = a;
    else options.dir = null;
  }
  if (!options.dir || Number.isNaN(options.limit) || Number.isNaN(options.read)) {
    console.error(USAGE);
    process.exit(2);
  }
  return options;
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
      const key = role.startsWith("Content")
        ? "content"
        : role.startsWith("Source")
          ? "source"
          : role.startsWith("Cue")
            ? "cue"
            : null;
      if (key && spans.has(target)) g[key].push(...spans.get(target));
    }
    if (!g.content.length) continue;
    g.quoted = g.content.some((s) => QUOTE_MARKS.some((m) => text.slice(s.begin, s.end).includes(m)));
    g.standIn = relativePronounAntecedent(text, g.source) ?? speechVerbSubject(text, g.source);
    gold.push(g);
  }
  return gold;
}

const RELATIVE_PRONOUNS = new Set(["who", "which", "that", "whom"]);

/**
 * PolNeAR marks a relative pronoun as the Source ("Mr. Kamin, who
 * emphasized that…"); a reader knows the speaker as its antecedent, the
 * phrase just before it. Returns a test of whether a span ending at `end` is
 * that phrase, or null when the Source is no relative pronoun.
 */
function relativePronounAntecedent(text, source) {
  if (source.length !== 1) return null;
  const { begin, end } = source[0];
  if (!RELATIVE_PRONOUNS.has(text.slice(begin, end).trim().toLowerCase())) return null;
  return (span) => span.end <= begin && /^[\s,]*$/.test(text.slice(span.end, begin));
}

/**
 * A few PolNeAR Sources mark the speech verb itself ("…,” [said] Mulgrew.),
 * an annotation slip: the speaker is the subject next to the verb, after it
 * when inverted (`said Mulgrew`) or before it (`Mulgrew said`). Returns a
 * test of whether a span is that subject, or null when the Source is no
 * single speech verb.
 */
function speechVerbSubject(text, source) {
  if (source.length !== 1) return null;
  const { begin, end } = source[0];
  if (!SPEECH_VERBS.has(text.slice(begin, end).trim().toLowerCase())) return null;
  return (span) =>
    (span.begin >= end && /^\s*$/.test(text.slice(end, span.begin))) ||
    (span.end <= begin && /^\s*$/.test(text.slice(span.end, begin)));
}

function loadSplit(dir, limit) {
  const articles = [];
  let previous = null;
  for (const file of readdirSync(path.join(dir, "attributions"))
    .filter((f) => f.endsWith(".ann"))
    .sort()) {
    const base = file.slice(0, file.lastIndexOf("_"));
    if (base === previous) continue; // another annotator of the same article
    previous = base;
    if (articles.length >= limit) break;
    const textPath = path.join(dir, "text", `${base}.txt`);
    const text = readFileSync(textPath, "utf8");
    const gold = parseAnn(readFileSync(path.join(dir, "attributions", file), "utf8"), text);
    articles.push({ name: base, textPath, text, gold });
  }
  return articles;
}

const overlaps = (a, b) => a.begin < b.end && b.begin < a.end;
const anyOverlap = (spans, s) => s !== null && spans.some((g) => overlaps(g, s));
const overlapSize = (spans, s) =>
  spans.reduce((n, g) => n + (overlaps(g, s) ? Math.min(g.end, s.end) - Math.max(g.begin, s.begin) : 0), 0);
const asSpan = (x) => (x ? { begin: x.start, end: x.end } : null);
const isQuotation = (q) => q.kind === "direct" || q.kind === "mixed";
const ATTRIBUTION_KINDS = ["direct", "mixed", "indirect"];

/** Does the shown speaker name the gold Source, itself or through its entity? */
function speakerMatches(result, quote, gold) {
  if (!quote.speaker || !gold.source.length) return false;
  const names = (span) => anyOverlap(gold.source, span) || (gold.standIn !== null && gold.standIn(span));
  if (names(asSpan(quote.speaker))) return true;
  const entity = quote.speaker.entity;
  if (entity === null) return false;
  return result.entities[entity].mentions.some((m) => names(asSpan(result.mentions[m])));
}

/** The gold attribution that overlaps `span` most among `gold`, or null. */
function bestOverlap(gold, span) {
  let best = null;
  let most = 0;
  for (const g of gold) {
    const o = overlapSize(g.content, span);
    if (o > most) [best, most] = [g, o];
  }
  return best;
}

function newCounts() {
  return {
    sys: 0,
    sysRight: 0,
    gold: 0,
    goldFound: 0,
    speechGold: 0,
    speechFound: 0,
    speakerTotal: 0,
    speakerRight: 0,
    cueTotal: 0,
    cueRight: 0,
  };
}

function context(text, span, margin = 80) {
  const b = Math.max(0, span.begin - margin);
  const e = Math.min(text.length, span.end + margin);
  return (text.slice(b, span.begin) + "[[" + text.slice(span.begin, span.end) + "]]" + text.slice(span.end, e)).replace(
    /\n/g,
    " ",
  );
}
const spanText = (text, spans) => spans.map((s) => text.slice(s.begin, s.end)).join(" … ");

/**
 * The word forms the project counts as speech verbs, read from the lexicon
 * itself (src/attribution/lexicon.cc), so that recall can also be measured
 * on the gold attributions that fall under the project's notion of speech.
 */
function speechVerbForms() {
  const source = readFileSync(path.join(ROOT, "src/attribution/lexicon.cc"), "utf8");
  const forms = new Set();
  for (const list of ["kSpeechVerbs", "kNeedsThatClause"]) {
    const body = new RegExp(`${list}\\[\\] = \\{([\\s\\S]*?)\\n\\};`).exec(source)[1];
    for (const [, words] of body.matchAll(/"([^"]*)"/g)) for (const w of words.split(" ")) forms.add(w);
  }
  return forms;
}
const SPEECH_VERBS = speechVerbForms();

/** Whether a gold attribution's cue is speech as the project defines it. */
function isSpeechCued(text, gold) {
  const cue = spanText(text, gold.cue).toLowerCase();
  if (/\bcall(s|ed|ing)? (for|on|upon)\b/.test(cue)) return true;
  return (cue.match(/[a-z]+/g) ?? []).some((w) => SPEECH_VERBS.has(w));
}

/** Content-overlap scores of one family of attributions (quoted or not). */
function scoreFamily(article, result, quoted, counts, show) {
  const system = result.quotes.filter((q) => (quoted ? isQuotation(q) : q.kind === "indirect"));
  const gold = article.gold.filter((g) => g.quoted === quoted);
  const prefix = quoted ? "" : "ind-";
  for (const q of system) {
    counts.sys++;
    const best = bestOverlap(gold, asSpan(q));
    if (!best) {
      if (show === `${prefix}fp`) console.log(`FP ${article.name} ${q.kind}: ${context(article.text, asSpan(q))}`);
      continue;
    }
    counts.sysRight++;
    if (best.source.length) {
      counts.speakerTotal++;
      const right = speakerMatches(result, q, best);
      if (right) counts.speakerRight++;
      else if (show === `${prefix}speaker`) {
        console.log(
          `SPEAKER ${article.name} shown=[${q.speaker?.text ?? ""}] gold=[${spanText(article.text, best.source)}]: ` +
            context(article.text, asSpan(q), 150),
        );
      }
    }
    if (best.cue.length) {
      counts.cueTotal++;
      if (anyOverlap(best.cue, asSpan(q.cue))) counts.cueRight++;
      else if (show === `${prefix}cue`) {
        console.log(
          `CUE ${article.name} shown=[${q.cue?.text ?? ""}] gold=[${spanText(article.text, best.cue)}]: ` +
            context(article.text, asSpan(q), 150),
        );
      }
    }
  }
  for (const g of gold) {
    counts.gold++;
    const found = system.some((q) => anyOverlap(g.content, asSpan(q)));
    if (isSpeechCued(article.text, g)) {
      counts.speechGold++;
      if (found) counts.speechFound++;
    }
    if (found) counts.goldFound++;
    else if (show === `${prefix}fn`) {
      console.log(`FN ${article.name} cue=[${spanText(article.text, g.cue)}]: ${context(article.text, g.content[0])}`);
    }
  }
}

/** A gold content that is all quotation: it opens and closes with a quotation mark. */
const OPENING = /^["“«„‘']|^''/;
const CLOSING = /["”»“’']$|''$/;
function isDirectGold(text, gold) {
  const content = spanText(text, gold.content)
    .trim()
    .replace(/[.,;:!?—–-]+$/, "");
  return OPENING.test(content) && CLOSING.test(content);
}

/** Span P/R of direct and mixed quotations against gold contents that are all quotation. */
function scoreDirectSpans(article, result, counts) {
  const system = result.quotes.filter(isQuotation);
  const gold = article.gold.filter((g) => g.quoted && isDirectGold(article.text, g));
  for (const q of system) {
    counts.sys++;
    if (article.gold.some((g) => g.quoted && anyOverlap(g.content, asSpan(q)))) counts.sysRight++;
  }
  for (const g of gold) {
    counts.gold++;
    if (system.some((q) => anyOverlap(g.content, asSpan(q)))) counts.goldFound++;
  }
}

/** The headline score: content and speaker right, over every kind shown. */
function scoreWhoSaidWhat(article, result, wsw, options) {
  const shown = result.quotes.filter((q) => ATTRIBUTION_KINDS.includes(q.kind));
  const verdicts = [];
  for (const q of shown) {
    const span = asSpan(q);
    const candidates = article.gold.filter((g) => anyOverlap(g.content, span));
    // Right when some overlapping gold attribution has this speaker; one
    // with no Source accepts an attribution shown without a speaker.
    const right = candidates.some((g) => (g.source.length ? speakerMatches(result, q, g) : !q.speaker));
    const byKind = wsw.kinds[q.kind];
    byKind.shown++;
    if (right) byKind.right++;
    if (q.speaker) {
      byKind.named++;
      if (right) byKind.namedRight++;
    } else {
      wsw.unattributed++;
    }
    verdicts.push({ q, right, candidates });
    if (!right && options.show === "wrong") {
      const gold = candidates.length
        ? candidates.map((g) => spanText(article.text, g.source) || "(none)").join(" | ")
        : "(no gold content)";
      console.log(
        `WRONG ${article.name} ${q.kind} speaker=[${q.speaker?.text ?? ""}] cue=[${q.cue?.text ?? ""}] gold=[${gold}]: ` +
          context(article.text, span, 60),
      );
    }
  }
  const missed = [];
  for (const g of article.gold) {
    if (!g.source.length) continue;
    wsw.gold++;
    const found = shown.some((q) => anyOverlap(g.content, asSpan(q)) && speakerMatches(result, q, g));
    if (found) wsw.found++;
    else missed.push(g);
  }
  return { verdicts, missed };
}

function readArticle(article, { verdicts, missed }) {
  console.log(`\n=== ${article.name}`);
  for (const { q, right } of verdicts) {
    const content = article.text.slice(q.start, q.end).replace(/\n/g, " ");
    console.log(
      `${right ? "  ok " : "  XX "} ${q.kind.padEnd(8)} ${(q.speaker?.text ?? "—").padEnd(22).slice(0, 22)} ` +
        `${(q.cue?.text ?? "—").padEnd(12).slice(0, 12)} ${content.slice(0, 110)}`,
    );
  }
  for (const g of missed) {
    const content = spanText(article.text, g.content).replace(/\n/g, " ");
    console.log(
      `  miss ${(g.quoted ? "quoted" : "indirect").padEnd(8)} ${spanText(article.text, g.source).padEnd(22).slice(0, 22)} ` +
        `${spanText(article.text, g.cue).padEnd(12).slice(0, 12)} ${content.slice(0, 110)}`,
    );
  }
}

const pct = (a, b) => (b ? (100 * a) / b : 0);
const f = (x) => x.toFixed(1).padStart(5);
const f1 = (p, r) => (p + r ? (2 * p * r) / (p + r) : 0);
function familyLine(name, c) {
  const p = pct(c.sysRight, c.sys);
  const r = pct(c.goldFound, c.gold);
  return (
    `${name.padEnd(14)} P ${f(p)}  R ${f(r)}  F1 ${f(f1(p, r))}  (shown ${c.sys}, gold ${c.gold})  ` +
    `speaker ${f(pct(c.speakerRight, c.speakerTotal))} (${c.speakerTotal})  cue ${f(pct(c.cueRight, c.cueTotal))} (${c.cueTotal})`
  );
}

const options = parseArguments(process.argv.slice(2));
const articles = loadSplit(options.dir, options.limit);
if (!articles.length) {
  console.error(`eval-quotes: no articles in ${options.dir}`);
  process.exit(2);
}
const { results, engine } = await annotateAll(articles, options.native);
const quotations = newCounts();
const indirect = newCounts();
const direct = newCounts();
const directSpans = newCounts();
const wsw = {
  kinds: Object.fromEntries(ATTRIBUTION_KINDS.map((k) => [k, { shown: 0, right: 0, named: 0, namedRight: 0 }])),
  gold: 0,
  found: 0,
  unattributed: 0,
};
articles.forEach((article, i) => {
  const result = results[i];
  if (result.error) throw new Error(`${article.name}: ${result.error}`);
  scoreFamily(article, result, true, quotations, options.show);
  scoreFamily(article, result, false, indirect, options.show);
  scoreFamily(article, { ...result, quotes: result.quotes.filter((q) => q.kind === "direct") }, true, direct, "");
  scoreDirectSpans(article, result, directSpans);
  const verdicts = scoreWhoSaidWhat(article, result, wsw, options);
  if (i < options.read) readArticle(article, verdicts);
});

const total = (field) => ATTRIBUTION_KINDS.reduce((n, k) => n + wsw.kinds[k][field], 0);
const p = pct(total("right"), total("shown"));
const r = pct(wsw.found, wsw.gold);
console.log(`${articles.length} articles, first annotator file of each (${engine})`);
console.log(
  `who said what  P ${f(p)}  R ${f(r)}  F1 ${f(f1(p, r))}  (shown ${total("shown")}, right ${total("right")}; ` +
    `gold with a source ${wsw.gold}, found ${wsw.found})`,
);
console.log(
  `  naming a speaker P ${f(pct(total("namedRight"), total("named")))}  (shown ${total("named")}, ` +
    `right ${total("namedRight")}; shown without a speaker ${wsw.unattributed})`,
);
for (const kind of ATTRIBUTION_KINDS) {
  const k = wsw.kinds[kind];
  console.log(
    `  ${kind.padEnd(12)} P ${f(pct(k.right, k.shown))}  (shown ${k.shown}, right ${k.right}; ` +
      `naming a speaker P ${f(pct(k.namedRight, k.named))} of ${k.named})`,
  );
}
console.log(familyLine("quotation", quotations));
{
  const p = pct(directSpans.sysRight, directSpans.sys);
  const r = pct(directSpans.goldFound, directSpans.gold);
  console.log(
    `  direct spans  P ${f(p)}  R ${f(r)}  F1 ${f(f1(p, r))}  (gold contents that are all quotation: ${directSpans.gold})`,
  );
}
console.log(familyLine("indirect", indirect));
console.log(
  `  indirect recall of gold with a speech cue ${f(pct(indirect.speechFound, indirect.speechGold))} ` +
    `(${indirect.speechFound} of ${indirect.speechGold}; the rest are beliefs, plans, findings, acts)`,
);
console.log(
  `direct speaker ${f(pct(direct.speakerRight, direct.speakerTotal))} (${direct.speakerTotal})  ` +
    `cue ${f(pct(direct.cueRight, direct.cueTotal))} (${direct.cueTotal})`,
);
