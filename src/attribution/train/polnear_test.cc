#include "attribution/train/polnear.h"

#include <doctest/doctest.h>

namespace annotator {
namespace attribution {
namespace {

TEST_CASE("PolNeAR: brat attributions with code-point offsets become byte spans") {
  // "é" is two bytes: code point offsets after it are one less than bytes.
  const std::string text = "José said: “It is over.” Then he left.\n";
  const std::string ann =
      "T1\tSource 0 4\tJosé\n"
      "T2\tCue 5 9\tsaid\n"
      "T3\tContent 11 24\t“It is over.”\n"
      "T4\tContent 25 29;33 37\tThen left\n"
      "T5\tAttribution 5 9\tsaid\n"
      "E1\tAttribution:T5 Content:T3 Cue:T2 Source:T1\n"
      "E2\tAttribution:T5 Cue:T2 Content:T4\n"
      "E3\tAttribution:T5 Cue:T2 Source:T1\n";  // no content: left out
  const std::vector<GoldAttribution> gold = ParseBratAttributions(ann, text);
  REQUIRE(gold.size() == 2);
  REQUIRE(gold[0].source.size() == 1);
  REQUIRE(gold[0].cue.size() == 1);
  CHECK(text.substr(gold[0].source[0].begin, gold[0].source[0].size()) == "José");
  CHECK(text.substr(gold[0].cue[0].begin, gold[0].cue[0].size()) == "said");
  CHECK(text.substr(gold[0].content[0].begin, gold[0].content[0].size()) == "“It is over.”");
  CHECK(gold[0].quoted);
  REQUIRE(gold[1].content.size() == 2);
  CHECK(text.substr(gold[1].content[1].begin, gold[1].content[1].size()) == "left");
  CHECK_FALSE(gold[1].quoted);
  CHECK(gold[1].source.empty());
}

TEST_CASE("PolNeAR: quotation marks, including the NYT's ''") {
  CHECK(HasQuotationMark("''We won,'' he said"));
  CHECK(HasQuotationMark("«non»"));
  CHECK_FALSE(HasQuotationMark("it's over"));
}

TEST_CASE("PolNeAR: a missing split is an error") {
  std::vector<GoldArticle> articles;
  CHECK_FALSE(LoadPolnearSplit("/nonexistent", 10, &articles).ok());
}

}  // namespace
}  // namespace attribution
}  // namespace annotator
