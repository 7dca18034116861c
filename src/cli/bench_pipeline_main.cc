// bench_pipeline FILE... : native throughput of the whole pipeline (annotate
// plus JSON), repeated until at least two seconds of CPU time have passed,
// then the peak memory (RSS) after one text of about 10 MB made of the files.
// Times are the process's CPU time, not wall-clock time: on a shared machine
// the wall clock also counts the time other programs had the CPU.
#include <sys/resource.h>

#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

#include "annotator.h"
#include "cli/file_util.h"
#include "result_json.h"

int main(int argc, char** argv) {
  using namespace annotator;
  auto cpu_seconds = [] {
    timespec now;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return now.tv_sec + now.tv_nsec / 1e9;
  };
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
  const double start = cpu_seconds();
  double seconds = 0;
  do {
    for (const std::string& text : texts) {
      const double t0 = cpu_seconds();
      if (!Annotate(text, &doc).ok()) return 1;
      const double t1 = cpu_seconds();
      std::string json = ResultJson(doc, OffsetUnit::kUtf16);
      annotate_seconds += t1 - t0;
      json_seconds += cpu_seconds() - t1;
      tokens += doc.tokens.size();
      bytes += text.size();
    }
    ++rounds;
    seconds = cpu_seconds() - start;
  } while (seconds < 2.0);
  std::printf(
      "native pipeline: %zu files, %.2f MB x %zu rounds in %.2f s of CPU: %.1f MB/s, %.2f M tokens/s"
      " (analysis %.1f MB/s, JSON %.1f MB/s)\n",
      texts.size(), total_bytes / 1e6, rounds, seconds, bytes / 1e6 / seconds, tokens / 1e6 / seconds,
      bytes / 1e6 / annotate_seconds, bytes / 1e6 / json_seconds);

  // Peak memory: the files joined and repeated to about 10 MB, annotated once.
  std::string big;
  while (big.size() < 10000000) {
    for (const std::string& text : texts) big.append(text).append("\n\n");
  }
  rusage before;
  getrusage(RUSAGE_SELF, &before);
  const double t0 = cpu_seconds();
  if (!Annotate(big, &doc).ok()) return 1;
  const size_t json_bytes = ResultJson(doc, OffsetUnit::kUtf16).size();
  const double big_seconds = cpu_seconds() - t0;
  rusage after;
  getrusage(RUSAGE_SELF, &after);
  const double peak_mb = after.ru_maxrss / 1024.0;  // ru_maxrss is in KiB
  std::printf(
      "native, one %.1f MB text: %.1f MB/s, peak RSS %.0f MiB (%.1f bytes per byte of text; %.0f MiB"
      " before it), JSON %.1f MB\n",
      big.size() / 1e6, big.size() / 1e6 / big_seconds, peak_mb, peak_mb * 1048576 / big.size(),
      before.ru_maxrss / 1024.0, json_bytes / 1e6);
  return 0;
}
