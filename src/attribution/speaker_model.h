// Chooses the speaker of each quotation and reported speech among candidate
// noun phrases near it, with the learned speaker scorer of model.h.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "attribution/context.h"
#include "attribution/cues.h"
#include "attribution/model.h"

namespace annotator {
namespace attribution {

// Candidates are the rules' choice, cue sources, names and pronouns near the
// quotation, and the previous quotation's speaker. Quotations [0,
// direct_count) came from FindQuotations; the rest are reported speech, whose
// cues are cues[cue_of[q - direct_count]]. Records features in `trace` when
// it is not null.
void RerankSpeakers(const Context& ctx, const std::vector<Cue>& cues, size_t direct_count,
                    const std::vector<uint32_t>& cue_of, const Model& model, Trace* trace);

}  // namespace attribution
}  // namespace annotator
