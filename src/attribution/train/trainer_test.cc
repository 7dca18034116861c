#include "attribution/train/trainer.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "attribution/model.h"
#include "attribution/train/polnear.h"
#include "shared_data_for_test.h"

namespace annotator {
namespace attribution {
namespace {

std::string ReadText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Two tiny articles whose gold marks the speaker of each quotation.
std::vector<GoldArticle> TinyCorpus() {
  std::vector<GoldArticle> articles(2);
  articles[0].name = "a";
  articles[0].text = "“We will win this race,” Maria Lopez said on Monday. Officials said the vote was fair.\n";
  articles[1].name = "b";
  articles[1].text = "John Smith told reporters: “The plan is dead and we all know it.”\n";
  for (GoldArticle& a : articles) {
    const std::string_view text = a.text;
    auto span = [&](std::string_view words) {
      const uint32_t at = static_cast<uint32_t>(text.find(words));
      return Span{at, at + static_cast<uint32_t>(words.size())};
    };
    GoldAttribution g;
    g.quoted = true;
    if (a.name == "a") {
      g.content = {span("“We will win this race,”")};
      g.source = {span("Maria Lopez")};
      g.cue = {span("said")};
      GoldAttribution officials;
      officials.content = {span("the vote was fair")};
      officials.source = {span("Officials")};
      officials.cue = {span("said the")};
      a.gold = {g, officials};
    } else {
      g.content = {span("“The plan is dead and we all know it.”")};
      g.source = {span("John Smith")};
      g.cue = {span("told")};
      a.gold = {g};
    }
  }
  return articles;
}

TEST_CASE("attribution trainer: the same data gives the same model, and it learns") {
  const std::vector<GoldArticle> articles = TinyCorpus();
  std::string log;
  const TrainedModel first = TrainModel(articles, 3, &log);
  const TrainedModel second = TrainModel(articles, 3, nullptr);
  REQUIRE(first.quote_weights.size() == static_cast<size_t>(kQuoteFeatureSpace));
  REQUIRE(first.speaker_weights.size() == static_cast<size_t>(kSpeakerFeatureSpace));
  CHECK(first.quote_weights == second.quote_weights);
  CHECK(first.speaker_weights == second.speaker_weights);
  CHECK(log.find("spoken-or-scare: 2 quotations, 2 spoken") != std::string::npos);
  const std::string source = ModelSource(first, "a test corpus");
  CHECK(source.find("from a test corpus") != std::string::npos);
  CHECK(source.find("const Model& EmbeddedModel()") != std::string::npos);
  // Both quotations were spoken: their features now score positive.
  size_t positive = 0;
  for (float w : first.quote_weights) positive += w > 0;
  CHECK(positive > 0);
}

TEST_CASE("attribution trainer: the committed model is what PolNeAR train gives") {
  const std::string train = SharedData("data/polnear/data/train");
  if (train.empty()) return;
  std::vector<GoldArticle> articles;
  REQUIRE(LoadPolnearSplit(train, SIZE_MAX, &articles).ok());
  const TrainedModel model = TrainModel(articles, kTrainingIterations, nullptr);
  const std::string src = std::string(SOURCE_DIR) + "/src/attribution/";
  CHECK_MESSAGE(ModelSource(model, "PolNeAR train") == ReadText(src + "model_data.cc"),
                "src/attribution/model_data.cc is stale: run build-scripts/train-attribution");
}

}  // namespace
}  // namespace attribution
}  // namespace annotator
