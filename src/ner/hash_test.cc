#include "ner/hash.h"

#include <doctest/doctest.h>

#include <algorithm>

namespace annotator {
namespace ner {
namespace {

TEST_CASE("word tables: a sorted table finds what the plain one finds") {
  static constexpr auto kPlain = WordHashes({"zika", "covid-00", "ebola", "hiv", "aids"});
  static constexpr auto kSorted = SortedWordHashes({"zika", "covid-00", "ebola", "hiv", "aids"});
  CHECK(std::is_sorted(kSorted.hashes.begin(), kSorted.hashes.end()));
  for (const char* word : {"zika", "covid-00", "ebola", "hiv", "aids", "dengue", "zik", ""}) {
    const uint64_t h = Fnv1a64(word);
    CHECK_MESSAGE(Contains(kPlain, h) == ContainsSorted(kSorted, h), word);
  }
  CHECK(ContainsSorted(kSorted, Fnv1a64("ebola")));
  CHECK_FALSE(ContainsSorted(kSorted, Fnv1a64("dengue")));
}

}  // namespace
}  // namespace ner
}  // namespace annotator
