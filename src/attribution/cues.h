// Attribution cues: the speech verbs and phrases (said, told, according to,
// called for) of a document, each with its source and the regions of text it
// governs.
#pragma once

#include <cstdint>
#include <vector>

#include "attribution/context.h"

namespace annotator {
namespace attribution {

// A cue and what it governs. Regions are token ranges [begin, end).
struct Cue {
  uint32_t first = 0, last = 0;  // the cue's tokens
  Span cue;
  Span source;  // empty when no plausible speaker stands next to the cue
  int32_t source_entity = -1;
  uint32_t after_begin = 0, after_end = 0;    // `X said [that …]`
  uint32_t before_begin = 0, before_end = 0;  // `[…,] X said`
  Span before_quote;                          // `“…?” he asked.` split into two sentences
  CueClass cls = CueClass::kSpeech;
  // The after region opens with "that", a question word or a colon: a
  // clause, not an object ("revealed that …", not "revealed its plans").
  bool explicit_clause = false;
  bool needs_that_clause = false;  // reveal, indicate: speech only before "that …"
  bool continues_speech = false;   // "…, he said, adding …": a participle after a speech cue
  bool question_verb = false;      // wonder, question: "… whether …" will do
  bool in_headline = false;        // the title or a subheading
  // "He didn't suggest retaliation": what someone did not say reports
  // nothing and credits no quotation after it.
  bool negated = false;
  // The token of "as" in `…,” as X put it`, or -1: a frame that credits the
  // quotation right before it, whatever cue governs the sentence.
  int32_t as_frame = -1;
  // The latest cue with a source at or before this one (its index), or -1.
  int32_t latest_with_source = -1;
};

// Every cue of the document outside quotations and boilerplate, in text
// order: each speech or quotation verb (lexicon.h) used as a verb, "according
// to" and "call(ed) for", with its source (the noun phrase or pronoun before
// it, or after it in `“…,” said X`) and up to two content regions: the clause
// after it (`X said that …`) and the part of the sentence before it (`…, X
// said`). A source is kept only when it can be a speaker (IsPlausibleSpeaker).
std::vector<Cue> FindCues(const Context& ctx);

// Which region of `cue` holds quotation `q`: 1 after, 2 before (a quotation
// in parentheses only in words the cue's comma sets off), 3 the quotation
// before a split sentence, 0 none.
int RegionOf(const Context& ctx, const Cue& cue, uint32_t q);

// The latest cue with a source ending at or before `offset`, or nullptr;
// logarithmic in the number of cues.
const Cue* LatestCueBefore(const std::vector<Cue>& cues, uint32_t offset);

}  // namespace attribution
}  // namespace annotator
