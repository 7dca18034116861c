// Who is quoted, how often, and at what length: quotations grouped by their
// speaker's entity, or by the speaker's text when it has none. Scare quotes
// are nobody's words and are left out, and so are the quotations in page
// clutter (the headline of a linked story, say).

import { speakerName } from './render.js';
import { needsSpeaker } from './labels.js';

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

export function wordCount(s) {
  return (s.match(WORD) || []).length;
}

/** The quoted words of a quotation: its content when the model marks it, else all of it. */
function quotedText(text, quote) {
  const c = quote.content;
  return c && c.end > c.start ? text.slice(c.start, c.end) : quote.text;
}

// How many quotations to take between two chances for the caller to pause.
const COLLECT_STEP = 500;

/**
 * Sources, most quoted first: [{key, name, entity, quotes: [index], words}],
 * and `unattributed`, the quotations without a speaker (a source of its own,
 * or null when there are none). The quotations are an array or a Table.
 * A generator that yields null every COLLECT_STEP quotations, so that a
 * caller can pause over the thousands of a long article (render.js:
 * runSliced); returns {sources, unattributed}.
 */
export function* collectSources(text, result) {
  const byKey = new Map();
  let unattributed = null;
  for (const [index, quote] of result.quotes.entries()) {
    if (index % COLLECT_STEP === COLLECT_STEP - 1) yield null;
    // Scare quotes are nobody's words; a quotation in page clutter (a link to another story) is not this story's.
    if (!needsSpeaker(quote.kind) || quote.boilerplate) continue;
    const name = speakerName(quote, result);
    const words = wordCount(quotedText(text, quote));
    let source;
    if (!name) {
      unattributed ??= { key: 'none', name: '', entity: null, quotes: [], words: 0 };
      source = unattributed;
    } else {
      const entity = quote.speaker.entity ?? null;
      const key = entity != null ? `e${entity}` : `t${name.toLowerCase()}`;
      if (!byKey.has(key)) byKey.set(key, { key, name, entity, quotes: [], words: 0 });
      source = byKey.get(key);
    }
    source.quotes.push(index);
    source.words += words;
  }
  const sources = [...byKey.values()].sort((a, b) => b.quotes.length - a.quotes.length || b.words - a.words);
  return { sources, unattributed };
}
