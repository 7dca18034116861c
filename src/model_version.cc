#include "model_version.h"

#include <cstdint>
#include <cstdio>
#include <string_view>

#include "attribution/model.h"
#include "fnv1a.h"
#include "page/page_model.h"

#ifndef ANNOTATOR_VERSION
#error "ANNOTATOR_VERSION must be defined by the build (CMake reads it from package.json)"
#endif

namespace annotator {

// The recognizer's model compiled into the library (build-scripts/embed_file.cmake).
extern const unsigned char kEmbeddedNerModel[];
extern const size_t kEmbeddedNerModel_size;

namespace {

// The bytes of an object, to hash.
template <typename T>
std::string_view BytesOf(const T* data, size_t size) {
  return std::string_view(reinterpret_cast<const char*>(data), size);
}

std::string Hex8(uint32_t value) {
  char hex[9];
  std::snprintf(hex, sizeof hex, "%08x", value);
  return hex;
}

}  // namespace

const char* CoreVersion() { return ANNOTATOR_VERSION; }

std::string ModelVersion() {
  static const std::string version = [] {
    const std::string ner = kEmbeddedNerModel_size == 0
                                ? std::string("none")
                                : Hex8(Fnv1a32(BytesOf(kEmbeddedNerModel, kEmbeddedNerModel_size)));
    const attribution::Model& speech = attribution::EmbeddedModel();
    uint32_t attribution = Fnv1a32(BytesOf(speech.quote_weights, sizeof(float) * attribution::kQuoteFeatureSpace));
    attribution =
        Fnv1a32(BytesOf(speech.speaker_weights, sizeof(float) * attribution::kSpeakerFeatureSpace), attribution);
    return "ner-" + ner + "+attr-" + Hex8(attribution) + "+page-" +
           Hex8(Fnv1a32(BytesOf(&kPageModel, sizeof kPageModel)));
  }();
  return version;
}

std::string FullVersion() { return std::string(CoreVersion()) + "+" + ModelVersion(); }

}  // namespace annotator
