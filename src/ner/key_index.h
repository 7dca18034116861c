// Open-addressing index from nonzero 32-bit keys to row numbers, built once
// when a model loads. Lookups touch one or two adjacent 8-byte slots, which
// matters because the tagger does ~40 of them per token.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "ner/prefetch.h"

namespace annotator {
namespace ner {

class KeyIndex {
 public:
  // `keys` must be distinct and nonzero. Load factor stays at or below 1/2.
  // Each key's row is its position in `keys`, or `payloads[i]` when given.
  void Build(const uint32_t* keys, uint32_t count, const uint32_t* payloads = nullptr) {
    uint32_t capacity = 16;
    while (capacity < 2 * count) capacity <<= 1;
    mask_ = capacity - 1;
    slots_.assign(capacity, Slot{0, 0});
    // The filter has about 16 bits per key: 1 in 16 absent keys gets past it.
    int filter_bits = 6;
    while ((uint64_t{1} << filter_bits) < uint64_t{16} * count) ++filter_bits;
    filter_shift_ = 32 - filter_bits;
    filter_.assign(size_t{1} << (filter_bits - 6), 0);
    for (uint32_t i = 0; i < count; ++i) {
      uint32_t at = Start(keys[i]);
      while (slots_[at].key != 0) at = (at + 1) & mask_;
      slots_[at] = Slot{keys[i], payloads ? payloads[i] : i};
      const uint32_t bit = FilterBit(keys[i]);
      filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
    }
  }

  // Asks the CPU to fetch the slot where a search for `key` starts: a
  // caller with many keys to look up prefetches them all first, so that
  // their cache misses overlap instead of following one another. Keys the
  // filter rules out fetch nothing.
  void Prefetch(uint32_t key) const {
    if (MayHold(key)) ner::Prefetch(&slots_[Start(key)]);
  }

  // The row of `key`, or -1.
  int32_t Find(uint32_t key) const {
    const uint32_t* row = FindRow(key);
    return row ? static_cast<int32_t>(*row) : -1;
  }

  // The row (or payload) of `key`, or null.
  const uint32_t* FindRow(uint32_t key) const {
    if (!MayHold(key)) return nullptr;
    for (uint32_t at = Start(key);; at = (at + 1) & mask_) {
      const Slot& slot = slots_[at];
      if (slot.key == key) return &slot.row;
      if (slot.key == 0) return nullptr;
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

  // Most keys looked up are absent (features the model pruned, word runs
  // that name nothing), and the slots are far larger than the CPU caches. A
  // bit per hashed key, in a table small enough to stay cached, tells most
  // absent keys without touching the slots. A different multiplier from
  // Start's keeps the two hashes independent.
  uint32_t FilterBit(uint32_t key) const { return (key * 0x85ebca6bu) >> filter_shift_; }
  bool MayHold(uint32_t key) const {
    if (filter_.empty()) return false;
    const uint32_t bit = FilterBit(key);
    return (filter_[bit >> 6] >> (bit & 63)) & 1;
  }

  std::vector<Slot> slots_;
  uint32_t mask_ = 0;
  std::vector<uint64_t> filter_;
  int filter_shift_ = 32;
};

// Distinct nonzero 32-bit keys with a value each (a model's gazetteer, its
// word classes), found through a KeyIndex. The values sit in the index's
// slots, so a lookup reads one place in memory, not two.
template <typename Value>
class KeyedValues {
  static_assert(sizeof(Value) <= sizeof(uint32_t), "a value must fit in an index slot");

 public:
  // `keys` sorted ascending, distinct and nonzero; `values` parallel.
  void Assign(const std::vector<uint32_t>& keys, const std::vector<Value>& values) {
    std::vector<uint32_t> payloads(values.begin(), values.end());
    size_ = keys.size();
    index_.Build(keys.data(), static_cast<uint32_t>(size_), payloads.data());
  }
  // The value of `key`, or `absent`.
  Value Find(uint32_t key, Value absent) const {
    const uint32_t* value = index_.FindRow(key);
    return value ? static_cast<Value>(*value) : absent;
  }
  void Prefetch(uint32_t key) const { index_.Prefetch(key); }
  size_t size() const { return size_; }

 private:
  size_t size_ = 0;
  KeyIndex index_;
};

}  // namespace ner
}  // namespace annotator
