// Chooses the speaker of each quotation and reported speech among candidate
// noun phrases near it, with the learned speaker scorer of model.h.
#pragma once

#include <cstdint>
#include <vector>

#include "attribution/context.h"
#include "attribution/cues.h"
#include "attribution/model.h"

namespace annotator {
namespace attribution {

// Candidates are the rules' choice, cue sources, names and pronouns near the
// quotation, and the previous quotation's speaker. Runs on the quotations of
// FindQuotations, before reported speech is added (its speaker is its
// cue's subject by grammar). Records features in `trace` when it is not null.
void RerankSpeakers(const Context& ctx, const std::vector<Cue>& cues, const Model& model, Trace* trace);

}  // namespace attribution
}  // namespace annotator
