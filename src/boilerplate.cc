#include "boilerplate.h"

#include <algorithm>

#include "page/page_shape.h"

namespace annotator {

void FindTitleAndBoilerplate(Document* doc) {
  // Reused across documents, so that annotating many does not allocate for each.
  thread_local PageShape shape;
  AnalyzePage(*doc, kPageModel, &shape);
  ApplyPageShape(shape, doc);
  ReleaseLargeBuffers(&shape);
}

void FlagBoilerplate(Document* doc) {
  const std::vector<BoilerplateBlock>& blocks = doc->boilerplate;
  auto inside = [&](Span span) {
    auto block = std::upper_bound(blocks.begin(), blocks.end(), span.begin,
                                  [](uint32_t offset, const BoilerplateBlock& b) { return offset < b.span.begin; });
    return block != blocks.begin() && std::prev(block)->span.contains(span.begin);
  };
  for (Mention& mention : doc->mentions) mention.boilerplate = inside(mention.span);
  for (Quote& quote : doc->quotes) quote.boilerplate = inside(quote.span);
}

}  // namespace annotator
