// What a web page's markup says about its shape, for texts that come with
// their HTML (a dropped .html file, a paste that carries text/html, the
// embed's own article): the headline (<h1>) and the clutter around the story
// (<nav>, a header or footer outside the article, <aside>, <figcaption>,
// lists that are mostly links), and the story's own paragraphs (<p> inside
// <article> or <main>). The core finds the same from the text alone; this
// only refines its result, which keeps its schema (applyPageStructure).
//
// The walkers that turn markup into text (app/text-import.js: htmlToPage,
// embed/text-map.js: readText) call a PageStructure as they enter and leave
// elements; it records text ranges, and the walker tells it the offsets.

/** The clutter kind an element's tag or role names, or null. */
function clutterKind(el, inArticle) {
  const tag = el.tagName.toUpperCase();
  const role = (el.getAttribute("role") || "").toLowerCase();
  if (tag === "NAV" || role === "navigation" || role === "menubar") return "navigation";
  if (tag === "ASIDE" || role === "complementary") return "related";
  if (tag === "FIGCAPTION") return "caption";
  if (tag === "FOOTER" || role === "contentinfo") return "footer";
  // A header of the page (logo, menus); an article's own header holds its headline and byline.
  if ((tag === "HEADER" || role === "banner") && !inArticle) return "navigation";
  if ((tag === "UL" || tag === "OL" || tag === "MENU") && linkDensity(el) >= LINK_LIST_DENSITY) {
    return inArticle ? "related" : "navigation";
  }
  return null;
}

// A list whose text is at least this share of link text is a list of links.
const LINK_LIST_DENSITY = 0.6;

function textLength(el) {
  return (el.textContent || "").replace(/\s+/g, "").length;
}

function linkDensity(el) {
  const total = textLength(el);
  if (!total) return 0;
  let links = 0;
  for (const a of el.querySelectorAll("a")) links += textLength(a);
  return links / total;
}

function isArticle(el) {
  const tag = el.tagName.toUpperCase();
  const role = (el.getAttribute("role") || "").toLowerCase();
  return tag === "ARTICLE" || tag === "MAIN" || role === "main" || role === "article";
}

/**
 * Records the structural ranges of a text as a walker builds it. For each
 * element the walker calls enter(el) and, after its content, exit(mark)
 * with what enter returned; `begin(mark, offset)` and `end(mark, offset)`
 * give the text offsets where the element's text starts and ends (a walker
 * that knows them only later may call those later).
 */
export class PageStructure {
  /** `inArticle`: the walk starts inside the article (the embed's target is one). */
  constructor({ inArticle = false } = {}) {
    this.marks = [];
    this.articleDepth = inArticle ? 1 : 0;
    this.clutterDepth = 0;
  }

  /** A mark for `el` when it names something (else null); call exit with it. */
  enter(el) {
    const tag = el.tagName.toUpperCase();
    const article = isArticle(el);
    const inArticle = this.articleDepth > 0 || article;
    let mark = null;
    if (this.clutterDepth === 0) {
      const kind = clutterKind(el, inArticle);
      if (kind) mark = { role: "clutter", kind };
      else if (tag === "H1") mark = { role: "title", inArticle };
      else if (tag === "P" && inArticle) mark = { role: "story" };
    }
    if (mark) {
      mark.start = -1;
      mark.end = -1;
      this.marks.push(mark);
    }
    if (mark?.role === "clutter") this.clutterDepth++;
    if (article) this.articleDepth++;
    return { mark, article };
  }

  exit({ mark, article }) {
    if (mark?.role === "clutter") this.clutterDepth--;
    if (article) this.articleDepth--;
  }

  /** The structure found: {title: {start, end} | null, blocks: [{start, end, kind}], story: [{start, end}]}. */
  result() {
    const done = this.marks.filter((m) => m.start >= 0 && m.end > m.start);
    const titles = done.filter((m) => m.role === "title");
    const title = titles.find((m) => m.inArticle) ?? titles[0] ?? null;
    return {
      title: title ? { start: title.start, end: title.end } : null,
      blocks: done.filter((m) => m.role === "clutter").map(({ start, end, kind }) => ({ start, end, kind })),
      story: done.filter((m) => m.role === "story").map(({ start, end }) => ({ start, end })),
    };
  }
}

/** Lines of `text`: [start, end) of each run without a line break, blank ones left out. */
function linesOf(text) {
  const lines = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) lines.push([start, end]);
  }
  return lines;
}

/**
 * A lookup of the range among `ranges` ({start, end}) that covers at least
 * half of [start, end), or null; queries must come in order of `start`
 * (it walks forward, so a run of them is linear).
 */
function cursor(ranges) {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let i = 0;
  return (start, end) => {
    while (i < sorted.length && sorted[i].end <= start) i++;
    for (let k = i; k < sorted.length && sorted[k].start < end; k++) {
      // Half of the line or more.
      const overlap = Math.min(end, sorted[k].end) - Math.max(start, sorted[k].start);
      if (overlap * 2 >= end - start) return sorted[k];
    }
    return null;
  };
}

/**
 * The result of the core (plain, as annotate() returns it) refined by the
 * page's structure, in the same schema: the <h1> is the title; each line is
 * clutter of the kind its markup names, story when it is a paragraph of the
 * article, else what the core made of it; consecutive lines of one kind are
 * one block; mentions and quotations are flagged by where they start.
 */
export function applyPageStructure(result, text, structure) {
  if (!structure) return result;
  const title =
    structure.title && structure.title.end > structure.title.start && structure.title.end <= text.length
      ? {
          start: structure.title.start,
          end: structure.title.end,
          text: text.slice(structure.title.start, structure.title.end),
        }
      : result.title;
  const inTitle = (start, end) => title && start < title.end && end > title.start;
  const markup = cursor(structure.blocks);
  const story = cursor(structure.story);
  const core = cursor(result.boilerplate);
  const blocks = [];
  for (const [start, end] of linesOf(text)) {
    if (inTitle(start, end)) continue;
    const kind = markup(start, end)?.kind ?? (story(start, end) ? null : core(start, end)?.kind);
    if (!kind) continue;
    const last = blocks[blocks.length - 1];
    const between = last ? text.slice(last.end, start) : "";
    if (last && last.kind === kind && !/\S/.test(between)) last.end = end;
    else blocks.push({ start, end, kind });
  }
  // Mentions and quotations come sorted by start: one forward lookup each.
  const flag = (spans) => {
    const inBlock = cursor(blocks);
    return spans.map((span) => ({ ...span, boilerplate: Boolean(inBlock(span.start, span.start + 1)) }));
  };
  return { ...result, title, boilerplate: blocks, mentions: flag(result.mentions), quotes: flag(result.quotes) };
}
