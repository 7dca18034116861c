#include "json_writer.h"

#include <doctest/doctest.h>

#include <string>

namespace annotator {
namespace {

TEST_CASE("json writer: values, separators and escapes") {
  std::string out;
  JsonWriter json(&out);
  json.BeginObject();
  json.Key("a");
  json.BeginArray();
  json.Uint(0);
  json.Int(-12);
  json.Bool(true);
  json.Null();
  json.Double(0.25);
  json.String("q\"b\\n\nt\tc\x01");
  json.EndArray();
  json.Key("b");
  json.String("");
  json.EndObject();
  json.Finish();
  CHECK(out == R"({"a":[0,-12,true,null,0.25,"q\"b\\n\nt\tc\u0001"],"b":""})");
}

TEST_CASE("json writer: appends after what the string holds and grows as needed") {
  std::string out = "prefix:";
  out.shrink_to_fit();
  JsonWriter json(&out);
  json.BeginArray();
  std::string expected = "prefix:[";
  const std::string long_text(5000, 'x');
  for (int i = 0; i < 200; ++i) {
    json.String(i % 50 == 0 ? long_text : "\"");
    expected += (i ? "," : "");
    expected += i % 50 == 0 ? "\"" + long_text + "\"" : "\"\\\"\"";
  }
  json.EndArray();
  json.Finish();
  expected += "]";
  CHECK(out == expected);
}

}  // namespace
}  // namespace annotator
