// Case-insensitive look-up of short words in the rules' fixed word lists.
//
// The rules ask "is this token one of these words?" many times per token.
// Binary searches over sorted string tables cost a dozen string comparisons
// each, and in WebAssembly memcmp is a plain byte loop; here one pass over
// the token lower-cases and hashes it, and one or two probes of an
// open-addressing table answer for every list at once (the value says which
// lists hold the word).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "ascii_case.h"
#include "fnv1a.h"

namespace annotator {

// FNV-1a (32-bit) of `word` with ASCII letters lower-cased: the same value as
// hashing the lower-cased copy, without making one.
inline uint32_t LowerWordHash(std::string_view word) {
  uint32_t h = kFnv1a32Basis;
  for (char c : word) h = Fnv1a32Step(h, static_cast<uint8_t>(LowerAscii(c)));
  return h;
}

// Maps lower-case words to a `Value`; look-ups ignore ASCII case. Built once
// (words must outlive the table: string literals and static tables), then
// read-only.
template <typename Value>
class WordTable {
 public:
  // The value of lower-case `word`, default-constructed when first added.
  Value* Insert(std::string_view word) {
    if (2 * (count_ + 1) > slots_.size()) Grow();
    const uint32_t hash = LowerWordHash(word);
    Slot& slot = slots_[Probe(word, hash)];
    if (slot.word == nullptr) {
      slot = Slot{word.data(), static_cast<uint32_t>(word.size()), hash, Value()};
      ++count_;
    }
    return &slot.value;
  }

  // The value of `word` in any ASCII case, or nullptr.
  const Value* Find(std::string_view word) const { return Find(word, LowerWordHash(word)); }

  // As above, with `hash` == LowerWordHash(word) already computed.
  const Value* Find(std::string_view word, uint32_t hash) const {
    if (slots_.empty()) return nullptr;
    const Slot& slot = slots_[Probe(word, hash)];
    return slot.word == nullptr ? nullptr : &slot.value;
  }

  size_t size() const { return count_; }

 private:
  struct Slot {
    const char* word = nullptr;  // nullptr: empty
    uint32_t size = 0;
    uint32_t hash = 0;
    Value value{};
  };

  // The slot holding `word`, or the empty slot where it would go. The load
  // factor stays at or below 1/2, so an empty slot always ends the probe.
  uint32_t Probe(std::string_view word, uint32_t hash) const {
    const uint32_t mask = static_cast<uint32_t>(slots_.size() - 1);
    for (uint32_t at = (hash ^ (hash >> 16)) & mask;; at = (at + 1) & mask) {
      const Slot& slot = slots_[at];
      if (slot.word == nullptr) return at;
      if (slot.hash == hash && EqualsLower(word, std::string_view(slot.word, slot.size))) return at;
    }
  }

  void Grow() {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.resize(old.empty() ? 64 : 2 * old.size());
    for (const Slot& slot : old) {
      if (slot.word != nullptr) slots_[Probe(std::string_view(slot.word, slot.size), slot.hash)] = slot;
    }
  }

  std::vector<Slot> slots_;
  size_t count_ = 0;
};

}  // namespace annotator
