// Names shown to people for the result's codes (the entity types' from
// entity-types.js, the one table of them).

import { ENTITY_TYPES } from "./entity-types.js";

export const TYPES = ENTITY_TYPES.map((type) => type.code);

export const TYPE_LABELS = Object.fromEntries(ENTITY_TYPES.map((type) => [type.code, type.label]));

// Why a text in another language shows no names (result.language "other"):
// the page, the CLI and the embed say it in these words.
export const NOT_ENGLISH =
  "The text does not read as English, so no names of people, organisations or places are marked (the recognizer knows English names only).";

export const QUOTE_KIND_LABELS = {
  direct: "Direct quotation",
  mixed: "Partial quotation",
  indirect: "Reported speech",
  scare: "Scare quotes",
};

export const QUOTE_KIND_SHORT = {
  direct: "direct",
  mixed: "partial",
  indirect: "reported",
  scare: "scare",
};

export function typeLabel(type) {
  return TYPE_LABELS[type] || String(type);
}

export function isKnownType(type) {
  return Object.prototype.hasOwnProperty.call(TYPE_LABELS, type);
}

/** Whether an unattributed quote of this kind deserves a flag. */
export function needsSpeaker(kind) {
  return kind !== "scare";
}
