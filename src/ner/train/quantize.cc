#include "ner/train/quantize.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "ner/hash.h"
#include "ner/tags.h"

namespace annotator {
namespace ner {

std::vector<double> FitLevels(const std::vector<double>& values) {
  constexpr int kLevels = 127;
  std::vector<double> levels(kLevels, 1.0);
  if (values.empty()) return levels;
  const double top = values.back(), smallest = top / 16384;
  for (int q = 0; q < kLevels; ++q) levels[q] = smallest * std::pow(top / smallest, q / (kLevels - 1.0));
  std::vector<double> prefix(values.size() + 1, 0);  // prefix sums for the cell means
  for (size_t i = 0; i < values.size(); ++i) prefix[i + 1] = prefix[i] + values[i];
  for (int iteration = 0; iteration < 40; ++iteration) {
    // Cell q holds the values between the midpoints around level q.
    size_t cell_begin = std::lower_bound(values.begin(), values.end(), levels[0] / 2) - values.begin();
    for (int q = 0; q < kLevels; ++q) {
      const double upper = q + 1 < kLevels ? (levels[q] + levels[q + 1]) / 2 : HUGE_VAL;
      const size_t cell_end = std::lower_bound(values.begin() + cell_begin, values.end(), upper) - values.begin();
      if (cell_end > cell_begin) levels[q] = (prefix[cell_end] - prefix[cell_begin]) / (cell_end - cell_begin);
      cell_begin = cell_end;
    }
    std::sort(levels.begin(), levels.end());
  }
  return levels;
}

int8_t NearestLevel(const std::vector<double>& levels, double magnitude) {
  if (magnitude < levels[0] / 2) return 0;
  const size_t above = std::lower_bound(levels.begin(), levels.end(), magnitude) - levels.begin();
  size_t q = above;
  if (above == levels.size() || (above > 0 && magnitude - levels[above - 1] < levels[above] - magnitude)) q = above - 1;
  return static_cast<int8_t>(q + 1);
}

NerModel Quantize(const FeatureTable& table, const Weights& weights, float prune, NerModel model) {
  // Fold 64-bit hashes to the stored 32-bit keys, summing any colliding rows.
  std::map<uint32_t, std::vector<float>> folded;
  const std::vector<uint64_t>& keys = table.keys_in_order();
  for (size_t row = 0; row < keys.size(); ++row) {
    std::vector<float>& out = folded[FoldKey(keys[row])];
    out.resize(kNumTags, 0.0f);
    for (int t = 0; t < kNumTags; ++t) out[t] += weights.emission[row * kNumTags + t];
  }
  auto kept = [prune](const std::vector<float>& row) {
    float largest = 0;
    for (float w : row) largest = std::max(largest, std::fabs(w));
    return largest >= prune;
  };
  std::vector<double> positive, negative;
  for (const auto& entry : folded) {
    if (!kept(entry.second)) continue;
    for (float w : entry.second) {
      if (w > 0) positive.push_back(w);
      if (w < 0) negative.push_back(-w);
    }
  }
  std::sort(positive.begin(), positive.end());
  std::sort(negative.begin(), negative.end());
  const std::vector<double> up = FitLevels(positive), down = FitLevels(negative);
  model.codebook.assign(kCodebookSize, 0.0f);
  for (int q = 1; q <= 127; ++q) {
    model.codebook[128 + q] = static_cast<float>(up[q - 1]);
    model.codebook[128 - q] = static_cast<float>(-down[q - 1]);
  }
  model.codebook[0] = model.codebook[1];  // code -128 is never written
  auto encode = [&](float w) -> int8_t {
    return w >= 0 ? NearestLevel(up, w) : static_cast<int8_t>(-NearestLevel(down, -w));
  };
  model.feature_keys.clear();
  std::vector<int8_t> rows;  // row-major: feature * kNumTags + tag
  for (const auto& entry : folded) {
    if (!kept(entry.second)) continue;
    int8_t codes[kNumTags];
    bool any = false;
    for (int t = 0; t < kNumTags; ++t) {
      codes[t] = encode(entry.second[t]);
      any |= codes[t] != 0;
    }
    if (!any) continue;
    model.feature_keys.push_back(entry.first);
    rows.insert(rows.end(), codes, codes + kNumTags);
  }
  const size_t features = model.feature_keys.size();
  model.weights.assign(rows.size(), 0);
  for (size_t f = 0; f < features; ++f) {
    for (int t = 0; t < kNumTags; ++t) model.weights[t * features + f] = rows[f * kNumTags + t];
  }
  model.transitions = weights.transitions;
  return model;
}

}  // namespace ner
}  // namespace annotator
