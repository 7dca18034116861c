#include "ner/key_index.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <set>
#include <vector>

#include "ner/hash.h"

namespace annotator {
namespace ner {
namespace {

// Distinct nonzero keys spread like the models' (folded hashes): `count`
// of the hashes of seed, seed + 1, ...
std::vector<uint32_t> HashedKeys(uint64_t seed, int count) {
  std::set<uint32_t> keys;
  for (uint64_t i = 0; static_cast<int>(keys.size()) < count; ++i) keys.insert(FoldKey(Mix64(seed + i)));
  return std::vector<uint32_t>(keys.begin(), keys.end());
}

TEST_CASE("KeyIndex finds every key's row and no absent key") {
  const std::vector<uint32_t> keys = HashedKeys(1, 5000);
  KeyIndex index;
  index.Build(keys.data(), static_cast<uint32_t>(keys.size()));
  for (size_t i = 0; i < keys.size(); ++i) CHECK(index.Find(keys[i]) == static_cast<int32_t>(i));
  // Absent keys: those of another seed that the index does not hold. The
  // filter lets some through to the slots; every one must still be absent.
  const std::set<uint32_t> held(keys.begin(), keys.end());
  int absent = 0;
  for (uint32_t key : HashedKeys(uint64_t{1} << 40, 20000)) {
    if (held.count(key)) continue;
    ++absent;
    CHECK(index.Find(key) == -1);
    CHECK(index.FindRow(key) == nullptr);
  }
  CHECK(absent > 19000);
}

TEST_CASE("KeyIndex with payloads, and an empty one") {
  const std::vector<uint32_t> keys = {7, 19, 123456789};
  const std::vector<uint32_t> payloads = {70, 190, 5};
  KeyIndex index;
  index.Build(keys.data(), 3, payloads.data());
  CHECK(index.Find(7) == 70);
  CHECK(index.Find(19) == 190);
  CHECK(index.Find(123456789) == 5);
  CHECK(index.Find(8) == -1);

  KeyIndex empty;
  CHECK(empty.Find(7) == -1);
  empty.Prefetch(7);  // nothing to fetch, and no crash
  empty.Build(nullptr, 0);
  CHECK(empty.Find(7) == -1);
}

TEST_CASE("KeyedValues: the value of a held key, the default of another") {
  KeyedValues<uint8_t> values;
  values.Assign({3, 40, 500}, {1, 2, 3});
  CHECK(values.size() == 3);
  CHECK(values.Find(40, 0) == 2);
  CHECK(values.Find(500, 0) == 3);
  CHECK(values.Find(41, 9) == 9);
}

}  // namespace
}  // namespace ner
}  // namespace annotator
