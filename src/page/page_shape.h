// The shape of a pasted page: which lines are the story, which are clutter
// (and of what kind), and which line is the headline. Works from the text
// alone, in one linear pass over its lines; a caller that has the page's HTML
// may refine the result with the markup (web/app/page-structure.js).
#pragma once

#include <cstdint>
#include <vector>

#include "document.h"
#include "page/body_words.h"
#include "page/line_features.h"
#include "page/page_lines.h"
#include "page/page_model.h"
#include "page/phrases.h"

namespace annotator {

struct PageShape {
  std::vector<PageLine> lines;
  BodyRun body;
  WordSet body_words;             // the body's opening words (CollectBodyWords)
  std::vector<float> line_rows;   // LineFeatureRows
  std::vector<float> first_pass;  // per line: the first pass's probability of clutter
  std::vector<float> clutter;     // per line: the second pass's probability of clutter
  std::vector<uint32_t> title_candidates;
  std::vector<float> title_rows;   // TitleCandidateRows
  int title = -1;                  // the headline's line, or -1
  std::vector<ClutterKind> kinds;  // per line: kNone for the story and the headline
};

// Lines, the body and the features that need no model.
void DescribePage(const Document& doc, PageShape* shape);

// The two passes of clutter scores over a described page.
void ScoreLines(const PageModel& model, PageShape* shape);

// The headline among the candidates of a scored page, or -1.
void ChooseTitle(const Document& doc, const PageModel& model, PageShape* shape);

// All of the above, then each line's verdict and kind.
void AnalyzePage(const Document& doc, const PageModel& model, PageShape* shape);

// Frees the buffers that a long text made large (lines, feature rows), so
// that the stages after the page's do not share memory with them; those of a
// short text stay, for the next text to reuse.
void ReleaseLargeBuffers(PageShape* shape);

// Sets `doc->title` and `doc->boilerplate` from an analysed page: consecutive
// clutter lines of one kind make one block.
void ApplyPageShape(const PageShape& shape, Document* doc);

}  // namespace annotator
