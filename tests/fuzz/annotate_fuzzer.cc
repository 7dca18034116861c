// libFuzzer target: any bytes through Annotate and ResultJson in every offset
// unit. Invalid UTF-8 must be a clear error that leaves nothing behind; a
// valid text must give JSON whose spans slice the text, in order, with valid
// indices (tests/result_invariants.h). Built by CMake with
// -DANNOTATOR_SANITIZE=ON under clang; run by build-scripts/fuzz.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>

#include "annotator.h"
#include "result_invariants.h"
#include "result_json.h"

namespace {

[[noreturn]] void Fail(const std::string& what, const std::string& text) {
  std::fprintf(stderr, "annotate_fuzzer: %s\n(%zu bytes)\n", what.c_str(), text.size());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace annotator;
  const std::string text(reinterpret_cast<const char*>(data), size);
  static Document doc;  // reused, as the page and the CLI reuse theirs
  const Status status = Annotate(text, &doc);
  if (!status.ok()) {
    if (status.message().empty()) Fail("an error without a message", text);
    if (!doc.tokens.empty() || !doc.mentions.empty() || !doc.quotes.empty()) Fail("an error left results", text);
    return 0;
  }
  for (OffsetUnit unit : {OffsetUnit::kUtf16, OffsetUnit::kCodePoint, OffsetUnit::kUtf8}) {
    const nlohmann::json result = nlohmann::json::parse(ResultJson(doc, unit), nullptr, /*allow_exceptions=*/false);
    if (result.is_discarded()) Fail("ResultJson wrote invalid JSON", text);
    const std::string error = testing::CheckResult(result, text, unit);
    if (!error.empty()) Fail(error, text);
  }
  return 0;
}
