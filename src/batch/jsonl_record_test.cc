#include "batch/jsonl_record.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

namespace annotator {
namespace {

using nlohmann::json;

TEST_CASE("a record's id and text are read, and every other member is passed through as written") {
  const std::string line =
      R"( {"id": 12345678901234567890, "outlet":"The Times","meta":{"tags":["a",1.50e3,null,true]},)"
      R"("text":"Xi said \"go\"\n\u00e9\ud83d\ude00"} )";
  JsonlRecord record;
  REQUIRE(ParseJsonlRecord(line, &record).ok());
  CHECK(record.id == "12345678901234567890");  // beyond a double's precision, kept exactly
  CHECK(record.text == "Xi said \"go\"\n\xc3\xa9\xf0\x9f\x98\x80");
  REQUIRE(record.passthrough.size() == 2);
  CHECK(record.passthrough[0] == R"("outlet":"The Times")");
  CHECK(record.passthrough[1] == R"("meta":{"tags":["a",1.50e3,null,true]})");
  CHECK(record.shadowed_keys == 0);
}

TEST_CASE("the output line is the id, the passed-through members, then the result's members") {
  JsonlRecord record;
  REQUIRE(ParseJsonlRecord(R"({"text":"x","id":"a-1","date":"2024-05-01"})", &record).ok());
  std::string out;
  AppendResultLine(record, R"({"mentions":[],"title":null})", &out);
  CHECK(out == "{\"id\":\"a-1\",\"date\":\"2024-05-01\",\"mentions\":[],\"title\":null}\n");
  const json parsed = json::parse(out);
  CHECK(parsed["date"] == "2024-05-01");
}

TEST_CASE("a line without an id gets a null one, as in the JS CLI") {
  JsonlRecord record;
  REQUIRE(ParseJsonlRecord(R"({"text":""})", &record).ok());
  std::string out;
  AppendResultLine(record, "{}", &out);
  CHECK(out == "{\"id\":null}\n");
}

TEST_CASE("members named like a result field are not passed through, and are reported") {
  JsonlRecord record;
  REQUIRE(ParseJsonlRecord(R"({"id":1,"title":"Headline","text":"x","quotes":[]})", &record).ok());
  CHECK(record.passthrough.empty());
  CHECK(ResultKeyNames(record.shadowed_keys) == "\"quotes\", \"title\"");
  CHECK(ResultKeysIn(record.shadowed_keys) == std::vector<std::string_view>{"quotes", "title"});
}

TEST_CASE("escapes in the text: surrogate pairs joined, lone surrogates U+FFFD as in the JS API") {
  JsonlRecord record;
  REQUIRE(ParseJsonlRecord(R"({"text":"a\ud800b\udc00c\ud83d\u0041\/"})", &record).ok());
  CHECK(record.text ==
        "a\xef\xbf\xbd"
        "b\xef\xbf\xbd"
        "c\xef\xbf\xbd"
        "A/");
  REQUIRE(ParseJsonlRecord(R"({"te\u0078t":"escaped name"})", &record).ok());
  CHECK(record.text == "escaped name");
}

TEST_CASE("bad lines are errors that say what is wrong, keeping the id when it was read") {
  JsonlRecord record;
  struct Case {
    const char* line;
    const char* message;
  };
  const Case cases[] = {
      {R"({"id":1,"text":)", "not JSON (unexpected character at byte 15)"},
      {R"({"id":1,"text":"a"} x)", "not JSON (text after the object at byte 20)"},
      {R"(["text"])", "not JSON (expected an object at byte 0)"},
      {R"({"id":1})", "\"text\" must be a string (the line has no \"text\")"},
      {R"({"id":1,"text":42})", "\"text\" must be a string"},
      {R"({"id":1,"text":"a","id":2})", "member \"id\" given twice"},
      {R"({"id":1,"n":01,"text":"a"})", "not JSON (expected , or } at byte 13)"},
      {R"({"id":1,"n":1.,"text":"a"})", "not JSON (bad number at byte 14)"},
      {R"({"id":1,"n":tru,"text":"a"})", "not JSON (unknown literal at byte 12)"},
      {"{\"id\":1,\"text\":\"a\tb\"}", "not JSON (control character in a string at byte 18)"},
      {R"({"id":1,"text":"a\qb"})", "not JSON (bad escape at byte 19)"},
      {"{\"id\":1,\"text\":\"\xff\"}", "not JSON (invalid UTF-8 at byte 16)"},
  };
  for (const Case& c : cases) {
    CAPTURE(std::string(c.line));
    const Status status = ParseJsonlRecord(c.line, &record);
    CHECK_FALSE(status.ok());
    CHECK(status.message() == c.message);
  }
  REQUIRE_FALSE(ParseJsonlRecord(R"({"id":"kept","text":null})", &record).ok());
  CHECK(record.id == "\"kept\"");
}

TEST_CASE("an error line is valid JSON whatever the message holds") {
  std::string out;
  AppendErrorLine("7", "line 3: \"text\" must be a string\n", &out);
  CHECK(out.back() == '\n');
  const json parsed = json::parse(out);
  CHECK(parsed["id"] == 7);
  CHECK(parsed["error"] == "line 3: \"text\" must be a string\n");
}

TEST_CASE("nesting is bounded: a hostile line is an error, not a stack overflow") {
  std::string deep = "{\"text\":\"a\",\"x\":";
  deep.append(100000, '[');
  JsonlRecord record;
  const Status status = ParseJsonlRecord(deep, &record);
  CHECK_FALSE(status.ok());
  CHECK(status.message().find("nested too deeply") != std::string::npos);
}

}  // namespace
}  // namespace annotator
