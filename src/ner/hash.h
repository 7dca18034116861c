// Hashing for the recognizer's features and gazetteer. Features are never
// built as strings: each is a 64-bit hash of a template id and the hashes of
// the values it combines, so extraction allocates nothing.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fnv1a.h"

namespace annotator {
namespace ner {

// The 64-bit finalizer of MurmurHash3: spreads every input bit over the word.
constexpr uint64_t Mix64(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

// The lower-form hashes of `words` (already lower case), at compile time:
// a table for Contains.
template <typename Word, size_t N>
constexpr std::array<uint64_t, N> WordHashes(const Word (&words)[N]) {
  std::array<uint64_t, N> hashes{};
  for (size_t i = 0; i < N; ++i) hashes[i] = Fnv1a64(words[i]);
  return hashes;
}

// Whether `h` is in the table `hashes` (a short list of word hashes).
template <size_t N>
constexpr bool Contains(const std::array<uint64_t, N>& hashes, uint64_t h) {
  for (uint64_t entry : hashes) {
    if (entry == h) return true;
  }
  return false;
}

// WordHashes sorted, at compile time, for ContainsSorted, which takes a
// handful of probes where Contains would read a long list through. A type
// of its own, so that no unsorted table is ever searched as sorted.
template <size_t N>
struct SortedHashes {
  std::array<uint64_t, N> hashes;
};

template <typename Word, size_t N>
constexpr SortedHashes<N> SortedWordHashes(const Word (&words)[N]) {
  std::array<uint64_t, N> hashes = WordHashes(words);
  for (size_t i = 1; i < N; ++i) {  // insertion sort: constexpr, and N is small
    for (size_t j = i; j > 0 && hashes[j - 1] > hashes[j]; --j) {
      const uint64_t t = hashes[j];
      hashes[j] = hashes[j - 1];
      hashes[j - 1] = t;
    }
  }
  return SortedHashes<N>{hashes};
}

// Whether `h` is in the sorted table `table`.
template <size_t N>
bool ContainsSorted(const SortedHashes<N>& table, uint64_t h) {
  return std::binary_search(table.hashes.begin(), table.hashes.end(), h);
}

// Order-sensitive combination of two hashes.
constexpr uint64_t Combine(uint64_t a, uint64_t b) {
  return Mix64(a * 0x9e3779b97f4a7c15ULL + b + 0x632be59bd9b4e019ULL);
}

// Tables store 32-bit keys (half the size of 64-bit ones; with ~100k entries
// the chance of a harmful collision is negligible). 0 marks an empty slot.
inline uint32_t FoldKey(uint64_t h) {
  uint32_t key = static_cast<uint32_t>(h ^ (h >> 32));
  return key == 0 ? 1u : key;
}

}  // namespace ner
}  // namespace annotator
