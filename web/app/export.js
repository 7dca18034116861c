// Exports of a (corrected) result: JSON in the result schema, CSV of
// mentions, quotations, entities and sources, and W3C Web Annotation
// JSON-LD. Pure functions of the text and the result; the page downloads
// what they return. Each says what made it and of which article:
//
//   article = {title, url, version, key}
//
// (url and title as the reader gave them, or ''; version: the annotator's,
// which names the core and its models; key: the text's hash.)

import { entityById, speakerName } from "../shared/result.js";
import { collectSources } from "./sources.js";
import { QUOTE_KIND_SHORT } from "../shared/labels.js";
import { RESULT_KEYS } from "./compact.js";

/**
 * Code point offsets for UTF-16 offsets, in one pass over the text.
 * Returns a function from a UTF-16 offset (one of `offsets`) to code points.
 */
export function codePointConverter(text, offsets) {
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const map = new Map();
  let units = 0;
  let points = 0;
  for (const target of sorted) {
    while (units < target) {
      const c = text.charCodeAt(units);
      const pair = c >= 0xd800 && c <= 0xdbff && isLow(text.charCodeAt(units + 1));
      units += pair ? 2 : 1;
      points++;
    }
    // An offset inside a surrogate pair counts as the pair's code point.
    map.set(target, units > target ? points - 1 : points);
  }
  return (offset) => map.get(offset);
}

const isLow = (c) => c >= 0xdc00 && c <= 0xdfff;

// ------------------------------------------------------------------ JSON

/**
 * The result schema (offsets in UTF-16 units), then what made it (the
 * annotator and the reader's corrections) and of which article.
 */
export function resultJson(result, article, corrections) {
  const schema = Object.fromEntries(RESULT_KEYS.map((key) => [key, result[key]]));
  const annotator = { version: article.version, offsets: "utf16", corrections };
  const source = { title: article.title, url: article.url, key: article.key };
  return JSON.stringify({ ...schema, annotator, article: source }, null, 2);
}

// ------------------------------------------------------------------ CSV

/**
 * One CSV field, quoted when it holds a comma, a quote or a line break (RFC
 * 4180). A text a spreadsheet would run as a formula (starting with =, +, -,
 * @, a tab or a carriage return: "=cmd|' /C calc'", "@SUM(1)") gets a
 * leading apostrophe, as OWASP's guidance on CSV injection says, so it
 * stays text.
 */
export function csvField(value) {
  let s = value == null ? "" : String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A CSV file: a header row and one row per record, CRLF line ends, a BOM so
 * spreadsheets read UTF-8. Every row ends with the article and the
 * annotator's version, so that the CSVs of several articles can be joined.
 */
function csv(columns, records, article) {
  columns = [
    ...columns,
    ["article_title", () => article.title],
    ["article_url", () => article.url],
    ["annotator_version", () => article.version],
  ];
  const rows = [columns.map(([name]) => name)];
  for (const record of records) rows.push(columns.map(([, get]) => get(record)));
  return `\ufeff${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

/** Offset columns in both units: UTF-16 (JavaScript) and code points (Python and most others). */
function offsetColumns(toCodePoints) {
  return [
    ["start_utf16", (r) => r.start],
    ["end_utf16", (r) => r.end],
    ["start_codepoint", (r) => toCodePoints(r.start)],
    ["end_codepoint", (r) => toCodePoints(r.end)],
  ];
}

const spanOffsets = (spans) => spans.flatMap((s) => [s.start, s.end]);

export function mentionsCsv(text, result, article) {
  const toCodePoints = codePointConverter(text, spanOffsets(result.mentions));
  return csv(
    [
      ...offsetColumns(toCodePoints),
      ["text", (m) => m.text],
      ["type", (m) => m.type],
      ["entity_id", (m) => m.entity ?? ""],
      ["entity_name", (m) => entityById(result, m.entity)?.name ?? ""],
      ["boilerplate", (m) => (m.boilerplate ? "yes" : "no")],
      ["corrected", (m) => m.corrected ?? ""],
    ],
    result.mentions,
    article,
  );
}

export function quotesCsv(text, result, article) {
  const toCodePoints = codePointConverter(text, spanOffsets(result.quotes));
  return csv(
    [
      ...offsetColumns(toCodePoints),
      ["kind", (q) => q.kind],
      ["speaker", (q) => speakerName(q, result)],
      ["speaker_entity_id", (q) => q.speaker?.entity ?? ""],
      ["speaker_text", (q) => q.speaker?.text ?? ""],
      ["cue", (q) => q.cue?.text ?? ""],
      ["text", (q) => q.text],
      ["boilerplate", (q) => (q.boilerplate ? "yes" : "no")],
      ["corrected", (q) => q.corrected ?? ""],
    ],
    result.quotes,
    article,
  );
}

/**
 * The entities, most central first: name, type, how many mentions (in the
 * story, and in page clutter), salience, and the forms of the name.
 */
export function entitiesCsv(text, result, article) {
  const entities = result.entities.filter((e) => e.mentions.length).sort((a, b) => b.salience - a.salience);
  const inClutter = (e) => e.mentions.filter((mi) => result.mentions[mi].boilerplate).length;
  return csv(
    [
      ["entity_id", (e) => e.id],
      ["name", (e) => e.name],
      ["type", (e) => e.type],
      ["mentions", (e) => e.mentions.length - inClutter(e)],
      ["mentions_in_clutter", inClutter],
      ["salience", (e) => Number(e.salience).toFixed(4)],
      ["forms", (e) => [...new Set(e.mentions.map((mi) => result.mentions[mi].text))].join("; ")],
      ["corrected", (e) => e.corrected ?? ""],
    ],
    entities,
    article,
  );
}

/**
 * The sources, as the page's panel has them (sources.js): who is quoted
 * (named, then described, then the quotations without a speaker), how
 * often, at what length, and how (direct 2; reported 1).
 */
export function sourcesCsv(text, result, article) {
  const run = collectSources(text, result);
  let step = run.next();
  while (!step.done) step = run.next();
  const { sources, descriptions, unattributed } = step.value;
  const all = [...sources, ...descriptions, ...(unattributed ? [unattributed] : [])];
  const kinds = (source) => {
    const counts = new Map();
    for (const qi of source.quotes) {
      const kind = QUOTE_KIND_SHORT[result.quotes[qi].kind] ?? result.quotes[qi].kind;
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    return [...counts].map(([kind, n]) => `${kind} ${n}`).join("; ");
  };
  return csv(
    [
      ["speaker", (s) => s.name],
      ["speaker_kind", (s) => (s === unattributed ? "none" : s.described ? "described" : "named")],
      ["entity_id", (s) => s.entity ?? ""],
      ["entity_type", (s) => entityById(result, s.entity)?.type ?? ""],
      ["quotations", (s) => s.quotes.length],
      ["words", (s) => s.words],
      ["kinds", kinds],
    ],
    all,
    article,
  );
}

// ------------------------------------------------------------------ W3C Web Annotation

const CONTEXT_CHARS = 32;

/** Up to CONTEXT_CHARS UTF-16 units before (or after) an offset, widened so that no surrogate pair is cut. */
function contextBefore(text, offset) {
  let from = Math.max(0, offset - CONTEXT_CHARS);
  if (from > 0 && isLow(text.charCodeAt(from))) from--;
  return text.slice(from, offset);
}

function contextAfter(text, offset) {
  let to = Math.min(text.length, offset + CONTEXT_CHARS);
  if (to < text.length && isLow(text.charCodeAt(to))) to++;
  return text.slice(offset, to);
}

function tag(value) {
  return { type: "TextualBody", purpose: "tagging", format: "text/plain", value };
}

function describe(value) {
  return { type: "TextualBody", purpose: "describing", format: "text/plain", value };
}

/** The annotator as the W3C model's Software agent that generated the annotations. */
function generator(article) {
  return {
    id: `urn:article-annotator:version:${encodeURIComponent(article.version || "unknown")}`,
    type: "Software",
    name: `Article Annotator ${article.version}`.trim(),
  };
}

/**
 * A W3C Web Annotation collection: one annotation per mention and per
 * quotation (tagged "boilerplate" too when it lies in page clutter), one for
 * the title and one per block of page clutter (tagged "boilerplate:<kind>"),
 * each targeting the article (its URL when the reader gave one, else a URN
 * of its text's hash) with a TextQuoteSelector and a TextPositionSelector
 * (whose offsets count code points, as the model requires). A quotation's
 * speaker and cue are bodies of their own, SpecificResources with their
 * selectors: the speaker's purpose is "identifying", the cue's
 * "classifying", and their styleClass says which ("speaker", "cue"). Each
 * annotation names the annotator that generated it.
 */
export function webAnnotations(text, result, article) {
  const textUrn = `urn:article-annotator:text:${article.key}`;
  const source = article.url || textUrn;
  const title = result.title && result.title.end > result.title.start ? [result.title] : [];
  const blocks = [...result.boilerplate];
  const speakers = result.quotes.map((q) => q.speaker).filter((s) => s && s.end > s.start);
  const cues = result.quotes.map((q) => q.cue).filter((c) => c && c.end > c.start);
  const toCodePoints = codePointConverter(text, [
    ...spanOffsets(result.mentions),
    ...spanOffsets(result.quotes),
    ...spanOffsets(title),
    ...spanOffsets(blocks),
    ...spanOffsets(speakers),
    ...spanOffsets(cues),
  ]);
  const selectors = (span) => [
    {
      type: "TextQuoteSelector",
      exact: text.slice(span.start, span.end),
      prefix: contextBefore(text, span.start),
      suffix: contextAfter(text, span.end),
    },
    { type: "TextPositionSelector", start: toCodePoints(span.start), end: toCodePoints(span.end) },
  ];
  const target = (span) => ({ source, selector: selectors(span) });
  const agent = generator(article);
  const annotation = (name, motivation, body, span) => ({
    id: `${textUrn}#${name}`,
    type: "Annotation",
    motivation,
    generator: agent.id,
    body,
    target: target(span),
  });
  const part = (role, purpose, span) => ({
    type: "SpecificResource",
    purpose,
    styleClass: role,
    source,
    selector: selectors(span),
  });

  const items = [];
  result.mentions.forEach((m, i) => {
    const entity = entityById(result, m.entity);
    items.push(
      annotation(
        `mention-${i}`,
        "tagging",
        [
          tag(m.type),
          ...(m.boilerplate ? [tag("boilerplate")] : []),
          ...(entity ? [describe(`Entity: ${entity.name}`)] : []),
        ],
        m,
      ),
    );
  });
  result.quotes.forEach((q, i) => {
    const speaker = speakerName(q, result);
    const body = [
      tag(`quotation:${q.kind}`),
      ...(q.boilerplate ? [tag("boilerplate")] : []),
      describe(speaker ? `Speaker: ${speaker}` : "Speaker: unknown"),
    ];
    if (q.speaker && q.speaker.end > q.speaker.start) body.push(part("speaker", "identifying", q.speaker));
    if (q.cue && q.cue.end > q.cue.start) body.push(part("cue", "classifying", q.cue));
    items.push(annotation(`quotation-${i}`, "describing", body, q));
  });
  for (const t of title) items.push(annotation("title", "classifying", [tag("title")], t));
  blocks.forEach((b, i) =>
    items.push(annotation(`boilerplate-${i}`, "classifying", [tag(`boilerplate:${b.kind}`)], b)),
  );
  return JSON.stringify(
    {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: `${textUrn}#annotations`,
      type: "AnnotationCollection",
      label: article.label,
      generator: agent,
      total: items.length,
      first: { id: `${textUrn}#annotations-page-0`, type: "AnnotationPage", startIndex: 0, items },
    },
    null,
    2,
  );
}
