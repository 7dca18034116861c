// libFuzzer target: any bytes as the recognizer's model file. A model that
// does not parse must be a clear Status error that leaves the recognizer
// empty; one that parses must tag a text without reading out of bounds, with
// mentions inside the text, in order and apart. Before parsing, the size and
// checksum fields are set to match the bytes, so that mutations reach the
// parser's sections instead of stopping at the checksum (ner::SealModel; the
// doctest suite covers those two checks). Seeds: small valid models in
// tests/fuzz/corpus/model_loader (written by SerializeModel).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "annotator.h"
#include "ner/model.h"
#include "ner/recognizer.h"

namespace {

[[noreturn]] void Fail(const char* what) {
  std::fprintf(stderr, "model_loader_fuzzer: %s\n", what);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace annotator;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  ner::SealModel(&bytes);
  Recognizer recognizer;
  const Status status = recognizer.Load(bytes);
  if (!status.ok()) {
    if (status.message().empty()) Fail("an error without a message");
    if (recognizer.loaded()) Fail("a failed load left a loaded recognizer");
    return 0;
  }
  static Document doc;
  static const bool prepared = PrepareForAttribution(
                                   "Officials met on Monday.\n\nAngela Merkel visited Siemens in Munich, "
                                   "said Reuters.\n",
                                   &doc)
                                   .ok();
  if (!prepared) Fail("the text did not prepare");
  std::vector<Mention> mentions;
  recognizer.Recognize(doc, &mentions);
  uint32_t previous_end = 0;
  for (const Mention& m : mentions) {
    if (m.span.begin < previous_end || m.span.end <= m.span.begin || m.span.end > doc.text.size()) {
      Fail("a mention out of order, empty or outside the text");
    }
    if (!IsNameType(m.type)) Fail("a recognizer mention of a non-name type");
    previous_end = m.span.end;
  }
  return 0;
}
