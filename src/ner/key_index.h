// Open-addressing index from nonzero 32-bit keys to row numbers, built once
// when a model loads. Lookups touch one or two adjacent 8-byte slots, which
// matters because the tagger does ~40 of them per token.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "ner/prefetch.h"

namespace annotator {
namespace ner {

// A bit per hashed key, in a table small enough to stay cached: most keys
// looked up are absent (features the model pruned, word runs that name
// nothing), and it tells 15 in 16 of them without reading the table itself.
class KeyFilter {
 public:
  // About 16 bits per key.
  void Build(const uint32_t* keys, size_t count) {
    int bits = 6;
    while ((uint64_t{1} << bits) < uint64_t{16} * count) ++bits;
    shift_ = 32 - bits;
    words_.assign(size_t{1} << (bits - 6), 0);
    for (size_t i = 0; i < count; ++i) {
      const uint32_t bit = Bit(keys[i]);
      words_[bit >> 6] |= uint64_t{1} << (bit & 63);
    }
  }
  // False when `key` is surely not among the keys (always, before Build).
  bool MayHold(uint32_t key) const {
    if (words_.empty()) return false;
    const uint32_t bit = Bit(key);
    return (words_[bit >> 6] >> (bit & 63)) & 1;
  }

 private:
  // Keys are hash values already; a multiply spreads any structure left.
  uint32_t Bit(uint32_t key) const { return (key * 0x85ebca6bu) >> shift_; }
  std::vector<uint64_t> words_;
  int shift_ = 32;
};

class KeyIndex {
 public:
  // `keys` must be distinct and nonzero. Load factor stays at or below 1/2.
  // Each key's row is its position in `keys`, or `payloads[i]` when given.
  void Build(const uint32_t* keys, uint32_t count, const uint32_t* payloads = nullptr) {
    uint32_t capacity = 16;
    while (capacity < 2 * count) capacity <<= 1;
    mask_ = capacity - 1;
    slots_.assign(capacity, Slot{0, 0});
    for (uint32_t i = 0; i < count; ++i) {
      uint32_t at = Start(keys[i]);
      while (slots_[at].key != 0) at = (at + 1) & mask_;
      slots_[at] = Slot{keys[i], payloads ? payloads[i] : i};
    }
    filter_.Build(keys, count);
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

  bool MayHold(uint32_t key) const { return filter_.MayHold(key); }

  std::vector<Slot> slots_;
  uint32_t mask_ = 0;
  KeyFilter filter_;
};

// Distinct 32-bit keys with a value each (a model's gazetteer, its word
// classes), kept sorted, as the model file lists them, and found through a
// directory on their top bits that tells where each bucket of one or two
// keys starts; each key's low bits and its value share one 32-bit entry.
// That is about 6 bytes a key, where an open-addressing table like
// KeyIndex's takes 16 or more: a model loads ~190,000 of these keys, and on
// a fresh page of memory every first touch is a page fault, which cost more
// of the load than decoding the keys did. A lookup reads the directory,
// then the bucket's entries, which sit together. (The feature index stays
// a KeyIndex: the tagger does ~40 lookups a token, and one read is faster.)
template <typename Value>
class KeyedValues {
  static_assert(sizeof(Value) <= sizeof(uint32_t), "a value must fit in 32 bits");

 public:
  // `keys` sorted ascending and distinct; `values` parallel, each stored
  // plus `offset` (all below 2^32). An entry holds a key's bits below the
  // directory's and its value in 32 bits, so the directory grows with the
  // values' width: values under 2^16 (every model's) keep it at most 2^16
  // buckets beyond one or two keys a bucket. The entries take the keys'
  // place, so a table is built without another copy of them. With
  // `filtered`, a KeyFilter (2 bytes a key) answers most absent keys first:
  // for tables mostly asked for keys they do not hold, often.
  template <typename Stored>
  void Assign(std::vector<uint32_t> keys, const std::vector<Stored>& values, uint32_t offset = 0,
              bool filtered = false) {
    static_assert(sizeof(Stored) <= sizeof(uint32_t), "a value must fit in 32 bits");
    size_ = keys.size();
    filter_ = KeyFilter();
    if (filtered) filter_.Build(keys.data(), keys.size());
    filtered_ = filtered;
    uint32_t widest = 0;
    for (Stored value : values) widest |= static_cast<uint32_t>(value) + offset;
    value_bits_ = BitWidth(widest);
    key_bits_ = keys.empty() ? 1 : std::max(1, BitWidth(keys.back()));
    // One or two keys a bucket on average.
    int dir_bits = 1;
    while (dir_bits < key_bits_ && (size_t{2} << dir_bits) <= size_) ++dir_bits;
    dir_bits = std::max(dir_bits, std::min(key_bits_, key_bits_ + value_bits_ - 32));
    low_bits_ = key_bits_ - dir_bits;
    const uint32_t buckets = uint32_t{1} << dir_bits;
    directory_.resize(size_t{buckets} + 1);
    entries_ = std::move(keys);
    uint32_t bucket = 0;
    for (uint32_t i = 0; i < size_; ++i) {
      const uint32_t key = entries_[i];
      const uint32_t key_bucket = Bucket(key);
      while (bucket <= key_bucket) directory_[bucket++] = i;
      entries_[i] =
          static_cast<uint32_t>(uint64_t{Low(key)} << value_bits_) | (static_cast<uint32_t>(values[i]) + offset);
    }
    while (bucket <= buckets) directory_[bucket++] = static_cast<uint32_t>(size_);
  }
  // The value of `key`, or `absent`.
  Value Find(uint32_t key, Value absent) const {
    if (!MayHold(key)) return absent;
    const uint32_t bucket = Bucket(key), low = Low(key);
    for (uint32_t i = directory_[bucket], end = directory_[bucket + 1]; i < end; ++i) {
      const uint32_t entry = entries_[i];
      const uint32_t entry_low = static_cast<uint32_t>(uint64_t{entry} >> value_bits_);
      if (entry_low < low) continue;
      if (entry_low > low) break;
      return static_cast<Value>(entry & static_cast<uint32_t>((uint64_t{1} << value_bits_) - 1));
    }
    return absent;
  }
  // Asks the CPU to fetch the directory entry Find(key) starts from.
  void Prefetch(uint32_t key) const {
    if (MayHold(key)) ner::Prefetch(&directory_[Bucket(key)]);
  }
  size_t size() const { return size_; }

 private:
  bool MayHold(uint32_t key) const {
    return size_ != 0 && (uint64_t{key} >> key_bits_) == 0 && (!filtered_ || filter_.MayHold(key));
  }
  static int BitWidth(uint32_t value) { return value == 0 ? 0 : 32 - __builtin_clz(value); }
  uint32_t Bucket(uint32_t key) const { return static_cast<uint32_t>(uint64_t{key} >> low_bits_); }
  uint32_t Low(uint32_t key) const { return static_cast<uint32_t>(key & ((uint64_t{1} << low_bits_) - 1)); }

  size_t size_ = 0;
  int key_bits_ = 1;                 // every key is below 2^key_bits_
  int low_bits_ = 0;                 // bits of a key below its bucket number
  int value_bits_ = 0;               // an entry: the key's low bits, then the value in these low bits
  std::vector<uint32_t> directory_;  // bucket b's entries are [directory_[b], directory_[b + 1])
  std::vector<uint32_t> entries_;
  bool filtered_ = false;
  KeyFilter filter_;
};

}  // namespace ner
}  // namespace annotator
