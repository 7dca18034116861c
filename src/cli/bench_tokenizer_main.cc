// Measures the tokenizer (and the segmenter on its output) on a big text:
//   bench_tokenizer [DIR_OR_FILE...]   (default: the PolNeAR training texts)
// Every .txt file found is concatenated, separated by blank lines.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "document.h"
#include "segmenter.h"
#include "tokenizer.h"
#include "utf8.h"

namespace {

void AppendFile(const std::filesystem::path& path, std::string* text) {
  std::ifstream in(path, std::ios::binary);
  text->append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  text->append("\n\n");
}

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> inputs(argv + 1, argv + argc);
  if (inputs.empty()) inputs.push_back("../shared/data/polnear/data/train/text");
  std::string text;
  for (const std::string& input : inputs) {
    std::error_code error;
    if (std::filesystem::is_directory(input, error)) {
      std::vector<std::filesystem::path> files;
      for (const auto& entry : std::filesystem::directory_iterator(input)) {
        if (entry.path().extension() == ".txt") files.push_back(entry.path());
      }
      std::sort(files.begin(), files.end());
      for (const auto& file : files) AppendFile(file, &text);
    } else {
      AppendFile(input, &text);
    }
  }
  if (text.empty()) {
    std::fprintf(stderr, "no text found in the inputs\n");
    return 1;
  }
  const annotator::Status valid = annotator::ValidateUtf8(text);
  if (!valid.ok()) {
    std::fprintf(stderr, "%s\n", valid.message().c_str());
    return 1;
  }

  const double megabytes = text.size() / 1e6;
  annotator::Document doc;
  doc.text = text;
  constexpr int kRounds = 10;
  double best_tokenize = 1e9, best_segment = 1e9;
  for (int round = 0; round < kRounds; ++round) {
    auto start = std::chrono::steady_clock::now();
    annotator::Tokenize(doc.text, &doc.tokens);
    best_tokenize = std::min(best_tokenize, SecondsSince(start));
    start = std::chrono::steady_clock::now();
    annotator::Segment(&doc);
    best_segment = std::min(best_segment, SecondsSince(start));
  }
  const double tokens = static_cast<double>(doc.tokens.size());
  std::printf("text: %.2f MB, %zu tokens, %zu sentences, %zu paragraphs\n", megabytes, doc.tokens.size(),
              doc.sentences.size(), doc.paragraphs.size());
  std::printf("tokenize: %.1f ms  %.0f MB/s  %.1f M tokens/s (best of %d)\n", best_tokenize * 1e3,
              megabytes / best_tokenize, tokens / best_tokenize / 1e6, kRounds);
  std::printf("segment:  %.1f ms  %.0f MB/s  %.1f M tokens/s (best of %d)\n", best_segment * 1e3,
              megabytes / best_segment, tokens / best_segment / 1e6, kRounds);
  return 0;
}
