#include "page/title_features.h"

#include <algorithm>

#include "ascii_case.h"
#include "dateline.h"
#include "interview_labels.h"
#include "page/body_words.h"
#include "page/feature_row.h"

namespace annotator {

const char* const kTitleFeatureNames[kNumTitleFeatures] = {
#define ANNOTATOR_NAME(name) #name,
    ANNOTATOR_TITLE_FEATURES(ANNOTATOR_NAME)
#undef ANNOTATOR_NAME
};

namespace {

constexpr uint32_t kNearLines = 4;  // candidates this close are compared with each other

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

// Whether `text` ends with `tail`, ASCII letters compared without case, at
// a word's start: "Home News Harbour Systems opens …" ends with "Harbour
// Systems opens …", "Crafts Hiking the Flat Irons" with "HIKING THE FLAT IRONS".
bool EndsWithIgnoringCase(std::string_view text, std::string_view tail) {
  if (tail.empty() || tail.size() > text.size()) return false;
  const size_t at = text.size() - tail.size();
  const char before = at > 0 ? text[at - 1] : ' ';
  if (IsLowerAscii(before) || IsUpperAscii(before) || (before >= '0' && before <= '9')) return false;
  for (size_t k = 0; k < tail.size(); ++k) {
    if (LowerAscii(text[at + k]) != LowerAscii(tail[k])) return false;
  }
  return true;
}

// A line that names a block of clutter above the line under it: "See also",
// "Author:", "Most read".
bool IsHeading(const PageLine& line) { return IsClutterByPhrase(line) || (line.ends_colon && line.words <= 3); }

// What the lines around candidate `i` say of it: a heading or a shorter
// headline above it, a byline or a deck below it, the same words at the end
// of a longer line nearby.
void NeighbourFeatures(const Document& doc, const std::vector<PageLine>& lines, size_t i, float* row) {
  const PageLine& line = lines[i];
  row[kTitleAfterHeading] = i > 0 && IsHeading(lines[i - 1]);
  row[kTitleByBelow] = (i + 1 < lines.size() && lines[i + 1].byline) || (i + 2 < lines.size() && lines[i + 2].byline);
  // A headline over its deck: the line below is longer and reads as a
  // sentence; a deck has the shorter headline above it.
  for (size_t k = i + 1; k < std::min(lines.size(), i + 3); ++k) {
    const PageLine& below = lines[k];
    if (below.byline || below.has_date) break;
    if (IsHeadlineLike(below) && below.words > line.words && below.short_lower * 5 >= below.words) {
      row[kTitleDeckBelow] = 1;
    }
  }
  for (size_t k = i; k-- > (i >= 2 ? i - 2 : 0);) {
    if (IsHeadlineLike(lines[k]) && lines[k].words < line.words) row[kTitleShorterAbove] = 1;
  }
  // The same words on a longer line nearby: a breadcrumb or a title bar
  // glued to the headline ("Home News Harbour Systems opens …"), or the
  // headline itself when this line is that glued one.
  const std::string_view text = doc.Text(line.span);
  const size_t from = i >= kNearLines ? i - kNearLines : 0, to = std::min(lines.size(), i + kNearLines + 1);
  for (size_t k = from; k < to; ++k) {
    if (k == i) continue;
    const std::string_view other = doc.Text(lines[k].span);
    if (other.size() > text.size() && line.words >= 2 && EndsWithIgnoringCase(other, text)) row[kTitleEchoed] = 1;
    if (text.size() > other.size() && lines[k].words >= 2 && EndsWithIgnoringCase(text, other))
      row[kTitleCarriesEcho] = 1;
  }
}

// "HOST: Economists say …", "Q: Will prices come down?": a turn of an
// interview's transcript, opened by the interviewer's or a Q&A's label.
bool IsInterviewTurn(const Document& doc, const PageLine& line) {
  if (line.end_token < line.first_token + 3) return false;
  const std::string_view label = TokenText(doc, doc.tokens[line.first_token]);
  return TokenText(doc, doc.tokens[line.first_token + 1]) == ":" && (IsQuestionLabel(label) || IsAnswerLabel(label));
}

// "DERNA, Libya — The water came at night.", "WASHINGTON (AP) — …": a
// story's first sentence after its dateline (the place in capitals, then a
// comma, a bracket or the dash, which comes within a few tokens), never its
// headline; not a kicker in capitals ("BREAKING — …", "WATCH — …").
bool OpensWithDateline(const Document& doc, const PageLine& line) {
  const auto& tokens = doc.tokens;
  uint32_t t = line.first_token;
  auto capitals = [&](uint32_t k) { return tokens[k].kind == TokenKind::kWord && tokens[k].Has(kAllCaps); };
  if (t >= line.end_token || !capitals(t) || TokenText(doc, tokens[t]).size() < 3) return false;
  const std::string_view word = TokenText(doc, tokens[t]);
  if (IsOneOf(word, {"BREAKING", "WATCH", "LIVE", "EXCLUSIVE", "UPDATE", "UPDATED", "OPINION", "ANALYSIS", "VIDEO",
                     "PHOTOS", "LISTEN", "READ", "NEW", "REVIEW", "EDITORIAL"})) {
    return false;
  }
  while (t < line.end_token && capitals(t)) ++t;
  if (t >= line.end_token ||
      !(IsOneOf(TokenText(doc, tokens[t]), {",", "("}) || IsDatelineDash(TokenText(doc, tokens[t])))) {
    return false;
  }
  const uint32_t limit = std::min<uint32_t>(line.end_token, line.first_token + kMaxDatelineTokens);
  for (; t < limit; ++t) {
    if (IsDatelineDash(TokenText(doc, tokens[t]))) return t + 2 < line.end_token;
  }
  return false;
}

// "Alex Wong | Getty Images", "Jane Doe/Getty Images": a photographer and
// the agency after a bar or a slash, under a picture (a headline that names
// the agency has no such mark: "Getty Images sues Stability AI").
bool IsPhotoCredit(const Document& doc, const PageLine& line) {
  if (line.phrase.kind != ClutterKind::kCredit || line.phrase.at_start) return false;
  const std::string_view text = doc.Text(line.span);
  return text.find('|') != std::string_view::npos || text.find('/') != std::string_view::npos;
}

// "Milan Griffes on September 12, 2018 at 4:47 pm said:": a line that ends
// with a verb of speech and a colon opens someone's words (a comment's, a
// letter's), never a headline.
bool IntroducesWords(const Document& doc, const PageLine& line) {
  if (!line.ends_colon || line.end_token < line.first_token + 3) return false;
  const std::string_view verb = TokenText(doc, doc.tokens[line.end_token - 2]);
  return IsOneOf(verb, {"said", "says", "wrote", "writes", "asked", "asks", "replied", "replies"});
}

// The longest headline of two sentences ending with a full stop, in words.
constexpr int kMaxTwoSentenceHeadlineWords = 12;

}  // namespace

bool CouldBeHeadline(const Document& doc, const PageLine& line, bool above_story) {
  if (!HasHeadlineShape(line) || IsInterviewTurn(doc, line) || IsPhotoCredit(doc, line) ||
      OpensWithDateline(doc, line) || IntroducesWords(doc, line)) {
    return false;
  }
  // A sentence of prose inside the story is story; above it (or opening
  // it), a headline may ask a question or end with a full stop.
  if (!above_story) return !IsProse(line);
  // Two sentences ending with a full stop are prose, not a headline, unless
  // they are short ("The A.I. Boom Is a Bubble. Here's How It Ends.").
  if (EndsWithPeriod(doc, line) && line.inner_stops >= 1 && line.words > kMaxTwoSentenceHeadlineWords) return false;
  return !(IsProse(line) && (EndsWithPeriod(doc, line) || line.words > 16) && line.words > 12);
}

bool HasHeadlineShape(const PageLine& line) {
  // (Items of a menu or cells of a table apart: "Home   Latest News   Local
  // Business   Sport".)
  constexpr uint16_t kMaxWideGaps = 1;
  return line.words >= 2 && line.words <= 40 && line.width <= 250 && line.separators < 2 && line.inner_stops <= 1 &&
         line.wide_gaps <= kMaxWideGaps && !IsClutterByPhrase(line) && line.links == 0;
}

void TitleCandidateRows(const Document& doc, const std::vector<PageLine>& lines, BodyRun body,
                        const WordSet& body_words, const std::vector<float>& clutter, std::vector<uint32_t>* candidates,
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
      NeighbourFeatures(doc, lines, i, row);
    }
    headlines_between += i < body.begin && IsHeadlineLike(line);
  }
  // What the candidates share with the story's words. Only candidates are
  // compared, so a lone one needs none of it.
  if (candidates->size() >= 2) {
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
      if (other > line && gap <= 2 && lines[other].width > lines[line].width && lines[other].words >= 4)
        wider_below = true;
    }
    float* row = rows->data() + c * kNumTitleFeatures;
    row[kTitleWidestNear] = widest;
    row[kTitleKicker] = lines[line].words <= 3 && wider_below;
    row[kTitleSentenceLike] = lines[line].words >= 10 && lines[line].short_lower * 10 >= lines[line].words * 3;
  }
}

}  // namespace annotator
