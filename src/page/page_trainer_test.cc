#include "page/page_trainer.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "shared_data_for_test.h"

namespace annotator {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot read " << path);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

TEST_CASE("page trainer: labelled pages, their UTF-16 offsets read as UTF-8 bytes") {
  // "😀 " is two UTF-16 units and four bytes; "é" one unit and two bytes.
  const std::string jsonl =
      R"({"id":"p1","url":"https://www.example.com/a/b","lang":"en","text":"\ud83d\ude00 Home\nCaf\u00e9 story.",)"
      R"("lines":[{"start":0,"end":7,"label":"boilerplate"},{"start":8,"end":19,"label":"article","amb":"x"}]})"
      "\n\n";
  std::vector<LabelledPage> pages;
  REQUIRE(ReadLabelledPages(jsonl, &pages).ok());
  REQUIRE(pages.size() == 1);
  const LabelledPage& page = pages[0];
  CHECK(page.host == "example.com");
  CHECK(page.text == "😀 Home\nCafé story.");
  REQUIRE(page.lines.size() == 2);
  CHECK(page.lines[0].label == LineLabel::kClutter);
  CHECK(page.text.substr(page.lines[0].span.begin, page.lines[0].span.size()) == "😀 Home");
  CHECK(page.lines[1].label == LineLabel::kStory);
  CHECK(page.text.substr(page.lines[1].span.begin, page.lines[1].span.size()) == "Café story.");
}

TEST_CASE("page trainer: bad input is an error, not a crash") {
  std::vector<LabelledPage> pages;
  CHECK_FALSE(
      ReadLabelledPages(R"({"id":"p","text":"abc","lines":[{"start":0,"end":9,"label":"article"}]})", &pages).ok());
  CHECK_FALSE(
      ReadLabelledPages(R"({"id":"p","text":"abc","lines":[{"start":0,"end":3,"label":"menu"}]})", &pages).ok());
  CHECK_FALSE(ReadLabelledPages(R"({"id":"p","text":"abc")", &pages).ok());
}

TEST_CASE("page trainer: hosts") {
  CHECK(HostOf("https://www.nytimes.com/2019/11/19/x.html") == "nytimes.com");
  CHECK(HostOf("http://edition.cnn.com:8080/a?b") == "edition.cnn.com");
  CHECK(HostOf("example.org") == "example.org");
}

// The committed model is what the trainer makes of the development pages now:
// a change to the features, the trainer or the pages without a retrain
// (build-scripts/train-page) fails here.
TEST_CASE("page trainer: src/page/page_model_data.cc is up to date") {
  const std::string path = SharedData("data/pages/pages.jsonl");
  if (path.empty()) return;
  const std::string jsonl = ReadFile(path);
  std::vector<LabelledPage> pages;
  REQUIRE(ReadLabelledPages(jsonl, &pages).ok());
  REQUIRE(pages.size() > 100);
  const PageTrainer trainer(pages);
  std::vector<size_t> all(pages.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
  const std::string trained = PageModelSource(trainer.Train(all));
  const std::string committed = ReadFile(SOURCE_DIR "/src/page/page_model_data.cc");
  CHECK_MESSAGE(trained == committed, "src/page/page_model_data.cc is stale: run build-scripts/train-page");

  // Pages of one host share a fold, so cross-validation scores unseen sites.
  const std::vector<int> fold_of = trainer.HostFolds(5);
  for (size_t i = 0; i < pages.size(); ++i) {
    for (size_t j = i + 1; j < pages.size(); ++j) {
      if (pages[i].host == pages[j].host) CHECK(fold_of[i] == fold_of[j]);
    }
  }
}

}  // namespace
}  // namespace annotator
