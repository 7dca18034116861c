#include "attribution/model.h"

#include <algorithm>
#include <vector>

namespace annotator {
namespace attribution {
namespace {

bool g_fits = false;

}  // namespace

const Model& ModelOf(const float* quote, size_t quote_size, const float* speaker, size_t speaker_size) {
  static const std::vector<float> zeros(std::max(kQuoteFeatureSpace, kSpeakerFeatureSpace), 0.0f);
  static const Model model = [&] {
    g_fits = quote_size == static_cast<size_t>(kQuoteFeatureSpace) &&
             speaker_size == static_cast<size_t>(kSpeakerFeatureSpace);
    return g_fits ? Model{quote, speaker} : Model{zeros.data(), zeros.data()};
  }();
  return model;
}

bool EmbeddedModelFits() {
  EmbeddedModel();
  return g_fits;
}

}  // namespace attribution
}  // namespace annotator
