// Learns the page-shape models (page_model.h) from pages whose lines are
// labelled story, headline or clutter: the rendered news pages of
// ../shared/data/pages (build-scripts/train-page), never shipped. Training is
// deterministic, so the committed page_model_data.cc can be checked against a
// fresh run (page_trainer_test.cc).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "document.h"
#include "page/page_model.h"
#include "page/page_shape.h"
#include "status.h"

namespace annotator {

enum class LineLabel : int8_t { kStory = 0, kClutter = 1, kTitle = 2 };

struct LabelledLine {
  Span span;  // UTF-8 byte offsets into the page's text
  LineLabel label = LineLabel::kStory;
};

struct LabelledPage {
  std::string id;
  std::string host;  // from the URL, without "www."
  std::string lang;
  std::string text;
  std::vector<LabelledLine> lines;
};

// Reads the pages of a pages.jsonl file ({"id","url","lang","text","lines":
// [{"start","end","label"}]}, offsets in UTF-16 code units).
Status ReadLabelledPages(std::string_view jsonl, std::vector<LabelledPage>* pages);

// The host of a URL: "https://www.example.com/a" -> "example.com".
std::string HostOf(std::string_view url);

class PageTrainer {
 public:
  // Prepares every page (tokens, lines, features, labels). `pages` must
  // outlive the trainer.
  explicit PageTrainer(const std::vector<LabelledPage>& pages);

  // Trains all three models on the pages listed in `train`.
  PageModel Train(const std::vector<size_t>& train) const;

  // The fold (0 .. folds-1) of each page, such that the pages of one host
  // share a fold: cross-validation then measures pages of unseen sites.
  std::vector<int> HostFolds(int folds) const;

  size_t size() const { return prepared_.size(); }

  // One page's headline candidates as the chooser learns from them.
  struct TitleExamples {
    std::vector<float> rows;    // TitleCandidateRows
    std::vector<float> target;  // 1 / (headline lines among the candidates) on those, else 0
    bool has_headline = false;  // some candidate is a line of the headline
  };
  const LabelledPage& page(size_t i) const { return pages_[i]; }

 private:
  struct Prepared {
    Document doc;
    PageShape shape;               // described, not scored
    std::vector<int8_t> labels;    // per line: 0 story, 1 clutter, -1 headline (left out)
    std::vector<bool> title_line;  // per line: a line of the headline
  };

  std::vector<float> TrainLinePass(const std::vector<size_t>& train) const;
  void TrainStackedPass(const std::vector<size_t>& train, PageModel* model) const;
  std::vector<TitleExamples> TitleCandidates(const std::vector<size_t>& train, const PageModel& model) const;
  std::vector<float> TrainTitle(const std::vector<TitleExamples>& pages) const;

  const std::vector<LabelledPage>& pages_;
  std::vector<Prepared> prepared_;
};

// The source of page_model_data.cc for `model`.
std::string PageModelSource(const PageModel& model);

}  // namespace annotator
