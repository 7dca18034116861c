// What the headline chooser sees about each candidate line before the story's
// body: its shape, how far it stands from the body and what lies between,
// and how many of its words the story goes on to use.
#pragma once

#include <cstdint>
#include <vector>

#include "document.h"
#include "page/line_features.h"

namespace annotator {

// A list of names and the enum made from it, laid out by hand.
// clang-format off
#define ANNOTATOR_TITLE_FEATURES(X)                                                                                 \
  X(Bias) X(Distance1) X(Distance2) X(Distance3) X(Distance5) X(Distance8) X(Distance12) X(Distance20)              \
  X(DistanceMore) X(HeadlinesBetween0) X(HeadlinesBetween1) X(HeadlinesBetween2) X(HeadlinesBetweenMore) X(Width25) \
  X(Width40) X(Width60) X(Width90) X(Width140) X(WidthMore) X(Words2) X(Words4) X(Words8) X(Words14) X(Words22)     \
  X(WordsMore) X(EndsStop) X(EndsColon) X(CapitalizedShare) X(AllCaps) X(Byline) X(HasDate) X(Separators) X(Links)  \
  X(PhraseWhole) X(PhraseOpens) X(Repeated) X(Overlap) X(OverlapWords) X(MostOverlap) X(FirstHeadline) X(PrevShort) \
  X(NextShort) X(PrevProse) X(FirstLine) X(Clutter) X(StartsQuote) X(StartsDigit) X(FunctionWordShare)              \
  X(BlankBefore) X(InBody) X(InBodyFar) X(HeadlineAbove) X(HeadlineBelow) X(BylineBelow) X(EndsPeriod)              \
  X(WidestNear) X(SentenceLike) X(Kicker) X(Echoed) X(CarriesEcho) X(AfterHeading) X(DeckBelow) X(ShorterAbove)     \
  X(ByBelow)

enum TitleFeature : uint16_t {
#define ANNOTATOR_ENUM(name) kTitle##name,
  ANNOTATOR_TITLE_FEATURES(ANNOTATOR_ENUM)
#undef ANNOTATOR_ENUM
  kNumTitleFeatures
};
// clang-format on

extern const char* const kTitleFeatureNames[kNumTitleFeatures];

// How many lines before the body's first line, and after it, are considered
// for the headline (a caption or a teaser above the headline can open the body).
constexpr size_t kTitleWindow = 40;
constexpr size_t kTitleWindowInBody = 6;

// Whether a line could be a headline at all: a few words that do not end a
// sentence with a full stop, no list of links.
bool HasHeadlineShape(const PageLine& line);

// A headline of a list of teasers or related links, or a subheading of the
// story: headline-shaped, four words or more, not ending a sentence.
inline bool IsTeaserHeadline(const PageLine& line) {
  return HasHeadlineShape(line) && line.words >= 4 && !line.ends_stop;
}

// Whether a headline-shaped line could be the headline where it stands:
// `above_story` when it comes before the story's body or opens it.
bool CouldBeHeadline(const Document& doc, const PageLine& line, bool above_story);

// The candidate lines for the headline (the lines of headline shape from
// kTitleWindow before the body's start to kTitleWindowInBody after it) and a row of
// kNumTitleFeatures floats for each. `body_words` are the body's
// (CollectBodyWords), `clutter` each line's probability of being clutter.
void TitleCandidateRows(const Document& doc, const std::vector<PageLine>& lines, BodyRun body,
                        const WordSet& body_words, const std::vector<float>& clutter, std::vector<uint32_t>* candidates,
                        std::vector<float>* rows);

}  // namespace annotator
