// For tests only: a text tokenized, segmented and split into page lines, as
// the page-shape stage sees it.
#pragma once

#include <string_view>
#include <vector>

#include "document.h"
#include "page/page_lines.h"
#include "segmenter.h"
#include "tokenizer.h"

namespace annotator {

struct LinesForTest {
  Document doc;
  std::vector<PageLine> lines;
  explicit LinesForTest(std::string_view text) {
    doc.text = text;
    Tokenize(doc.text, &doc.tokens);
    Segment(&doc);
    FindPageLines(doc, &lines);
  }
  std::string_view Text(size_t i) const { return doc.Text(lines[i].span); }
};

}  // namespace annotator
