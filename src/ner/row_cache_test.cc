#include "ner/row_cache.h"

#include <doctest/doctest.h>

namespace annotator {
namespace ner {
namespace {

TEST_CASE("CacheBitsFor gives twice the tokens seen, within its bounds") {
  CHECK(CacheBitsFor(0, 9, 15) == 9);
  CHECK(CacheBitsFor(200, 9, 15) == 9);  // 512 entries hold 400
  CHECK(CacheBitsFor(300, 9, 15) == 10);
  CHECK(CacheBitsFor(5000, 9, 15) == 14);
  CHECK(CacheBitsFor(1000000, 9, 15) == 15);
}

TEST_CASE("the row cache grows with the tokens seen, forgetting what it held, and keeps sums otherwise") {
  RowCache cache;
  cache.Use(1, 40);  // a short text: the smallest cache
  CHECK(cache.size() == 512);
  bool found = true;
  RowCache::Entry* entry = cache.Lookup(12345, &found);
  CHECK_FALSE(found);
  entry->row[0] = 7;
  cache.Use(1, 100);  // the same model, still small: the sum stays
  REQUIRE(cache.Find(12345) != nullptr);
  CHECK(cache.Find(12345)->row[0] == 7);
  cache.Use(1, 20000);  // a long article: grown, and emptied (each key's slot moved)
  CHECK(cache.size() == 32768);
  CHECK(cache.Find(12345) == nullptr);
  cache.Lookup(12345, &found)->row[0] = 9;
  cache.Use(2, 30000);  // another model: emptied, not grown
  CHECK(cache.size() == 32768);
  CHECK(cache.Find(12345) == nullptr);
}

}  // namespace
}  // namespace ner
}  // namespace annotator
