// Exports of a (corrected) result: JSON in the result schema, CSV of
// mentions and of quotations, and W3C Web Annotation JSON-LD. Pure functions
// of the text and the result; the page downloads what they return.

import { entityById, speakerName } from './render.js';

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

/** The result schema (offsets in UTF-16 units), with what made it: the annotator and the corrections. */
export function resultJson(result, { version, corrections }) {
  const { mentions, entities, quotes, sentences, paragraphs, title, boilerplate } = result;
  const annotator = { version, offsets: 'utf16', corrections };
  return JSON.stringify({ mentions, entities, quotes, sentences, paragraphs, title, boilerplate, annotator }, null, 2);
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
  let s = value == null ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV file: a header row and one row per record, CRLF line ends, a BOM so spreadsheets read UTF-8. */
function csv(columns, records) {
  const rows = [columns.map(([name]) => name)];
  for (const record of records) rows.push(columns.map(([, get]) => get(record)));
  return `\ufeff${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** Offset columns in both units: UTF-16 (JavaScript) and code points (Python and most others). */
function offsetColumns(toCodePoints) {
  return [
    ['start_utf16', (r) => r.start],
    ['end_utf16', (r) => r.end],
    ['start_codepoint', (r) => toCodePoints(r.start)],
    ['end_codepoint', (r) => toCodePoints(r.end)],
  ];
}

const spanOffsets = (spans) => spans.flatMap((s) => [s.start, s.end]);

export function mentionsCsv(text, result) {
  const toCodePoints = codePointConverter(text, spanOffsets(result.mentions));
  return csv([
    ...offsetColumns(toCodePoints),
    ['text', (m) => m.text],
    ['type', (m) => m.type],
    ['entity_id', (m) => m.entity ?? ''],
    ['entity_name', (m) => entityById(result, m.entity)?.name ?? ''],
    ['boilerplate', (m) => (m.boilerplate ? 'yes' : 'no')],
    ['corrected', (m) => m.corrected ?? ''],
  ], result.mentions);
}

export function quotesCsv(text, result) {
  const toCodePoints = codePointConverter(text, spanOffsets(result.quotes));
  return csv([
    ...offsetColumns(toCodePoints),
    ['kind', (q) => q.kind],
    ['speaker', (q) => speakerName(q, result)],
    ['speaker_entity_id', (q) => q.speaker?.entity ?? ''],
    ['speaker_text', (q) => q.speaker?.text ?? ''],
    ['cue', (q) => q.cue?.text ?? ''],
    ['text', (q) => q.text],
    ['boilerplate', (q) => (q.boilerplate ? 'yes' : 'no')],
    ['corrected', (q) => q.corrected ?? ''],
  ], result.quotes);
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
  return { type: 'TextualBody', purpose: 'tagging', format: 'text/plain', value };
}

function describe(value) {
  return { type: 'TextualBody', purpose: 'describing', format: 'text/plain', value };
}

/**
 * A W3C Web Annotation collection: one annotation per mention and per
 * quotation (tagged "boilerplate" too when it lies in page clutter), one for
 * the title and one per block of page clutter (tagged "boilerplate:<kind>"),
 * each targeting `source` with a TextQuoteSelector and a TextPositionSelector
 * (whose offsets count code points, as the model requires).
 */
export function webAnnotations(text, result, { source, label }) {
  const title = result.title && result.title.end > result.title.start ? [result.title] : [];
  const blocks = [...result.boilerplate];
  const toCodePoints = codePointConverter(text, [
    ...spanOffsets(result.mentions), ...spanOffsets(result.quotes), ...spanOffsets(title), ...spanOffsets(blocks),
  ]);
  const target = (span) => ({
    source,
    selector: [
      { type: 'TextQuoteSelector', exact: text.slice(span.start, span.end),
        prefix: contextBefore(text, span.start), suffix: contextAfter(text, span.end) },
      { type: 'TextPositionSelector', start: toCodePoints(span.start), end: toCodePoints(span.end) },
    ],
  });

  const items = [];
  result.mentions.forEach((m, i) => {
    const entity = entityById(result, m.entity);
    items.push({
      id: `${source}#mention-${i}`,
      type: 'Annotation',
      motivation: 'tagging',
      body: [tag(m.type), ...(m.boilerplate ? [tag('boilerplate')] : []), ...(entity ? [describe(`Entity: ${entity.name}`)] : [])],
      target: target(m),
    });
  });
  result.quotes.forEach((q, i) => {
    const speaker = speakerName(q, result);
    items.push({
      id: `${source}#quotation-${i}`,
      type: 'Annotation',
      motivation: 'describing',
      body: [tag(`quotation:${q.kind}`), ...(q.boilerplate ? [tag('boilerplate')] : []),
        describe(speaker ? `Speaker: ${speaker}` : 'Speaker: unknown')],
      target: target(q),
    });
  });
  for (const t of title) {
    items.push({ id: `${source}#title`, type: 'Annotation', motivation: 'classifying', body: [tag('title')], target: target(t) });
  }
  blocks.forEach((b, i) => {
    items.push({
      id: `${source}#boilerplate-${i}`,
      type: 'Annotation',
      motivation: 'classifying',
      body: [tag(`boilerplate:${b.kind}`)],
      target: target(b),
    });
  });
  return JSON.stringify({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${source}#annotations`,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { id: `${source}#annotations-page-0`, type: 'AnnotationPage', startIndex: 0, items },
  }, null, 2);
}
