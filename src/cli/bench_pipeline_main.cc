// bench_pipeline FILE... : native throughput of the whole pipeline (annotate
// plus JSON), repeated until at least two seconds have passed.
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "annotator.h"
#include "cli/file_util.h"
#include "result_json.h"

int main(int argc, char** argv) {
  using namespace annotator;
  using Clock = std::chrono::steady_clock;
  std::vector<std::string> texts;
  size_t total_bytes = 0;
  for (int i = 1; i < argc; ++i) {
    std::string text;
    if (!ReadWholeFile(argv[i], &text)) {
      std::fprintf(stderr, "bench_pipeline: cannot read %s\n", argv[i]);
      return 2;
    }
    total_bytes += text.size();
    texts.push_back(std::move(text));
  }
  if (texts.empty()) {
    std::fprintf(stderr, "usage: bench_pipeline FILE...\n");
    return 2;
  }
  Document doc;
  size_t bytes = 0, tokens = 0, rounds = 0;
  double annotate_seconds = 0, json_seconds = 0;
  const auto start = Clock::now();
  double seconds = 0;
  do {
    for (const std::string& text : texts) {
      const auto t0 = Clock::now();
      if (!Annotate(text, &doc).ok()) return 1;
      const auto t1 = Clock::now();
      std::string json = ResultJson(doc, OffsetUnit::kUtf16);
      annotate_seconds += std::chrono::duration<double>(t1 - t0).count();
      json_seconds += std::chrono::duration<double>(Clock::now() - t1).count();
      tokens += doc.tokens.size();
      bytes += text.size();
    }
    ++rounds;
    seconds = std::chrono::duration<double>(Clock::now() - start).count();
  } while (seconds < 2.0);
  std::printf("native pipeline: %zu files, %.2f MB x %zu rounds in %.2f s: %.1f MB/s, %.2f M tokens/s"
              " (analysis %.1f MB/s, JSON %.1f MB/s)\n",
              texts.size(), total_bytes / 1e6, rounds, seconds, bytes / 1e6 / seconds,
              tokens / 1e6 / seconds, bytes / 1e6 / annotate_seconds, bytes / 1e6 / json_seconds);
  return 0;
}
