#include "page/page_shape.h"

#include <algorithm>
#include <type_traits>

#include "ascii_case.h"
#include "page/kinds.h"
#include "page/title_features.h"

namespace annotator {
namespace {

// Whether a line, whatever the model makes of it, looks like clutter of some
// kind: a clutter phrase in it (unless it is prose that merely starts with
// the phrase's words; a label, "Disclaimer: …", still counts), or a byline.
bool HasClutterEvidence(const PageLine& line) {
  if (line.byline) return true;
  return PhraseNamesClutter(line) && (!IsProse(line) || line.phrase.strong_label);
}

// A line of prose this wide (characters) is a paragraph, not a label.
constexpr uint32_t kLongProseWidth = 120;

// How far the story's edge reaches past its run of prose: a fact box, a list
// of subheadings or a venue's address that the run left out stands within
// this many lines of it. Chosen on the dev pages cross-validated by site
// (with the in-body threshold 0.96): a margin of 6 lines leaves 21 story lines
// flagged at clutter recall 86.7, 8 lines 18 at 86.5.
constexpr size_t kBodyMarginLines = 8;

// The lines just outside the body with no mark of clutter (a clutter phrase
// heading a block, a byline) on them or between them and the body: there
// only a mark makes clutter, so that a footer or a menu begins where a mark
// says so and never runs into the story's last lines.
std::vector<bool> BodyMargin(const std::vector<PageLine>& lines, BodyRun body) {
  std::vector<bool> margin(lines.size(), false);
  auto marked = [&](size_t i) { return IsClutterHeading(lines[i]) || lines[i].byline; };
  for (size_t i = body.end; i < lines.size() && i < body.end + kBodyMarginLines && !marked(i); ++i) margin[i] = true;
  for (size_t i = body.begin; i-- > 0 && i + kBodyMarginLines >= body.begin && !marked(i);) margin[i] = true;
  return margin;
}

// Whether line `i` is clutter: a phrase of clutter's shape says so (or a
// phrase outside the body), or the model does, with a higher bar inside the
// body unless the line has other evidence of clutter; at the body's margin,
// only a mark of clutter makes it so.
bool IsClutter(const PageShape& shape, const PageModel& model, const std::vector<bool>& margin, size_t i) {
  const PageLine& line = shape.lines[i];
  const bool in_body = i >= shape.body.begin && i < shape.body.end;
  // A long sentence of prose in the body is story whatever label opens it
  // ("Disclaimer: the views expressed …", a paragraph of the story's own):
  // there the label is evidence only, and the model weighs it.
  const bool long_prose_in_body = in_body && IsProse(line) && line.width >= kLongProseWidth;
  if (IsClutterByPhrase(line) && !long_prose_in_body) return true;
  const bool evidence = HasClutterEvidence(line);
  // Outside the run of prose, a line that names clutter and is no sentence
  // has clutter's shape and place both (on the dev pages, 3,756 such lines
  // are clutter and 8 story, all of them credits and copyright lines).
  if (!in_body && evidence) return true;
  // At the body's margin, where no clutter heading or byline stands, the
  // model's verdict alone makes no clutter: short lines there are a fact box
  // or a list of the story's as often. A line the page repeats is a menu's
  // (printed at the top and the foot) more often, and the model judges it.
  if (margin[i] && line.repeats < 2) return false;
  // Inside it, a sentence of prose is story unless it names clutter or
  // trails off as a teaser cut short does.
  if (in_body && IsProse(line) && !evidence && !line.ends_ellipsis) return false;
  const float threshold = in_body && !evidence ? model.threshold_in_body : model.threshold_outside;
  return shape.clutter[i] > threshold;
}

}  // namespace

void DescribePage(const Document& doc, PageShape* shape) {
  FindPageLines(doc, &shape->lines);
  shape->body = FindBodyRun(shape->lines);
  CollectBodyWords(doc, shape->lines, shape->body, &shape->body_words);
  LineFeatureRows(doc, shape->lines, shape->body, shape->body_words, &shape->line_rows);
}

void ScoreLines(const PageModel& model, PageShape* shape) {
  const size_t n = shape->lines.size();
  shape->first_pass.resize(n);
  for (size_t i = 0; i < n; ++i) {
    shape->first_pass[i] = Logistic(Dot(model.line, shape->line_rows.data() + i * kNumLineFeatures, kNumLineFeatures));
  }
  // Each line's stacked row is made, scored and dropped: kept, the rows
  // would take as much memory as the text again (a row is 400 bytes; a line
  // of prose about 100).
  const LineNeighbourhood neighbourhood(shape->first_pass);
  float row[kNumStackedFeatures];
  shape->clutter.resize(n);
  for (size_t i = 0; i < n; ++i) {
    neighbourhood.StackedRow(shape->line_rows.data() + i * kNumLineFeatures, i, row);
    shape->clutter[i] =
        Logistic(Dot(i >= shape->body.begin && i < shape->body.end ? model.stacked_in_body : model.stacked_outside, row,
                     kNumStackedFeatures));
  }
}

void ReleaseLargeBuffers(PageShape* shape) {
  // Below this a buffer is kept for the next text (a long article's lines
  // take about 100 KB of it).
  constexpr size_t kKeepBytes = size_t{1} << 20;
  auto release = [](auto& buffer) {
    using Buffer = std::remove_reference_t<decltype(buffer)>;
    if (buffer.capacity() * sizeof(typename Buffer::value_type) > kKeepBytes) Buffer().swap(buffer);
  };
  release(shape->lines);
  release(shape->line_rows);
  release(shape->first_pass);
  release(shape->clutter);
  release(shape->title_candidates);
  release(shape->title_rows);
  release(shape->kinds);
}

// Whether the token is a clock's time: one or two digits, ":" or ".", and
// two more ("09:42", "9.42").
bool IsClockTime(const Document& doc, const Token& clock) {
  const std::string_view time = TokenText(doc, clock);
  const size_t mark = time.find_first_of(":.");
  return clock.kind == TokenKind::kNumber && mark != std::string_view::npos && mark > 0 && mark <= 2 &&
         time.size() >= mark + 3;
}

// "23:15 — Exit poll points to Labour landslide": a live page's entry
// heading, a clock time and a dash before its words.
bool OpensWithTimeAndDash(const Document& doc, const PageLine& line) {
  if (line.end_token < line.first_token + 3 || !IsClockTime(doc, doc.tokens[line.first_token])) return false;
  const std::string_view dash = TokenText(doc, doc.tokens[line.first_token + 1]);
  return dash == "\xE2\x80\x94" || dash == "\xE2\x80\x93" || dash == "-";
}

// "09:42 GMT", "9.42 am", "14:05 BST": a live page's time stamp, a line of a
// clock time and a zone or "am"/"pm" (a video's length, "1:41", has none).
bool IsTimeStampLine(const Document& doc, const PageLine& line) {
  constexpr uint32_t kMaxTokens = 3, kMaxZoneLetters = 4;
  if (line.end_token < line.first_token + 2 || line.end_token - line.first_token > kMaxTokens) return false;
  if (!IsClockTime(doc, doc.tokens[line.first_token])) return false;
  for (uint32_t t = line.first_token + 1; t < line.end_token; ++t) {
    const std::string_view zone = TokenText(doc, doc.tokens[t]);
    const bool meridiem = IsOneOf(zone, {"am", "pm", "a.m.", "p.m."});
    const bool capitals = zone.size() <= kMaxZoneLetters && doc.tokens[t].Has(kAllCaps);
    if (doc.tokens[t].kind != TokenKind::kWord || !(meridiem || capitals)) return false;
  }
  return true;
}

// A headline over its decks: "Dubai tenants feel the squeeze as renewals
// jump …" over "Experts say the smart rental index has cooled some
// increases, but families in …", or a press release's headline over its
// subheading. The model scores a long deck as high as its headline, or
// higher (a deck stands nearer the byline and shares more of the story's
// words): where the chosen line has twelve words or more and follows
// straight on a headline of six or more, no byline, date or the same words
// glued to a breadcrumb ("HomeLatest NewsNollywood Actress, …"), scoring
// within kDeckMargin of it, that line is the headline, and so on upwards.
// Not inside a list of teasers: at most four headlines in a row.
int HeadlineAboveDecks(const Document& doc, const PageShape& shape, const PageModel& model, int title, float score) {
  constexpr float kDeckMargin = 2.5f;
  constexpr uint16_t kMinHeadlineWords = 6, kMinDeckWords = 12, kMaxDatelineWords = 12;
  constexpr int kMaxHeadlinesInARow = 4;
  const std::vector<PageLine>& lines = shape.lines;
  int run = 1;
  while (title - run >= 0 && IsTeaserHeadline(lines[title - run])) ++run;
  if (run > kMaxHeadlinesInARow) return title;
  // (A long line with a year in it may be a headline or a deck; a short
  // one is a dateline: "Von Moritz Bachmann publiziert am 25. September 2018".)
  auto could_head = [](const PageLine& line) {
    return IsTeaserHeadline(line) && line.words >= kMinHeadlineWords && !line.byline &&
           !(line.has_date && line.words <= kMaxDatelineWords);
  };
  for (;;) {
    const PageLine& deck = lines[title];
    if (title == 0 || deck.words < kMinDeckWords) return title;
    const uint32_t above = static_cast<uint32_t>(title - 1);
    const PageLine& headline = lines[above];
    const auto candidate = std::find(shape.title_candidates.begin(), shape.title_candidates.end(), above);
    const std::string_view headline_text = doc.Text(headline.span), deck_text = doc.Text(deck.span);
    const bool glued = headline_text.size() >= deck_text.size() &&
                       EqualsIgnoringCase(headline_text.substr(headline_text.size() - deck_text.size()), deck_text);
    if (candidate == shape.title_candidates.end() || !could_head(headline) || glued) {
      return title;
    }
    const size_t c = static_cast<size_t>(candidate - shape.title_candidates.begin());
    if (Dot(model.title, shape.title_rows.data() + c * kNumTitleFeatures, kNumTitleFeatures) < score - kDeckMargin) {
      return title;
    }
    title = static_cast<int>(above);
  }
}

// Whether a line ends with a picture's credit, a caption's mark: "Council
// leader Cllr Morag Ferguson outside the Municipal Buildings (Image:
// Newsquest)" was the title.
bool EndsWithPictureCredit(const Document& doc, const PageLine& line) {
  const std::string_view text = doc.Text(line.span);
  if (text.empty() || text.back() != ')') return false;
  const size_t open = text.rfind('(');
  if (open == std::string_view::npos) return false;
  const std::string_view credit = text.substr(open + 1);
  for (std::string_view label : {"Image:", "Photo:", "Picture:", "Pic:", "Photograph:", "Credit:"}) {
    if (credit.size() > label.size() && EqualsIgnoringCase(credit.substr(0, label.size()), label)) return true;
  }
  return false;
}

void ChooseTitle(const Document& doc, const PageModel& model, PageShape* shape) {
  // A text whose first line stands right above its story (a plain pasted
  // article) has that line as its headline when it has a headline's shape;
  // a text that opens with its story has none (its subheadings are not one).
  const std::vector<PageLine>& lines = shape->lines;
  shape->title_candidates.clear();
  shape->title_rows.clear();
  // (Unless the line the story opens with is itself clutter, a cookie
  // notice under a menu: then the headline is looked for below it.)
  constexpr float kClutterAtStart = 0.5f;
  const bool clutter_opens = shape->body.begin == 1 && lines.size() > 2 && !CouldBeHeadline(doc, lines[0], true) &&
                             shape->clutter[1] >= kClutterAtStart;
  if (shape->body.begin <= 1 && !clutter_opens) {
    // A text of one line is all story, however short.
    shape->title = lines.size() > 1 && CouldBeHeadline(doc, lines[0], true) ? 0 : -1;
    return;
  }
  TitleCandidateRows(doc, lines, shape->body, shape->body_words, shape->clutter, &shape->title_candidates,
                     &shape->title_rows);
  // Else the best-scoring candidate, preferring one above a live page's first
  // time stamp that is no bullet (what stands under a time stamp heads an
  // entry: "09:42 GMT" / "Met Office: “Danger to life” from flying debris",
  // and so does a line that opens with one: "23:15 — Exit poll points to
  // …"; the bullets above are its key points). On a page with no time
  // stamp, a bullet is the headline only when no other candidate is.
  uint32_t first_stamp = static_cast<uint32_t>(lines.size());
  for (uint32_t i = 0; i < shape->body.begin + kTitleWindowInBody && i < lines.size(); ++i) {
    if (IsTimeStampLine(doc, lines[i]) || OpensWithTimeAndDash(doc, lines[i])) {
      first_stamp = i;
      break;
    }
  }
  int best_any = -1, best_preferred = -1;
  float any_score = -1e30f, preferred_score = -1e30f;
  for (size_t c = 0; c < shape->title_candidates.size(); ++c) {
    const uint32_t line = shape->title_candidates[c];
    if (EndsWithPictureCredit(doc, lines[line])) continue;
    const float score = Dot(model.title, shape->title_rows.data() + c * kNumTitleFeatures, kNumTitleFeatures);
    if (score > any_score) any_score = score, best_any = static_cast<int>(line);
    if (line < first_stamp && !lines[line].starts_bullet && score > preferred_score) {
      preferred_score = score, best_preferred = static_cast<int>(line);
    }
  }
  shape->title = best_preferred >= 0 ? best_preferred : best_any;
  const float best_score = best_preferred >= 0 ? preferred_score : any_score;
  if (shape->title >= 0) shape->title = HeadlineAboveDecks(doc, *shape, model, shape->title, best_score);
}

void AnalyzePage(const Document& doc, const PageModel& model, PageShape* shape) {
  DescribePage(doc, shape);
  ScoreLines(model, shape);
  ChooseTitle(doc, model, shape);
  const size_t n = shape->lines.size();
  const std::vector<bool> margin = BodyMargin(shape->lines, shape->body);
  std::vector<bool> clutter(n);
  for (size_t i = 0; i < n; ++i)
    clutter[i] = static_cast<int>(i) != shape->title && IsClutter(*shape, model, margin, i);
  AssignKinds(shape->lines, shape->body, shape->title, clutter, &shape->kinds);
}

void ApplyPageShape(const PageShape& shape, Document* doc) {
  doc->title = shape.title >= 0 ? shape.lines[shape.title].span : Span{};
  doc->boilerplate.clear();
  ClutterKind open = ClutterKind::kNone;
  for (size_t i = 0; i < shape.lines.size(); ++i) {
    const ClutterKind kind = shape.kinds[i];
    if (kind != ClutterKind::kNone && kind == open) {
      doc->boilerplate.back().span.end = shape.lines[i].span.end;
    } else if (kind != ClutterKind::kNone) {
      doc->boilerplate.push_back({shape.lines[i].span, ClutterKindName(kind)});
    }
    open = kind;
  }
}

}  // namespace annotator
