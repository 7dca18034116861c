// Transcripts and Q&As: speech without quotation marks, one turn per
// paragraph after its speaker's label ("SCHUMER: I think it will.", "A: The
// main reason is bird flu.").
#pragma once

#include <vector>

#include "attribution/context.h"

namespace annotator {
namespace attribution {

// Adds a `direct` quotation for every turn of a transcript: a paragraph that
// opens with a speaker's label and a colon. A person's name as the label
// ("BLITZER:", "JAKE TAPPER:" where the text names Jake Tapper, "Santos:")
// is the speaker, when at least two such labels each open two turns or more,
// or one does between "Q:" questions ("Q: Why try again?", "Johnson: …").
// In a Q&A of at least two answers an "A:" answer is the interviewee's: the
// one person the text names before the first turn, where it also says an
// interview took place (none when it names several or nobody, as a FAQ or
// an explainer does). Questions ("Q:", "QUESTION:") are the publication's
// and stay unmarked. A turn that overlaps a quotation already found is left
// as it is, unless that is speech the turn reports ("Zelensky: He said he
// wants the war to end quickly."). Appends to doc quotes (unsorted) and their
// token ranges to `ctx`; returns the turns added, in text order.
struct TurnSpan {
  Span span;
  int32_t speaker_entity;
};
std::vector<TurnSpan> AddTranscriptTurns(Context* ctx);

// Whether `span` lies inside one of `turns` (in text order) whose speaker is
// `entity`: a pronoun in a turn names someone other than its speaker, who
// says "I".
bool InsideTurnOf(const std::vector<TurnSpan>& turns, Span span, int32_t entity);

}  // namespace attribution
}  // namespace annotator
