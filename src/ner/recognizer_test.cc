#include "ner/recognizer.h"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "segmenter.h"
#include "tokenizer.h"

namespace annotator {

extern const unsigned char kEmbeddedNerModel[];
extern const size_t kEmbeddedNerModel_size;

namespace {

// The mentions the embedded model finds in `text` (which must outlive `doc`),
// tokenized and segmented as the pipeline does into `doc`.
std::vector<Mention> RecognizeInto(const std::string& text, Document* doc) {
  doc->text = text;
  Tokenize(text, &doc->tokens);
  Segment(doc);
  std::vector<Mention> mentions;
  EmbeddedRecognizer().Recognize(*doc, &mentions);
  return mentions;
}

std::vector<std::pair<std::string, EntityType>> Surfaces(const Document& doc,
                                                         const std::vector<Mention>& mentions) {
  std::vector<std::pair<std::string, EntityType>> out;
  for (const Mention& m : mentions) out.emplace_back(std::string(doc.Text(m.span)), m.type);
  return out;
}

// (surface text, type) of every mention the embedded model finds in `text`.
std::vector<std::pair<std::string, EntityType>> Recognize(const std::string& text) {
  Document doc;
  return Surfaces(doc, RecognizeInto(text, &doc));
}

bool Found(const std::vector<std::pair<std::string, EntityType>>& mentions, const std::string& text,
           EntityType type) {
  for (const auto& m : mentions) {
    if (m.first == text && m.second == type) return true;
  }
  return false;
}

TEST_CASE("the embedded model loads") {
  Status status = EmbeddedRecognizerStatus();
  INFO(status.message());
  REQUIRE(status.ok());
  CHECK(EmbeddedRecognizer().loaded());
  CHECK(EmbeddedRecognizer().num_features() > 10000);
  CHECK(EmbeddedRecognizer().num_gazetteer_phrases() > 10000);
}

TEST_CASE("the embedded model tags sentences of the sample article") {
  auto mentions = Recognize(
      "China\xE2\x80\x99s President Xi Jinping has called for the country to become more "
      "independent in artificial intelligence (AI).");
  CHECK(Found(mentions, "Xi Jinping", EntityType::kPerson));
  CHECK(Found(mentions, "China", EntityType::kLocation));
  CHECK_FALSE(Found(mentions, "President Xi Jinping", EntityType::kPerson));

  // Generic acronyms are not organisations, even next to one.
  mentions = Recognize("Intel CEO charts new AI course to challenge Nvidia");
  CHECK(Found(mentions, "Intel", EntityType::kOrg));
  CHECK(Found(mentions, "Nvidia", EntityType::kOrg));
  for (const auto& m : mentions) {
    CHECK(m.first.find("AI") == std::string::npos);
    CHECK(m.first.find("CEO") == std::string::npos);
  }

  mentions = Recognize(
      "Around the world, there is growing concern about the safety of AI. The Chinese push to "
      "control AI follows similar actions in Europe and the U.S., which are designed to find a "
      "middle ground.");
  CHECK(Found(mentions, "Europe", EntityType::kLocation));
  CHECK(Found(mentions, "U.S.", EntityType::kLocation));
  CHECK(Found(mentions, "Chinese", EntityType::kMisc));
}

TEST_CASE("an apposition naming a company and a lone organisation word give ORG") {
  auto mentions = Recognize(
      "Chinese startups are at the forefront. DeepSeek, a Beijing-based AI company, has garnered "
      "international attention.");
  CHECK(Found(mentions, "DeepSeek", EntityType::kOrg));
  CHECK(Found(mentions, "Chinese", EntityType::kMisc));
  // A name never seen in training, so only the apposition can say what it is.
  mentions = Recognize("Zorvexa, a Dutch chipmaker, said on Monday it would cut jobs.");
  CHECK(Found(mentions, "Zorvexa", EntityType::kOrg));
  mentions = Recognize("At a Politburo meeting on Friday, Xi said his country must focus on AI.");
  CHECK(Found(mentions, "Politburo", EntityType::kOrg));
  CHECK(Found(mentions, "Xi", EntityType::kPerson));
}

TEST_CASE("a sentence's closing marks are never part of a name") {
  for (const char* text : {"They fought over the balance.) The next day it rained.",
                           "(The report was published by CNN.) Later it was removed.",
                           "“We are asking the sea to feed us in a different way.”",
                           "He said: \"We will do it our way.\"", "Sen. Claire McCaskill (D-Mo.) said on Monday."}) {
    for (const auto& mention : Recognize(text)) {
      CHECK_MESSAGE(mention.first.find_first_of(")\"") == std::string::npos, text, " gave ", mention.first);
      CHECK_MESSAGE(mention.first.back() != '.', text, " gave ", mention.first);
      CHECK_MESSAGE(mention.first.find("\xE2\x80\x9D") == std::string::npos, text, " gave ", mention.first);
      CHECK_MESSAGE(mention.first != "balance", text);
    }
  }
  CHECK(Found(Recognize("(The report was published by CNN.) Later it was removed."), "CNN", EntityType::kOrg));
}

TEST_CASE("mentions are in text order with spans on token boundaries") {
  const std::string text =
      "Officials in Beijing and Brussels met executives of Nvidia and Intel on Friday, "
      "the European Commission said.";
  Document doc;
  const std::vector<Mention> mentions = RecognizeInto(text, &doc);
  REQUIRE(mentions.size() >= 4);
  for (size_t i = 0; i < mentions.size(); ++i) {
    if (i > 0) CHECK(mentions[i - 1].span.end <= mentions[i].span.begin);
    bool starts_on_token = false, ends_on_token = false;
    for (const Token& t : doc.tokens) {
      starts_on_token |= t.begin == mentions[i].span.begin;
      ends_on_token |= t.end == mentions[i].span.end;
    }
    CHECK(starts_on_token);
    CHECK(ends_on_token);
  }
  const auto found = Surfaces(doc, mentions);
  CHECK(Found(found, "Beijing", EntityType::kLocation));
  CHECK(Found(found, "Brussels", EntityType::kLocation));
  CHECK(Found(found, "European Commission", EntityType::kOrg));
}

TEST_CASE("a sentence of thousands of tokens is tagged in pieces, still finding its names") {
  std::string text;
  for (int i = 0; i < 1500; ++i) text += "and Angela Merkel met officials in Berlin ";
  const auto mentions = Recognize(text);  // 10,500 tokens and not one full stop
  int people = 0, places = 0;
  for (const auto& m : mentions) {
    people += m.first == "Angela Merkel" && m.second == EntityType::kPerson;
    places += m.first == "Berlin" && m.second == EntityType::kLocation;
  }
  CHECK(people >= 1450);
  CHECK(places >= 1450);
}

TEST_CASE("an empty document or an unloaded recognizer finds nothing") {
  Document doc;
  std::vector<Mention> mentions;
  EmbeddedRecognizer().Recognize(doc, &mentions);
  CHECK(mentions.empty());
  Recognizer empty;
  const std::string text = "Angela Merkel visited Paris.";
  doc.text = text;
  Tokenize(text, &doc.tokens);
  Segment(&doc);
  empty.Recognize(doc, &mentions);
  CHECK(mentions.empty());
}

TEST_CASE("the embedded model, truncated or bit-flipped, is rejected") {
  REQUIRE(kEmbeddedNerModel_size > 100);
  std::string bytes(reinterpret_cast<const char*>(kEmbeddedNerModel), kEmbeddedNerModel_size);
  Recognizer recognizer;
  REQUIRE(recognizer.Load(bytes).ok());
  Status truncated = recognizer.Load(std::string_view(bytes).substr(0, bytes.size() / 2));
  CHECK(truncated.message().find("truncated") != std::string::npos);
  bytes[bytes.size() / 2] ^= 0x01;
  Status flipped = recognizer.Load(bytes);
  CHECK(flipped.message().find("checksum") != std::string::npos);
}

}  // namespace
}  // namespace annotator
