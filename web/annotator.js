// Article Annotator: the JS API over the WebAssembly core.
//
//   import { createAnnotator } from "./annotator.js";
//   const annotator = await createAnnotator();
//   const result = annotator.annotate(text);   // offsets in UTF-16 units
//   text.slice(result.mentions[0].start, result.mentions[0].end) === result.mentions[0].text
//
// The module is loaded without Emscripten's JS glue and without eval, so it
// runs under `Content-Security-Policy: script-src 'self' 'wasm-unsafe-eval'`,
// in a Worker, and in Node. Types: annotator.d.ts.

const OFFSET_UNITS = { utf16: 0, codepoint: 1, utf8: 2 };
const WASM_FILE = "annotator.wasm";
// Wasm memory never shrinks: past this size after a call, the annotator moves
// to a fresh instance so that one long text does not hold its memory for good.
const DEFAULT_MEMORY_LIMIT = 64 * 1024 * 1024;
// Annotated at load (WARM_UP_PASSES times), so that the first real call
// finds every model unpacked and the engine has already run, and begun to
// optimise, the functions an article needs: a headline, a name, a place, an
// organisation, a date, money, a quotation and reported speech.
const WARM_UP_TEXT = `City Backs Plan for New Bridge

"We will not back down," Mayor Alice Grant of Springfield said on Monday, as the council voted 7-2 for the $4 million plan.
John Smith of the Transport Department told reporters that work would begin in March, according to the Associated Press.
The company, Acme Corp., said in a statement that costs had risen 12% since 2019.`;
// A pass takes about a millisecond once the model is unpacked; one pass left
// the first real call up to three times as slow as later ones, three about as fast.
const WARM_UP_PASSES = 3;

/**
 * Loads the WebAssembly core and returns an annotator.
 * @param {import("./annotator.d.ts").CreateAnnotatorOptions} [options]
 * @returns {Promise<import("./annotator.d.ts").Annotator>}
 */
export async function createAnnotator(options = {}) {
  const memoryLimit = memoryLimitOf(options);
  const module = options.wasmModule
    ? compiledModule(options.wasmModule)
    : options.wasmBinary
      ? await compile(options.wasmBinary)
      : await loadModule(options.wasmUrl ?? new URL(WASM_FILE, import.meta.url));
  const instance = await WebAssembly.instantiate(module, importsFor(module));
  return new Annotator(module, instance, memoryLimit);
}

function memoryLimitOf(options) {
  const limit = options.memoryLimitBytes ?? DEFAULT_MEMORY_LIMIT;
  if (typeof limit !== "number" || !(limit >= 0)) {
    throw new TypeError(`createAnnotator: memoryLimitBytes must be a number of bytes, got ${String(limit)}`);
  }
  return limit;
}

function compiledModule(module) {
  if (!(module instanceof WebAssembly.Module)) {
    throw new TypeError("createAnnotator: wasmModule must be a WebAssembly.Module");
  }
  return module;
}

async function compile(bytes) {
  try {
    return await WebAssembly.compile(bytes);
  } catch (error) {
    throw invalidModule(error);
  }
}

function invalidModule(error) {
  return new Error(`Article Annotator: ${WASM_FILE} is not a valid WebAssembly module (${error.message})`);
}

/**
 * Fetches and compiles the module in browsers and workers, compiling while it
 * downloads when the server says application/wasm (and so letting the browser
 * cache the compiled code with the response); reads it from disk in Node
 * (whose fetch cannot load file: URLs).
 */
async function loadModule(url) {
  const href = String(url);
  if (href.startsWith("file:")) {
    const { readFile } = await import("node:fs/promises");
    return compile(await readFile(new URL(href)));
  }
  let response;
  try {
    response = await fetch(href);
  } catch (error) {
    throw new Error(`Article Annotator: could not load ${href} (${error.message})`);
  }
  if (!response.ok) throw new Error(`Article Annotator: could not load ${href} (HTTP ${response.status})`);
  const streams = typeof WebAssembly.compileStreaming === "function" && isWasmResponse(response);
  if (!streams) return compile(await response.arrayBuffer());
  try {
    return await WebAssembly.compileStreaming(response);
  } catch (error) {
    throw invalidModule(error);
  }
}

function isWasmResponse(response) {
  return (response.headers.get("Content-Type") ?? "").split(";")[0].trim().toLowerCase() === "application/wasm";
}

/**
 * A standalone module imports a few WASI and Emscripten functions for things
 * the core does not do (files, clocks). Each gets a stub that fails loudly,
 * but for the two that are harmless to answer.
 */
function importsFor(module) {
  const imports = {};
  for (const { module: namespace, name, kind } of WebAssembly.Module.imports(module)) {
    if (kind !== "function") continue;
    imports[namespace] ??= {};
    imports[namespace][name] = stubImport(name);
  }
  return imports;
}

function stubImport(name) {
  if (name === "emscripten_notify_memory_growth") return () => {};
  if (name === "proc_exit")
    return (code) => {
      throw new Error(`the core exited (${code})`);
    };
  return () => {
    throw new Error(`the core called ${name}, which is not available`);
  };
}

class Annotator {
  #module;
  #live = null; // the instance's exports; null once retired, until the next use starts a fresh one
  #encoder = new TextEncoder();
  #decoder = new TextDecoder("utf-8", { fatal: false });

  #memoryLimit;

  constructor(module, instance, memoryLimit) {
    this.#module = module;
    this.#memoryLimit = memoryLimit;
    this.#start(instance);
  }

  /** A standalone (reactor) module runs its static constructors in _initialize; then the models are made ready. */
  #start(instance) {
    instance.exports._initialize();
    this.#live = instance.exports;
    // The path of a call in UTF-16 offsets, the default: the result as columns.
    for (let pass = 0; pass < WARM_UP_PASSES; pass++) this.#call(WARM_UP_TEXT, OFFSET_UNITS.utf16, true);
  }

  /** The exports of the live instance, started afresh if the last one was retired. */
  get #exports() {
    if (!this.#live) this.#start(new WebAssembly.Instance(this.#module, importsFor(this.#module)));
    return this.#live;
  }

  /**
   * Lets go of the instance, which no call may use any more (after a trap) or
   * whose memory has grown past the limit (wasm memory never shrinks), and
   * starts the next one soon, off the caller's path; the next call starts it
   * if it comes first.
   */
  #retire() {
    this.#live = null;
    const timer = setTimeout(() => this.#exports, 0);
    timer.unref?.(); // Node: do not keep a finished script alive for it
  }

  /** Bytes of wasm memory the annotator holds now (none between retiring an instance and starting the next). */
  get memoryBytes() {
    return this.#live ? this.#live.memory.buffer.byteLength : 0;
  }

  /** The longest text one call takes, in bytes of UTF-8 (16 MiB). */
  get maxTextBytes() {
    return this.#exports.annotator_max_text_bytes();
  }

  /** Version of the core and its models, e.g. "0.2.0+ner-1a2b3c4d+attr-…+page-…" (the core's is package.json's). */
  get version() {
    const size = this.#exports.annotator_version();
    const version = this.#readResult(size);
    this.#exports.annotator_result_release();
    return version;
  }

  /**
   * Annotates one text.
   * @param {string} text
   * @param {import("./annotator.d.ts").AnnotateOptions} [options]
   * @returns {import("./annotator.d.ts").AnnotationResult}
   */
  annotate(text, options = {}) {
    if (typeof text !== "string") {
      throw new TypeError(`annotate(text): text must be a string, got ${text === null ? "null" : typeof text}`);
    }
    if (options === null || typeof options !== "object") {
      throw new TypeError(
        `annotate(text, options): options must be an object, got ${options === null ? "null" : typeof options}`,
      );
    }
    const unitName = options.offsets ?? "utf16";
    // Own properties only: "toString" or "constructor" is no unit.
    if (typeof unitName !== "string" || !Object.hasOwn(OFFSET_UNITS, unitName)) {
      throw new Error(
        `annotate(text, options): offsets must be "utf16", "codepoint" or "utf8", got ${JSON.stringify(unitName)}`,
      );
    }
    const unit = OFFSET_UNITS[unitName];
    this.#checkSize(text);
    let result;
    if (unit === OFFSET_UNITS.utf16) {
      result = this.#call(text, unit, true);
      if (this.memoryBytes > this.#memoryLimit) this.#retire();
    } else {
      const json = this.#call(text, unit, false);
      if (this.memoryBytes > this.#memoryLimit) this.#retire();
      result = JSON.parse(json);
    }
    // A lone surrogate reaches the core as U+FFFD (same UTF-16 length, so the
    // offsets hold); take the texts from the caller's own string instead.
    if (unit !== OFFSET_UNITS.utf8 && !isWellFormed(text)) restoreTexts(result, text, unit);
    return result;
  }

  /** Refuses a text over the core's limit before copying it in, with the core's own message. */
  #checkSize(text) {
    const limit = this.#exports.annotator_max_text_bytes();
    // Each UTF-16 unit is 1 to 3 bytes of UTF-8: count only near the limit.
    if (text.length * 3 <= limit) return;
    const size = text.length > limit ? text.length : utf8Length(text);
    if (this.#exports.annotator_check_size(Math.min(size, 0xffffffff)) === 0) return;
    const message = this.#readResult(this.#exports.annotator_result_size());
    this.#exports.annotator_result_release();
    throw new RangeError(`annotate: ${message}`);
  }

  /**
   * Annotates `text` in the live instance: the JSON result as a string, or
   * with `columns` (UTF-16 offsets only) the result's objects, built from the
   * core's words (src/result_columns.h) before they are released.
   */
  #call(text, unit, columns) {
    const exports = this.#exports;
    // UTF-16 never grows more than threefold in UTF-8.
    const capacity = text.length * 3;
    const pointer = exports.annotator_alloc(capacity);
    if (pointer === 0) throw new Error(`annotate: out of memory for a text of ${text.length} characters`);
    try {
      const target = new Uint8Array(exports.memory.buffer, pointer, capacity);
      const { written } = this.#encoder.encodeInto(text, target);
      let status;
      try {
        status = columns
          ? exports.annotator_annotate_columns(pointer, written)
          : exports.annotator_annotate(pointer, written, unit);
      } catch (error) {
        // A trap or an abort unwound the core mid-call: its memory and stack
        // cannot be trusted, so the next call gets a fresh instance.
        this.#retire();
        throw new Error(`annotate: the core failed (${error.message}); the next call starts it afresh`);
      }
      if (status !== 0) throw new Error(`annotate: ${this.#readResult(exports.annotator_result_size())}`);
      if (!columns) return this.#readResult(exports.annotator_result_size());
      const words = new Uint32Array(
        exports.memory.buffer,
        exports.annotator_columns_data(),
        exports.annotator_columns_size(),
      );
      // A lone surrogate reaches the core as U+FFFD: its texts are sliced from
      // the string the core saw, as the JSON would have them (annotate then
      // restores the caller's own).
      return resultFromColumns(words, isWellFormed(text) ? text : toWellFormed(text));
    } finally {
      if (this.#live === exports) {
        exports.annotator_free(pointer);
        exports.annotator_result_release();
      }
    }
  }

  #readResult(size) {
    const pointer = this.#exports.annotator_result_data();
    return this.#decoder.decode(new Uint8Array(this.#exports.memory.buffer, pointer, size));
  }
}

const COLUMNS_MAGIC = 0x41410002;
// Reads a salience's two words as the double they hold.
const float64 = new Float64Array(1);
const float64Words = new Uint32Array(float64.buffer);

/**
 * The result's objects from the core's words (layout in src/result_columns.h),
 * equal to JSON.parse of the core's JSON for the same text (and built with
 * the keys in the same order); texts are slices of `text`.
 */
function resultFromColumns(words, text) {
  if (words[0] !== COLUMNS_MAGIC) throw new Error("annotate: the core's result is not in the expected layout");
  let at = 1;
  const names = new Array(words[at++]);
  for (let i = 0; i < names.length; i++) {
    const size = words[at++];
    const bytes = new Uint8Array(words.buffer, words.byteOffset + at * 4, size);
    names[i] = String.fromCharCode.apply(null, bytes);
    at += (size + 3) >> 2;
  }
  const mentions = new Array(words[at++]);
  for (let i = 0; i < mentions.length; i++) {
    const start = words[at];
    const end = words[at + 1];
    const entity = words[at + 3];
    mentions[i] = {
      start,
      end,
      text: text.slice(start, end),
      type: names[words[at + 2]],
      entity: entity === 0 ? null : entity - 1,
      boilerplate: words[at + 4] !== 0,
    };
    at += 5;
  }
  const entities = new Array(words[at++]);
  for (let i = 0; i < entities.length; i++) {
    const type = names[words[at]];
    const name = text.slice(words[at + 1], words[at + 2]);
    float64Words[0] = words[at + 3];
    float64Words[1] = words[at + 4];
    const salience = float64[0];
    const count = words[at + 5];
    at += 6;
    const indices = new Array(count);
    for (let m = 0; m < count; m++) indices[m] = words[at + m];
    at += count;
    entities[i] = { id: i, type, name, mentions: indices, salience: Number.isNaN(salience) ? null : salience };
  }
  const quotes = new Array(words[at++]);
  for (let i = 0; i < quotes.length; i++) {
    const start = words[at];
    const end = words[at + 1];
    const kind = names[words[at + 2]];
    at += 3;
    let speaker = null;
    if (words[at++] !== 0) {
      const entity = words[at + 3];
      speaker = {
        start: words[at],
        end: words[at + 1],
        text: text.slice(words[at], words[at + 1]),
        kind: names[words[at + 2]],
        entity: entity === 0 ? null : entity - 1,
      };
      at += 4;
    }
    let cue = null;
    if (words[at++] !== 0) {
      cue = { start: words[at], end: words[at + 1], text: text.slice(words[at], words[at + 1]) };
      at += 2;
    }
    const content = { start: words[at], end: words[at + 1] };
    const boilerplate = words[at + 2] !== 0;
    at += 3;
    quotes[i] = { start, end, text: text.slice(start, end), kind, speaker, cue, content, boilerplate };
  }
  const sentences = new Array(words[at++]);
  for (let i = 0; i < sentences.length; i++, at += 2) sentences[i] = { start: words[at], end: words[at + 1] };
  const paragraphs = new Array(words[at++]);
  for (let i = 0; i < paragraphs.length; i++, at += 2) paragraphs[i] = { start: words[at], end: words[at + 1] };
  let title = null;
  if (words[at++] !== 0) {
    title = { start: words[at], end: words[at + 1], text: text.slice(words[at], words[at + 1]) };
    at += 2;
  }
  const boilerplate = new Array(words[at++]);
  for (let i = 0; i < boilerplate.length; i++, at += 3) {
    boilerplate[i] = { start: words[at], end: words[at + 1], kind: names[words[at + 2]] };
  }
  const language = names[words[at]];
  return { mentions, entities, quotes, sentences, paragraphs, title, boilerplate, language };
}

/** `text` with each lone surrogate replaced by U+FFFD, as TextEncoder reads it. */
function toWellFormed(text) {
  if (typeof text.toWellFormed === "function") return text.toWellFormed();
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}

/** Bytes of UTF-8 of a JS string (a lone surrogate becomes U+FFFD, 3 bytes). */
function utf8Length(text) {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function isWellFormed(text) {
  if (typeof text.isWellFormed === "function") return text.isWellFormed();
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

/**
 * Puts the caller's own characters back into every text of `result` (offsets
 * in UTF-16 units or code points), entity names included.
 */
function restoreTexts(result, text, unit) {
  const codePoints = unit === OFFSET_UNITS.codepoint ? Array.from(text) : null;
  const slice = (start, end) => (codePoints ? codePoints.slice(start, end).join("") : text.slice(start, end));
  const fix = (span) => {
    if (span) span.text = slice(span.start, span.end);
  };
  const before = result.mentions.map((mention) => mention.text);
  for (const mention of result.mentions) fix(mention);
  for (const entity of result.entities) {
    const named = entity.mentions.find((m) => before[m] === entity.name);
    if (named !== undefined) entity.name = result.mentions[named].text;
  }
  for (const quote of result.quotes) {
    fix(quote);
    fix(quote.speaker);
    fix(quote.cue);
  }
  fix(result.title);
}
