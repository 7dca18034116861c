// Open-addressing index from nonzero 32-bit keys to row numbers, built once
// when a model loads. Lookups touch one or two adjacent 8-byte slots, which
// matters because the tagger does ~40 of them per token.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace annotator {
namespace ner {

class KeyIndex {
 public:
  // `keys` must be distinct and nonzero. Load factor stays at or below 1/2.
  void Build(const uint32_t* keys, uint32_t count) {
    uint32_t capacity = 16;
    while (capacity < 2 * count) capacity <<= 1;
    mask_ = capacity - 1;
    slots_.assign(capacity, Slot{0, 0});
    for (uint32_t i = 0; i < count; ++i) {
      uint32_t at = Start(keys[i]);
      while (slots_[at].key != 0) at = (at + 1) & mask_;
      slots_[at] = Slot{keys[i], i};
    }
  }

  // Asks the CPU to fetch the slot where a search for `key` starts: a
  // caller with many keys to look up prefetches them all first, so that
  // their cache misses overlap instead of following one another.
  void Prefetch(uint32_t key) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[Start(key)]);
  }

  // The row of `key`, or -1.
  int32_t Find(uint32_t key) const {
    if (slots_.empty()) return -1;
    for (uint32_t at = Start(key);; at = (at + 1) & mask_) {
      const Slot& slot = slots_[at];
      if (slot.key == key) return static_cast<int32_t>(slot.row);
      if (slot.key == 0) return -1;
    }
  }

 private:
  struct Slot {
    uint32_t key;
    uint32_t row;
  };
  // Keys are hash values already; a multiply spreads any structure the low
  // bits might still have.
  uint32_t Start(uint32_t key) const { return (key * 0x9e3779b1u) >> 7 & mask_; }

  std::vector<Slot> slots_;
  uint32_t mask_ = 0;
};

// Distinct nonzero 32-bit keys with a value each (a model's gazetteer, its
// word classes), found through a KeyIndex.
template <typename Value>
class KeyedValues {
 public:
  // `keys` sorted ascending, distinct and nonzero; `values` parallel.
  void Assign(std::vector<uint32_t> keys, std::vector<Value> values) {
    keys_ = std::move(keys);
    values_ = std::move(values);
    index_.Build(keys_.data(), static_cast<uint32_t>(keys_.size()));
  }
  // The value of `key`, or `absent`.
  Value Find(uint32_t key, Value absent) const {
    int32_t row = index_.Find(key);
    return row < 0 ? absent : values_[row];
  }
  size_t size() const { return keys_.size(); }

 private:
  std::vector<uint32_t> keys_;
  std::vector<Value> values_;
  KeyIndex index_;
};

}  // namespace ner
}  // namespace annotator
