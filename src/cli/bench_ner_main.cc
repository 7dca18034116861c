// bench_ner: tagging speed of the recognizer on one core.
//
//   bench_ner [--model models/ner.model] [--repeat 20] eng.testa
//
// Rebuilds each CoNLL article as text (tokens joined by spaces, sentences by
// newlines), runs the real tokenizer and segmenter once, then times only
// Recognizer::Recognize over all articles, `repeat` times.

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

#include "cli/args.h"
#include "cli/file_util.h"
#include "cli/model_option.h"
#include "document.h"
#include "ner/recognizer.h"
#include "segmenter.h"
#include "tokenizer.h"

namespace annotator {
namespace {

std::vector<std::string> ReadArticles(const std::string& contents) {
  std::vector<std::string> articles(1);
  bool sentence_open = false;
  for (std::string_view line : SplitLines(contents)) {
    std::string word(line.substr(0, line.find(' ')));
    if (word.empty()) {
      if (sentence_open) articles.back() += '\n';
      sentence_open = false;
    } else if (word == "-DOCSTART-") {
      if (!articles.back().empty()) articles.emplace_back();
    } else {
      if (sentence_open) articles.back() += ' ';
      articles.back() += word;
      sentence_open = true;
    }
  }
  return articles;
}

int Run(int argc, char** argv) {
  std::string model_path, input_path;
  int repeat = 20;
  for (ArgWalker args(argc, argv); !args.Done();) {
    if (!args.Value("--model", &model_path) && !args.Value("--repeat", &repeat)) input_path = args.Take();
  }
  std::string contents;
  if (input_path.empty() || !ReadWholeFile(input_path, &contents)) {
    std::fprintf(stderr, "usage: bench_ner [--model FILE] [--repeat N] eng.testa\n");
    return 2;
  }
  Recognizer from_file;
  const Recognizer* recognizer = ChooseRecognizer(model_path, &from_file);
  if (recognizer == nullptr) return 1;
  if (model_path.empty() && !EmbeddedRecognizerStatus().ok()) {
    std::fprintf(stderr, "%s\n", EmbeddedRecognizerStatus().message().c_str());
    return 1;
  }

  const std::vector<std::string> articles = ReadArticles(contents);
  std::vector<Document> docs(articles.size());
  size_t tokens = 0;
  for (size_t i = 0; i < articles.size(); ++i) {
    docs[i].text = articles[i];
    Tokenize(docs[i].text, &docs[i].tokens);
    Segment(&docs[i]);
    tokens += docs[i].tokens.size();
  }
  std::vector<Mention> mentions;
  mentions.reserve(1 << 16);
  size_t found = 0;
  recognizer->Recognize(docs[0], &mentions);  // warm up the thread-local scratch
  auto start = std::chrono::steady_clock::now();
  const std::clock_t cpu_start = std::clock();
  for (int r = 0; r < repeat; ++r) {
    for (const Document& doc : docs) {
      mentions.clear();
      recognizer->Recognize(doc, &mentions);
      found += mentions.size();
    }
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  // CPU time as well: on a shared machine the wall clock also counts waiting.
  double cpu_seconds = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  const double total = tokens * static_cast<double>(repeat);
  std::printf(
      "%zu articles, %zu tokens x %d: wall %.3f s (%.0f tokens/s), cpu %.3f s (%.0f tokens/s); "
      "%.1f mentions per pass, %zu features\n",
      docs.size(), tokens, repeat, seconds, total / seconds, cpu_seconds, total / cpu_seconds,
      static_cast<double>(found) / repeat, recognizer->num_features());
  return 0;
}

}  // namespace
}  // namespace annotator

int main(int argc, char** argv) { return annotator::Run(argc, argv); }
