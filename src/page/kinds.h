// Names each clutter line's kind as a reader would: the phrase it opens with
// ("Share this", "Most read"), the heading of the block it belongs to (the
// headlines under "Most read" are related links), or its shape and place
// (a short line above the headline is navigation, "By Jane Doe" a byline).
#pragma once

#include <vector>

#include "page/line_features.h"
#include "page/page_lines.h"
#include "page/phrases.h"

namespace annotator {

// Sets `(*kinds)[i]` for every line: kNone where `clutter[i]` is false.
// `title` is the headline's line or -1.
void AssignKinds(const std::vector<PageLine>& lines, BodyRun body, int title, const std::vector<bool>& clutter,
                 std::vector<ClutterKind>* kinds);

}  // namespace annotator
