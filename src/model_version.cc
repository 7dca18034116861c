#include "model_version.h"

#include <cinttypes>
#include <cstdio>
#include <string_view>

#include "attribution/model.h"
#include "fnv1a.h"

namespace annotator {

// The recognizer's model compiled into the library (build-scripts/embed_file.cmake).
extern const unsigned char kEmbeddedNerModel[];
extern const size_t kEmbeddedNerModel_size;

namespace {

std::string Hex(uint64_t h) {
  char text[17];
  std::snprintf(text, sizeof text, "%016" PRIx64, h);
  return text;
}

std::string_view BytesOf(const float* weights, int count) {
  return std::string_view(reinterpret_cast<const char*>(weights), sizeof(float) * count);
}

}  // namespace

std::string ModelVersion() {
  static const std::string version = [] {
    const std::string ner =
        kEmbeddedNerModel_size == 0
            ? std::string("none")
            : Hex(Fnv1a64(std::string_view(reinterpret_cast<const char*>(kEmbeddedNerModel),
                                           kEmbeddedNerModel_size)));
    const attribution::Model& model = attribution::EmbeddedModel();
    const uint64_t quote = Fnv1a64(BytesOf(model.quote_weights, attribution::kQuoteFeatureSpace));
    const uint64_t speaker = Fnv1a64(BytesOf(model.speaker_weights, attribution::kSpeakerFeatureSpace));
    return "ner-" + ner + "+attribution-" + Hex(quote * 31 + speaker);
  }();
  return version;
}

}  // namespace annotator
