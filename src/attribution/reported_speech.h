// Reported speech without quotation marks: "Xi said that China must act",
// "Tariffs will fall, the minister said", "according to the IMF, …".
#pragma once

#include <cstdint>
#include <vector>

#include "attribution/context.h"
#include "attribution/cues.h"

namespace annotator {
namespace attribution {

// Adds an `indirect` quotation for every cue whose region holds reported
// speech and no quotation: its span and content are the reported clause, its
// speaker and cue those of the cue. Appends to doc quotes (unsorted) and their
// token ranges to `ctx`.
void AddReportedSpeech(Context* ctx, const std::vector<Cue>& cues);

}  // namespace attribution
}  // namespace annotator
