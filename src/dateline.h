// News datelines ("KHARTOUM, Sudan (AP) —", "SAO PAULO, Nov 5 (Reuters) -",
// "NEW DELHI:"): the writer's place, and the agency, before the first
// sentence. One description for the recognizer (ner/recognizer.cc, which
// types the place) and the attribution (attribution/speaker_candidates.h,
// PastDateline, which keeps it out of subjects and reports).
#pragma once

#include <string_view>

namespace annotator {

// Tokens from the place's first word to the dash that ends a dateline, at
// most: "RIO DE JANEIRO, Brazil, Nov 5 (Reuters) -" takes 12.
constexpr int kMaxDatelineTokens = 16;

// The dashes that end a dateline: em dash, en dash, hyphen, double hyphen.
inline bool IsDatelineDash(std::string_view token) {
  return token == "\xE2\x80\x94" || token == "\xE2\x80\x93" || token == "-" || token == "--";
}

}  // namespace annotator
