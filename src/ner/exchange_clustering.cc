#include "ner/exchange_clustering.h"

#include <algorithm>
#include <cmath>

namespace annotator {
namespace ner {
namespace {

// One word's neighbours: (other word, count) runs in a flat array.
struct Adjacency {
  std::vector<int64_t> begin;  // num_words + 1
  std::vector<int32_t> word;
  std::vector<int32_t> count;
};

// Counts of `pairs` (first << 32 | second, sorted) grouped by first word.
Adjacency Group(const std::vector<uint64_t>& pairs, int num_words) {
  Adjacency a;
  a.begin.assign(num_words + 1, 0);
  for (size_t i = 0; i < pairs.size();) {
    size_t j = i;
    while (j < pairs.size() && pairs[j] == pairs[i]) ++j;
    a.word.push_back(static_cast<int32_t>(pairs[i] & 0xffffffffu));
    a.count.push_back(static_cast<int32_t>(j - i));
    ++a.begin[(pairs[i] >> 32) + 1];
    i = j;
  }
  for (int w = 0; w < num_words; ++w) a.begin[w + 1] += a.begin[w];
  return a;
}

class Exchanger {
 public:
  Exchanger(const ClusteringInput& input, int num_classes) : num_words_(input.num_words), k_(num_classes) {
    std::vector<uint64_t> right, left;
    for (size_t i = 1; i < input.text.size(); ++i) {
      const uint64_t a = static_cast<uint32_t>(input.text[i - 1]), b = static_cast<uint32_t>(input.text[i]);
      right.push_back(a << 32 | b);
      left.push_back(b << 32 | a);
    }
    std::sort(right.begin(), right.end());
    std::sort(left.begin(), left.end());
    right_ = Group(right, num_words_);
    left_ = Group(left, num_words_);
    // x log x for every count the text can produce, looked up, not computed.
    xlogx_.resize(input.text.size() + 2);
    for (size_t x = 0; x < xlogx_.size(); ++x) xlogx_[x] = x ? x * std::log(static_cast<double>(x)) : 0;
    class_of_.resize(num_words_);
    for (int w = 0; w < num_words_; ++w) class_of_[w] = w % k_;
    pair_.assign(static_cast<size_t>(k_) * k_, 0);
    pair_transposed_.assign(static_cast<size_t>(k_) * k_, 0);
    as_left_.assign(k_, 0);
    as_right_.assign(k_, 0);
    right_counts_.assign(k_, 0);
    left_counts_.assign(k_, 0);
    self_.assign(num_words_, 0);
    total_right_.assign(num_words_, 0);
    total_left_.assign(num_words_, 0);
    for (int w = 0; w < num_words_; ++w) {
      for (int64_t e = right_.begin[w]; e < right_.begin[w + 1]; ++e) {
        total_right_[w] += right_.count[e];
        if (right_.word[e] == w) self_[w] = right_.count[e];
        AddPair(class_of_[w], class_of_[right_.word[e]], right_.count[e]);
      }
      for (int64_t e = left_.begin[w]; e < left_.begin[w + 1]; ++e) total_left_[w] += left_.count[e];
      as_left_[class_of_[w]] += total_right_[w];
      as_right_[class_of_[w]] += total_left_[w];
    }
  }

  // Moves `w` to its best class; true when that is a different one.
  bool Move(int w) {
    GatherNeighbourClasses(w);
    const int from = class_of_[w];
    Place(w, from, -1);
    int best = from;
    double best_gain = Gain(w, from);
    for (int k = 0; k < k_; ++k) {
      double gain = Gain(w, k);
      if (gain > best_gain + 1e-9) {
        best_gain = gain;
        best = k;
      }
    }
    Place(w, best, +1);
    class_of_[w] = best;
    for (int c : touched_right_) right_counts_[c] = 0;
    for (int c : touched_left_) left_counts_[c] = 0;
    return best != from;
  }

  int num_words() const { return num_words_; }
  const std::vector<int32_t>& classes() const { return class_of_; }

 private:
  void AddPair(int a, int b, int64_t count) {
    pair_[static_cast<size_t>(a) * k_ + b] += count;
    pair_transposed_[static_cast<size_t>(b) * k_ + a] += count;
  }
  double F(int64_t x) const { return xlogx_[x]; }

  // How often w is followed (right) and preceded (left) by each class,
  // not counting w next to itself.
  void GatherNeighbourClasses(int w) {
    touched_right_.clear();
    touched_left_.clear();
    for (int64_t e = right_.begin[w]; e < right_.begin[w + 1]; ++e) {
      if (right_.word[e] == w) continue;
      const int c = class_of_[right_.word[e]];
      if (right_counts_[c] == 0) touched_right_.push_back(c);
      right_counts_[c] += right_.count[e];
    }
    for (int64_t e = left_.begin[w]; e < left_.begin[w + 1]; ++e) {
      if (left_.word[e] == w) continue;
      const int c = class_of_[left_.word[e]];
      if (left_counts_[c] == 0) touched_left_.push_back(c);
      left_counts_[c] += left_.count[e];
    }
  }

  // Adds (sign +1) or removes (-1) word w's counts to or from class k.
  void Place(int w, int k, int sign) {
    for (int c : touched_right_) AddPair(k, c, sign * right_counts_[c]);
    for (int c : touched_left_) AddPair(c, k, sign * left_counts_[c]);
    AddPair(k, k, sign * self_[w]);
    as_left_[k] += sign * total_right_[w];
    as_right_[k] += sign * total_left_[w];
  }

  // The change in log-likelihood if w (now in no class) joined class k.
  double Gain(int w, int k) const {
    const int64_t* row = pair_.data() + static_cast<size_t>(k) * k_;
    const int64_t* column = pair_transposed_.data() + static_cast<size_t>(k) * k_;
    double gain = 0;
    for (int c : touched_right_) {
      if (c != k) gain += F(row[c] + right_counts_[c]) - F(row[c]);
    }
    for (int c : touched_left_) {
      if (c != k) gain += F(column[c] + left_counts_[c]) - F(column[c]);
    }
    gain += F(row[k] + right_counts_[k] + left_counts_[k] + self_[w]) - F(row[k]);
    gain -= F(as_left_[k] + total_right_[w]) - F(as_left_[k]);
    gain -= F(as_right_[k] + total_left_[w]) - F(as_right_[k]);
    return gain;
  }

  int num_words_, k_;
  Adjacency right_, left_;
  std::vector<double> xlogx_;
  std::vector<int32_t> class_of_;
  std::vector<int64_t> pair_, pair_transposed_;  // class bigram counts, [a*k+b] and [b*k+a]
  std::vector<int64_t> as_left_, as_right_;      // class counts as first and as second of a pair
  std::vector<int64_t> self_, total_right_, total_left_;
  std::vector<int64_t> right_counts_, left_counts_;
  std::vector<int> touched_right_, touched_left_;
};

}  // namespace

std::vector<int32_t> ExchangeClustering(const ClusteringInput& input, int num_classes, int max_passes) {
  if (input.num_words <= 0 || num_classes <= 0) return std::vector<int32_t>(std::max(0, input.num_words), 0);
  Exchanger exchanger(input, num_classes);
  for (int pass = 0; pass < max_passes; ++pass) {
    int moved = 0;
    for (int w = 0; w < exchanger.num_words(); ++w) moved += exchanger.Move(w);
    if (moved * 1000 < exchanger.num_words()) break;
  }
  return exchanger.classes();
}

}  // namespace ner
}  // namespace annotator
