#include "page/line_features.h"

#include <algorithm>
#include <cmath>

#include "page/body_words.h"
#include "page/feature_row.h"
#include "page/title_features.h"

namespace annotator {

const char* const kLineFeatureNames[kNumLineFeatures] = {
#define ANNOTATOR_NAME(name) #name,
    ANNOTATOR_LINE_FEATURES(ANNOTATOR_NAME)
#undef ANNOTATOR_NAME
};

const char* const kStackedFeatureNames[kNumStackedExtra] = {
    "FirstPassSelf",  "FirstPassPrev1",   "FirstPassNext1",     "FirstPassPrev2",
    "FirstPassNext2", "FirstPassAround5", "FirstPassRunBefore", "FirstPassRunAfter",
};

static_assert(kLinePhraseDisclaimer - kLinePhraseNavigation ==
                  static_cast<int>(ClutterKind::kDisclaimer) - static_cast<int>(ClutterKind::kNavigation),
              "one phrase feature per clutter kind, in ClutterKind's order");

namespace {

// What a line adds to a candidate body: its characters when it is prose,
// half of them when it is long without ending a sentence, nothing when it
// reads as content (a list item, a table row, a subheading: function words,
// numbers, a closing colon), and a cost when it has the shape of a menu entry
// or names clutter. A menu entry costs little alone (a subheading, a table's
// label) and much in a run of them (a menu), so that a menu splits two runs
// of prose while a table or a list inside the story does not.
constexpr int kMaxProseGain = 800;
constexpr int kLoneMenuLineCost = 5;
constexpr int kMenuLineCost = 30;
constexpr size_t kMenuRun = 4;  // this many menu-shaped lines in a row make a menu
constexpr int kClutterLineCost = 60;
constexpr int kListRowGain = 3;  // a list or table next to the story extends it
constexpr uint32_t kLongLine = 120;

bool ReadsAsContent(const PageLine& line) {
  return line.ends_stop || line.ends_colon || (line.short_lower >= 1 && line.words >= 3) ||
         (line.numbers >= 1 && line.words >= 2);
}

// Rows of a table or list: lines that share their marks with a neighbour, or
// that follow a line ending with a colon ("Tour dates:") in a run of such rows.
struct ListFacts {
  std::vector<uint16_t> row_run;  // length of the run of rows (lines sharing their skeleton, or a
                                  // numbered list) that holds the line, 0 if none
  std::vector<bool> colon_list;   // in a list opened by a line ending with a colon
};

ListFacts FindLists(const std::vector<PageLine>& lines) {
  const size_t n = lines.size();
  ListFacts facts;
  facts.row_run.assign(n, 0);
  facts.colon_list.assign(n, false);
  for (size_t i = 0; i < n;) {
    size_t j = i + 1;
    while (j < n && lines[i].skeleton != 0 && lines[j].skeleton == lines[i].skeleton) ++j;
    if (j - i >= 2) {
      for (size_t k = i; k < j; ++k) facts.row_run[k] = static_cast<uint16_t>(std::min<size_t>(j - i, 0xFFFF));
    }
    i = j;
  }
  // A numbered list: three items or more, at most one line between two
  // (a link, a note), is a run of rows as a whole.
  for (size_t i = 0; i < n;) {
    if (!lines[i].numbered) {
      ++i;
      continue;
    }
    size_t last = i, items = 1;
    for (size_t j = i + 1; j < n && j <= last + 2; ++j) {
      if (lines[j].numbered) last = j, ++items;
    }
    if (items >= 3) {
      for (size_t k = i; k <= last; ++k) {
        facts.row_run[k] =
            std::max<uint16_t>(facts.row_run[k], static_cast<uint16_t>(std::min<size_t>(last - i + 1, 0xFFFF)));
      }
    }
    i = last + 1;
  }
  for (size_t i = 1; i < n; ++i) {
    facts.colon_list[i] = lines[i - 1].ends_colon || (facts.colon_list[i - 1] && facts.row_run[i] > 0 &&
                                                      lines[i].skeleton == lines[i - 1].skeleton);
  }
  return facts;
}

enum class BodyClass : uint8_t { kProse, kLong, kListRow, kContent, kMenu, kClutter };

BodyClass ClassifyForBody(const PageLine& line, bool list_row) {
  // A sentence that opens with a phrase ("Click here to download the
  // game.") interrupts the story at most; it does not end it.
  if (IsClutterByPhrase(line)) return BodyClass::kClutter;
  if (IsProse(line)) return BodyClass::kProse;
  if (line.width >= kLongLine) return BodyClass::kLong;
  if (list_row) return BodyClass::kListRow;
  if (ReadsAsContent(line) && line.separators == 0 && line.links == 0) return BodyClass::kContent;
  return BodyClass::kMenu;
}

void ShapeFeatures(const PageLine& line, float* row) {
  static constexpr uint32_t kWidthLimits[] = {12, 25, 40, 60, 90, 140, 250};
  static constexpr uint32_t kWordLimits[] = {1, 2, 4, 8, 15, 30};
  row[kLineBias] = 1;
  SetBucket(line.width, kWidthLimits, kLineWidth12, row);
  row[kLineLogWidth] = Clip01(std::log2(1.0f + line.width) / 12);
  SetBucket(line.words, kWordLimits, kLineWords1, row);
  row[kLineEndsStop] = line.ends_stop;
  row[kLineEndsColon] = line.ends_colon;
  row[kLineEndsOpen] = line.ends_open;
  row[kLineInnerStops] = std::min<float>(line.inner_stops, 3) / 3;
  row[kLineStartsLower] = line.starts_lower;
  row[kLineStartsDigit] = line.starts_digit;
  row[kLineStartsBullet] = line.starts_bullet;
  row[kLineStartsQuote] = line.starts_quote;
  const float words = std::max<float>(line.words, 1);
  row[kLineCapitalizedShare] = line.capitalized / words;
  row[kLineTitleCase] = line.words >= 3 && line.capitalized * 10 >= line.words * 6;
  row[kLineAllCaps] = line.all_caps;
  row[kLineFunctionWordShare] = line.short_lower / words;
  row[kLineCommaShare] = Clip01(5 * line.commas / words);
  row[kLineNumberShare] = line.numbers / (words + line.numbers);
  row[kLineSeparators] = std::min<float>(line.separators, 3) / 3;
  row[kLineLinks] = line.links > 0;
  row[kLineHasDate] = line.has_date;
  row[kLineByline] = line.byline;
  row[kLineRepeated] = line.repeats >= 2;
  row[kLineRepeatedOften] = line.repeats >= 3;
  row[kLineBlankBefore] = line.blank_before;
  row[kLineSignature] = line.signature;
  row[kLineParenthetical] = line.parenthetical;
  row[kLineRule] = line.rule;
  row[kLineEndsEllipsis] = line.ends_ellipsis;
  // "New tasks for the game": a capital, then lower case, as sentences and
  // list items run (menus and headlines lean to capitals).
  row[kLineSentenceCase] = line.words >= 3 && line.capitalized == 1 && !line.starts_lower;
  const PhraseMatch& phrase = line.phrase;
  if (!PhraseNamesClutter(line)) return;
  row[kLinePhraseWhole] = phrase.whole;
  row[kLinePhraseOpensShort] = phrase.at_start && !phrase.whole && line.width < 80;
  row[kLinePhraseOpensLong] = phrase.at_start && !phrase.whole && line.width >= 80;
  row[kLinePhraseInside] = !phrase.at_start;
  row[kLinePhraseNavigation + static_cast<int>(phrase.kind) - 1] = 1;
}

// Whether a line opens what follows a story: its comments, the page's footer.
bool EndsAStory(const PageLine& line) {
  return IsClutterByPhrase(line) &&
         (line.phrase.kind == ClutterKind::kComments || line.phrase.kind == ClutterKind::kFooter);
}

// The share of repeated lines in the run of short lines that holds each
// line: a menu printed twice, at the top and the foot of the page.
std::vector<float> RepeatedInShortRuns(const std::vector<PageLine>& lines) {
  const size_t n = lines.size();
  std::vector<float> share(n, 0.0f);
  for (size_t i = 0; i < n;) {
    size_t j = i, repeated = 0;
    while (j < n && IsShort(lines[j])) repeated += lines[j++].repeats >= 2;
    for (size_t k = i; k < j; ++k) share[k] = static_cast<float>(repeated) / (j - i);
    i = j == i ? i + 1 : j;
  }
  return share;
}

// Outside the body, whether any line between a line and the body (the line
// itself included) bears a mark of clutter: a clutter phrase, a byline.
std::vector<bool> MarkedFromBody(const std::vector<PageLine>& lines, BodyRun body) {
  const size_t n = lines.size();
  std::vector<bool> marked(n, false);
  auto marks = [&](size_t i) { return IsClutterHeading(lines[i]) || lines[i].byline; };
  for (size_t i = body.end; i < n; ++i) marked[i] = marks(i) || (i > body.end && marked[i - 1]);
  for (size_t i = body.begin; i-- > 0;) marked[i] = marks(i) || (i + 1 < body.begin && marked[i + 1]);
  return marked;
}

// In the body, the lines after a heading that ends stories: its comments,
// the page's footer.
void SetAfterEndMark(const std::vector<PageLine>& lines, BodyRun body, std::vector<float>* rows) {
  bool ended = false;
  for (size_t i = body.begin; i < body.end; ++i) {
    (*rows)[i * kNumLineFeatures + kLineAfterEndMark] = ended;
    ended = ended || EndsAStory(lines[i]);
  }
}

// Sets `feature` of each line to how many of the lines within kNearRadius
// either side (itself left out) have `flag`, over `scale`, at most 1.
constexpr size_t kNearRadius = 6;
void SetCountNear(const std::vector<bool>& flag, float scale, LineFeature feature, std::vector<float>* rows) {
  const size_t n = flag.size();
  std::vector<uint32_t> before(n + 1, 0);
  for (size_t i = 0; i < n; ++i) before[i + 1] = before[i] + flag[i];
  for (size_t i = 0; i < n; ++i) {
    const size_t from = i >= kNearRadius ? i - kNearRadius : 0, to = std::min(n, i + kNearRadius + 1);
    (*rows)[i * kNumLineFeatures + feature] = Clip01((before[to] - before[from] - flag[i]) / scale);
  }
}

void ContextFeatures(const std::vector<PageLine>& lines, BodyRun body, size_t i,
                     const std::vector<uint32_t>& prose_before, const std::vector<uint32_t>& short_run,
                     const ListFacts& lists, const std::vector<bool>& list_at_body, float* row) {
  const size_t n = lines.size();
  if (i < body.begin) {
    const size_t distance = body.begin - i;
    row[distance > 12 ? kLineBeforeBodyFar : distance > 3 ? kLineBeforeBodyMid : kLineBeforeBodyNear] = 1;
  } else if (i >= body.end) {
    const size_t distance = i - body.end + 1;
    row[distance > 12 ? kLineAfterBodyFar : distance > 3 ? kLineAfterBodyMid : kLineAfterBodyNear] = 1;
  } else {
    row[kLineInBody] = 1;
    row[kLineBodyFirst] = i == body.begin;
    row[kLineBodyLast] = i + 1 == body.end;
  }
  row[kLinePagePosition] = n > 1 ? static_cast<float>(i) / (n - 1) : 0;
  // Prose characters among the neighbours, the line itself left out.
  auto prose_between = [&](size_t from, size_t to) {  // lines [from, to)
    return static_cast<float>(prose_before[to] - prose_before[from]);
  };
  const size_t near_from = i >= 3 ? i - 3 : 0, near_to = std::min(n, i + 4);
  const size_t far_from = i >= 10 ? i - 10 : 0, far_to = std::min(n, i + 11);
  const float own = prose_between(i, i + 1);
  row[kLineProseNear] = Clip01((prose_between(near_from, near_to) - own) / 1000);
  row[kLineProseAround] = Clip01((prose_between(far_from, far_to) - own) / 3000);
  row[kLineShortRun] = Clip01(std::log2(1.0f + short_run[i]) / 6);
  if (i > 0) {
    row[kLinePrevShort] = IsShort(lines[i - 1]);
    row[kLinePrevProse] = IsProse(lines[i - 1]);
    row[kLinePrevPhrase] = IsClutterHeading(lines[i - 1]);
  }
  if (i + 1 < n) {
    row[kLineNextShort] = IsShort(lines[i + 1]);
    row[kLineNextProse] = IsProse(lines[i + 1]);
    row[kLineNextPhrase] = IsClutterHeading(lines[i + 1]);
  }
  row[kLineBodyLinesShare] = n > 0 ? static_cast<float>(body.end - body.begin) / n : 0;
  const uint32_t skeleton = lines[i].skeleton;
  row[kLineSameShapePrev] = skeleton != 0 && i > 0 && lines[i - 1].skeleton == skeleton;
  row[kLineSameShapeNext] = skeleton != 0 && i + 1 < n && lines[i + 1].skeleton == skeleton;
  row[kLineRowRun] = Clip01(std::log2(1.0f + lists.row_run[i]) / 5);
  row[kLineAfterColon] = i > 0 && lines[i - 1].ends_colon;
  row[kLineColonList] = lists.colon_list[i];
  row[kLineListAtBody] = list_at_body[i];
}

// Lines of a list or table that continues the body: in the body, or in a run
// of rows (or a colon's list) that starts at most two lines after its end.
std::vector<bool> ListsAtBody(const std::vector<PageLine>& lines, BodyRun body, const ListFacts& lists) {
  const size_t n = lines.size();
  std::vector<bool> at_body(n, false);
  auto in_list = [&](size_t i) { return lists.row_run[i] >= 2 || lists.colon_list[i]; };
  for (size_t i = body.begin; i < n; ++i) {
    if (!in_list(i)) continue;
    const bool continues = i < body.end + 2 || (i > 0 && at_body[i - 1]);
    at_body[i] = continues;
  }
  return at_body;
}

}  // namespace

BodyRun FindBodyRun(const std::vector<PageLine>& lines) {
  const size_t n = lines.size();
  const ListFacts lists = FindLists(lines);
  std::vector<BodyClass> classes(n);
  for (size_t i = 0; i < n; ++i) classes[i] = ClassifyForBody(lines[i], lists.row_run[i] >= 3 || lists.colon_list[i]);
  std::vector<int> gains(n);
  for (size_t i = 0; i < n;) {
    if (classes[i] != BodyClass::kMenu) {
      const PageLine& line = lines[i];
      switch (classes[i]) {
        case BodyClass::kProse:
          gains[i] = std::min<int>(line.width, kMaxProseGain);
          break;
        case BodyClass::kLong:
          gains[i] = static_cast<int>(line.width / 2);
          break;
        case BodyClass::kListRow:
          gains[i] = kListRowGain;
          break;
        case BodyClass::kContent:
          gains[i] = 0;
          break;
        default:
          gains[i] = -kClutterLineCost;
          break;
      }
      ++i;
      continue;
    }
    size_t j = i;
    while (j < n && classes[j] == BodyClass::kMenu) ++j;
    const int cost = j - i >= kMenuRun ? kMenuLineCost : kLoneMenuLineCost;
    for (size_t k = i; k < j; ++k) gains[k] = -cost;
    i = j;
  }
  // The maximum-sum run (Kadane).
  BodyRun best, current;
  long best_sum = 0, sum = 0;
  for (size_t i = 0; i < n; ++i) {
    if (sum <= 0) {
      sum = 0;
      current.begin = i;
    }
    sum += gains[i];
    current.end = i + 1;
    if (sum > best_sum) {
      best_sum = sum;
      best = current;
    }
  }
  // No prose at all (a list, a few words): everything is the body.
  if (best_sum <= 0) best = {0, n};
  return best;
}

void LineFeatureRows(const Document& doc, const std::vector<PageLine>& lines, BodyRun body, const WordSet& body_words,
                     std::vector<float>* rows) {
  const size_t n = lines.size();
  rows->assign(n * kNumLineFeatures, 0.0f);
  // Running sums of prose characters and lengths of runs of short lines.
  std::vector<uint32_t> prose_before(n + 1, 0), short_run(n, 0);
  for (size_t i = 0; i < n; ++i) prose_before[i + 1] = prose_before[i] + (IsProse(lines[i]) ? lines[i].width : 0);
  for (size_t i = 0; i < n;) {
    size_t j = i;
    // What the run's lines are like: a menu's entries are capitalised
    // words, a list's items read as sentences, a fact box carries figures.
    uint32_t title_case = 0, sentence_case = 0, figures = 0;
    for (; j < n && IsShort(lines[j]); ++j) {
      const PageLine& line = lines[j];
      title_case += line.words >= 1 && line.capitalized == line.words;
      sentence_case += (line.words >= 3 && line.capitalized == 1 && !line.starts_lower) || line.ends_stop;
      figures += line.numbers > 0;
    }
    for (size_t k = i; k < j; ++k) {
      short_run[k] = static_cast<uint32_t>(j - i);
      float* row = rows->data() + k * kNumLineFeatures;
      row[kLineRunTitleCase] = static_cast<float>(title_case) / (j - i);
      row[kLineRunSentenceCase] = static_cast<float>(sentence_case) / (j - i);
      row[kLineRunFigures] = static_cast<float>(figures) / (j - i);
    }
    i = j == i ? i + 1 : j;
  }
  const ListFacts lists = FindLists(lines);
  const std::vector<bool> list_at_body = ListsAtBody(lines, body, lists);
  const std::vector<float> block_repeated = RepeatedInShortRuns(lines);
  const std::vector<bool> marked_from_body = MarkedFromBody(lines, body);
  SetAfterEndMark(lines, body, rows);
  // Short dated lines ("Nov 18", "12H ago") that stand alone: the stamps of
  // a list of teasers, which recur every few lines (a run of dated lines is
  // a schedule, tour dates or fixtures).
  auto dated = [&](size_t i) { return i < n && lines[i].has_date && lines[i].words <= 6 && !IsProse(lines[i]); };
  std::vector<bool> stamp(n), headline(n);
  for (size_t i = 0; i < n; ++i) {
    stamp[i] = dated(i) && !(i > 0 && dated(i - 1)) && !dated(i + 1);
    // A list of teasers puts a headline every two or three lines, a story
    // a subheading now and then.
    headline[i] = IsTeaserHeadline(lines[i]);
  }
  SetCountNear(stamp, 3.0f, kLineDatedNear, rows);
  SetCountNear(headline, 5.0f, kLineHeadlinesNear, rows);
  for (size_t i = 0; i < n; ++i) {
    float* row = rows->data() + i * kNumLineFeatures;
    ShapeFeatures(lines[i], row);
    ContextFeatures(lines, body, i, prose_before, short_run, lists, list_at_body, row);
    row[kLineBlockRepeated] = block_repeated[i];
    if (i >= body.begin && i < body.end) continue;  // a line of the body uses its own words
    row[kLineNoMarkFromBody] = !marked_from_body[i];
    const Overlap overlap = OverlapWithBody(doc, lines[i], body_words);
    row[kLineBodyOverlapNone] = overlap.words == 0;
    row[kLineBodyOverlap] = overlap.words > 0 ? static_cast<float>(overlap.matched) / overlap.words : 0;
  }
}

LineNeighbourhood::LineNeighbourhood(const std::vector<float>& first_pass)
    : first_pass_(first_pass), sum_before_(first_pass.size() + 1, 0.0f) {
  for (size_t i = 0; i < first_pass.size(); ++i) sum_before_[i + 1] = sum_before_[i] + first_pass[i];
}

void LineNeighbourhood::StackedRow(const float* line_row, size_t i, float* row) const {
  const size_t n = first_pass_.size();
  auto mean = [&](size_t from, size_t to) {  // lines [from, to), 0.5 when there are none
    return to > from ? (sum_before_[to] - sum_before_[from]) / (to - from) : 0.5f;
  };
  auto at = [&](size_t line, long offset) {  // the page's edges count as clutter
    const long j = static_cast<long>(line) + offset;
    return j < 0 || j >= static_cast<long>(n) ? 1.0f : first_pass_[j];
  };
  std::copy_n(line_row, kNumLineFeatures, row);
  row[kStackedSelf] = first_pass_[i];
  row[kStackedPrev1] = at(i, -1);
  row[kStackedNext1] = at(i, 1);
  row[kStackedPrev2] = at(i, -2);
  row[kStackedNext2] = at(i, 2);
  const size_t from5 = i >= 5 ? i - 5 : 0, to5 = std::min(n, i + 6);
  row[kStackedAround5] = (mean(from5, to5) * (to5 - from5) - first_pass_[i]) / std::max<size_t>(to5 - from5 - 1, 1);
  row[kStackedRunBefore] = mean(i >= 8 ? i - 8 : 0, i);
  row[kStackedRunAfter] = mean(i + 1, std::min(n, i + 9));
}

void StackedFeatureRows(const std::vector<float>& line_rows, const std::vector<float>& first_pass,
                        std::vector<float>* rows) {
  const size_t n = first_pass.size();
  rows->assign(n * kNumStackedFeatures, 0.0f);
  const LineNeighbourhood neighbourhood(first_pass);
  for (size_t i = 0; i < n; ++i) {
    neighbourhood.StackedRow(line_rows.data() + i * kNumLineFeatures, i, rows->data() + i * kNumStackedFeatures);
  }
}

}  // namespace annotator
