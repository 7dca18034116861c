// The shape of an article pasted from a web page: its headline, and the
// blocks that are not the story (menus, bylines, captions, share bars,
// related links, newsletter boxes, adverts, comments, footers). The work is
// done in src/page/; this is the document-level entry point.
#pragma once

#include "document.h"

namespace annotator {

// Fills `doc->title` and `doc->boilerplate` from `doc->paragraphs` (which,
// with `doc->tokens`, must be filled). Blocks are sorted, do not overlap, and
// never cover the title; each is a run of whole lines of one kind.
void FindTitleAndBoilerplate(Document* doc);

// Sets the `boilerplate` flag of the mentions and quotations that lie inside
// a boilerplate block.
void FlagBoilerplate(Document* doc);

}  // namespace annotator
