// Who is quoted, how often, and at what length. Quotations are grouped by
// their speaker's entity, so every form of a name ("Ms. Kovner", "Sarah
// Kovner", "she") is one source; speakers described rather than named
// ("officials", "analysts") are grouped by their description and listed
// apart; quotations without a speaker are counted together. Scare quotes
// are nobody's words and quotations in page clutter are not the story's:
// both are left out.

import { speakerName } from "../shared/result.js";
import { needsSpeaker } from "../shared/labels.js";

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

export function wordCount(s) {
  return (s.match(WORD) || []).length;
}

/** The quoted words of a quotation: its content when the model marks it, else all of it. */
function quotedText(text, quote) {
  const c = quote.content;
  return c && c.end > c.start ? text.slice(c.start, c.end) : quote.text;
}

/** "The officials", "officials" and "Officials" describe one source. */
function descriptionKey(name) {
  return name.toLowerCase().replace(/^(the|a|an)\s+/, "");
}

// How many quotations to take between two chances for the caller to pause.
const COLLECT_STEP = 500;

const bySize = (a, b) => b.quotes.length - a.quotes.length || b.words - a.words;

/**
 * The sources of a result: {sources, descriptions, unattributed}. `sources`
 * are named speakers (an entity, or a name the recognizer missed) and
 * `descriptions` described ones, each [{key, name, entity, described,
 * quotes: [index], words}] most quoted first; `unattributed` holds the
 * quotations without a speaker or whose pronoun names nobody, or is null. The
 * quotations are an array or a Table. A generator that yields null every
 * COLLECT_STEP quotations, so that a caller can pause over the thousands of
 * a long article (render.js: runSliced).
 */
export function* collectSources(text, result) {
  const byKey = new Map();
  let unattributed = null;
  for (const [index, quote] of result.quotes.entries()) {
    if (index % COLLECT_STEP === COLLECT_STEP - 1) yield null;
    if (!needsSpeaker(quote.kind) || quote.boilerplate) continue;
    const name = speakerName(quote, result);
    const words = wordCount(quotedText(text, quote));
    // "she" with no one it could be names nobody.
    const unresolved = quote.speaker?.kind === "pronoun" && quote.speaker.entity == null;
    let source;
    if (!name || unresolved) {
      unattributed ??= { key: "none", name: "", entity: null, quotes: [], words: 0 };
      source = unattributed;
    } else {
      const entity = quote.speaker.entity ?? null;
      const described = entity == null && quote.speaker.kind === "description";
      const key = entity != null ? `e${entity}` : described ? `d${descriptionKey(name)}` : `n${name}`;
      if (!byKey.has(key)) byKey.set(key, { key, name, entity, described, quotes: [], words: 0 });
      source = byKey.get(key);
    }
    source.quotes.push(index);
    source.words += words;
  }
  const all = [...byKey.values()];
  return {
    sources: all.filter((s) => !s.described).sort(bySize),
    descriptions: all.filter((s) => s.described).sort(bySize),
    unattributed,
  };
}
