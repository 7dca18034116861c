#include "model_version.h"

#include <cstdint>
#include <cstdio>

#include "attribution/model.h"
#include "page/page_model.h"

#ifndef ANNOTATOR_VERSION
#error "ANNOTATOR_VERSION must be defined by the build (CMake reads it from package.json)"
#endif

namespace annotator {

// The recognizer's model compiled into the library (build-scripts/embed_file.cmake).
extern const unsigned char kEmbeddedNerModel[];
extern const size_t kEmbeddedNerModel_size;

namespace {

// The 32-bit FNV-1a hash of some bytes, continuing from `hash`.
uint32_t Fnv1a(const void* data, size_t size, uint32_t hash = 2166136261u) {
  const unsigned char* bytes = static_cast<const unsigned char*>(data);
  for (size_t i = 0; i < size; ++i) hash = (hash ^ bytes[i]) * 16777619u;
  return hash;
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
    const std::string ner =
        kEmbeddedNerModel_size == 0 ? std::string("none") : Hex8(Fnv1a(kEmbeddedNerModel, kEmbeddedNerModel_size));
    const attribution::Model& speech = attribution::EmbeddedModel();
    uint32_t attribution = Fnv1a(speech.quote_weights, sizeof(float) * attribution::kQuoteFeatureSpace);
    attribution = Fnv1a(speech.speaker_weights, sizeof(float) * attribution::kSpeakerFeatureSpace, attribution);
    return "ner-" + ner + "+attr-" + Hex8(attribution) + "+page-" + Hex8(Fnv1a(&kPageModel, sizeof kPageModel));
  }();
  return version;
}

std::string FullVersion() { return std::string(CoreVersion()) + "+" + ModelVersion(); }

}  // namespace annotator
