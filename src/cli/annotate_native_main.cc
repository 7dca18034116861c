// annotate_native [--offsets utf16|codepoint|utf8] FILE...: the result JSON of
// each file from the native build, one line per file in the order given, for
// comparing with the wasm build, for evaluation scripts and for native callers.
// A file that cannot be read or annotated gives {"error": "..."} on its line
// and exit status 1; the other files are still annotated.
//
// annotate_native --jsonl [--threads N] [--offsets UNIT] [FILE.jsonl... | -]:
// batch annotation on every core (batch/jsonl_batch.h): {"id","text",...}
// lines from the files or standard input, {"id",...,result} lines out in
// input order; a bad line is answered by {"id","error"} and exit status 1.
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "annotator.h"
#include "batch/jsonl_batch.h"
#include "batch/jsonl_record.h"
#include "cli/file_util.h"
#include "json_writer.h"
#include "model_version.h"
#include "result_json.h"

namespace {

constexpr char kUsage[] =
    "usage: annotate_native [--offsets utf16|codepoint|utf8] FILE...\n"
    "       annotate_native --jsonl [--threads N] [--window LINES] [--progress | --no-progress]\n"
    "                       [--offsets utf16|codepoint|utf8] [FILE.jsonl... | -]\n"
    "       annotate_native --version\n"
    "  --jsonl      {\"id\",\"text\",...} lines in (files or standard input), one {\"id\",...,result}\n"
    "               line out each, in input order; other members are passed through\n"
    "  --threads    annotating threads (default: every core)\n"
    "  --window     lines in flight (default 16 per thread; memory is bounded by it)\n"
    "  --progress   a progress line on standard error (default: when it is a terminal,\n"
    "               rewritten in place; otherwise a line every 30 s)\n";

void PrintError(const std::string& message) {
  std::string out;
  annotator::JsonWriter json(&out);
  json.BeginObject();
  json.Key("error");
  json.String(message);
  json.EndObject();
  json.Finish();
  std::printf("%s\n", out.c_str());
}

struct Options {
  annotator::OffsetUnit unit = annotator::OffsetUnit::kUtf16;
  bool jsonl = false;
  bool version = false;
  int threads = 0;  // 0: every core
  size_t window = 0;
  int progress = -1;  // -1: decide from standard error
  std::vector<const char*> files;
};

// Parses the command line; false (with the reason printed) on a bad one.
bool ParseOptions(int argc, char** argv, Options* options) {
  for (int i = 1; i < argc; ++i) {
    const char* arg = argv[i];
    auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    if (!std::strcmp(arg, "--offsets")) {
      const char* name = value();
      if (name && !std::strcmp(name, "codepoint"))
        options->unit = annotator::OffsetUnit::kCodePoint;
      else if (name && !std::strcmp(name, "utf8"))
        options->unit = annotator::OffsetUnit::kUtf8;
      else if (!name || std::strcmp(name, "utf16")) {
        std::fprintf(stderr, "annotate_native: unknown offset unit %s\n", name ? name : "(none)");
        return false;
      }
    } else if (!std::strcmp(arg, "--jsonl")) {
      options->jsonl = true;
    } else if (!std::strcmp(arg, "--version")) {
      options->version = true;
    } else if (!std::strcmp(arg, "--threads") || !std::strcmp(arg, "--window")) {
      const char* number = value();
      char* end = nullptr;
      const long n = number ? std::strtol(number, &end, 10) : 0;
      if (!number || *end != '\0' || n < 1 || n > 4096) {
        std::fprintf(stderr, "annotate_native: %s needs a number from 1 to 4096\n", arg);
        return false;
      }
      if (arg[2] == 't')
        options->threads = static_cast<int>(n);
      else
        options->window = static_cast<size_t>(n);
    } else if (!std::strcmp(arg, "--progress") || !std::strcmp(arg, "--no-progress")) {
      options->progress = arg[2] == 'p';
    } else if (arg[0] == '-' && arg[1] == '-') {
      std::fprintf(stderr, "annotate_native: unknown option %s\n", arg);
      return false;
    } else {
      options->files.push_back(arg);
    }
  }
  return true;
}

int AnnotateFiles(const Options& options) {
  using namespace annotator;
  int exit_code = 0;
  Document doc;
  std::string text;
  for (const char* file : options.files) {
    if (!ReadWholeFile(file, &text)) {
      PrintError(std::string("cannot read ") + file);
      exit_code = 1;
      continue;
    }
    Status status = Annotate(text, &doc);
    if (!status.ok()) {
      PrintError(std::string(file) + ": " + status.message());
      exit_code = 1;
      continue;
    }
    const std::string json = ResultJson(doc, options.unit);
    std::fwrite(json.data(), 1, json.size(), stdout);
    std::fputc('\n', stdout);
  }
  return exit_code;
}

int AnnotateJsonLines(const Options& options) {
  using namespace annotator;
  std::vector<BatchInput> inputs;
  int exit_code = 0;
  for (const char* name : options.files) {
    if (!std::strcmp(name, "-")) {
      inputs.push_back({"", stdin});
      continue;
    }
    FILE* file = std::fopen(name, "rb");
    if (file == nullptr) {
      std::fprintf(stderr, "annotate_native: cannot open %s: %s\n", name, std::strerror(errno));
      return 2;
    }
    inputs.push_back({name, file});
  }
  if (inputs.empty()) inputs.push_back({"", stdin});
  BatchOptions batch;
  batch.threads = options.threads > 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  batch.unit = options.unit;
  batch.window_lines = options.window;
  const bool terminal = isatty(fileno(stderr));
  if (options.progress == 0)
    batch.progress = ProgressMode::kOff;
  else
    batch.progress = terminal ? ProgressMode::kInPlace : ProgressMode::kLines;
  batch.progress_every_seconds = terminal ? 0.5 : (options.progress == 1 ? 5 : 30);
  batch.program = "annotate_native";
  BatchCounts counts;
  const Status status = RunJsonlBatch(inputs, batch, stdout, stderr, &counts);
  for (const BatchInput& input : inputs) {
    if (input.file != stdin) std::fclose(input.file);
  }
  if (counts.shadowed_keys) {
    std::fprintf(stderr,
                 "annotate_native: input member(s) %s not passed through: the result has its own (join on \"id\" "
                 "to keep them)\n",
                 ResultKeyNames(counts.shadowed_keys).c_str());
  }
  if (counts.failed) {
    std::fprintf(stderr, "annotate_native: %llu line(s) failed; see their \"error\" fields\n",
                 static_cast<unsigned long long>(counts.failed));
    exit_code = 1;
  }
  if (!status.ok()) {
    std::fprintf(stderr, "annotate_native: %s\n", status.message().c_str());
    return 2;
  }
  return exit_code;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  if (!ParseOptions(argc, argv, &options)) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  if (options.version) {
    std::printf("core %s, models %s\n", annotator::CoreVersion(), annotator::ModelVersion().c_str());
    return 0;
  }
  if (options.jsonl) return AnnotateJsonLines(options);
  if (options.files.empty()) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  return AnnotateFiles(options);
}
