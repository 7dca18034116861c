// annotate_native FILE [utf16|codepoint|utf8]: the result JSON from the
// native build, for comparing with the wasm build and for native callers.
#include <cstdio>
#include <cstring>
#include <string>

#include "annotator.h"
#include "cli/file_util.h"
#include "result_json.h"

int main(int argc, char** argv) {
  using namespace annotator;
  if (argc < 2 || argc > 3) {
    std::fprintf(stderr, "usage: annotate_native FILE [utf16|codepoint|utf8]\n");
    return 2;
  }
  OffsetUnit unit = OffsetUnit::kUtf16;
  if (argc == 3) {
    if (!std::strcmp(argv[2], "codepoint")) unit = OffsetUnit::kCodePoint;
    else if (!std::strcmp(argv[2], "utf8")) unit = OffsetUnit::kUtf8;
    else if (std::strcmp(argv[2], "utf16")) {
      std::fprintf(stderr, "annotate_native: unknown offset unit %s\n", argv[2]);
      return 2;
    }
  }
  std::string text;
  if (!ReadWholeFile(argv[1], &text)) {
    std::fprintf(stderr, "annotate_native: cannot read %s\n", argv[1]);
    return 2;
  }
  Document doc;
  Status status = Annotate(text, &doc);
  if (!status.ok()) {
    std::fprintf(stderr, "annotate_native: %s: %s\n", argv[1], status.message().c_str());
    return 1;
  }
  std::string json = ResultJson(doc, unit);
  std::fwrite(json.data(), 1, json.size(), stdout);
  std::fputc('\n', stdout);
  return 0;
}
