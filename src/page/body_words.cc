#include "page/body_words.h"

namespace annotator {

bool IsContentWord(const Token& token) {
  return token.kind == TokenKind::kWord && token.Has(kHasLetter) && token.end - token.begin >= 4;
}

uint64_t WordFingerprint(std::string_view word) {
  uint64_t hash = 14695981039346656037ull;  // FNV-1a over the ASCII-lower-cased bytes
  for (char c : word) {
    const char lower = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
    hash = (hash ^ static_cast<unsigned char>(lower)) * 1099511628211ull;
  }
  return hash | 1;
}

void WordSet::Reset(size_t words) {
  size_t capacity = 16;
  while (capacity < words * 2) capacity *= 2;
  keys_.assign(capacity, 0);
  mask_ = capacity - 1;
}

void WordSet::Insert(uint64_t key) {
  size_t slot = key & mask_;
  while (keys_[slot] != 0 && keys_[slot] != key) slot = (slot + 1) & mask_;
  keys_[slot] = key;
}

bool WordSet::Contains(uint64_t key) const {
  if (keys_.empty()) return false;
  size_t slot = key & mask_;
  while (keys_[slot] != 0) {
    if (keys_[slot] == key) return true;
    slot = (slot + 1) & mask_;
  }
  return false;
}

void CollectBodyWords(const Document& doc, const std::vector<PageLine>& lines, BodyRun body, size_t max_words,
                      WordSet* set) {
  // Sized by the body's tokens, an upper bound on its words.
  const size_t tokens = body.end > body.begin ? lines[body.end - 1].end_token - lines[body.begin].first_token : 0;
  set->Reset(std::min(tokens, max_words));
  size_t words = 0;
  for (size_t i = body.begin; i < body.end && words < max_words; ++i) {
    for (uint32_t t = lines[i].first_token; t < lines[i].end_token && words < max_words; ++t) {
      const Token& token = doc.tokens[t];
      if (!IsContentWord(token)) continue;
      set->Insert(WordFingerprint(doc.Text({token.begin, token.end})));
      ++words;
    }
  }
}

Overlap OverlapWithBody(const Document& doc, const PageLine& line, const WordSet& body_words) {
  Overlap overlap;
  for (uint32_t t = line.first_token; t < line.end_token; ++t) {
    const Token& token = doc.tokens[t];
    if (!IsContentWord(token)) continue;
    ++overlap.words;
    overlap.matched += body_words.Contains(WordFingerprint(doc.Text({token.begin, token.end})));
  }
  return overlap;
}

}  // namespace annotator
