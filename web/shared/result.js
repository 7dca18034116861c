// Reading a result: the entity an id names, the name of a quotation's
// speaker. Shared by the page (web/app/) and the embed (web/embed/).

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
  if (!sp) return '';
  const e = entityById(result, sp.entity);
  if (e && e.name) return e.name;
  return sp.text || '';
}
