// train_page: learns and measures the page-shape models (headline and clutter).
//   train_page PAGES.jsonl --write FILE.cc       train on every page, write page_model_data.cc
//   train_page PAGES.jsonl --cv K --results FILE  cross-validate by host: each page's result comes from
//                                                 a model that saw no page of its site
//   train_page PAGES.jsonl --fit --results FILE   train on every page, results on the same pages
//   train_page --explain-file FILE                each line of FILE with its scores and kind
//   train_page --jsonl                            {"id","text"} lines on stdin -> {"id",...result}
//                                                 lines, the page shape only, with the compiled-in model
// Results use UTF-16 offsets, for ../shared/data/pages/score-pages.mjs --results FILE.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

#include "cli/args.h"
#include "cli/file_util.h"
#include "json_writer.h"
#include "page/json_reader.h"
#include "page/page_shape.h"
#include "page/page_trainer.h"
#include "result_json.h"
#include "segmenter.h"
#include "tokenizer.h"
#include "utf8.h"

namespace annotator {
namespace {

// {"id":…, then the result (ResultJson), for one analysed text.
std::string ResultLine(std::string_view id, const Document& doc) {
  std::string out;
  JsonWriter json(&out);
  json.String(id);
  json.Finish();
  return "{\"id\":" + out + "," + ResultJson(doc, OffsetUnit::kUtf16).substr(1);
}

std::string Analyze(std::string_view id, std::string_view text, const PageModel& model) {
  Document doc;
  doc.text = text;
  Tokenize(text, &doc.tokens);
  Segment(&doc);
  PageShape shape;
  AnalyzePage(doc, model, &shape);
  ApplyPageShape(shape, &doc);
  return ResultLine(id, doc);
}

// Prints each line of `text` as the model sees it: gold label (when `page` is
// given), in-body mark, first-pass and final clutter probability, kind, text.
void PrintShape(std::string_view text, const PageModel& model, const LabelledPage* page) {
  Document doc;
  doc.text = text;
  Tokenize(doc.text, &doc.tokens);
  Segment(&doc);
  PageShape shape;
  AnalyzePage(doc, model, &shape);
  const std::string id = page != nullptr ? page->id : "text";
  std::printf("# %s %s %s body %zu-%zu title %d\n", id.c_str(), page ? page->lang.c_str() : "-",
              page ? page->host.c_str() : "-", shape.body.begin, shape.body.end, shape.title);
  size_t g = 0;
  for (size_t i = 0; i < shape.lines.size(); ++i) {
    const Span span = shape.lines[i].span;
    char gold = '?';
    if (page != nullptr) {
      while (g < page->lines.size() && page->lines[g].span.end <= span.begin) ++g;
      if (g < page->lines.size()) gold = "abt"[static_cast<int>(page->lines[g].label)];
    }
    const bool in_body = i >= shape.body.begin && i < shape.body.end;
    const PhraseMatch& phrase = shape.lines[i].phrase;
    const char phrase_mark = phrase.kind == ClutterKind::kNone ? '-' : phrase.whole ? 'W' : phrase.at_start ? 'O' : 'I';
    // R: clutter by its phrase alone (IsClutterByPhrase), B: a byline.
    const char rule_mark = IsClutterByPhrase(shape.lines[i]) ? 'R' : shape.lines[i].byline ? 'B' : '-';
    std::printf("%.8s %3zu %c%c %.2f %.2f %c%-10s %c%4u %c %.90s\n", id.c_str(), i, gold, in_body ? '|' : ' ',
                shape.first_pass[i], shape.clutter[i], phrase_mark, ClutterKindName(shape.kinds[i]),
                IsProse(shape.lines[i]) ? 'P' : '-', shape.lines[i].width, rule_mark,
                std::string(doc.Text(span)).c_str());
  }
}

// Prints each line of the pages whose id starts with `prefix`: gold label,
// in-body mark, first-pass and final clutter probability, kind and text.
// With folds, from the model that did not see the page's host.
int Explain(const PageTrainer& trainer, const std::string& prefix, int folds) {
  folds = std::max(folds, 1);
  const std::vector<int> fold_of = trainer.HostFolds(folds);
  std::vector<PageModel> models(folds);
  std::vector<bool> trained(folds, false);
  for (size_t p = 0; p < trainer.size(); ++p) {
    const LabelledPage& page = trainer.page(p);
    if (prefix != "all" && page.id.compare(0, prefix.size(), prefix) != 0) continue;
    const int fold = fold_of[p];
    if (!trained[fold]) {
      std::vector<size_t> train;
      for (size_t i = 0; i < trainer.size(); ++i) {
        if (folds < 2 || fold_of[i] != fold) train.push_back(i);
      }
      models[fold] = trainer.Train(train);
      trained[fold] = true;
    }
    const PageModel& model = models[fold];
    PrintShape(page.text, model, &page);
  }
  return 0;
}

int Usage() {
  std::fprintf(stderr,
               "usage: train_page PAGES.jsonl (--write FILE.cc | --cv K --results FILE | --fit --results FILE)\n"
               "       train_page --jsonl < {\"id\",\"text\"} lines\n");
  return 2;
}

int AnnotateLines() {
  std::string line;
  while (std::getline(std::cin, line)) {
    if (line.empty()) continue;
    JsonValue object;
    Status parsed = ParseJson(line, &object);
    if (!parsed.ok() || !ValidateUtf8(object.StringOf("text")).ok()) {
      std::fprintf(stderr, "train_page: bad input line: %s\n", parsed.message().c_str());
      return 1;
    }
    const std::string result = Analyze(object.StringOf("id"), object.StringOf("text"), kPageModel);
    std::fwrite(result.data(), 1, result.size(), stdout);
    std::fputc('\n', stdout);
  }
  return 0;
}

bool WriteFile(const std::string& path, const std::string& content) {
  FILE* file = std::fopen(path.c_str(), "wb");
  if (file == nullptr) return false;
  const bool ok = std::fwrite(content.data(), 1, content.size(), file) == content.size();
  return std::fclose(file) == 0 && ok;
}

int Run(int argc, char** argv) {
  if (argc == 2 && !std::strcmp(argv[1], "--jsonl")) return AnnotateLines();
  if (argc == 3 && !std::strcmp(argv[1], "--explain-file")) {
    std::string text;
    if (!ReadWholeFile(argv[2], &text) || !ValidateUtf8(text).ok()) return Usage();
    PrintShape(text, kPageModel, nullptr);
    return 0;
  }
  if (argc < 3) return Usage();
  std::string write_path, results_path;
  int folds = 0;
  bool fit = false;
  float threshold = -1;
  std::string explain;  // a page id prefix: print its lines with their scores
  for (ArgWalker args(argc, argv, 2); !args.Done();) {
    if (!args.Switch("--fit", &fit) && !args.Value("--write", &write_path) && !args.Value("--results", &results_path) &&
        !args.Value("--cv", &folds) && !args.Value("--explain", &explain) && !args.Value("--threshold", &threshold)) {
      return Usage();
    }
  }
  std::string jsonl;
  if (!ReadWholeFile(argv[1], &jsonl)) {
    std::fprintf(stderr, "train_page: cannot read %s\n", argv[1]);
    return 2;
  }
  std::vector<LabelledPage> pages;
  Status read = ReadLabelledPages(jsonl, &pages);
  if (!read.ok()) {
    std::fprintf(stderr, "train_page: %s: %s\n", argv[1], read.message().c_str());
    return 1;
  }
  const PageTrainer trainer(pages);
  std::vector<size_t> all(pages.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
  if (!write_path.empty()) {
    const PageModel model = trainer.Train(all);
    if (!WriteFile(write_path, PageModelSource(model))) {
      std::fprintf(stderr, "train_page: cannot write %s\n", write_path.c_str());
      return 1;
    }
    std::fprintf(stderr, "train_page: %zu pages, model written to %s\n", pages.size(), write_path.c_str());
  }
  if (!explain.empty()) return Explain(trainer, explain, folds);
  if (results_path.empty()) return write_path.empty() ? Usage() : 0;
  std::vector<std::string> results(pages.size());
  if (folds >= 2) {
    const std::vector<int> fold_of = trainer.HostFolds(folds);
    for (int fold = 0; fold < folds; ++fold) {
      std::vector<size_t> train;
      for (size_t i = 0; i < pages.size(); ++i) {
        if (fold_of[i] != fold) train.push_back(i);
      }
      PageModel model = trainer.Train(train);
      if (threshold >= 0) model.threshold_in_body = threshold;
      for (size_t i = 0; i < pages.size(); ++i) {
        if (fold_of[i] == fold) results[i] = Analyze(pages[i].id, pages[i].text, model);
      }
    }
  } else if (fit) {
    PageModel model = trainer.Train(all);
    if (threshold >= 0) model.threshold_in_body = threshold;
    for (size_t i = 0; i < pages.size(); ++i) results[i] = Analyze(pages[i].id, pages[i].text, model);
  } else {
    return Usage();
  }
  std::string out;
  for (const std::string& result : results) out += result + "\n";
  if (!WriteFile(results_path, out)) {
    std::fprintf(stderr, "train_page: cannot write %s\n", results_path.c_str());
    return 1;
  }
  return 0;
}

}  // namespace
}  // namespace annotator

int main(int argc, char** argv) { return annotator::Run(argc, argv); }
