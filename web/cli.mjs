#!/usr/bin/env node
// Command line over the same wasm the page ships.
//   cli.mjs FILE             the article with coloured highlights, then mentions and quotations
//   cli.mjs --json FILE      the result as JSON ("-" reads standard input)
//   cli.mjs --jsonl          {"id","text"} lines on standard input -> {"id",...result} lines, in order
// Options: --offsets utf16|codepoint|utf8, --color / --no-color.
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { createAnnotator } from "./annotator.js";
import { notTextReason } from "./text-check.js";
import { ENTITY_TYPES } from "./shared/entity-types.js";
import { NOT_ENGLISH } from "./shared/labels.js";

const USAGE = `usage: annotate [--json | --jsonl] [--offsets utf16|codepoint|utf8] [--color | --no-color] [FILE | -]
  FILE        an article as plain UTF-8 text ("-" for standard input)
  --json      print the result as JSON
  --jsonl     read {"id","text"} lines on standard input, write one {"id",...result} line each
  --offsets   unit of every offset (default utf16, as JS strings index)
  --color     colours even when output is not a terminal
  --no-color  plain text output (also when NO_COLOR is set or output is not a terminal)`;

// One colour per type (xterm's 256), from the table of entity types.
const TYPE_COLORS = Object.fromEntries(ENTITY_TYPES.map((type) => [type.code, `38;5;${type.ansi}`]));
const QUOTE_STYLE = "3;4"; // italic, underlined

function parseArguments(argv) {
  const options = { mode: "pretty", offsets: "utf16", color: undefined, file: undefined };
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    if (argument === "--json") options.mode = "json";
    else if (argument === "--jsonl") options.mode = "jsonl";
    else if (argument === "--no-color") options.color = false;
    else if (argument === "--color") options.color = true;
    else if (argument === "--offsets") {
      options.offsets = argv[++i];
      if (options.offsets === undefined) throw new UsageError("--offsets needs a unit");
    } else if (argument.startsWith("--offsets=")) options.offsets = argument.slice("--offsets=".length);
    else if (argument === "-h" || argument === "--help") options.mode = "help";
    else if (argument.startsWith("-") && argument !== "-") throw new UsageError(`unknown option ${argument}`);
    else if (options.file === undefined) options.file = argument;
    else throw new UsageError(`one FILE at a time (got ${options.file} and ${argument})`);
  }
  if (options.mode !== "jsonl" && options.mode !== "help" && options.file === undefined) {
    throw new UsageError("no FILE given");
  }
  if (!["utf16", "codepoint", "utf8"].includes(options.offsets)) {
    throw new UsageError(`--offsets must be utf16, codepoint or utf8, not ${JSON.stringify(options.offsets)}`);
  }
  options.color ??= process.stdout.isTTY === true && !process.env.NO_COLOR;
  return options;
}

class UsageError extends Error {}

function readArticle(file) {
  let bytes;
  try {
    bytes = readFileSync(file === "-" ? 0 : file);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${error.code ?? error.message}`);
  }
  const reason = notTextReason(bytes);
  if (reason) throw new UsageError(`${file} was not annotated: ${reason}`);
  try {
    // fatal: bad bytes are an error, never silently replaced. A byte-order
    // mark stays, as U+FEFF, so that offsets index the file as read (as the
    // native tool's do).
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new UsageError(`${file} is not valid UTF-8 text`);
  }
}

/**
 * Control characters shown as visible symbols, so that an article cannot
 * drive the terminal (escape sequences that retitle, clear or link). Each is
 * replaced by one UTF-16 unit, so offsets into the text still hold.
 */
function visible(text) {
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code); // ␀ … ␟
    return code === 0x7f ? "\u2421" : "\ufffd";
  });
}

/**
 * The article with its mentions coloured and its quotations underlined;
 * `result` must have UTF-16 offsets. Spans may nest or cross: each stretch
 * of text gets the styles of every span open over it, in the order they opened.
 */
function renderArticle(text, result, color) {
  if (!color) return text;
  const spans = [
    ...result.quotes.map((q) => ({ start: q.start, end: q.end, code: QUOTE_STYLE })),
    ...result.mentions.map((m) => ({ start: m.start, end: m.end, code: TYPE_COLORS[m.type] })),
  ];
  const events = []; // [offset, isOpen, span]: closes sort before opens at one offset
  for (const span of spans) events.push([span.start, 1, span], [span.end, 0, span]);
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const open = [];
  let out = "";
  let position = 0;
  for (const [offset, isOpen, span] of events) {
    out += text.slice(position, offset);
    position = offset;
    if (isOpen) open.push(span);
    else open.splice(open.indexOf(span), 1);
    out += "\x1b[0m" + open.map((s) => `\x1b[${s.code}m`).join("");
  }
  return out + text.slice(position);
}

function describeQuote(quote) {
  const speaker = quote.speaker ? quote.speaker.text : "(no speaker)";
  const cue = quote.cue ? ` [${quote.cue.text}]` : "";
  return `${quote.start}-${quote.end}\t${quote.kind}\t${speaker}${cue}\t${quote.text.replace(/\s+/g, " ")}`;
}

/** `highlighted` has UTF-16 offsets for colouring; `result` those the caller asked for. */
function printPretty(text, result, highlighted, color) {
  const lines = [""];
  if (result.language !== "en") {
    lines.push(NOT_ENGLISH, "");
  }
  lines.push(`Mentions (${result.mentions.length}):`);
  for (const m of result.mentions)
    lines.push(`${m.start}-${m.end}\t${m.type}\t${m.text}${m.boilerplate ? "\t(boilerplate)" : ""}`);
  if (result.entities.length) {
    lines.push("", `Entities (${result.entities.length}):`);
    for (const e of result.entities)
      lines.push(`${e.salience.toFixed(3)}\t${e.type}\t${e.name}\t${e.mentions.length} mentions`);
  }
  lines.push("", `Quotations (${result.quotes.length}):`);
  for (const q of result.quotes) lines.push(describeQuote(q));
  const article = renderArticle(visible(text), highlighted, color);
  process.stdout.write(article + visible(lines.join("\n")) + "\n");
}

/** Batch mode: one result line per input line, in input order; a bad line gets an error line. */
async function runJsonLines(annotator, offsets) {
  let failures = 0;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === "") continue;
    let id = null;
    let output;
    try {
      const record = JSON.parse(line);
      id = record?.id ?? null;
      if (typeof record?.text !== "string") throw new Error(`line ${lineNumber}: "text" must be a string`);
      output = { id, ...annotator.annotate(record.text, { offsets }) };
    } catch (error) {
      failures++;
      output = {
        id,
        error: error instanceof SyntaxError ? `line ${lineNumber}: not JSON (${error.message})` : error.message,
      };
    }
    if (!process.stdout.write(JSON.stringify(output) + "\n")) {
      await new Promise((resolve) => process.stdout.once("drain", resolve));
    }
  }
  if (failures) process.stderr.write(`annotate: ${failures} line(s) failed; see their "error" fields\n`);
  return failures ? 1 : 0;
}

async function main(argv) {
  let options;
  try {
    options = parseArguments(argv);
  } catch (error) {
    process.stderr.write(`annotate: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  if (options.mode === "help") {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  const annotator = await createAnnotator();
  if (options.mode === "jsonl") return runJsonLines(annotator, options.offsets);
  let text;
  let result;
  try {
    text = readArticle(options.file);
    result = annotator.annotate(text, { offsets: options.offsets });
  } catch (error) {
    process.stderr.write(`annotate: ${error.message}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
  if (options.mode === "json") {
    process.stdout.write(JSON.stringify(result, null, 2) + "\n");
  } else {
    const highlighted = options.offsets === "utf16" ? result : annotator.annotate(text);
    printPretty(text, result, highlighted, options.color);
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
