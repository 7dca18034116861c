// The recognizer's learner: an averaged structured perceptron over hashed
// features, with float weights in a table of the features seen in training,
// and the Viterbi tagging of one sentence that it learns from.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "ner/features.h"
#include "ner/hash.h"
#include "ner/tags.h"

namespace annotator {
namespace ner {

// Open addressing from 64-bit feature hashes to rows of kNumTags weights;
// rows are numbered in insertion order.
class FeatureTable {
 public:
  explicit FeatureTable(size_t capacity_hint = 0) {
    size_t capacity = 1024;
    while (capacity < 2 * capacity_hint) capacity <<= 1;
    keys_.assign(capacity, 0);
    rows_.assign(capacity, -1);
    mask_ = capacity - 1;
  }
  // The row of `key`, or -1.
  int32_t Find(uint64_t key) const {
    for (size_t at = Mix64(key) & mask_;; at = (at + 1) & mask_) {
      if (rows_[at] < 0) return -1;
      if (keys_[at] == key) return rows_[at];
    }
  }
  int32_t Insert(uint64_t key);
  size_t size() const { return size_; }
  const std::vector<uint64_t>& keys_in_order() const { return order_; }

 private:
  void Grow();
  std::vector<uint64_t> keys_;
  std::vector<int32_t> rows_;
  std::vector<uint64_t> order_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

struct Weights {
  std::vector<float> emission;     // row * kNumTags + tag
  std::vector<float> transitions;  // kTransitionTableSize
};

// Averaged perceptron state: w, and the running sum of c * update, so that
// the average is w - sum / c (Daumé's trick).
struct Perceptron {
  Weights current;
  std::vector<double> emission_sum;
  std::vector<double> transition_sum;
  double step = 1;

  explicit Perceptron(size_t rows);
  void UpdateEmission(int32_t row, int tag, float delta) {
    size_t at = static_cast<size_t>(row) * kNumTags + tag;
    current.emission[at] += delta;
    emission_sum[at] += step * delta;
  }
  void UpdateTransition(int index, float delta) {
    current.transitions[index] += delta;
    transition_sum[index] += step * delta;
  }
  Weights Averaged() const;
};

struct SentenceBuffers {
  std::vector<int32_t> rows;     // feature rows of all tokens
  std::vector<int32_t> offsets;  // per token: start in rows
  std::vector<float> emission;
  std::vector<uint8_t> classes;
  std::vector<uint8_t> tags;
  ViterbiScratch<float> viterbi;
};

// Tags tokens [begin, end) of the extractor's document with `weights`,
// leaving the tags and the feature rows of every token in `buffers` for the
// update.
void TagSentence(const FeatureExtractor& extractor, int begin, int end, const FeatureTable& table,
                 const Weights& weights, SentenceBuffers* b);

// One perceptron update for a sentence TagSentence left in `b`, whose gold tags are
// `gold` (n of them): wrong transitions and emissions are moved towards gold. Returns the number of
// tokens tagged wrong.
int64_t LearnSentence(const uint8_t* gold, const SentenceBuffers& b, int n, Perceptron* perceptron);

}  // namespace ner
}  // namespace annotator
