// annotate_native [--offsets utf16|codepoint|utf8] FILE...: the result JSON of
// each file from the native build, one line per file in the order given, for
// comparing with the wasm build, for evaluation scripts and for native callers.
// A file that cannot be read or annotated gives {"error": "..."} on its line
// and exit status 1; the other files are still annotated.
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "annotator.h"
#include "cli/file_util.h"
#include "json_writer.h"
#include "result_json.h"

namespace {

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

}  // namespace

int main(int argc, char** argv) {
  using namespace annotator;
  OffsetUnit unit = OffsetUnit::kUtf16;
  std::vector<const char*> files;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--offsets") && i + 1 < argc) {
      const char* name = argv[++i];
      if (!std::strcmp(name, "codepoint")) unit = OffsetUnit::kCodePoint;
      else if (!std::strcmp(name, "utf8")) unit = OffsetUnit::kUtf8;
      else if (std::strcmp(name, "utf16")) {
        std::fprintf(stderr, "annotate_native: unknown offset unit %s\n", name);
        return 2;
      }
    } else {
      files.push_back(argv[i]);
    }
  }
  if (files.empty()) {
    std::fprintf(stderr, "usage: annotate_native [--offsets utf16|codepoint|utf8] FILE...\n");
    return 2;
  }
  int exit_code = 0;
  Document doc;
  std::string text;
  for (const char* file : files) {
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
    const std::string json = ResultJson(doc, unit);
    std::fwrite(json.data(), 1, json.size(), stdout);
    std::fputc('\n', stdout);
  }
  return exit_code;
}
