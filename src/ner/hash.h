// Hashing for the recognizer's features and gazetteer. Features are never
// built as strings: each is a 64-bit hash of a template id and the hashes of
// the values it combines, so extraction allocates nothing.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

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

inline uint64_t Fnv1a64(std::string_view bytes) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

// Order-sensitive combination of two hashes.
// Fnv1a64 at compile time, for tables of word hashes.
constexpr uint64_t ConstFnv1a64(const char* s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (; *s; ++s) {
    h ^= static_cast<unsigned char>(*s);
    h *= 0x100000001b3ULL;
  }
  return h;
}

// Whether `h` is in the table `hashes` (a short list of word hashes).
template <size_t N>
constexpr bool Contains(const uint64_t (&hashes)[N], uint64_t h) {
  for (uint64_t entry : hashes) {
    if (entry == h) return true;
  }
  return false;
}

constexpr uint64_t Combine(uint64_t a, uint64_t b) {
  return Mix64(a * 0x9e3779b97f4a7c15ULL + b + 0x632be59bd9b4e019ULL);
}

// Tables store 32-bit keys (half the size of 64-bit ones; with ~100k entries
// the chance of a harmful collision is negligible). 0 marks an empty slot.
inline uint32_t FoldKey(uint64_t h) {
  uint32_t key = static_cast<uint32_t>(h ^ (h >> 32));
  return key == 0 ? 1u : key;
}

inline uint32_t Fnv1a32(const unsigned char* data, size_t size) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < size; ++i) {
    h ^= data[i];
    h *= 16777619u;
  }
  return h;
}

}  // namespace ner
}  // namespace annotator
