// The result's fields and types follow web/result-schema.json, the one
// definition of the result; tests/js/result-schema.test.mjs checks them.

/** Offsets count UTF-16 code units (JS string indices), code points, or UTF-8 bytes. */
export type OffsetUnit = "utf16" | "codepoint" | "utf8";

/** The codes of web/shared/entity-types.js, the table of the entity types, in its order. */
export type EntityType =
  "PERSON" | "ORG" | "LOCATION" | "MISC" | "DATE" | "TIME" | "MONEY" | "PERCENT" | "CARDINAL" | "ORDINAL" | "QUANTITY";

export type QuoteKind = "direct" | "mixed" | "indirect" | "scare";

/** Half-open offsets into the text. */
export interface Range {
  start: number;
  end: number;
}

export interface Span extends Range {
  text: string;
}

export interface Mention extends Span {
  type: EntityType;
  /** Id of the entity this mention belongs to, or null. */
  entity: number | null;
  /** True when the mention lies in boilerplate (adverts, share buttons, ...). */
  boilerplate: boolean;
}

export interface Entity {
  id: number;
  type: EntityType;
  /** The fullest proper form among the mentions. */
  name: string;
  /** Indices into `mentions`. */
  mentions: number[];
  /** Higher is more central to the article. */
  salience: number;
}

/** A name, a personal pronoun ("she"), or a description ("officials", "the company"). */
export type SpeakerKind = "name" | "pronoun" | "description";

export interface Speaker extends Span {
  kind: SpeakerKind;
  /** The entity the speaker is (a pronoun's antecedent, a description's organisation), or null. */
  entity: number | null;
}

export interface Quote extends Span {
  kind: QuoteKind;
  speaker: Speaker | null;
  cue: Span | null;
  /** The words inside the quotation marks; the quotation's own start, end and text include the marks. */
  content: Range;
  boilerplate: boolean;
}

/** What a block of page clutter is, as a reader would name it. */
export type BoilerplateKind =
  | "navigation"
  | "byline"
  | "dateline"
  | "caption"
  | "credit"
  | "related"
  | "share"
  | "newsletter"
  | "advert"
  | "comments"
  | "cookie"
  | "footer"
  | "bio"
  | "disclaimer";

/** A run of whole lines that is not the story (menus, share bars, related links, footers...). */
export interface Boilerplate extends Range {
  kind: BoilerplateKind;
}

export interface AnnotationResult {
  mentions: Mention[];
  entities: Entity[];
  quotes: Quote[];
  sentences: Range[];
  paragraphs: Range[];
  /** The headline, or null when the text has none. */
  title: Span | null;
  /** Page clutter around and inside the story, sorted, never overlapping the title. */
  boilerplate: Boilerplate[];
  /**
   * "en", or "other" when the text reads as another language than English (German, Portuguese,
   * Russian, ...): the recognizer knows English names only, so then `mentions` holds no people,
   * organisations, places or MISC names (numbers, dates and quotations are still found).
   */
  language: "en" | "other";
}

export interface AnnotateOptions {
  /** Unit of every offset in the result; default "utf16", so text.slice(start, end) === span.text. */
  offsets?: OffsetUnit;
}

export interface Annotator {
  /** Annotates one text. Throws Error on bad input (not a string, bad options); stays usable after. */
  annotate(text: string, options?: AnnotateOptions): AnnotationResult;
  /** Version of the core and of its model. */
  readonly version: string;
  /** The longest text one call takes, in bytes of UTF-8 (16 MiB); a longer one throws a RangeError saying so. */
  readonly maxTextBytes: number;
  /**
   * Bytes of WebAssembly memory the annotator holds now. Wasm memory never shrinks, so after a call that took it
   * past `memoryLimitBytes` the annotator moves to a fresh instance and the grown memory is returned.
   */
  readonly memoryBytes: number;
}

export interface CreateAnnotatorOptions {
  /** The module's bytes; by default annotator.wasm beside this file is loaded (fetch in browsers, fs in Node). */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** Where to load annotator.wasm from, when wasmBinary is not given. */
  wasmUrl?: string | URL;
  /**
   * annotator.wasm already compiled (e.g. by a page while its worker starts, then posted to the worker); used
   * instead of wasmBinary and wasmUrl.
   */
  wasmModule?: WebAssembly.Module;
  /**
   * After a call that leaves the wasm memory larger than this, the annotator starts a fresh instance (about as long
   * as loading) so that one long text does not hold its memory for the life of the page. Default 64 MiB, which
   * texts up to about 2 MB stay under; Infinity never recycles.
   */
  memoryLimitBytes?: number;
}

/** Loads the WebAssembly core and returns an annotator. */
export function createAnnotator(options?: CreateAnnotatorOptions): Promise<Annotator>;
