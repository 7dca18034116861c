#include "result_columns.h"

#include <doctest/doctest.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <nlohmann/json.hpp>
#include <random>
#include <string>

#include "annotator.h"
#include "result_json.h"

namespace annotator {
namespace {

using nlohmann::json;

// Reads the words back as web/annotator.js does, into the JSON result's shape
// without its texts (JS slices those from its own string).
class Reader {
 public:
  explicit Reader(const std::vector<uint32_t>& words) : words_(words) {}

  json Read() {
    REQUIRE(Next() == kResultColumnsMagic);
    names_.resize(Next());
    for (std::string& name : names_) {
      const uint32_t size = Next();
      name.assign(reinterpret_cast<const char*>(words_.data() + at_), size);
      at_ += (size + 3) / 4;
    }
    json result = json::object();
    json& mentions = result["mentions"] = json::array();
    for (uint32_t n = Next(); n > 0; --n) {
      json mention = Range();
      mention["type"] = Name();
      mention["entity"] = Id();
      mention["boilerplate"] = Next() != 0;
      mentions.push_back(mention);
    }
    json& entities = result["entities"] = json::array();
    for (uint32_t n = Next(), id = 0; id < n; ++id) {
      json entity = {{"id", id}, {"type", Name()}};
      entity["name_range"] = Range();
      uint32_t salience_words[2] = {Next(), Next()};
      double salience;
      std::memcpy(&salience, salience_words, sizeof salience);
      entity["salience"] = salience;
      json& list = entity["mentions"] = json::array();
      for (uint32_t m = Next(); m > 0; --m) list.push_back(Next());
      entities.push_back(entity);
    }
    json& quotes = result["quotes"] = json::array();
    for (uint32_t n = Next(); n > 0; --n) {
      json quote = Range();
      quote["kind"] = Name();
      quote["speaker"] = nullptr;
      if (Next() != 0) {
        json speaker = Range();
        speaker["kind"] = Name();
        speaker["entity"] = Id();
        quote["speaker"] = speaker;
      }
      quote["cue"] = Next() != 0 ? Range() : json(nullptr);
      quote["content"] = Range();
      quote["boilerplate"] = Next() != 0;
      quotes.push_back(quote);
    }
    for (const char* key : {"sentences", "paragraphs"}) {
      json& ranges = result[key] = json::array();
      for (uint32_t n = Next(); n > 0; --n) ranges.push_back(Range());
    }
    result["title"] = Next() != 0 ? Range() : json(nullptr);
    json& blocks = result["boilerplate"] = json::array();
    for (uint32_t n = Next(); n > 0; --n) {
      json block = Range();
      block["kind"] = Name();
      blocks.push_back(block);
    }
    result["language"] = Name();
    CHECK(at_ == words_.size());
    return result;
  }

 private:
  uint32_t Next() {
    REQUIRE(at_ < words_.size());
    return words_[at_++];
  }
  json Range() {
    const uint32_t start = Next();
    return {{"start", start}, {"end", Next()}};
  }
  std::string Name() {
    const uint32_t index = Next();
    REQUIRE(index < names_.size());
    return names_[index];
  }
  json Id() {
    const uint32_t id = Next();
    return id == 0 ? json(nullptr) : json(id - 1);
  }

  const std::vector<uint32_t>& words_;
  size_t at_ = 0;
  std::vector<std::string> names_;
};

// The JSON result with each text replaced by its UTF-16 range (found from the
// texts' own offsets), entity names by the range of their span.
json WithoutTexts(json result, const Document& doc) {
  const auto strip = [](json& span) {
    if (span.is_object()) span.erase("text");
  };
  for (json& mention : result["mentions"]) strip(mention);
  for (json& quote : result["quotes"]) {
    strip(quote);
    strip(quote["speaker"]);
    strip(quote["cue"]);
  }
  strip(result["title"]);
  OffsetConverter converter(doc.text, OffsetUnit::kUtf16);
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    json& entity = result["entities"][i];
    CHECK(entity["name"] == std::string(doc.Text(doc.entities[i].name)));
    entity.erase("name");
    entity["name_range"] = {{"start", converter.Convert(doc.entities[i].name.begin)},
                            {"end", converter.Convert(doc.entities[i].name.end)}};
  }
  return result;
}

TEST_CASE("the columns hold what the JSON result holds, offsets in UTF-16 units") {
  // Non-ASCII before the names (2 UTF-16 units for the emoji), quotations,
  // reported speech, a headline, money, a date and an organisation.
  const std::string text =
      "City Backs Plan for New Bridge 😀\n\n"
      "\"We will not back down,\" Mayor Alice Grant of Springfield said on Monday, as the council voted 7-2 "
      "for the $4 million plan.\n"
      "John Smith of the Transport Department told reporters that work would begin in March, according to the "
      "Associated Press. Café owners in Zürich said \"it is fine\".\n"
      "The company, Acme Corp., said in a statement that costs had risen 12% since 2019.";
  Document doc;
  REQUIRE(Annotate(text, &doc).ok());
  REQUIRE(!doc.mentions.empty());
  REQUIRE(!doc.entities.empty());
  REQUIRE(!doc.quotes.empty());
  std::vector<uint32_t> words;
  ResultColumns(doc, &words);
  const json expected = WithoutTexts(json::parse(ResultJson(doc, OffsetUnit::kUtf16)), doc);
  CHECK(Reader(words).Read() == expected);
}

TEST_CASE("columns: null speaker, cue, entity and title; a salience as JSON rounds it") {
  const std::string text = "Xi said \"go now\".";
  Document doc;
  doc.text = text;
  Mention xi;
  xi.span = {0, 2};
  doc.mentions.push_back(xi);  // no entity
  Entity entity;
  entity.name = xi.span;
  entity.mentions = {0};
  entity.salience = 0.1234567891;
  doc.entities.push_back(entity);
  Quote quote;
  quote.span = {8, 16};
  quote.content = {9, 15};
  doc.quotes.push_back(quote);  // no speaker, no cue
  doc.boilerplate = {{{16, 17}, "share"}};
  std::vector<uint32_t> words;
  ResultColumns(doc, &words);
  const json read = Reader(words).Read();
  CHECK(read["mentions"][0]["entity"].is_null());
  CHECK(read["quotes"][0]["speaker"].is_null());
  CHECK(read["quotes"][0]["cue"].is_null());
  CHECK(read["title"].is_null());
  CHECK(read["entities"][0]["salience"] == 0.123457);
  CHECK(read["boilerplate"][0]["kind"] == "share");
  CHECK(read == WithoutTexts(json::parse(ResultJson(doc, OffsetUnit::kUtf16)), doc));
}

// What JSON.parse reads back from JsonWriter::Double's digits.
double ThroughPrintf(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6g", value);
  return std::strtod(buffer, nullptr);
}

bool SameBits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

TEST_CASE("AsWritten rounds to six digits exactly as printf and strtod do") {
  std::mt19937_64 random(14);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  std::uniform_int_distribution<int> exponent(-40, 40);
  for (int i = 0; i < 200000; ++i) {
    // Saliences are floats; also doubles at every scale, and both signs.
    const double any = unit(random) * std::pow(10.0, exponent(random));
    const double value = i % 2 ? static_cast<double>(static_cast<float>(any)) : any;
    if (!std::isfinite(value)) continue;  // a float out of range
    const double signed_value = i % 3 == 0 ? -value : value;
    REQUIRE(SameBits(AsWritten(signed_value), ThroughPrintf(signed_value)));
  }
  // Ties at the seventh digit (41/128 = 0.3203125 rounds to even: 0.320312),
  // six-digit boundaries, zero of both signs, the extremes.
  for (double value : {0.3203125, 12.34375, 0.1171875, 999999.5, 9999995.0, 0.99999949999, 0.9999995, 1e-5, 1e5, 1.0,
                       0.0, -0.0, 5e-324, 1e-310, 1.7976931348623157e308, 123456.5, 0.1, 1.0 / 3}) {
    CHECK(SameBits(AsWritten(value), ThroughPrintf(value)));
    CHECK(SameBits(AsWritten(-value), ThroughPrintf(-value)));
  }
  CHECK(std::isnan(AsWritten(std::nan(""))));
  CHECK(std::isnan(AsWritten(HUGE_VAL)));
}

TEST_CASE("columns of an empty document") {
  Document doc;
  std::vector<uint32_t> words = {7, 7, 7};  // replaced, not appended to
  ResultColumns(doc, &words);
  // One name ("en", two bytes in a word), seven empty parts, then the language: name 0.
  CHECK(words == std::vector<uint32_t>{kResultColumnsMagic, 1, 2, 'e' | 'n' << 8, 0, 0, 0, 0, 0, 0, 0, 0});
}

}  // namespace
}  // namespace annotator
