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
  values.Assign({3, 40, 500}, std::vector<uint8_t>{1, 2, 3});
  CHECK(values.size() == 3);
  CHECK(values.Find(40, 0) == 2);
  CHECK(values.Find(500, 0) == 3);
  CHECK(values.Find(41, 9) == 9);
}

TEST_CASE("KeyedValues: many keys of a short width, values up to 12 bits, absent keys") {
  // Like a model's embedding classes: 24-bit keys, a class + 1 each.
  std::set<uint32_t> unique;
  for (uint32_t key : HashedKeys(7, 150000)) unique.insert(key >> 8 == 0 ? 1 : key >> 8);
  const std::vector<uint32_t> keys(unique.begin(), unique.end());
  std::vector<uint32_t> values(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) values[i] = 1 + static_cast<uint32_t>(Mix64(i) % 2048);
  KeyedValues<uint32_t> table;
  table.Assign(keys, values);
  CHECK(table.size() == keys.size());
  size_t wrong = 0;
  for (size_t i = 0; i < keys.size(); ++i) wrong += table.Find(keys[i], 0) != values[i];
  CHECK(wrong == 0);
  int absent = 0;
  size_t found_absent = 0;
  for (uint32_t key : HashedKeys(uint64_t{1} << 41, 20000)) {
    for (uint32_t probe : {key >> 8, key}) {  // in the keys' range, and far beyond it
      if (unique.count(probe)) continue;
      ++absent;
      found_absent += table.Find(probe, 0) != 0;
      table.Prefetch(probe);
    }
  }
  CHECK(absent > 39000);
  CHECK(found_absent == 0);
  CHECK(table.Find(0, 5) == 5);
  CHECK(table.Find(0xffffffffu, 5) == 5);
}

TEST_CASE("KeyedValues: 32-bit keys and zero values, an empty table, a table reassigned") {
  const std::vector<uint32_t> keys = HashedKeys(3, 3000);
  KeyedValues<uint8_t> table;
  CHECK(table.Find(keys[0], 7) == 7);  // empty
  table.Prefetch(keys[0]);             // nothing to fetch, and no crash
  table.Assign(keys, std::vector<uint8_t>(keys.size(), 0));
  for (uint32_t key : keys) REQUIRE(table.Find(key, 9) == 0);
  table.Assign(keys, std::vector<uint8_t>(keys.size(), 255), 1, /*filtered=*/true);  // stored 256, past a byte
  KeyedValues<uint32_t> wide;
  wide.Assign(keys, std::vector<uint16_t>(keys.size(), 65535), 1, /*filtered=*/true);
  for (uint32_t key : keys) REQUIRE(wide.Find(key, 9) == 65536);
  std::vector<uint8_t> types(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) types[i] = static_cast<uint8_t>(i * 37);
  table.Assign(keys, types);
  size_t wrong = 0;
  for (size_t i = 0; i < keys.size(); ++i) wrong += table.Find(keys[i], 0) != types[i];
  CHECK(wrong == 0);
  CHECK(table.Find(keys[0] + 1 == keys[1] ? keys[0] - 1 : keys[0] + 1, 200) == 200);
  table.Assign({}, std::vector<uint8_t>());
  CHECK(table.size() == 0);
  CHECK(table.Find(keys[0], 7) == 7);
}

}  // namespace
}  // namespace ner
}  // namespace annotator
