#include "ner/train/perceptron.h"

#include <utility>

namespace annotator {
namespace ner {

int32_t FeatureTable::Insert(uint64_t key) {
  size_t at = Mix64(key) & mask_;
  for (;; at = (at + 1) & mask_) {
    if (rows_[at] < 0) break;
    if (keys_[at] == key) return rows_[at];
  }
  if (2 * (size_ + 1) > keys_.size()) {
    Grow();
    return Insert(key);
  }
  keys_[at] = key;
  rows_[at] = static_cast<int32_t>(size_);
  order_.push_back(key);
  return static_cast<int32_t>(size_++);
}

void FeatureTable::Grow() {
  std::vector<uint64_t> order = order_;
  FeatureTable bigger(keys_.size());
  for (uint64_t key : order) bigger.Insert(key);
  *this = std::move(bigger);
}

Perceptron::Perceptron(size_t rows) {
  current.emission.assign(rows * kNumTags, 0);
  emission_sum.assign(rows * kNumTags, 0);
  current.transitions.assign(kTransitionTableSize, 0);
  transition_sum.assign(kTransitionTableSize, 0);
}

Weights Perceptron::Averaged() const {
  Weights avg = current;
  for (size_t i = 0; i < avg.emission.size(); ++i) {
    avg.emission[i] = static_cast<float>(current.emission[i] - emission_sum[i] / step);
  }
  for (size_t i = 0; i < avg.transitions.size(); ++i) {
    avg.transitions[i] = static_cast<float>(current.transitions[i] - transition_sum[i] / step);
  }
  return avg;
}

void TagSentence(const FeatureExtractor& extractor, int begin, int end, const FeatureTable& table,
                 const Weights& weights, SentenceBuffers* b) {
  const int n = end - begin;
  b->rows.clear();
  b->offsets.assign(1, 0);
  b->emission.assign(static_cast<size_t>(n) * kNumTags, 0.0f);
  b->classes.resize(n);
  b->tags.resize(n);
  uint64_t features[kMaxFeatures];
  for (int i = 0; i < n; ++i) {
    int count = extractor.Extract(begin + i, features);
    float* scores = b->emission.data() + static_cast<size_t>(i) * kNumTags;
    for (int k = 0; k < count; ++k) {
      int32_t row = table.Find(features[k]);
      if (row < 0) continue;
      b->rows.push_back(row);
      const float* w = weights.emission.data() + static_cast<size_t>(row) * kNumTags;
      for (int t = 0; t < kNumTags; ++t) scores[t] += w[t];
    }
    b->offsets.push_back(static_cast<int32_t>(b->rows.size()));
    b->classes[i] = extractor.facts()[begin + i].token_class;
  }
  ViterbiDecode(b->emission.data(), b->classes.data(), n, weights.transitions.data(), &b->viterbi, b->tags.data());
}

int64_t LearnSentence(const uint8_t* gold, const SentenceBuffers& b, int n, Perceptron* perceptron) {
  int64_t errors = 0;
  for (int i = 0; i < n; ++i) {
    int prev_gold = i ? gold[i - 1] : kStartTag;
    int prev_pred = i ? b.tags[i - 1] : kStartTag;
    if (gold[i] == b.tags[i] && prev_gold == prev_pred) continue;
    int cls = b.classes[i];
    perceptron->UpdateTransition(TransitionIndex(cls, prev_gold, gold[i]), 1);
    perceptron->UpdateTransition(TransitionIndex(cls, prev_pred, b.tags[i]), -1);
    if (gold[i] == b.tags[i]) continue;
    ++errors;
    for (int k = b.offsets[i]; k < b.offsets[i + 1]; ++k) {
      perceptron->UpdateEmission(b.rows[k], gold[i], 1);
      perceptron->UpdateEmission(b.rows[k], b.tags[i], -1);
    }
  }
  return errors;
}

}  // namespace ner
}  // namespace annotator
