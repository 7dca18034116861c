#include "attribution/attribution.h"

#include <algorithm>
#include <vector>

#include "attribution/context.h"
#include "attribution/cues.h"
#include "attribution/model.h"
#include "attribution/quote_kinds.h"
#include "attribution/reported_speech.h"
#include "attribution/speaker_model.h"

namespace annotator {

void AttributeQuotes(Document* doc) { AttributeQuotes(doc, attribution::EmbeddedModel(), nullptr); }

void AttributeQuotes(Document* doc, const attribution::Model& model, attribution::Trace* trace) {
  if (doc->tokens.empty()) return;
  using namespace attribution;
  Context ctx(doc);
  const std::vector<Cue> cues = FindCues(ctx);
  AttributeQuotations(ctx, cues);
  ClassifyQuotations(ctx, cues, model, trace);
  const size_t direct_count = doc->quotes.size();
  std::vector<uint32_t> cue_of;
  AddReportedSpeech(&ctx, cues, &cue_of);
  RerankSpeakers(ctx, cues, direct_count, cue_of, model, trace);
  CreditHeadlineQuotations(ctx);
  if (doc->quotes.size() != direct_count) {
    std::stable_sort(doc->quotes.begin(), doc->quotes.end(),
                     [](const Quote& a, const Quote& b) { return a.span.begin < b.span.begin; });
  }
}

}  // namespace annotator
