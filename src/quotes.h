// Finds direct quotations: the spans between matching quotation marks.
#pragma once

#include "document.h"

namespace annotator {

// Fills `doc->quotes` (kind kDirect, speaker and cue empty) from `doc->text`,
// `doc->tokens` and `doc->paragraphs`, which must be filled. Handles “…” ‘…’
// "…" '…' «…» ‹…› „…“ ‚…‘ 「…」 『…』 and the ASCII doubles ''…'' and ``…'',
// tells apostrophes from single quotes,
// keeps only the outermost of nested quotations, follows a quotation across
// paragraphs when the next paragraph reopens it, and never lets an unbalanced
// mark swallow the rest of the article.
void FindQuotations(Document* doc);

}  // namespace annotator
