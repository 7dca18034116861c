// The lists beside the article: entities, sources, quotations. Built from
// DOM nodes only (user text as textContent); long lists show LIST_STEP items
// and a button for more, so that thousands of quotations do not hold up the
// page. What a press on an item does is the page's (`handlers`).

import { typeLabel, QUOTE_KIND_LABELS, QUOTE_KIND_SHORT, needsSpeaker } from "../shared/labels.js";
import { speakerName } from "../shared/result.js";
import { el } from "./editor.js";

const LIST_STEP = 200;
const plural = (count, one, many) => `${count} ${count === 1 ? one : many}`;

/**
 * Fills a list with the first LIST_STEP items (of an array or a Table) and
 * a button for the next ones.
 */
function fillList(list, items, makeItem) {
  list.replaceChildren();
  let shown = 0;
  const more = el("button", { type: "button" });
  const moreItem = el("li", { className: "more" }, more);
  const showMore = () => {
    const fragment = document.createDocumentFragment();
    const until = Math.min(items.length, shown + LIST_STEP);
    for (; shown < until; shown++) fragment.append(makeItem(items.at(shown), shown));
    moreItem.remove();
    list.append(fragment);
    if (shown < items.length) {
      more.textContent = `Show ${Math.min(LIST_STEP, items.length - shown)} more (${items.length - shown} not shown)`;
      list.append(moreItem);
    }
  };
  more.addEventListener("click", () => {
    showMore();
    more.focus();
  });
  showMore();
}

function empty(list, message) {
  list.replaceChildren(el("li", { className: "empty" }, message));
}

/**
 * The entities of the panel, with their mentions in the story: mentions in
 * page clutter (menus, related links, share bars) are left out, and an
 * entity only the clutter names with them. Most central first.
 */
export function storyEntities(result) {
  const { mentions } = result;
  const inStory = (mi) => Number.isInteger(mi) && mi >= 0 && mi < mentions.length && !mentions.get(mi, "boilerplate");
  return result.entities
    .map((e) => ({ entity: e, mentions: (e.mentions ?? []).filter(inStory) }))
    .filter((g) => g.mentions.length)
    .sort(
      (a, b) =>
        (Number(b.entity.salience) || 0) - (Number(a.entity.salience) || 0) || b.mentions.length - a.mentions.length,
    );
}

/**
 * The entities panel: a row per entity (its type as a sample, name, type,
 * how many mentions, a step counter) that steps through its mentions, and
 * a ⋯ button that opens its corrections.
 */
export function renderEntities(ui, result, handlers) {
  const groups = storyEntities(result);
  ui.entityCount.textContent = String(groups.length);
  ui.entitiesSummary.textContent = groups.length
    ? `${plural(groups.length, "entity", "entities")}, most central first`
    : "";
  if (!groups.length) {
    empty(ui.entities, "No names or numbers were found.");
    return;
  }
  fillList(ui.entities, groups, ({ entity, mentions }) => {
    const sample = el("span", { className: "swatch", textContent: "Ab" });
    sample.dataset.type = entity.type;
    sample.setAttribute("aria-hidden", "true");
    const count = el("span", { className: "entity-count" }, `×${mentions.length}`);
    count.setAttribute("aria-label", plural(mentions.length, "mention", "mentions"));
    const step = el("span", { className: "entity-step" });
    step.setAttribute("aria-live", "polite");
    const name = el("span", { className: "entity-name" }, entity.name || "?");
    if (entity.corrected) name.append(" ", el("span", { className: "badge fixed" }, "corrected"));
    const b = el(
      "button",
      { type: "button", className: "entity" },
      sample,
      name,
      el("span", { className: "entity-type" }, typeLabel(entity.type)),
      count,
      step,
    );
    b.dataset.type = entity.type;
    b.dataset.group = String(entity.id);
    b.addEventListener("click", () => handlers.step(ui.entities, b, `entity:${entity.id}`, "data-mention", mentions));
    const edit = el("button", { type: "button", className: "entity-edit", textContent: "⋯" });
    edit.setAttribute("aria-label", `Correct the entity ${entity.name}`);
    edit.title = "Rename, merge, split or remove";
    edit.addEventListener("click", () => handlers.editEntity(entity, edit));
    return el("li", { className: "entity-row" }, b, edit);
  });
}

/**
 * The sources panel, of collectSources' {sources, descriptions,
 * unattributed}: named speakers first, then those only described (marked
 * so), then how many quotations have no speaker.
 */
export function renderSources(ui, { sources, descriptions, unattributed }, handlers) {
  const all = [...sources, ...descriptions, ...(unattributed ? [unattributed] : [])];
  ui.sourceCount.textContent = String(sources.length + descriptions.length);
  const quoted = all.reduce((n, s) => n + s.quotes.length, 0);
  ui.sourcesSummary.textContent = all.length
    ? `${plural(sources.length + descriptions.length, "source", "sources")} of ${plural(quoted, "quotation", "quotations")}`
    : "";
  if (!all.length) {
    empty(ui.sources, "Nobody is quoted.");
    return;
  }
  const badge = (text, title) => el("span", { className: "badge flag", title }, text);
  fillList(ui.sources, all, (source) => {
    const name = el("span", { className: "entity-name" });
    if (source === unattributed) {
      name.append(badge("no speaker", "Quotations whose speaker the text does not make clear"));
    } else {
      name.textContent = source.name;
      if (source.described) name.append(" ", badge("described", "A speaker the text describes but does not name"));
    }
    const count = el(
      "span",
      { className: "entity-type" },
      `${plural(source.quotes.length, "quotation", "quotations")} · ${plural(source.words, "word", "words")}`,
    );
    const step = el("span", { className: "entity-step" });
    step.setAttribute("aria-live", "polite");
    const b = el("button", { type: "button", className: "entity source" }, name, count, step);
    b.addEventListener("click", () =>
      handlers.step(ui.sources, b, `source:${source.key}`, "data-quote", source.quotes),
    );
    return el("li", {}, b);
  });
}

/** The quotations panel: each with its kind, speaker, cue and words; a press finds it in the article. */
export function renderQuotes(ui, result, handlers) {
  ui.quoteCount.textContent = String(result.quotes.length);
  ui.quotesSummary.textContent = result.quotes.length
    ? `${plural(result.quotes.length, "quotation", "quotations")}, in reading order`
    : "";
  if (!result.quotes.length) {
    empty(ui.quotes, "No quotations were found.");
    return;
  }
  fillList(ui.quotes, result.quotes, (q, qi) => {
    const kind = el(
      "span",
      { className: "badge kind", title: QUOTE_KIND_LABELS[q.kind] || "" },
      QUOTE_KIND_SHORT[q.kind] || String(q.kind || "quote"),
    );
    const head = el("span", { className: "quote-head" }, kind);
    const name = speakerName(q, result);
    if (name) head.append(el("span", { className: "quote-speaker" }, name));
    else if (needsSpeaker(q.kind)) head.append(el("span", { className: "badge flag" }, "unattributed"));
    if (q.cue?.text) head.append(el("span", { className: "quote-cue" }, `cue: ${q.cue.text}`));
    if (q.boilerplate) head.append(el("span", { className: "badge bp-badge" }, "boilerplate"));
    if (q.corrected) head.append(el("span", { className: "badge fixed" }, "corrected"));
    const b = el(
      "button",
      { type: "button", className: "quote-item" },
      head,
      el("span", { className: "quote-text" }, q.text),
    );
    b.dataset.quote = String(qi);
    b.dataset.kind = String(q.kind || "direct");
    b.addEventListener("click", () => handlers.find(ui.quotes, b, qi));
    return el("li", {}, b);
  });
}
