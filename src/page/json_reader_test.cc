#include "page/json_reader.h"

#include <doctest/doctest.h>

#include <string>

namespace annotator {
namespace {

TEST_CASE("json reader: objects, arrays, numbers, literals and escapes") {
  JsonValue value;
  REQUIRE(ParseJson(R"( {"a": [1, -2.5e1, true, false, null], "s": "q\"\\\/\n\t\u00e9\ud83d\ude00", "o": {}} )", &value)
              .ok());
  REQUIRE(value.type == JsonValue::Type::kObject);
  const JsonValue* a = value.Find("a");
  REQUIRE(a != nullptr);
  REQUIRE(a->items.size() == 5);
  CHECK(a->items[0].number == 1);
  CHECK(a->items[1].number == -25);
  CHECK(a->items[2].boolean);
  CHECK(a->items[4].type == JsonValue::Type::kNull);
  CHECK(value.StringOf("s") == "q\"\\/\n\té😀");
  CHECK(value.Find("o")->type == JsonValue::Type::kObject);
  CHECK(value.Find("missing") == nullptr);
  CHECK(value.StringOf("a") == "");
}

TEST_CASE("json reader: a lone surrogate becomes U+FFFD") {
  JsonValue value;
  REQUIRE(ParseJson(R"("x\ud800y")", &value).ok());
  CHECK(value.string == "x\xEF\xBF\xBDy");
}

TEST_CASE("json reader: malformed input is an error") {
  JsonValue value;
  for (const char* bad : {"", "{", "[1,", R"({"a" 1})", R"("abc)", "tru", "[1] 2", R"("\q")", R"("\u12")"}) {
    CHECK_MESSAGE(!ParseJson(bad, &value).ok(), std::string(bad));
  }
  std::string deep(100, '[');
  CHECK_FALSE(ParseJson(deep, &value).ok());
}

}  // namespace
}  // namespace annotator
