#include "result_json.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

namespace annotator {
namespace {

using nlohmann::json;

// A document with one of everything, built by hand so the test checks the
// writer alone. The text has a 4-byte emoji (2 UTF-16 units, 1 code point)
// and characters that JSON must escape.
struct Fixture {
  std::string text = "😀 Xi said \"go\\\tnow\"\n";
  Document doc;
  Fixture() {
    doc.text = text;
    Mention xi;
    xi.span = {5, 7};
    xi.type = EntityType::kPerson;
    xi.entity = 0;
    doc.mentions.push_back(xi);
    Entity entity;
    entity.type = EntityType::kPerson;
    entity.name = xi.span;
    entity.mentions = {0};
    entity.salience = 1.0f;
    doc.entities.push_back(entity);
    Quote quote;
    quote.span = {13, 22};
    quote.content = {14, 21};
    quote.speaker = xi.span;
    quote.speaker_entity = 0;
    quote.cue = {8, 12};
    doc.quotes.push_back(quote);
    doc.sentences = {{5, 22}};
    doc.paragraphs = {{0, 23}};
    doc.boilerplate = {{{0, 4}, "advert"}};
  }
};

TEST_CASE("the result is valid JSON with every documented field, offsets in UTF-16 units") {
  Fixture f;
  const json result = json::parse(ResultJson(f.doc, OffsetUnit::kUtf16));
  const json& mention = result["mentions"][0];
  CHECK(mention["start"] == 3);  // the emoji and the space: 2 + 1 units
  CHECK(mention["end"] == 5);
  CHECK(mention["text"] == "Xi");
  CHECK(mention["type"] == "PERSON");
  CHECK(mention["entity"] == 0);
  CHECK(mention["boilerplate"] == false);
  CHECK(result["entities"][0]["name"] == "Xi");
  CHECK(result["entities"][0]["mentions"] == json::array({0}));
  CHECK(result["entities"][0]["salience"] == 1.0);
  const json& quote = result["quotes"][0];
  CHECK(quote["text"] == "\"go\\\tnow\"");
  CHECK(quote["kind"] == "direct");
  CHECK(quote["speaker"]["text"] == "Xi");
  CHECK(quote["speaker"]["entity"] == 0);
  CHECK(quote["speaker"]["kind"] == "name");
  CHECK(quote["cue"]["text"] == "said");
  CHECK(quote["content"]["start"] == 12);
  CHECK(result["sentences"] == json::parse(R"([{"start":3,"end":20}])"));
  CHECK(result["paragraphs"][0]["end"] == 21);
  CHECK(result["title"].is_null());
  CHECK(result["boilerplate"][0]["kind"] == "advert");
}

TEST_CASE("offsets in code points and UTF-8 bytes") {
  Fixture f;
  const json by_code_point = json::parse(ResultJson(f.doc, OffsetUnit::kCodePoint));
  CHECK(by_code_point["mentions"][0]["start"] == 2);
  const json by_byte = json::parse(ResultJson(f.doc, OffsetUnit::kUtf8));
  CHECK(by_byte["mentions"][0]["start"] == 5);
  CHECK(by_byte["quotes"][0]["end"] == 22);
}

TEST_CASE("unknown speakers and cues are null; an empty document is all empty lists") {
  Fixture f;
  f.doc.quotes[0].speaker = {};
  f.doc.quotes[0].cue = {};
  const json result = json::parse(ResultJson(f.doc, OffsetUnit::kUtf16));
  CHECK(result["quotes"][0]["speaker"].is_null());
  CHECK(result["quotes"][0]["cue"].is_null());

  Document empty;
  const json nothing = json::parse(ResultJson(empty, OffsetUnit::kUtf16));
  CHECK(nothing["mentions"].empty());
  CHECK(nothing["quotes"].empty());
  CHECK(nothing["title"].is_null());
}

TEST_CASE("control characters and NUL are escaped") {
  std::string text("a\0b\x01", 4);
  Document doc;
  doc.text = text;
  Mention m;
  m.span = {0, 4};
  doc.mentions.push_back(m);
  const std::string out = ResultJson(doc, OffsetUnit::kUtf8);
  CHECK(out.find("a\\u0000b\\u0001") != std::string::npos);
  CHECK(json::parse(out)["mentions"][0]["text"] == text);
}

}  // namespace
}  // namespace annotator
