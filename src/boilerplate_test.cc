#include "boilerplate.h"

#include <doctest/doctest.h>

#include "sample_article_for_test.h"

#include <fstream>
#include <sstream>
#include <string>

#include "segmenter.h"
#include "tokenizer.h"

namespace annotator {
namespace {

void Prepare(Document* doc, std::string_view text) {
  doc->text = text;
  Tokenize(text, &doc->tokens);
  Segment(doc);
  FindTitleAndBoilerplate(doc);
}

// The kind of the block holding the paragraph that starts with `prefix`, or "".
std::string KindAt(const Document& doc, std::string_view prefix) {
  size_t at = doc.text.find(prefix);
  REQUIRE(at != std::string_view::npos);
  for (const BoilerplateBlock& block : doc.boilerplate) {
    if (block.span.contains(static_cast<uint32_t>(at))) return block.kind;
  }
  return "";
}

TEST_CASE("the sample article's title and boilerplate") {
  const std::string text = ReadSampleArticle();
  Document doc;
  Prepare(&doc, text);
  CHECK(doc.Text(doc.title) == "China commits to ‘self-reliance’ in AI to challenge U.S. tech dominance");
  CHECK(KindAt(doc, "COMING SOON") == "advert");
  CHECK(KindAt(doc, "Intel CEO charts") == "related");
  CHECK(KindAt(doc, "TikTok parent company") == "related");
  CHECK(KindAt(doc, "Cryptopolitan Academy") == "advert");
  CHECK(KindAt(doc, "Share link:") == "share");
  CHECK(KindAt(doc, "Disclaimer.") == "disclaimer");
  CHECK(KindAt(doc, "Markets move fast.") != "");
  CHECK(KindAt(doc, "Subscribe to CryptoPolitan") != "");
  // The story itself is not boilerplate.
  CHECK(KindAt(doc, "China’s President Xi Jinping has called") == "");
  CHECK(KindAt(doc, "Around the world, there is growing concern") == "");
  CHECK(KindAt(doc, "China aims to establish a resilient") == "");
  CHECK(KindAt(doc, "Xi urges China to close AI gaps") == "");
}

TEST_CASE("a story that talks about newsletters is not boilerplate") {
  const std::string text =
      "Publishers bet on email\n\nThe company said subscribers to its newsletter doubled last year, "
      "as readers sign up for daily briefings rather than visit the site. Executives expect the trend "
      "to continue as advertising revenue falls and more outlets look for direct relationships.";
  Document doc;
  Prepare(&doc, text);
  CHECK(doc.Text(doc.title) == "Publishers bet on email");
  CHECK(doc.boilerplate.empty());
}

TEST_CASE("mentions and quotations inside boilerplate are flagged") {
  const std::string text = "Real story about Huawei here.\n\nSee also  Intel CEO charts new AI course\n";
  Document doc;
  Prepare(&doc, text);
  Mention inside, outside;
  inside.span = {static_cast<uint32_t>(text.find("Intel")), static_cast<uint32_t>(text.find("Intel") + 5)};
  outside.span = {static_cast<uint32_t>(text.find("Huawei")), static_cast<uint32_t>(text.find("Huawei") + 6)};
  doc.mentions = {outside, inside};
  FlagBoilerplate(&doc);
  CHECK_FALSE(doc.mentions[0].boilerplate);
  CHECK(doc.mentions[1].boilerplate);
}

}  // namespace
}  // namespace annotator
