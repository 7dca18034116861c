#include "ner/exchange_clustering.h"

#include <doctest/doctest.h>

#include <random>

namespace annotator {
namespace ner {
namespace {

TEST_CASE("exchange clustering puts words of the same contexts together") {
  // <s> the|a cat|dog sat|ran <s> ..., in a shuffled but fixed order.
  enum { kBoundary, kThe, kA, kCat, kDog, kSat, kRan, kNumWords };
  ClusteringInput input;
  input.num_words = kNumWords;
  std::mt19937 rng(7);
  for (int s = 0; s < 400; ++s) {
    input.text.push_back(kBoundary);
    input.text.push_back(rng() % 2 ? kThe : kA);
    input.text.push_back(rng() % 2 ? kCat : kDog);
    input.text.push_back(rng() % 2 ? kSat : kRan);
  }
  input.text.push_back(kBoundary);
  const std::vector<int32_t> classes = ExchangeClustering(input, 4, 20);
  REQUIRE(classes.size() == kNumWords);
  CHECK(classes[kThe] == classes[kA]);
  CHECK(classes[kCat] == classes[kDog]);
  CHECK(classes[kSat] == classes[kRan]);
  CHECK(classes[kThe] != classes[kCat]);
  CHECK(classes[kCat] != classes[kSat]);
  CHECK(classes[kBoundary] != classes[kThe]);
  CHECK(classes[kBoundary] != classes[kSat]);
  // Deterministic: the same input gives the same classes.
  CHECK(ExchangeClustering(input, 4, 20) == classes);
}

TEST_CASE("exchange clustering of nothing is nothing") {
  CHECK(ExchangeClustering(ClusteringInput{}, 8, 3).empty());
  ClusteringInput one_word{1, {0}};
  CHECK(ExchangeClustering(one_word, 8, 3) == std::vector<int32_t>{0});
}

}  // namespace
}  // namespace ner
}  // namespace annotator
