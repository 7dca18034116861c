// The small words of titles: the words a title or headline leaves in lower
// case among its capitalised ones ("State of the Union"). One list for the
// quotation rules (attribution/context.h, IsTitleCase) and the recognizer
// (ner/features.h, IsTitleSmallWord).
#pragma once

#include <string_view>

namespace annotator {

// Articles, conjunctions and the short prepositions: lower case in every
// style of title.
inline constexpr std::string_view kTitleSmallWords[] = {
    "a",    "an",  "and", "as", "at", "but", "by", "for", "from", "in",
    "into", "nor", "of",  "on", "or", "the", "to", "vs",  "with",
};

// Longer prepositions, adverbs of direction and clitics that news headlines
// also keep in lower case ("Storm Hits Coast after Warning", "Talks Break
// Up", "Can't"). The recognizer counts them as small words too (its model
// was trained so); the quotation rules, which judge whether a quotation's
// words are a title ("Face the Nation"), take only the list above.
inline constexpr std::string_view kHeadlineSmallWords[] = {
    "vs.",   "via",  "per", "'s",  "n't", "over", "onto", "upon",  "about",
    "after", "amid", "off", "out", "up",  "near", "than", "under",
};

// Honours and ranks of counsel written after a person's name ("Nicholas
// Johnson KC", "Jane Smith OBE", "Tom Molomby, SC": senior counsel in
// Australia): no part of the name, and no speaker of their own. For the
// recognizer (ner/recognizer.cc, DropPostNominals) and the quotation rules
// (attribution/speaker_candidates.cc, SubjectEnd).
inline constexpr std::string_view kPostNominals[] = {"kc", "qc", "sc", "obe", "mbe", "cbe", "kbe", "dbe", "frs"};

}  // namespace annotator
