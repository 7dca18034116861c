// Sentence and paragraph segmentation over the tokens of one text.
#pragma once

#include <string_view>
#include <vector>

#include "document.h"

namespace annotator {

// Paragraphs are separated by blank lines; a single line break also ends a
// paragraph when the line looks like a headline, a bullet or a list item.
// Fills `doc->paragraphs` and `doc->sentences` from `doc->text` and
// `doc->tokens` (which must be filled). Sentences never cross paragraphs.
void Segment(Document* doc);

// Whether `doc`'s text is hard-wrapped prose (its lines break mid-sentence,
// so only blank lines and bullets start paragraphs), as Segment decides it.
// Text pasted from a web page is not: there every line is a block of its own.
bool IsHardWrapped(const Document& doc);

// Joins the sentences that Segment cut inside a hyphenated abbreviation
// ("Sen. John Thune, R-S.D., said", "Sino-U.S. talks": the tokenizer splits
// "R-S" "." "D" "." and the first period looks like a sentence's end), and
// at a code's decimal point ("PM2.5 readings", split "PM2" "." "5"). Run
// after the recognizer, for what reads whole sentences after it (quotations'
// speakers): the recognizer reads the sentences it was trained on, and a
// model retrained on the joined ones was no better (see models/MODEL_CARD.md).
void JoinSentencesCutInAbbreviations(Document* doc);

}  // namespace annotator
