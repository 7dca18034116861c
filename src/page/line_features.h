// What a line-level clutter model sees: each line's shape, its place relative
// to the story's body (the one long run of prose), and its neighbours. Dense
// rows of floats, one per line, in one linear pass.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "document.h"
#include "page/page_lines.h"

namespace annotator {

class WordSet;  // page/body_words.h

// The features of one line; see LineFeatureRows for what each means.
// A list of names and the enum made from it, laid out by hand.
// clang-format off
#define ANNOTATOR_LINE_FEATURES(X)                                                                                  \
  X(Bias) X(Width12) X(Width25) X(Width40) X(Width60) X(Width90) X(Width140) X(Width250) X(WidthMore) X(LogWidth)   \
  X(Words1) X(Words2) X(Words4) X(Words8) X(Words15) X(Words30) X(WordsMore) X(EndsStop) X(EndsColon) X(EndsOpen)   \
  X(InnerStops) X(StartsLower) X(StartsDigit) X(StartsBullet) X(StartsQuote) X(CapitalizedShare) X(TitleCase)       \
  X(AllCaps) X(FunctionWordShare) X(CommaShare) X(NumberShare) X(Separators) X(Links) X(HasDate) X(Byline)          \
  X(Repeated) X(RepeatedOften) X(BlankBefore) X(PhraseWhole) X(PhraseOpensShort) X(PhraseOpensLong) X(PhraseInside) \
  X(PhraseNavigation) X(PhraseByline) X(PhraseDateline) X(PhraseCaption) X(PhraseCredit) X(PhraseRelated)           \
  X(PhraseShare) X(PhraseNewsletter) X(PhraseAdvert) X(PhraseComments) X(PhraseCookie) X(PhraseFooter) X(PhraseBio) \
  X(PhraseDisclaimer) X(BeforeBodyFar) X(BeforeBodyMid) X(BeforeBodyNear) X(InBody) X(BodyFirst) X(BodyLast)        \
  X(AfterBodyNear) X(AfterBodyMid) X(AfterBodyFar) X(PagePosition) X(ProseNear) X(ProseAround) X(ShortRun)          \
  X(PrevShort) X(PrevProse) X(NextShort) X(NextProse) X(PrevPhrase) X(NextPhrase) X(BodyLinesShare)                 \
  X(SameShapePrev) X(SameShapeNext) X(RowRun) X(AfterColon) X(ColonList) X(ListAtBody) X(Signature)                 \
  X(Parenthetical) X(Rule) X(BodyOverlap) X(BodyOverlapNone) X(SentenceCase) X(EndsEllipsis) X(BlockRepeated)       \
  X(NoMarkFromBody) X(AfterEndMark) X(DatedNear) X(HeadlinesNear) X(RunTitleCase) X(RunSentenceCase) X(RunFigures)

enum LineFeature : uint16_t {
#define ANNOTATOR_ENUM(name) kLine##name,
  ANNOTATOR_LINE_FEATURES(ANNOTATOR_ENUM)
#undef ANNOTATOR_ENUM
  kNumLineFeatures
};
// clang-format on

// The second pass sees a line's own features and the first pass's verdicts
// on it and around it (stacking): a line amid clutter is clutter.
enum StackedFeature : uint16_t {
  kStackedSelf = kNumLineFeatures,  // the first pass's probability that the line is clutter
  kStackedPrev1,                    // ... of the line before, and after
  kStackedNext1,
  kStackedPrev2,
  kStackedNext2,
  kStackedAround5,    // the mean over five lines either side
  kStackedRunBefore,  // the share of clutter among the eight lines before, and after
  kStackedRunAfter,
  kNumStackedFeatures
};
constexpr int kNumStackedExtra = kNumStackedFeatures - kNumLineFeatures;

extern const char* const kLineFeatureNames[kNumLineFeatures];
extern const char* const kStackedFeatureNames[kNumStackedExtra];

// The story's body: lines [begin, end), the run of lines with the most
// prose in it net of the clutter between (a maximum-sum segment).
struct BodyRun {
  size_t begin = 0;
  size_t end = 0;
};
BodyRun FindBodyRun(const std::vector<PageLine>& lines);

// Rows of kNumLineFeatures floats, one per line; `body_words` are the body's
// (CollectBodyWords).
void LineFeatureRows(const Document& doc, const std::vector<PageLine>& lines, BodyRun body, const WordSet& body_words,
                     std::vector<float>* rows);

// Rows of kNumStackedFeatures floats: each line's row of `line_rows` and
// what the first pass made of it and its neighbours (`first_pass`, the
// probability that each line is clutter). For the trainer, which keeps them.
void StackedFeatureRows(const std::vector<float>& line_rows, const std::vector<float>& first_pass,
                        std::vector<float>* rows);

// One stacked row at a time, for scoring: the rows of a long text would take
// about 4 bytes per byte of text, held only to be read once.
class LineNeighbourhood {
 public:
  explicit LineNeighbourhood(const std::vector<float>& first_pass);  // must outlive this
  // Line `i`'s row of kNumStackedFeatures floats into `row`, from its row of
  // line features (`line_row`, kNumLineFeatures floats).
  void StackedRow(const float* line_row, size_t i, float* row) const;

 private:
  const std::vector<float>& first_pass_;
  std::vector<float> sum_before_;  // running sums of first_pass_
};

}  // namespace annotator
