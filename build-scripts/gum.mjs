// Reading GUM (CoNLL-U with an Entity= coreference layer) as a named-entity
// set with CoNLL-2003's four types, laid out with the real spacing of the text.
//
// GUM marks every referring expression ("the city", "he", "Professor Cres
// Eastman", "the National Library of the Netherlands") with an entity type.
// CoNLL-2003 marks names only, without determiners or titles. The mapping:
//  - A mention is a name when its syntactic head (the token whose head lies
//    outside the mention) is a proper noun (NNP/NNPS). Mentions of type
//    `time` (days, months, holidays) are never names.
//  - The name is the run of capitalised tokens around the head inside the
//    mention, with connectors (of, the, and, &, de, 's, -, …) kept only
//    between capitalised tokens and digits kept after them ("WrestleMania 31",
//    "COVID-19"): "the National Library of the Netherlands" → "National
//    Library of the Netherlands"; "Byron 's" → "Byron".
//  - Places and organisations lose a leading "The"; persons lose leading titles and honorifics ("Dr. William Glennie" →
//    "William Glennie"); a person mention headed by a title ("Mr. President",
//    "Emperor of the United States") is not a person name.
//  - Types: person → PER, except plural proper nouns (NNPS: "Americans",
//    "Puerto Ricans"), which CoNLL calls MISC; place → LOC; organization →
//    ORG; event, object, abstract, substance, animal and plant names → MISC
//    (works, laws, products, events, languages: CoNLL's MISC).
//  - For the training text only (build-scripts/gum-train.mjs; see nameOf):
//    an organisation named exactly like a country or region is LOC, as CoNLL
//    has it (GUM calls "North Korea" an organisation where it acts, "Belgium"
//    where it is a team), and a possessor GUM marks as a mention of its own
//    stays out of the name after it.
//  - Nested names keep the outermost ("Medical Journal of Australia", not
//    "Australia" inside it).
//  - Adjectives derived from names (JJ with a capitalised lemma, not the first
//    word of a sentence: "Australian children") are MISC, as in CoNLL.
//  - A run of proper nouns that GUM leaves without a name mention ("Marshall
//    Plan" inside "Marshall Plan aid") has no type we can read; predictions
//    overlapping it are not scored (`unscored`).
// Reddit documents, whose text GUM blanks out, are skipped.
import { readFileSync } from "node:fs";
import path from "node:path";

const TITLES = new Set(
  `mr mrs ms miss mx dr prof professor sir dame lord lady king queen prince princess
  emperor empress president vice senator sen rep representative congressman congresswoman governor gov mayor
  general gen colonel col captain capt lieutenant lt sergeant sgt major admiral commander judge justice chief
  minister secretary chancellor pope saint st father reverend rev bishop archbishop cardinal rabbi imam sheikh
  fellow earl duke duchess count countess baron baroness protector officer detective agent coach chairman
  ambassador director dean uncle aunt brother sister mother madam madame speaker dear`
    .split(/\s+/)
    .filter(Boolean),
);
// Words that join the capitalised words of one name: in a person's name only
// particles ("Ludwig van Beethoven"), so "Cres Eastman of the National
// Library" stops at "of"; in other names also of/the/for ("Bank of America"),
// and in names of places and organisations "and" and "&" ("Newfoundland and
// Labrador", "Johnson & Johnson").
const PERSON_CONNECTORS = new Set([
  "de",
  "du",
  "des",
  "la",
  "le",
  "del",
  "da",
  "di",
  "von",
  "van",
  "der",
  "den",
  "bin",
  "ibn",
  "al",
  "-",
  "–",
  ".",
]);
const CONNECTORS = new Set([...PERSON_CONNECTORS, "of", "the", "for", "on", "'s", "’s"]);
const PLACE_AND_ORGANISATION_CONNECTORS = new Set([...CONNECTORS, "and", "&"]);
// Capitalised heads that point into a text rather than name something ("Figure 1.5", "Tab 3").
const REFERENCE_WORDS = new Set(["figure", "fig", "table", "chapter", "section", "tab", "page", "case", "appendix"]);
// Animals, plants and substances have no CoNLL type ("Hantavirus", a dog called
// Katie): their names are left unscored.
const TYPE_OF = {
  person: "PER",
  place: "LOC",
  organization: "ORG",
  event: "MISC",
  object: "MISC",
  abstract: "MISC",
  substance: null,
  animal: null,
  plant: null,
};

const isCapitalised = (form) => /^[\p{Lu}]/u.test(form) || /^[\p{Ll}]+[\p{Lu}]/u.test(form); // "iPhone"
const isProperNoun = (token) => token.xpos === "NNP" || token.xpos === "NNPS";
const bare = (form) => form.toLowerCase().replace(/\.$/, "");

/** The documents of the split ("dev", "train", "test") listed in GUM's splits.md. */
export function gumSplit(gumDirectory, split) {
  const splits = readFileSync(path.join(gumDirectory, "splits.md"), "utf8");
  const section = splits.split(/^## /m).find((s) => s.startsWith(`${split}\n`));
  if (!section) throw new Error(`no split "${split}" in ${gumDirectory}/splits.md`);
  return [...section.matchAll(/^\s*\* (\S+)/gm)].map((m) => m[1]);
}

/** Sentences of a CoNLL-U file: tokens with their surface form, spacing and the paragraph they open. */
function parseConllu(contents) {
  const sentences = [];
  let sentence = null;
  let newParagraph = false;
  let range = null; // a multiword token ("I'm" over "I" + "'m")
  for (const line of contents.split("\n")) {
    if (line.startsWith("# newpar")) newParagraph = true;
    if (line.startsWith("#")) continue;
    if (!line.trim()) {
      if (sentence?.tokens.length) sentences.push(sentence);
      sentence = null;
      continue;
    }
    sentence ??= { tokens: [], opensParagraph: newParagraph || sentences.length === 0 };
    newParagraph = false;
    const c = line.split("\t");
    if (c[0].includes(".")) continue;
    if (c[0].includes("-")) {
      const [first, last] = c[0].split("-").map(Number);
      range = { first, last, form: c[1], spaceAfter: !/SpaceAfter=No/.test(c[9]) };
      continue;
    }
    const id = Number(c[0]);
    const token = {
      id,
      form: c[1],
      lemma: c[2],
      upos: c[3],
      xpos: c[4],
      head: Number(c[6]),
      entity: (c[9].match(/(?:^|\|)Entity=([^|]*)/) ?? [])[1] ?? "",
      spaceAfter: !/SpaceAfter=No/.test(c[9]),
    };
    token.surface = token.form;
    sentence.tokens.push(token);
    if (range && id === range.last) {
      // "Melanie's" = "Melanie" + "'s": each word keeps its own characters when
      // the words spell the range; otherwise ("won't" = "will" + "not") the
      // range's text goes on its first word.
      const words = sentence.tokens.slice(-(range.last - range.first + 1));
      const spelled = words.map((w) => w.form).join("") === range.form;
      words.forEach((w, k) => {
        w.surface = spelled ? w.form : k === 0 ? range.form : "";
        w.spaceAfter = k === words.length - 1 ? range.spaceAfter : false;
      });
      range = null;
    }
  }
  if (sentence?.tokens.length) sentences.push(sentence);
  return sentences;
}

/** Entity mentions of a sentence: {first, last (token indices), etype}. */
function mentionsOf(tokens) {
  const open = new Map(); // entity id → stack of open mentions
  const mentions = [];
  tokens.forEach((token, i) => {
    // Brackets in order: "(12-place-…-Identity" opens, "12)" closes, "(12-…)" is one token.
    for (const [, opening, id, fields, closed, closing] of token.entity.matchAll(/(\()(\d+)-([^()]*)(\))?|(\d+)\)/g)) {
      if (opening) {
        const mention = { first: i, last: i, etype: fields.split("-")[0] };
        if (closed) mentions.push(mention);
        else open.set(id, [...(open.get(id) ?? []), mention]);
      } else {
        const stack = open.get(closing);
        if (!stack?.length) continue;
        const mention = stack.pop();
        mention.last = i;
        mentions.push(mention);
      }
    }
  });
  return mentions;
}

/**
 * The name inside a mention, as token indices [first, last], or null if the
 * mention is not a name. `trainingOptions` (for the training text; dev is
 * scored as GUM has it): `placeNames`, a Set of lower-case names, makes an
 * organisation named exactly like a country or region a place (CoNLL's
 * convention); `splitPossessors` keeps a possessor GUM marks as a mention of
 * its own out of the name after it ("Microsoft's Internet Explorer 6" is
 * Microsoft and Internet Explorer 6 in CoNLL; "King's College" stays whole).
 */
function nameOf(tokens, mention, mentions, { placeNames = null, splitPossessors = false } = {}) {
  if (!(mention.etype in TYPE_OF)) return null; // time
  const inside = (i) => i >= mention.first && i <= mention.last;
  const ids = new Set(tokens.slice(mention.first, mention.last + 1).map((t) => t.id));
  const headIndex = tokens.findIndex((t, i) => inside(i) && !ids.has(t.head));
  const head = tokens[headIndex];
  if (!head || !isProperNoun(head) || !isCapitalised(head.form)) return null;
  if (REFERENCE_WORDS.has(bare(head.form))) return null;
  const named = (i) => inside(i) && (isCapitalised(tokens[i].form) || (/^\d/.test(tokens[i].form) && named(i - 1)));
  const connectors =
    mention.etype === "person"
      ? PERSON_CONNECTORS
      : mention.etype === "place" || mention.etype === "organization"
        ? PLACE_AND_ORGANISATION_CONNECTORS
        : CONNECTORS;
  // One connector ("Bank of America"), or two with "the" second ("Library of the Netherlands").
  const joins = (from, step) => {
    const one = tokens[from]?.form.toLowerCase();
    if (!inside(from) || !connectors.has(one)) return 0;
    if (one !== "the" && named(from + step)) return 1;
    const two = tokens[from + step]?.form.toLowerCase();
    const [left, right] = step > 0 ? [one, two] : [two, one];
    return right === "the" && left !== "the" && connectors.has(left) && named(from + 2 * step) ? 2 : 0;
  };
  let first = headIndex;
  let last = headIndex;
  // GUM's possessor mention ends at its last word or at the 's after it.
  const possessorEndsAt = (i) =>
    splitPossessors &&
    /^['’]s$/.test(tokens[i + 1]?.form ?? "") &&
    mentions.some((m) => m !== mention && m.first <= i && (m.last === i || m.last === i + 1));
  for (let n; ;) {
    if (named(first - 1)) first--;
    else if (!possessorEndsAt(first - 2) && (n = joins(first - 1, -1))) first -= n + 1;
    else break;
  }
  for (let n; ;) {
    if (named(last + 1)) last++;
    else if ((n = joins(last + 1, 1))) last += n + 1;
    else break;
  }
  let type = mention.etype === "person" && head.xpos === "NNPS" ? "MISC" : TYPE_OF[mention.etype];
  if (type === "ORG" && placeNames?.has(nameText(tokens, first, last))) type = "LOC";
  if (type === null) return { first, last, type: "unscored", cover: first };
  if (mention.etype === "person") {
    // A title is no part of the name, and a title alone is no name: both are scored as no mention.
    if (TITLES.has(bare(head.form))) return { first, last, type: null, cover: first };
    const cover = first;
    while (first < headIndex && (TITLES.has(bare(tokens[first].form)) || CONNECTORS.has(tokens[first].form))) first++;
    return { first, last, type, cover };
  }
  // CoNLL leaves a leading "The" out of names of places and organisations
  // ("The Pennsylvania State University"); titles of works keep it.
  const cover = first;
  if (type !== "MISC" && first < headIndex && tokens[first].form === "The") first++;
  return { first, last, type, cover };
}

/** The words first..last without a leading "The", in lower case. */
function nameText(tokens, first, last) {
  if (tokens[first].form === "The" && first < last) first++;
  return tokens
    .slice(first, last + 1)
    .map((t) => t.form)
    .join(" ")
    .toLowerCase();
}

/** Names of one sentence, outermost first, as token index spans with a type; and untyped proper-noun runs. */
function namesOf(sentence, isHeading, trainingOptions) {
  const { tokens } = sentence;
  const mentions = mentionsOf(tokens);
  const candidates = mentions
    .map((m) => nameOf(tokens, m, mentions, trainingOptions))
    .filter(Boolean)
    .sort((a, b) => b.last - b.cover - (a.last - a.cover) || a.cover - b.cover);
  const names = [];
  const unscored = [];
  const covered = new Array(tokens.length).fill(false);
  for (const name of candidates) {
    if (covered.slice(name.cover, name.last + 1).some(Boolean)) continue;
    if (name.type === "unscored") unscored.push(name);
    else if (name.type) names.push(name);
    for (let i = name.cover; i <= name.last; i++) covered[i] = true;
  }
  tokens.forEach((t, i) => {
    if (!covered[i] && i > 0 && !isHeading && t.xpos === "JJ" && /^\p{Lu}\p{Ll}/u.test(t.lemma)) {
      names.push({ first: i, last: i, type: "MISC" });
      covered[i] = true;
    }
  });
  const inTime = new Array(tokens.length).fill(false);
  for (const m of mentionsOf(tokens)) if (m.etype === "time") for (let i = m.first; i <= m.last; i++) inTime[i] = true;
  tokens.forEach((t, i) => {
    if (covered[i] || inTime[i] || !isProperNoun(t) || !isCapitalised(t.form) || (i === 0 && !isProperNoun(t))) return;
    const last = unscored.at(-1);
    if (last && last.last === i - 1) last.last = i;
    else unscored.push({ first: i, last: i });
  });
  return { names: names.sort((a, b) => a.first - b.first), unscored };
}

/**
 * A GUM document as text with its gold names (character offsets), unscored
 * spans, its number of words and each word's [start, end) in CoNLL-U order
 * (`wordSpans`, which the XML layer's tokens follow one for one); null if blanked.
 */
export function layOutGum(contents, trainingOptions = {}) {
  const sentences = parseConllu(contents);
  if (sentences.every((s) => s.tokens.every((t) => /^_+$/.test(t.form) || !/\p{L}/u.test(t.form)))) return null;
  let text = "";
  const gold = [];
  const unscored = [];
  let words = 0;
  const wordSpans = [];
  const headingLines = new Set(
    contents
      .split("\n# newpar")
      .filter((b) => /^_block = head/.test(b))
      .map((b) => b.match(/# text = (.*)/)?.[1]),
  );
  for (const sentence of sentences) {
    if (text) text += sentence.opensParagraph ? "\n\n" : /\s$/.test(text) ? "" : " ";
    const starts = [];
    const ends = [];
    for (const token of sentence.tokens) {
      starts.push(text.length);
      text += token.surface;
      ends.push(text.length);
      if (token.spaceAfter) text += " ";
    }
    text = text.replace(/ $/, "");
    words += sentence.tokens.length;
    starts.forEach((start, k) => wordSpans.push({ start, end: ends[k] }));
    const heading = headingLines.has(
      sentence.tokens
        .map((t) => t.surface + (t.spaceAfter ? " " : ""))
        .join("")
        .trim(),
    );
    const { names, unscored: untyped } = namesOf(sentence, heading, trainingOptions);
    for (const n of names) gold.push({ start: starts[n.first], end: ends[n.last], type: n.type });
    for (const u of untyped) unscored.push({ start: starts[u.first], end: ends[u.last] });
  }
  return { text: text + "\n", gold, unscored, words, wordSpans };
}

/** The laid-out documents of a GUM split; `trainingOptions`: see nameOf. */
export function readGum(gumDirectory, split = "dev", trainingOptions = {}) {
  return gumSplit(gumDirectory, split)
    .map((name) => ({
      name,
      ...layOutGum(readFileSync(path.join(gumDirectory, "dep", `${name}.conllu`), "utf8"), trainingOptions),
    }))
    .filter((d) => d.text);
}
