// The words the story's body uses, as a set of fingerprints: a line whose
// words come back in the story (a headline, a fact box under it, a table's
// labels) belongs with it more than one whose words do not (a menu, another
// story's headline).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "document.h"
#include "page/line_features.h"
#include "page/page_lines.h"

namespace annotator {

// Words that carry meaning: four bytes or more (a short word matches by chance).
bool IsContentWord(const Token& token);

// A word's fingerprint, ASCII letters lower-cased; never 0.
uint64_t WordFingerprint(std::string_view word);

// An open-addressing set of word fingerprints, sized for the words it is
// given: memory in proportion to the text, one probe sequence per look-up.
class WordSet {
 public:
  // Empties the set and makes room for `words` insertions.
  void Reset(size_t words);
  void Insert(uint64_t key);
  bool Contains(uint64_t key) const;

 private:
  std::vector<uint64_t> keys_;
  size_t mask_ = 0;
};

// How many of the body's content words are collected: its opening, where a
// headline's words and a fact box's names come back, at a bounded cost.
constexpr size_t kBodyWords = 200;

// The body's first kBodyWords content words.
void CollectBodyWords(const Document& doc, const std::vector<PageLine>& lines, BodyRun body, WordSet* set);

struct Overlap {
  int words = 0;    // content words of the line
  int matched = 0;  // of them, used by the story
};

Overlap OverlapWithBody(const Document& doc, const PageLine& line, const WordSet& body_words);

}  // namespace annotator
