#include "page/title_features.h"

#include <algorithm>
#include <array>

#include "page/feature_row.h"

namespace annotator {

const char* const kTitleFeatureNames[kNumTitleFeatures] = {
#define ANNOTATOR_NAME(name) #name,
    ANNOTATOR_TITLE_FEATURES(ANNOTATOR_NAME)
#undef ANNOTATOR_NAME
};

namespace {

// The story's first words, as a set of fingerprints: what a headline's words
// are checked against. A fixed table on the stack; the story's opening is
// where a headline's words come back.
constexpr size_t kBodyWords = 400;
constexpr size_t kSlots = 1024;  // a power of two, over twice kBodyWords
constexpr uint32_t kNearLines = 4;  // candidates this close are compared with each other

uint64_t WordFingerprint(std::string_view word) {
  uint64_t hash = 14695981039346656037ull;  // FNV-1a over the ASCII-lower-cased bytes
  for (char c : word) {
    const char lower = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
    hash = (hash ^ static_cast<unsigned char>(lower)) * 1099511628211ull;
  }
  return hash | 1;
}

// Words that carry meaning: four bytes or more (a short word matches by chance).
bool IsContentWord(const Token& token) {
  return token.kind == TokenKind::kWord && token.Has(kHasLetter) && token.end - token.begin >= 4;
}

class WordSet {
 public:
  void Insert(uint64_t key) {
    size_t slot = key & (kSlots - 1);
    while (keys_[slot] != 0 && keys_[slot] != key) slot = (slot + 1) & (kSlots - 1);
    keys_[slot] = key;
  }
  bool Contains(uint64_t key) const {
    size_t slot = key & (kSlots - 1);
    while (keys_[slot] != 0) {
      if (keys_[slot] == key) return true;
      slot = (slot + 1) & (kSlots - 1);
    }
    return false;
  }

 private:
  std::array<uint64_t, kSlots> keys_{};
};

void CollectBodyWords(const Document& doc, const std::vector<PageLine>& lines, BodyRun body, WordSet* set) {
  size_t words = 0;
  for (size_t i = body.begin; i < body.end && words < kBodyWords; ++i) {
    for (uint32_t t = lines[i].first_token; t < lines[i].end_token && words < kBodyWords; ++t) {
      const Token& token = doc.tokens[t];
      if (!IsContentWord(token)) continue;
      set->Insert(WordFingerprint(doc.Text({token.begin, token.end})));
      ++words;
    }
  }
}

struct Overlap {
  int words = 0;    // content words of the line
  int matched = 0;  // of them, used by the story
};

Overlap OverlapWithBody(const Document& doc, const PageLine& line, const WordSet& body_words) {
  Overlap overlap;
  for (uint32_t t = line.first_token; t < line.end_token; ++t) {
    const Token& token = doc.tokens[t];
    if (!IsContentWord(token)) continue;
    ++overlap.words;
    overlap.matched += body_words.Contains(WordFingerprint(doc.Text({token.begin, token.end})));
  }
  return overlap;
}

bool EndsWithPeriod(const Document& doc, const PageLine& line) {
  std::string_view text = doc.Text(line.span);
  while (!text.empty() && (text.back() == '"' || text.back() == ')' || text.back() == '\'')) text.remove_suffix(1);
  return text.size() >= 2 && text.back() == '.' && text[text.size() - 2] != '.';
}

// A line that other headlines would have to be skipped over for: a
// headline-shaped line of four words or more that is no byline or date.
bool IsHeadlineLike(const PageLine& line) {
  return HasHeadlineShape(line) && line.words >= 4 && !line.byline && !line.has_date;
}

}  // namespace

bool CouldBeHeadline(const Document& doc, const PageLine& line, bool above_story) {
  if (!HasHeadlineShape(line)) return false;
  // A sentence of prose inside the story is story; above it (or opening
  // it), a headline may ask a question or end with a full stop.
  if (!above_story) return !IsProse(line);
  // Two sentences ending with a full stop are prose, not a headline.
  if (EndsWithPeriod(doc, line) && line.inner_stops >= 1) return false;
  return !(IsProse(line) && (EndsWithPeriod(doc, line) || line.words > 16) && line.words > 12);
}

bool HasHeadlineShape(const PageLine& line) {
  return line.words >= 2 && line.words <= 40 && line.width <= 250 && line.separators < 2 &&
         line.inner_stops <= 1 && !IsClutterByPhrase(line) && line.links == 0;
}

void TitleCandidateRows(const Document& doc, const std::vector<PageLine>& lines, BodyRun body,
                        const std::vector<float>& clutter, std::vector<uint32_t>* candidates,
                        std::vector<float>* rows) {
  candidates->clear();
  rows->clear();
  if (lines.empty()) return;
  const size_t last = std::min(body.begin + kTitleWindowInBody, lines.size() - 1);
  const size_t first = body.begin > kTitleWindow ? body.begin - kTitleWindow : 0;
  // Walk up from the body, counting the headline-like lines passed.
  int headlines_between = 0;
  for (size_t i = last + 1; i-- > first;) {
    const PageLine& line = lines[i];
    const bool ends_period = EndsWithPeriod(doc, line);
    if (CouldBeHeadline(doc, line, i <= body.begin)) {
      candidates->push_back(static_cast<uint32_t>(i));
      rows->resize(rows->size() + kNumTitleFeatures, 0.0f);
      float* row = rows->data() + rows->size() - kNumTitleFeatures;
      static constexpr uint32_t kDistanceLimits[] = {1, 2, 3, 5, 8, 12, 20};
      static constexpr uint32_t kWidthLimits[] = {25, 40, 60, 90, 140};
      static constexpr uint32_t kWordLimits[] = {2, 4, 8, 14, 22};
      row[kTitleBias] = 1;
      if (i >= body.begin) {
        row[kTitleInBody] = 1;
        row[kTitleInBodyFar] = i > body.begin + 2;
      } else {
        SetBucket(static_cast<uint32_t>(body.begin - i), kDistanceLimits, kTitleDistance1, row);
      }
      row[kTitleHeadlinesBetween0 + std::min(headlines_between, 3)] = 1;
      SetBucket(line.width, kWidthLimits, kTitleWidth25, row);
      SetBucket(line.words, kWordLimits, kTitleWords2, row);
      row[kTitleEndsStop] = line.ends_stop;
      row[kTitleEndsColon] = line.ends_colon;
      row[kTitleCapitalizedShare] = static_cast<float>(line.capitalized) / std::max<int>(line.words, 1);
      row[kTitleAllCaps] = line.all_caps;
      row[kTitleByline] = line.byline;
      row[kTitleHasDate] = line.has_date;
      row[kTitleSeparators] = line.separators > 0;
      row[kTitleLinks] = line.links > 0;
      row[kTitlePhraseWhole] = line.phrase.whole;
      row[kTitlePhraseOpens] = line.phrase.at_start && !line.phrase.whole;
      row[kTitleRepeated] = line.repeats >= 2;
      row[kTitlePrevShort] = i > 0 && IsShort(lines[i - 1]);
      row[kTitleNextShort] = i + 1 < lines.size() && IsShort(lines[i + 1]);
      row[kTitlePrevProse] = i > 0 && IsProse(lines[i - 1]);
      row[kTitleFirstLine] = i == 0;
      row[kTitleClutter] = clutter[i];
      row[kTitleStartsQuote] = line.starts_quote;
      row[kTitleStartsDigit] = line.starts_digit;
      row[kTitleFunctionWordShare] = static_cast<float>(line.short_lower) / std::max<int>(line.words, 1);
      row[kTitleBlankBefore] = line.blank_before;
      row[kTitleEndsPeriod] = ends_period;
      for (size_t k = i + 1; k < std::min(lines.size(), i + 4); ++k) {
        if (lines[k].byline || (lines[k].has_date && lines[k].words <= 12)) row[kTitleBylineBelow] = 1;
      }
      row[kTitleHeadlineAbove] = (i >= 1 && IsHeadlineLike(lines[i - 1])) || (i >= 2 && IsHeadlineLike(lines[i - 2]));
      row[kTitleHeadlineBelow] = (i + 1 < lines.size() && IsHeadlineLike(lines[i + 1])) ||
                                 (i + 2 < lines.size() && IsHeadlineLike(lines[i + 2]));
    }
    headlines_between += i < body.begin && IsHeadlineLike(line);
  }
  // What the candidates share with the story's words. Only candidates are
  // compared, so a lone one needs none of it.
  if (candidates->size() >= 2) {
    WordSet body_words;
    CollectBodyWords(doc, lines, body, &body_words);
    std::vector<Overlap> overlaps;
    int most_matched = 0;
    for (uint32_t line : *candidates) {
      overlaps.push_back(OverlapWithBody(doc, lines[line], body_words));
      most_matched = std::max(most_matched, overlaps.back().matched);
    }
    for (size_t c = 0; c < candidates->size(); ++c) {
      float* row = rows->data() + c * kNumTitleFeatures;
      const Overlap& overlap = overlaps[c];
      row[kTitleOverlap] = overlap.words > 0 ? static_cast<float>(overlap.matched) / overlap.words : 0;
      row[kTitleOverlapWords] = Clip01(overlap.matched / 6.0f);
      row[kTitleMostOverlap] = most_matched > 0 && overlap.matched == most_matched;
    }
  }
  // The topmost headline-like line of the window.
  for (size_t c = candidates->size(); c-- > 0;) {
    if (IsHeadlineLike(lines[(*candidates)[c]])) {
      (*rows)[c * kNumTitleFeatures + kTitleFirstHeadline] = 1;
      break;
    }
  }
  // The widest candidate within a few lines (a headline beside its kicker,
  // section name or deck), and a short label right above a wider headline.
  // Candidates run from the body upwards, so neighbours are close in the list.
  const size_t n = candidates->size();
  for (size_t c = 0; c < n; ++c) {
    const uint32_t line = (*candidates)[c];
    bool widest = true, wider_below = false;
    for (size_t d = c >= 4 ? c - 4 : 0; d < std::min(n, c + 5); ++d) {
      const uint32_t other = (*candidates)[d];
      const uint32_t gap = other > line ? other - line : line - other;
      if (d == c || gap > kNearLines) continue;
      if (lines[other].width > lines[line].width) widest = false;
      if (other > line && gap <= 2 && lines[other].width > lines[line].width && lines[other].words >= 4) wider_below = true;
    }
    float* row = rows->data() + c * kNumTitleFeatures;
    row[kTitleWidestNear] = widest;
    row[kTitleKicker] = lines[line].words <= 3 && wider_below;
    row[kTitleSentenceLike] = lines[line].words >= 10 && lines[line].short_lower * 10 >= lines[line].words * 3;
  }
}

}  // namespace annotator
