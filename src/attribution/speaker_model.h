// The learned part of attribution: a linear scorer that picks a quotation's
// speaker among candidate noun phrases. The weights are trained on PolNeAR
// train by `eval_quotes_native --train-speaker-model TRAIN_DIR` (a ranking
// averaged perceptron, src/cli/eval_quotes_native_main.cc) and generated into
// attribution_weights_data.cc; only weights are shipped, no corpus text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "attribution/context.h"
#include "attribution/cues.h"
#include "document.h"

namespace annotator {

// Feature ids are template * kSpeakerValues + value; quotations and reported
// speech (`indirect`) have separate blocks of weights.
constexpr int kSpeakerValues = 32;
constexpr int kSpeakerTemplates = 48;
constexpr int kSpeakerHeadBuckets = 512;  // hashed head words of candidates
constexpr int kSpeakerBlock = kSpeakerTemplates * kSpeakerValues + kSpeakerHeadBuckets;
constexpr int kSpeakerFeatureSpace = 2 * kSpeakerBlock;
constexpr int kMaxSpeakerCandidates = 32;
constexpr int kMaxSpeakerFeatures = 24;

extern const float kSpeakerWeights[kSpeakerFeatureSpace];

// Is a quotation someone's words (direct or mixed) or a term or title nobody
// is said to have spoken (scare)? A linear scorer over kQuoteTemplates
// templates and hashed neighbouring words; positive means spoken.
constexpr int kQuoteTemplates = 16;
constexpr int kQuoteWordBuckets = 512;
constexpr int kQuoteFeatureSpace = kQuoteTemplates * kSpeakerValues + 3 * kQuoteWordBuckets;
constexpr int kMaxQuoteFeatures = 20;
extern const float kQuoteWeights[kQuoteFeatureSpace];

// Training only: when set, AttributeQuotes records every quotation's
// candidates and their features here. Not thread-safe; null in production.
struct SpeakerTraceItem {
  Span quote;
  QuoteKind kind = QuoteKind::kDirect;
  std::vector<Span> candidates;
  std::vector<std::vector<uint16_t>> features;  // per candidate
};
struct QuoteTraceItem {
  Span quote;
  QuoteKind rule_kind = QuoteKind::kDirect;
  std::vector<uint16_t> features;
};
struct SpeakerTrace {
  std::vector<SpeakerTraceItem> items;
  std::vector<QuoteTraceItem> quotes;
};
void SetSpeakerTrace(SpeakerTrace* trace);

namespace attribution {

// Lets the learned scorer choose each quotation's speaker among candidate
// noun phrases near it (the rules' choice, cue sources, names, pronouns, the
// previous speaker). Quotations [0, direct_count) came from FindQuotations;
// the rest are reported speech, whose cues are cues[cue_of[q - direct_count]].
void RerankSpeakers(const Context& ctx, const std::vector<Cue>& cues, size_t direct_count,
                    const std::vector<uint32_t>& cue_of, SpeakerTrace* trace);

}  // namespace attribution
}  // namespace annotator
