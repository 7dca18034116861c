// Rule-based numeric and temporal entities: DATE, TIME, MONEY, PERCENT,
// CARDINAL, ORDINAL, QUANTITY.
#pragma once

#include <vector>

#include "document.h"

namespace annotator {

// Appends the numeric and temporal mentions of `doc` (tokens and sentences
// must be filled) to `*mentions`, in text order, without overlaps.
void FindNumericMentions(const Document& doc, std::vector<Mention>* mentions);

}  // namespace annotator
