// Reading CoNLL-2003 files: documents of sentences of (word, tag) pairs, and
// the gold entity spans of a document laid out as the evaluators lay it out.
// Also the other named-entity sets the recognizer is measured on (readNerSet).
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { readGum } from "./gum.mjs";

// WNUT-17's six types as CoNLL-2003's four: groups (bands, teams, parties) and
// corporations are organisations; products and creative works are MISC.
const TYPE_ALIASES = {
  person: "PER",
  location: "LOC",
  corporation: "ORG",
  group: "ORG",
  product: "MISC",
  "creative-work": "MISC",
};

/** Splits a CoNLL-2003 file (word ... tag per line) into documents of sentences. */
export function parseConll(contents) {
  const documents = [];
  let sentences = [];
  let sentence = [];
  const endSentence = () => {
    if (sentence.length) sentences.push(sentence);
    sentence = [];
  };
  for (const line of contents.split("\n")) {
    if (line.startsWith("-DOCSTART-")) {
      endSentence();
      if (sentences.length) documents.push(sentences);
      sentences = [];
    } else if (line.trim() === "") {
      endSentence();
    } else {
      const columns = line.trim().split(/\s+/);
      sentence.push({ word: columns[0], tag: columns[columns.length - 1] });
    }
  }
  endSentence();
  if (sentences.length) documents.push(sentences);
  return documents;
}

/**
 * The document as text (words joined by spaces, one sentence a line) with the
 * character span of every word and the gold entities read from IOB1/IOB2 tags.
 */
export function layOut(sentences) {
  let text = "";
  const gold = [];
  for (const sentence of sentences) {
    let open = null;
    const close = () => {
      if (open) gold.push(open);
      open = null;
    };
    sentence.forEach(({ word, tag }, i) => {
      if (i > 0) text += " ";
      const start = text.length;
      text += word;
      const end = text.length;
      if (tag === "O") return close();
      const [prefix, ...rest] = tag.split("-");
      const type = TYPE_ALIASES[rest.join("-")] ?? rest.join("-");
      if (open && open.type === type && prefix === "I") open.end = end;
      else {
        close();
        open = { start, end, type };
      }
    });
    close();
    text += "\n";
  }
  return { text, gold };
}

/**
 * The documents of a named-entity set, each {text, gold, unscored, words}:
 * - a CoNLL file with -DOCSTART- lines (CoNLL-2003), documents as marked;
 * - a CoNLL file without them (WNUT-17), one document per post;
 * - a GUM directory (with splits.md): the documents of `split`, real spacing,
 *   names mapped to the four types by gum.mjs.
 */
export function readNerSet(file, { split = "dev", limit = Infinity } = {}) {
  if (statSync(file).isDirectory()) {
    if (!existsSync(path.join(file, "splits.md"))) throw new Error(`${file}: not a GUM directory (no splits.md)`);
    return readGum(file, split).slice(0, limit);
  }
  const contents = readFileSync(file, "utf8");
  const documents = /^-DOCSTART-/m.test(contents)
    ? parseConll(contents)
    : parseConll(contents)
        .flat()
        .map((s) => [s]);
  return documents.slice(0, limit).map((sentences) => ({
    ...layOut(sentences),
    unscored: [],
    words: sentences.reduce((n, s) => n + s.length, 0),
  }));
}
