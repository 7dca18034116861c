// Transcripts and Q&As: speech without quotation marks, one turn per
// paragraph after its speaker's label ("SCHUMER: I think it will.", "A: The
// main reason is bird flu.").
#pragma once

#include "attribution/context.h"

namespace annotator {
namespace attribution {

// Adds a `direct` quotation for every turn of a transcript: a paragraph that
// opens with a speaker's label and a colon, in a document with at least two
// such turns. A label in capitals ("BLITZER:", "JAKE TAPPER:") or a person's
// name ("Santos:") is the speaker; an "A:" answer is the interviewee's, the
// one person the text names before the first turn (none when it names
// several, or nobody: a FAQ). Questions ("Q:") are the publication's and
// stay unmarked. A turn that overlaps a quotation already found is left as
// it is. Appends to doc quotes (unsorted) and their token ranges to `ctx`.
void AddTranscriptTurns(Context* ctx);

}  // namespace attribution
}  // namespace annotator
