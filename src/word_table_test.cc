#include "word_table.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

namespace annotator {
namespace {

TEST_CASE("word table: finds words in any ASCII case and only whole words") {
  WordTable<int> table;
  *table.Insert("said") = 1;
  *table.Insert("according") = 2;
  *table.Insert("n’t") = 3;
  CHECK(table.size() == 3);
  REQUIRE(table.Find("said") != nullptr);
  CHECK(*table.Find("said") == 1);
  CHECK(*table.Find("SAID") == 1);
  CHECK(*table.Find("Said") == 1);
  CHECK(*table.Find("According") == 2);
  CHECK(*table.Find("N’T") == 3);  // non-ASCII bytes compare as written
  CHECK(table.Find("sai") == nullptr);
  CHECK(table.Find("saids") == nullptr);
  CHECK(table.Find("") == nullptr);
  CHECK(table.Find("n't") == nullptr);
}

TEST_CASE("word table: inserting a word again returns its value slot") {
  WordTable<int> table;
  *table.Insert("the") |= 1;
  *table.Insert("the") |= 4;
  CHECK(table.size() == 1);
  CHECK(*table.Find("The") == 5);
}

TEST_CASE("word table: keeps every word as it grows") {
  // Words must outlive the table.
  static std::string words[1000];
  WordTable<int> table;
  for (int i = 0; i < 1000; ++i) {
    words[i] = "w" + std::to_string(i);
    *table.Insert(words[i]) = i;
  }
  CHECK(table.size() == 1000);
  for (int i = 0; i < 1000; ++i) {
    const int* value = table.Find("W" + std::to_string(i));
    REQUIRE(value != nullptr);
    CHECK(*value == i);
  }
  CHECK(table.Find("w1000") == nullptr);
}

TEST_CASE("word table: the hash of a word ignores ASCII case and is FNV-1a") {
  CHECK(LowerWordHash("") == 2166136261u);
  CHECK(LowerWordHash("a") == 0xe40c292cu);  // FNV-1a 32 of "a"
  CHECK(LowerWordHash("Said") == LowerWordHash("said"));
  CHECK(LowerWordHash("SAID") == LowerWordHash("said"));
  CHECK(LowerWordHash("said") != LowerWordHash("sad"));
  CHECK(EqualsLower("Percent", "percent"));
  CHECK_FALSE(EqualsLower("percents", "percent"));
  CHECK_FALSE(EqualsLower("PERCENT", "Percent"));  // `lower` must be lower case
}

}  // namespace
}  // namespace annotator
