// The learned part of attribution: two linear scorers over hashed features.
//  * Spoken or scare (quote_kinds.cc): is a quotation someone's words
//    (direct or mixed) or a term or title nobody is said to have spoken?
//    Positive means spoken.
//  * Speaker (speaker_model.cc): which candidate noun phrase near a
//    quotation or reported speech is its speaker? The highest score wins.
// Both are averaged perceptrons trained on PolNeAR train by the library in
// attribution/train/ (build-scripts/train-attribution), which generates
// model_data.cc; only weights are shipped, no corpus text.
#pragma once

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

// Quotations and reported speech have separate blocks of speaker weights.
constexpr int kSpeakerTemplates = 48;
constexpr int kSpeakerHeadBuckets = 512;  // hashed head words of candidates
constexpr int kSpeakerBlock = kSpeakerTemplates * kFeatureValues + kSpeakerHeadBuckets;
constexpr int kSpeakerFeatureSpace = 2 * kSpeakerBlock;
constexpr int kMaxSpeakerCandidates = 32;
constexpr int kMaxSpeakerFeatures = 24;

struct Model {
  const float* quote_weights;    // kQuoteFeatureSpace
  const float* speaker_weights;  // kSpeakerFeatureSpace
};

// The weights compiled in from model_data.cc.
const Model& EmbeddedModel();

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
