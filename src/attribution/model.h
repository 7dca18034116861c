// The learned part of attribution: two linear scorers over hashed features.
//  * Spoken or scare (quote_kinds.cc): is a quotation someone's words
//    (direct or mixed) or a term or title nobody is said to have spoken?
//    The score is the log-odds of spoken; only a low one changes what the
//    rules found (a quotation becomes a term).
//  * Speaker (speaker_model.cc): which candidate noun phrase near a
//    quotation is its speaker? The scores are log-probabilities up to a
//    constant; the highest wins when it beats the rules' choice by a margin.
// Both are L2-regularised log-linear models (logistic; a softmax over the
// candidates) trained on PolNeAR train by the library in
// attribution/train/ (build-scripts/train-attribution), which generates
// model_data.cc; only weights are shipped, no corpus text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "document.h"

namespace annotator {
namespace attribution {

// A feature id is template * kFeatureValues + value, or a hashed word in the
// buckets after the templates.
constexpr int kFeatureValues = 32;

constexpr int kQuoteTemplates = 16;
constexpr int kQuoteWordBuckets = 512;  // hashed words next to the quotation
constexpr int kQuoteFeatureSpace = kQuoteTemplates * kFeatureValues + 3 * kQuoteWordBuckets;
constexpr int kMaxQuoteFeatures = 20;

constexpr int kSpeakerTemplates = 24;
constexpr int kSpeakerHeadBuckets = 512;  // hashed head words of candidates
constexpr int kSpeakerFeatureSpace = kSpeakerTemplates * kFeatureValues + kSpeakerHeadBuckets;
constexpr int kMaxSpeakerCandidates = 32;
constexpr int kMaxSpeakerFeatures = 24;

struct Model {
  const float* quote_weights;    // kQuoteFeatureSpace
  const float* speaker_weights;  // kSpeakerFeatureSpace
};

// The weights compiled in from model_data.cc; when their sizes are not the
// feature spaces above (features changed since the last training), all
// zeros, so that the rules alone run and the trainer can be rebuilt: a test
// fails until build-scripts/train-attribution is run.
const Model& EmbeddedModel();
bool EmbeddedModelFits();

// Used by model_data.cc: the model of these arrays when they fit.
const Model& ModelOf(const float* quote, size_t quote_size, const float* speaker, size_t speaker_size);

// Training only: every decision's features, recorded as attribution runs.
struct QuoteTraceItem {
  Span quote;
  QuoteKind rule_kind = QuoteKind::kDirect;
  std::vector<uint16_t> features;
};
struct SpeakerTraceItem {
  Span quote;
  QuoteKind kind = QuoteKind::kDirect;
  std::vector<Span> candidates;
  std::vector<std::vector<uint16_t>> features;  // per candidate
};
struct Trace {
  std::vector<QuoteTraceItem> quotes;
  std::vector<SpeakerTraceItem> speakers;
};

}  // namespace attribution
}  // namespace annotator
