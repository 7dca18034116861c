#include "page/page_trainer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "page/json_reader.h"
#include "segmenter.h"
#include "tokenizer.h"
#include "utf8.h"

namespace annotator {
namespace {

// Settings of the learners, fixed here so that a run is reproducible.
constexpr int kLineEpochs = 12;
constexpr int kTitleEpochs = 10;
constexpr float kLearningRate = 0.2f;
constexpr float kL2 = 1e-4f;
constexpr int kStackingFolds = 5;  // the second pass learns from first-pass verdicts on unseen hosts
// Chosen on the dev pages cross-validated by site, together with the body's
// margin (page_shape.cc): story lines flagged and clutter recall are 19 and
// 86.7 at 0.95, 18 and 86.5 at 0.96, 18 and 86.2 at 0.97.
constexpr float kThresholdInBody = 0.96f;
constexpr float kThresholdOutside = 0.8f;
// A story line counts this many clutter lines in training: a line of story
// wrongly flagged hides part of the story, a missed clutter line only leaves
// some clutter in view.
constexpr float kStoryWeight = 3.0f;

// Byte offset of every UTF-16 index of `text` (one past the end included).
std::vector<uint32_t> Utf16ToByte(std::string_view text) {
  std::vector<uint32_t> bytes;
  bytes.reserve(text.size() + 1);
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t at = pos;
    const char32_t c = DecodeUtf8(text, &pos);
    bytes.push_back(static_cast<uint32_t>(at));
    if (c >= 0x10000) bytes.push_back(static_cast<uint32_t>(at));  // the low surrogate
  }
  bytes.push_back(static_cast<uint32_t>(text.size()));
  return bytes;
}

Status ReadPage(const JsonValue& object, LabelledPage* page) {
  page->id = std::string(object.StringOf("id"));
  page->host = HostOf(object.StringOf("url"));
  page->lang = std::string(object.StringOf("lang"));
  page->text = std::string(object.StringOf("text"));
  Status valid = ValidateUtf8(page->text);
  if (!valid.ok()) return valid;
  const JsonValue* lines = object.Find("lines");
  if (lines == nullptr || lines->type != JsonValue::Type::kArray) {
    return Status::DataLoss("page " + page->id + " has no lines");
  }
  const std::vector<uint32_t> bytes = Utf16ToByte(page->text);
  for (const JsonValue& line : lines->items) {
    const JsonValue* start = line.Find("start");
    const JsonValue* end = line.Find("end");
    const std::string_view label = line.StringOf("label");
    if (start == nullptr || end == nullptr || start->number < 0 || end->number < start->number ||
        end->number >= bytes.size()) {
      return Status::DataLoss("page " + page->id + ": a line without a valid start and end");
    }
    LabelledLine labelled;
    labelled.span = {bytes[static_cast<size_t>(start->number)], bytes[static_cast<size_t>(end->number)]};
    if (label == "article")
      labelled.label = LineLabel::kStory;
    else if (label == "boilerplate")
      labelled.label = LineLabel::kClutter;
    else if (label == "title")
      labelled.label = LineLabel::kTitle;
    else
      return Status::DataLoss("page " + page->id + ": unknown label " + std::string(label));
    page->lines.push_back(labelled);
  }
  return Status::Ok();
}

// A line's label: the headline's when a headline line covers half of it,
// else clutter when clutter lines cover more of it than story lines.
void LabelLines(const LabelledPage& page, const std::vector<PageLine>& lines, std::vector<int8_t>* labels,
                std::vector<bool>* title_line) {
  labels->assign(lines.size(), 0);
  title_line->assign(lines.size(), false);
  size_t g = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    const Span span = lines[i].span;
    while (g < page.lines.size() && page.lines[g].span.end <= span.begin) ++g;
    uint32_t covered[3] = {0, 0, 0};
    for (size_t k = g; k < page.lines.size() && page.lines[k].span.begin < span.end; ++k) {
      const Span gold = page.lines[k].span;
      const uint32_t overlap = std::min(gold.end, span.end) - std::max(gold.begin, span.begin);
      covered[static_cast<int>(page.lines[k].label)] += overlap;
    }
    if (covered[2] * 2 >= span.size()) {
      (*title_line)[i] = true;
      (*labels)[i] = -1;
    } else {
      (*labels)[i] = covered[1] > covered[0] ? 1 : 0;
    }
  }
}

// A deterministic shuffle (a linear congruential generator), so that runs
// are reproducible everywhere.
void Shuffle(std::vector<size_t>* order, uint64_t* state) {
  for (size_t i = order->size(); i > 1; --i) {
    *state = *state * 6364136223846793005ull + 1442695040888963407ull;
    std::swap((*order)[i - 1], (*order)[(*state >> 33) % i]);
  }
}

struct Example {
  const float* row;
  float label;
  float weight;
};

float WeightOf(int8_t label) { return label == 0 ? kStoryWeight : 1.0f; }

// Logistic regression by stochastic gradient descent with AdaGrad steps.
std::vector<float> TrainLogistic(const std::vector<Example>& examples, size_t dims, int epochs) {
  std::vector<float> weights(dims, 0.0f), squares(dims, 1e-6f);
  std::vector<size_t> order(examples.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  uint64_t state = 20240611;
  for (int epoch = 0; epoch < epochs; ++epoch) {
    Shuffle(&order, &state);
    for (size_t index : order) {
      const Example& example = examples[index];
      const float error = (Logistic(Dot(weights.data(), example.row, dims)) - example.label) * example.weight;
      for (size_t d = 0; d < dims; ++d) {
        const float gradient = error * example.row[d] + kL2 * weights[d];
        if (gradient == 0) continue;
        squares[d] += gradient * gradient;
        weights[d] -= kLearningRate * gradient / std::sqrt(squares[d]);
      }
    }
  }
  return weights;
}

// A float as a C++ literal that reads back to the same value: "0.25f", "3.0f".
std::string FloatLiteral(float value) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%.9g", value);
  std::string literal = buffer;
  if (literal.find_first_of(".en") == std::string::npos) literal += ".0";
  return literal + "f";
}

void AppendArray(const char* name, const float* weights, const char* const* names, size_t size, std::string* out) {
  *out += "    {  // ";
  *out += name;
  *out += "\n";
  for (size_t i = 0; i < size; ++i) *out += "        " + FloatLiteral(weights[i]) + ",  // " + names[i] + "\n";
  *out += "    },\n";
}

}  // namespace

std::string HostOf(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme != url.npos) url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("/?#:"));
  if (url.substr(0, 4) == "www.") url.remove_prefix(4);
  return std::string(url);
}

Status ReadLabelledPages(std::string_view jsonl, std::vector<LabelledPage>* pages) {
  pages->clear();
  size_t pos = 0;
  while (pos < jsonl.size()) {
    size_t end = jsonl.find('\n', pos);
    if (end == jsonl.npos) end = jsonl.size();
    const std::string_view line = jsonl.substr(pos, end - pos);
    pos = end + 1;
    if (line.find_first_not_of(" \t\r") == line.npos) continue;
    JsonValue object;
    Status parsed = ParseJson(line, &object);
    if (!parsed.ok()) return parsed;
    pages->emplace_back();
    Status read = ReadPage(object, &pages->back());
    if (!read.ok()) return read;
  }
  return Status::Ok();
}

PageTrainer::PageTrainer(const std::vector<LabelledPage>& pages) : pages_(pages), prepared_(pages.size()) {
  for (size_t i = 0; i < pages.size(); ++i) {
    Prepared& p = prepared_[i];
    p.doc.text = pages[i].text;
    Tokenize(p.doc.text, &p.doc.tokens);
    Segment(&p.doc);
    DescribePage(p.doc, &p.shape);
    LabelLines(pages[i], p.shape.lines, &p.labels, &p.title_line);
  }
}

std::vector<int> PageTrainer::HostFolds(int folds) const {
  // Hosts in sorted order, dealt round-robin.
  std::map<std::string, int> host_fold;
  for (const LabelledPage& page : pages_) host_fold[page.host] = 0;
  int next = 0;
  for (auto& [host, fold] : host_fold) fold = next++ % folds;
  std::vector<int> fold_of(pages_.size());
  for (size_t i = 0; i < pages_.size(); ++i) fold_of[i] = host_fold[pages_[i].host];
  return fold_of;
}

std::vector<float> PageTrainer::TrainLinePass(const std::vector<size_t>& train) const {
  std::vector<Example> examples;
  for (size_t page : train) {
    const Prepared& p = prepared_[page];
    for (size_t i = 0; i < p.labels.size(); ++i) {
      if (p.labels[i] >= 0)
        examples.push_back(
            {p.shape.line_rows.data() + i * kNumLineFeatures, float(p.labels[i]), WeightOf(p.labels[i])});
    }
  }
  return TrainLogistic(examples, kNumLineFeatures, kLineEpochs);
}

void PageTrainer::TrainStackedPass(const std::vector<size_t>& train, PageModel* model) const {
  // The first pass's verdicts on each training page come from a model that
  // did not see the page's host, as they will on a new page.
  const std::vector<int> fold_of = HostFolds(kStackingFolds);
  std::vector<std::vector<float>> stacked_rows(prepared_.size());
  for (int fold = 0; fold < kStackingFolds; ++fold) {
    std::vector<size_t> others;
    for (size_t page : train) {
      if (fold_of[page] != fold) others.push_back(page);
    }
    PageModel first{};
    const std::vector<float> line = TrainLinePass(others);
    std::copy(line.begin(), line.end(), first.line);
    for (size_t page : train) {
      if (fold_of[page] != fold) continue;
      const Prepared& p = prepared_[page];
      std::vector<float> first_pass(p.shape.lines.size());
      for (size_t i = 0; i < first_pass.size(); ++i) {
        first_pass[i] = Logistic(Dot(first.line, p.shape.line_rows.data() + i * kNumLineFeatures, kNumLineFeatures));
      }
      StackedFeatureRows(p.shape.line_rows, first_pass, &stacked_rows[page]);
    }
  }
  std::vector<Example> in_body, outside;
  for (size_t page : train) {
    const Prepared& p = prepared_[page];
    for (size_t i = 0; i < p.labels.size(); ++i) {
      if (p.labels[i] < 0) continue;
      const bool body = i >= p.shape.body.begin && i < p.shape.body.end;
      (body ? in_body : outside)
          .push_back({stacked_rows[page].data() + i * kNumStackedFeatures, float(p.labels[i]), WeightOf(p.labels[i])});
    }
  }
  const std::vector<float> body_weights = TrainLogistic(in_body, kNumStackedFeatures, kLineEpochs);
  const std::vector<float> outside_weights = TrainLogistic(outside, kNumStackedFeatures, kLineEpochs);
  std::copy(body_weights.begin(), body_weights.end(), model->stacked_in_body);
  std::copy(outside_weights.begin(), outside_weights.end(), model->stacked_outside);
}

// Each training page's headline candidates, scored by `model`'s clutter
// passes: rows, and the target (1 / number of headline lines on each
// headline line, 0 elsewhere).
std::vector<PageTrainer::TitleExamples> PageTrainer::TitleCandidates(const std::vector<size_t>& train,
                                                                     const PageModel& model) const {
  std::vector<TitleExamples> pages;
  for (size_t page : train) {
    const Prepared& p = prepared_[page];
    PageShape scored = p.shape;
    ScoreLines(model, &scored);
    TitleCandidateRows(p.doc, scored.lines, scored.body, scored.body_words, scored.clutter, &scored.title_candidates,
                       &scored.title_rows);
    TitleExamples c;
    c.rows = std::move(scored.title_rows);
    int hits = 0;
    for (uint32_t line : scored.title_candidates) {
      c.target.push_back(p.title_line[line]);
      hits += p.title_line[line];
    }
    for (float& t : c.target) t /= std::max(hits, 1);
    c.has_headline = hits > 0;
    pages.push_back(std::move(c));
  }
  return pages;
}

// The headline chooser: a softmax over each page's candidates, trained to
// put the mass on the headline's lines.
std::vector<float> PageTrainer::TrainTitle(const std::vector<TitleExamples>& pages) const {
  std::vector<float> weights(kNumTitleFeatures, 0.0f), squares(kNumTitleFeatures, 1e-6f);
  std::vector<size_t> order;
  for (size_t i = 0; i < pages.size(); ++i) {
    if (pages[i].has_headline) order.push_back(i);  // otherwise there is nothing to rank
  }
  uint64_t state = 20240612;
  std::vector<float> scores, gradient(kNumTitleFeatures);
  for (int epoch = 0; epoch < kTitleEpochs; ++epoch) {
    Shuffle(&order, &state);
    for (size_t index : order) {
      const TitleExamples& c = pages[index];
      const size_t n = c.target.size();
      scores.resize(n);
      float top = -1e30f;
      for (size_t k = 0; k < n; ++k) {
        scores[k] = Dot(weights.data(), c.rows.data() + k * kNumTitleFeatures, kNumTitleFeatures);
        top = std::max(top, scores[k]);
      }
      float total = 0;
      for (float& score : scores) total += score = std::exp(score - top);
      for (size_t d = 0; d < kNumTitleFeatures; ++d) gradient[d] = kL2 * weights[d];
      for (size_t k = 0; k < n; ++k) {
        const float error = scores[k] / total - c.target[k];
        const float* row = c.rows.data() + k * kNumTitleFeatures;
        for (size_t d = 0; d < kNumTitleFeatures; ++d) gradient[d] += error * row[d];
      }
      for (size_t d = 0; d < kNumTitleFeatures; ++d) {
        if (gradient[d] == 0) continue;
        squares[d] += gradient[d] * gradient[d];
        weights[d] -= kLearningRate * gradient[d] / std::sqrt(squares[d]);
      }
    }
  }
  return weights;
}

PageModel PageTrainer::Train(const std::vector<size_t>& train) const {
  PageModel model{};
  const std::vector<float> line = TrainLinePass(train);
  std::copy(line.begin(), line.end(), model.line);
  TrainStackedPass(train, &model);
  model.threshold_in_body = kThresholdInBody;
  model.threshold_outside = kThresholdOutside;
  const std::vector<TitleExamples> candidates = TitleCandidates(train, model);
  const std::vector<float> title = TrainTitle(candidates);
  std::copy(title.begin(), title.end(), model.title);
  return model;
}

std::string PageModelSource(const PageModel& model) {
  std::string out =
      "// The page-shape models, learned from ../shared/data/pages by build-scripts/train-page.\n"
      "// Generated: do not edit (page_trainer_test.cc fails when this is stale).\n"
      "#include \"page/page_model.h\"\n\n"
      "namespace annotator {\n\n"
      "const PageModel kPageModel = {\n";
  std::vector<const char*> stacked_names(kLineFeatureNames, kLineFeatureNames + kNumLineFeatures);
  stacked_names.insert(stacked_names.end(), kStackedFeatureNames, kStackedFeatureNames + kNumStackedExtra);
  AppendArray("line", model.line, kLineFeatureNames, kNumLineFeatures, &out);
  AppendArray("stacked_in_body", model.stacked_in_body, stacked_names.data(), kNumStackedFeatures, &out);
  AppendArray("stacked_outside", model.stacked_outside, stacked_names.data(), kNumStackedFeatures, &out);
  AppendArray("title", model.title, kTitleFeatureNames, kNumTitleFeatures, &out);
  out += "    " + FloatLiteral(model.threshold_in_body) + ",  // threshold_in_body\n";
  out += "    " + FloatLiteral(model.threshold_outside) + ",  // threshold_outside\n";
  out += "};\n\n}  // namespace annotator\n";
  return out;
}

}  // namespace annotator
