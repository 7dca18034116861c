// Reading a result: the entity an id names, the name of a quotation's
// speaker, the lines that describe a highlight. Shared by the page (web/app/)
// and the embed (web/embed.js), so that their tooltips say the same.

/** The entity with this id (ids are indices today; a lookup keeps that an assumption). */
export function entityById(result, id) {
  if (id == null) return null;
  if (!result.entityIndex) {
    result.entityIndex = new Map();
    result.entities.forEach((e, i) => result.entityIndex.set(e && e.id != null ? e.id : i, e));
  }
  return result.entityIndex.get(id) || null;
}

/** Display name of a quote's speaker, or '' when unknown. */
export function speakerName(quote, result) {
  const sp = quote && quote.speaker;
  if (!sp) return "";
  const e = entityById(result, sp.entity);
  if (e && e.name) return e.name;
  return sp.text || "";
}

/**
 * The lines that describe a mention after its type, as [key, value] rows:
 * its entity's name, and a note when it lies in page clutter.
 */
export function mentionRows(mention, result) {
  const rows = [];
  const entity = entityById(result, mention.entity);
  if (entity && entity.name) rows.push(["Entity", entity.name]);
  if (mention.boilerplate) rows.push(["Note", "In boilerplate"]);
  return rows;
}

/**
 * The lines that describe a quotation after its kind, as [key, value, mark]
 * rows: its speaker ("unknown", marked 'unknown', when none was found), its
 * cue, and, unless the quotation is described around a mention inside it, a
 * note when it lies in page clutter.
 */
export function quoteRows(quote, result, { aroundMention = false } = {}) {
  const name = speakerName(quote, result);
  const rows = [["Speaker", name || "unknown", name ? "" : "unknown"]];
  if (quote.cue && quote.cue.text) rows.push(["Cue", quote.cue.text]);
  if (quote.boilerplate && !aroundMention) rows.push(["Note", "In boilerplate"]);
  return rows;
}
