// Reading CoNLL-2003 files: documents of sentences of (word, tag) pairs, and
// the gold entity spans of a document laid out as the evaluators lay it out.

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
    const close = () => { if (open) gold.push(open); open = null; };
    sentence.forEach(({ word, tag }, i) => {
      if (i > 0) text += " ";
      const start = text.length;
      text += word;
      const end = text.length;
      if (tag === "O") return close();
      const [prefix, type] = tag.split("-");
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
