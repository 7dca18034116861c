// The whole pipeline: text in, one analysed Document out.
#pragma once

#include <string>
#include <string_view>

#include "document.h"
#include "status.h"

namespace annotator {

// The longest text one call takes: 16 MiB of UTF-8 (a long novel is 1 MiB;
// a year of a newspaper is better annotated article by article). Measured
// peak memory is about 12-15 bytes per byte of text (tokens, the recognizer's
// per-token facts, mentions, their indexes and the result), so 16 MiB stays
// near a quarter of a gigabyte, well inside the 2 GiB the wasm build may grow to.
constexpr size_t kMaxTextBytes = size_t{16} << 20;

// The error for a text of `size` bytes when that is over kMaxTextBytes, else
// Ok: the message says the size and the limit.
Status CheckTextSize(size_t size);

// Analyses `text` (which must outlive `doc`) into `doc`: tokens, sentences,
// paragraphs, quotations, mentions and entities. A text over kMaxTextBytes
// is an InvalidArgument error saying so; invalid UTF-8 one naming the first
// bad byte; `doc` is then empty. `doc` can be reused across calls so its
// vectors keep their capacity.
Status Annotate(std::string_view text, Document* doc);

// "0.2.0+ner-1a2b3c4d+attr-…+page-…": the core's version, then eight hex
// digits of a hash of each model compiled in (the recognizer's, the speech
// attribution's, the page shape's), so that output names what made it.
std::string Version();

// Annotate in two halves, for trainers that run a stage with their own model
// between them: PrepareForAttribution does everything before AttributeQuotes
// (attribution/attribution.h), FinishAfterAttribution everything after it.
Status PrepareForAttribution(std::string_view text, Document* doc);
void FinishAfterAttribution(Document* doc);

}  // namespace annotator
