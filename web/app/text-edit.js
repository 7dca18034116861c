// Whether a text is another version of an article (a typo fixed, a line
// added, the page copied again after an update) rather than another
// article: then its corrections follow it (corrections.js: reanchorOps).

import { textEdit } from "./anchors.js";

// Lines this short ("Share", "Advertisement") are in every article of a site.
const MIN_LINE = 20;
// At most this many lines of the old text are looked up.
const SAMPLE_LINES = 2000;

function longLines(text) {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length >= MIN_LINE);
}

/**
 * Whether `newText` is an edit of `oldText`: at least half of it is
 * unchanged at either end (one stretch replaced), or at least half of the
 * old text's lines (of some length) are in the new one.
 */
export function isEditOf(oldText, newText) {
  if (!oldText || !newText) return false;
  if (oldText === newText) return true;
  if (textEdit(oldText, newText).unchanged >= 0.5 * Math.max(oldText.length, newText.length)) return true;
  const old = longLines(oldText);
  if (!old.length) return false;
  const step = Math.max(1, Math.floor(old.length / SAMPLE_LINES));
  const sample = old.filter((_, i) => i % step === 0);
  const lines = new Set(longLines(newText));
  return sample.filter((line) => lines.has(line)).length >= 0.5 * sample.length;
}
