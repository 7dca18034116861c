// The shape of an article pasted from a web page: its title, and the blocks
// that are not the story (adverts, "See also" links, share buttons, newsletter
// boxes, disclaimers, navigation).
#pragma once

#include "document.h"

namespace annotator {

// Fills `doc->title` and `doc->boilerplate` from `doc->paragraphs` (which must
// be filled). The title is the first headline-like paragraph that is not
// boilerplate, when one opens the text.
void FindTitleAndBoilerplate(Document* doc);

// Sets the `boilerplate` flag of the mentions and quotations that lie inside
// a boilerplate block.
void FlagBoilerplate(Document* doc);

}  // namespace annotator
