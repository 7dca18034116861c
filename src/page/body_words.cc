#include "page/body_words.h"

#include <cstring>

namespace annotator {

bool IsContentWord(const Token& token) {
  return token.kind == TokenKind::kWord && token.Has(kHasLetter) && token.end - token.begin >= 4;
}

namespace {

// `chunk` with its ASCII capitals lower-cased, eight bytes at once: a byte's
// high bit marks it in A-Z, which then gains 0x20.
uint64_t LowerAscii(uint64_t chunk) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const uint64_t low7 = chunk & ~kHigh;
  const uint64_t from_a = low7 + (0x80 - 'A') * kOnes;      // high bit: byte >= 'A'
  const uint64_t past_z = low7 + (0x80 - 'Z' - 1) * kOnes;  // high bit: byte > 'Z'
  const uint64_t upper = from_a & ~past_z & ~chunk & kHigh;
  return chunk | (upper >> 2);
}

uint64_t Mix(uint64_t hash, uint64_t chunk) {
  hash = (hash ^ chunk) * 0xBF58476D1CE4E5B9ull;
  return hash ^ (hash >> 31);
}

}  // namespace

uint64_t WordFingerprint(std::string_view word) {
  // Eight bytes at a time: this runs for the first words of every page.
  uint64_t hash = 0x9E3779B97F4A7C15ull ^ word.size();
  size_t i = 0;
  uint64_t chunk;
  for (; i + 8 <= word.size(); i += 8) {
    std::memcpy(&chunk, word.data() + i, 8);
    hash = Mix(hash, LowerAscii(chunk));
  }
  chunk = 0;
  std::memcpy(&chunk, word.data() + i, word.size() - i);
  return Mix(hash, LowerAscii(chunk)) | 1;
}

void WordSet::Reset(size_t words) {
  size_t capacity = 16;
  while (capacity < words * 2) capacity *= 2;
  keys_.assign(capacity, 0);  // keeps its memory from the last page
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

void CollectBodyWords(const Document& doc, const std::vector<PageLine>& lines, BodyRun body, WordSet* set) {
  set->Reset(kBodyWords);
  size_t words = 0;
  for (size_t i = body.begin; i < body.end && words < kBodyWords; ++i) {
    for (uint32_t t = lines[i].first_token; t < lines[i].end_token && words < kBodyWords; ++t) {
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
