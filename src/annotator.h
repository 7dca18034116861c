// The whole pipeline: text in, one analysed Document out.
#pragma once

#include <string>
#include <string_view>

#include "document.h"
#include "status.h"

namespace annotator {

// Analyses `text` (which must outlive `doc`) into `doc`: tokens, sentences,
// paragraphs, quotations, mentions and entities. Invalid UTF-8 is an
// InvalidArgument error naming the first bad byte; `doc` is then empty.
// `doc` can be reused across calls so its vectors keep their capacity.
Status Annotate(std::string_view text, Document* doc);

// "1.0.0+ner-<model id>": the core's version and the embedded model's.
std::string Version();

// Annotate in two halves, for trainers that run a stage with their own model
// between them: PrepareForAttribution does everything before AttributeQuotes
// (attribution/attribution.h), FinishAfterAttribution everything after it.
Status PrepareForAttribution(std::string_view text, Document* doc);
void FinishAfterAttribution(Document* doc);

}  // namespace annotator
