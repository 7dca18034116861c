// The lines of a pasted page and the facts about each line's shape that tell
// page clutter (menus, share bars, bylines, link lists) from the story's prose.
// One pass over the paragraphs and their tokens; nothing here allocates per
// token.
#pragma once

#include <cstdint>
#include <vector>

#include "document.h"
#include "page/phrases.h"

namespace annotator {

// One line of the page, trimmed of surrounding space; in hard-wrapped prose,
// one paragraph.
struct PageLine {
  Span span;
  uint32_t first_token = 0;  // the line's tokens are [first_token, end_token)
  uint32_t end_token = 0;
  uint32_t width = 0;  // characters, ideographs and Hangul counted twice
  // Counts over the line's first 64 tokens (a long paragraph is told by its
  // width; its shares of capitals or numbers by its start).
  uint16_t words = 0;        // word tokens (letters) and ideographs
  uint16_t capitalized = 0;  // words that start upper case
  uint16_t short_lower = 0;  // lower-case words of one to three letters: function words
  uint16_t numbers = 0;      // number tokens
  uint16_t commas = 0;
  uint16_t inner_stops = 0;   // sentence ends before the last token
  uint16_t separators = 0;    // | · • » › standing between words of a link list
  uint16_t links = 0;         // URLs, e-mail addresses, @handles
  uint16_t wide_gaps = 0;     // tabs or runs of spaces between tokens: cells or menu items
  uint16_t repeats = 1;       // lines of the page with the same text, this one included
  uint32_t skeleton = 0;      // the marks inside the line ( , : ( ) – @ $ … and the tabs between
                              // table cells), in order, hashed; 0 if none: rows of a table or
                              // list share it ("June 9 – Tampa, FL @ Arena", "1\tKyle Busch\t5040")
  bool blank_before = false;  // a blank line (or the start of the text) before it
  bool ends_stop = false;     // ends a sentence: . ! ? … (closing quotes and brackets aside)
  bool ends_colon = false;
  bool ends_open = false;      // ends with , ; or a dash: reads on
  bool ends_ellipsis = false;  // ends with … or ...: trails off, or is cut short
  bool truncated = false;      // ends with […] or [...]: an excerpt cut short, a teaser
  bool starts_lower = false;
  bool starts_digit = false;
  bool starts_bullet = false;
  bool numbered = false;  // "1. …", "12) …": an item of a numbered list
  bool starts_quote = false;
  bool all_caps = false;       // letters all upper case (two or more words, or a long word)
  bool has_date = false;       // a month or weekday name, a clock time, "ago" (in a line of 24 tokens or fewer)
  bool byline = false;         // "By Jane Doe", "By Jane Doe and John Roe, Reuters"
  bool signature = false;      // "— Jane Doe (@jane) May 1, 2019": the source under an embedded post or quote
  bool parenthetical = false;  // "(Reporting by Jane Doe; Editing by John Roe)"
  bool rule = false;           // no letters or digits: "___", "* * *"
  bool bio = false;            // "Jane Doe is a reporter covering …": a name, then what the author does
  PhraseMatch phrase;          // the clutter phrase the line opens with or is, if any
};

// Fills `lines` from `doc` (paragraphs and tokens must be filled).
void FindPageLines(const Document& doc, std::vector<PageLine>* lines);

// Whether a line reads as a sentence of prose: several words ending a sentence.
// A teaser cut short ("… […]") is not.
inline bool IsProse(const PageLine& line) { return line.ends_stop && line.words >= 8 && !line.truncated; }

// Whether a line reads as running text though it ends no sentence: a long
// clause with the function words of prose, no link-list marks and not in
// capitals, as an item of a list in the story runs ("Sign up for the bundle
// using the same email as your account").
inline bool ReadsAsClause(const PageLine& line) {
  return line.words >= 10 && line.short_lower * 4 >= line.words && !line.all_caps && line.separators == 0 &&
         line.links == 0 && !line.truncated;
}

// Whether the clutter phrase a line holds (if any) names clutter: not when
// it merely opens a clause of running text ("Sign up for the bundle using
// the same email as your account"), as an item of a list in a story may;
// a consent notice is written in sentences, so its phrase counts even there.
inline bool PhraseNamesClutter(const PageLine& line) {
  const PhraseMatch& phrase = line.phrase;
  if (phrase.kind == ClutterKind::kNone) return false;
  return !(phrase.at_start && !phrase.whole && !phrase.labelled && phrase.kind != ClutterKind::kCookie &&
           ReadsAsClause(line));
}

// A line that is a clutter phrase ("Share", "Advertisement", "12 Comments"),
// opens with one as a label ("Related: …", "Photo: …", "Disclaimer. …"), or
// opens with one and is short without being a sentence ("Sign up for …"):
// clutter wherever it stands (on the dev pages such lines are story about
// once in sixty).
inline bool IsClutterByPhrase(const PageLine& line) {
  if (line.phrase.whole) return true;
  // A full stop after the phrase may end a sentence of prose ("Keep
  // reading. I'm about to show you …"); a colon, or a word that opens no
  // sentence ("Disclaimer. …"), makes it a label.
  if (line.phrase.at_start && line.phrase.labelled && (line.phrase.strong_label || !IsProse(line))) return true;
  return line.phrase.at_start && line.width < 80 && !(line.ends_stop && line.words >= 5) && PhraseNamesClutter(line);
}

// Whether a line names a clutter block: a phrase that opens a short line.
inline bool IsClutterHeading(const PageLine& line) {
  return PhraseNamesClutter(line) && (line.phrase.whole || (line.phrase.at_start && line.width < 80));
}

// Whether a line is short: a menu entry, a label, a name.
inline bool IsShort(const PageLine& line) { return line.width < 40 && !IsProse(line); }

}  // namespace annotator
