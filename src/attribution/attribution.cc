#include "attribution/attribution.h"

#include <algorithm>
#include <vector>

#include "attribution/context.h"
#include "attribution/cues.h"
#include "attribution/quote_kinds.h"
#include "attribution/reported_speech.h"
#include "attribution/speaker_model.h"

namespace annotator {
namespace {

SpeakerTrace* g_speaker_trace = nullptr;

}  // namespace

void SetSpeakerTrace(SpeakerTrace* trace) { g_speaker_trace = trace; }

void AttributeQuotes(Document* doc) {
  if (doc->tokens.empty()) return;
  using namespace attribution;
  Context ctx(doc);
  const std::vector<Cue> cues = FindCues(ctx);
  AttributeQuotations(ctx, cues);
  ClassifyQuotations(ctx, cues, g_speaker_trace);
  const size_t direct_count = doc->quotes.size();
  std::vector<uint32_t> cue_of;
  AddReportedSpeech(&ctx, cues, &cue_of);
  RerankSpeakers(ctx, cues, direct_count, cue_of, g_speaker_trace);
  if (doc->quotes.size() != direct_count) {
    std::stable_sort(doc->quotes.begin(), doc->quotes.end(),
                     [](const Quote& a, const Quote& b) { return a.span.begin < b.span.begin; });
  }
}

}  // namespace annotator
