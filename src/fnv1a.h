// FNV-1a, the one byte hash of the project: 32 bits for the rules' word
// tables (word_table.h) and the recognizer model's checksum, 64 bits for the
// recognizer's features and for model versions. Constant-evaluable, so word
// lists can be hashed at compile time.
#pragma once

#include <cstdint>
#include <string_view>

namespace annotator {

constexpr uint32_t kFnv1a32Basis = 2166136261u;
constexpr uint32_t kFnv1a32Prime = 16777619u;

// One byte into a running 32-bit hash; start from kFnv1a32Basis.
constexpr uint32_t Fnv1a32Step(uint32_t h, uint8_t byte) { return (h ^ byte) * kFnv1a32Prime; }

constexpr uint32_t Fnv1a32(std::string_view bytes, uint32_t h = kFnv1a32Basis) {
  for (char c : bytes) h = Fnv1a32Step(h, static_cast<uint8_t>(c));
  return h;
}

constexpr uint64_t Fnv1a64(std::string_view bytes) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (char c : bytes) {
    h ^= static_cast<uint8_t>(c);
    h *= 0x100000001b3ULL;
  }
  return h;
}

}  // namespace annotator
