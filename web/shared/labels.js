// Names shown to people for the result's codes.

export const TYPES = [
  'PERSON', 'ORG', 'LOCATION', 'MISC',
  'DATE', 'TIME', 'MONEY', 'PERCENT', 'CARDINAL', 'ORDINAL', 'QUANTITY',
];

export const TYPE_LABELS = {
  PERSON: 'Person',
  ORG: 'Organisation',
  LOCATION: 'Place',
  MISC: 'Other name',
  DATE: 'Date',
  TIME: 'Time',
  MONEY: 'Money',
  PERCENT: 'Percent',
  CARDINAL: 'Number',
  ORDINAL: 'Ordinal',
  QUANTITY: 'Quantity',
};

export const QUOTE_KIND_LABELS = {
  direct: 'Direct quotation',
  mixed: 'Partial quotation',
  indirect: 'Reported speech',
  scare: 'Scare quotes',
};

export const QUOTE_KIND_SHORT = {
  direct: 'direct',
  mixed: 'partial',
  indirect: 'reported',
  scare: 'scare',
};

export function typeLabel(type) {
  return TYPE_LABELS[type] || String(type);
}

export function isKnownType(type) {
  return Object.prototype.hasOwnProperty.call(TYPE_LABELS, type);
}

/** Whether an unattributed quote of this kind deserves a flag. */
export function needsSpeaker(kind) {
  return kind !== 'scare';
}
