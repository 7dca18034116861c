// The labels that open the turns of an interview's transcript or a Q&A: one
// list for reading the turns (attribution/transcripts.cc) and for keeping
// them out of the headline (page/title_features.cc).
#pragma once

#include <string_view>

#include "ascii_case.h"

namespace annotator {

// The interviewer's: "Q:", "HOST:", "Interviewer:"; a press briefing's
// "REPORTER:".
inline bool IsQuestionLabel(std::string_view word) {
  return word == "Q" || EqualsLower(word, "question") || EqualsLower(word, "host") ||
         EqualsLower(word, "interviewer") || EqualsLower(word, "presenter") || EqualsLower(word, "moderator") ||
         EqualsLower(word, "reporter");
}

// The interviewee's in a Q&A: "A:", "Answer:".
inline bool IsAnswerLabel(std::string_view word) { return word == "A" || EqualsLower(word, "answer"); }

}  // namespace annotator
