// Helpers for filling a row of features (line_features.cc, title_features.cc).
#pragma once

#include <cstddef>
#include <cstdint>

namespace annotator {

inline float Clip01(float x) { return x < 0 ? 0 : x > 1 ? 1 : x; }

// One-hot bucket: sets row[first + i] for the first of `limits` that
// `value` does not exceed, or row[first + N] when it exceeds them all.
template <size_t N>
void SetBucket(uint32_t value, const uint32_t (&limits)[N], size_t first, float* row) {
  for (size_t i = 0; i < N; ++i) {
    if (value <= limits[i]) {
      row[first + i] = 1;
      return;
    }
  }
  row[first + N] = 1;
}

}  // namespace annotator
