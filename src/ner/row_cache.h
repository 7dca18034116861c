// A cache of summed weight rows for the recognizer. Most of a token's
// features depend on one word only (its form, shape, affixes; a neighbour's
// form and shape), so their summed weights are the same wherever that word
// occurs: summing them once and reusing the sum replaces ~30 scattered
// lookups in a table far larger than the CPU cache by five cached rows.
// Sums of integers are exact, so a cached row equals the sum it replaces.
#pragma once

#include <cstdint>
#include <vector>

#include "ner/prefetch.h"
#include "ner/tags.h"

namespace annotator {
namespace ner {

// The size, as bits of a power of two, of a direct-mapped cache that has
// served `tokens_seen` tokens so far: twice that many entries, within
// [min_bits, max_bits]. The caches grow with the text instead of taking
// their full size at the first call: a short text (the warm-up at load, a
// headline) touched megabytes of fresh memory, a page fault every 4 KB.
inline int CacheBitsFor(uint64_t tokens_seen, int min_bits, int max_bits) {
  int bits = min_bits;
  while (bits < max_bits && (uint64_t{1} << bits) < 2 * tokens_seen) ++bits;
  return bits;
}

class RowCache {
 public:
  struct Entry {
    uint64_t key;
    int32_t row[kNumTags];
  };

  // Empties the cache unless it already holds sums of the model `model_id`;
  // grows it (emptied) with the tokens the recognizer has seen (CacheBitsFor).
  void Use(uint64_t model_id, uint64_t tokens_seen) {
    const int bits = CacheBitsFor(tokens_seen, kMinBits, kMaxBits);
    if (bits > bits_) {
      bits_ = bits;
      entries_.assign(size_t{1} << bits, Entry{});
      model_id_ = model_id;
      return;
    }
    if (model_id == model_id_) return;
    for (Entry& entry : entries_) entry.key = 0;
    model_id_ = model_id;
  }

  // The entry for `key`, a hash of everything the summed features depend on.
  // When *found is false the entry has been claimed for `key` (replacing
  // whatever was there: the cache is direct-mapped and never grows) and the
  // caller must fill its row.
  Entry* Lookup(uint64_t key, bool* found) {
    key |= 1;  // 0 marks an empty entry
    Entry& entry = entries_[Slot(key)];
    *found = entry.key == key;
    entry.key = key;
    return &entry;
  }

  // The entry of `key`, or null; unlike Lookup, claims nothing.
  const Entry* Find(uint64_t key) const {
    const Entry& entry = entries_[Slot(key | 1)];
    return entry.key == (key | 1) ? &entry : nullptr;
  }

  size_t size() const { return entries_.size(); }
  // Asks the CPU to fetch the entry of `key` ahead of its Lookup.
  void Prefetch(uint64_t key) const {
    const Entry* entry = &entries_[Slot(key | 1)];
    ner::Prefetch(entry);
    ner::Prefetch(reinterpret_cast<const char*>(entry) + sizeof(Entry) - 1);
  }

 private:
  size_t Slot(uint64_t key) const { return key >> (64 - bits_); }  // keys are well-mixed hashes

  // At most 32768 entries of 80 bytes (2.6 MB): a few articles' words fit,
  // and the frequent words stay across documents.
  static constexpr int kMinBits = 9, kMaxBits = 15;
  int bits_ = 0;  // entries_ holds 2^bits_ entries (none before the first Use)
  std::vector<Entry> entries_;
  uint64_t model_id_ = 0;
};

}  // namespace ner
}  // namespace annotator
